import { mayMatch } from './screened.ts';

/**
 * The matches of a global pattern, as `text.matchAll(pattern)` finds them. `matchAll` copies the
 * pattern and builds an iterator on every call, which cost more than the search itself on the
 * short clauses the detectors read, thousands of times an article; this reads the pattern itself.
 */

/**
 * Every match of `pattern` (global) in `text`, in order, from the start of the text. The
 * pattern's `lastIndex` is 0 again afterwards, as `matchAll`, which never moves it, leaves it.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  if (!mayMatch(pattern, text)) return found;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // As `matchAll` does: an empty match moves on by one character (a code point with `u`).
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

/** The index after the character at `at`: two units for a surrogate pair read as one code point. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
