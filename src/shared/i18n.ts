/**
 * Every word Crosscheck shows a reader comes from `_locales/<language>/messages.json`, looked up
 * by key: the side panel, the hover cards and the shared wording alike, so a translation is one
 * file and no string hides in a component.
 *
 * In the extension the browser looks messages up (`i18n.getMessage`, installed by the seam in
 * `browser.ts` as soon as any context loads it), in the reader's language. Under Node (unit tests)
 * the test setup installs a lookup over the same English file, so tests read the real words.
 */

/** The message names, checked against the English file at compile time (the file is not bundled). */
export type MessageKey = keyof typeof import('../../_locales/en/messages.json');

/** Plural pairs: `<base>_one` and `<base>_other` both exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** Looks a message up with its substitutions ($1, $2, …); '' when there is no such message. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

let lookup: MessageLookup | undefined;

export function setMessageLookup(next: MessageLookup): void {
  lookup = next;
}

/** The message for `key`, its `$1`… replaced by `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  if (!lookup) throw new Error(`No messages installed when "${key}" was asked for`);
  const found = lookup(
    key,
    substitutions.map((value) => String(value)),
  );
  // A missing message is a bug; showing its key makes it visible without breaking the screen.
  return found || key;
}

/** "1 claim" / "14 claims": `<base>_one` for one, `<base>_other` otherwise, the count as $1. */
export function tCount(count: number, base: PluralKey, ...more: (string | number)[]): string {
  const key = (count === 1 ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, count, ...more);
}

/** One entry of a `messages.json` file. */
export interface MessageEntry {
  message: string;
  description?: string;
}

/**
 * A lookup over a parsed `messages.json`, substituting as the browsers do for numbered
 * substitutions: `$1`…`$9` take the arguments, `$$` is a dollar sign.
 */
export function lookupIn(messages: Record<string, MessageEntry>): MessageLookup {
  return (key, substitutions) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (!entry) return '';
    return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
    );
  };
}
