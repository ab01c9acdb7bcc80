/**
 * Case and accents folded away, with no other import: the side panel's history search uses this
 * without bundling the transliteration tables that name keys (`fold.ts`) need.
 */

/**
 * Letters whose stroke is part of the letter rather than a mark, so decomposing them leaves them
 * as they are: Polish ł ("Chełm" is "Chelm"), ø, đ, ħ and the dotless ı.
 */
const STROKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i' };
const STROKED_LETTER = /[łøđħı]/g;

/** Lower case without accents or other marks: "Smolénsk" and "smolensk", "Й" and "и" compare equal. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(STROKED_LETTER, (letter) => STROKED[letter] ?? letter);
}
