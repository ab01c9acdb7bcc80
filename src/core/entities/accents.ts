/**
 * Case and accents folded away, with no other import: the side panel's history search uses this
 * without bundling the transliteration tables that name keys (`fold.ts`) need.
 */

/** Lower case without accents or other marks: "Smolénsk" and "smolensk", "Й" and "и" compare equal. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
