/**
 * Words and punctuation of a text with their offsets: the single pass of recognition walks this list.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A run of letters (possibly hyphenated), as opposed to a number or a punctuation mark. */
  word: boolean;
  /** The first letter is a capital. */
  upper: boolean;
}

// A Cyrillic word keeps its apostrophe ("Кам'янське"); a Latin one does not, so "Russia’s" gives "Russia".
const TOKEN =
  /[\p{L}\p{M}]+(?:[-‐‑][\p{L}\p{M}]+)*(?:['’ʼ](?=[\u0400-\u04ff])[\p{L}\p{M}]+)*|\d+(?:[.,:]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const LETTER = /\p{L}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const c = word.charCodeAt(0);
    // Only single characters can be punctuation; longer tokens are words unless they start with a digit.
    const isWord = c > 57 || c < 48 ? word.length > 1 || LETTER.test(word) : false;
    const upper = isWord && (c < 128 ? c >= 65 && c <= 90 : word[0] !== word[0]?.toLowerCase());
    tokens.push({ text: word, start: m.index, end: m.index + word.length, word: isWord, upper });
  }
  return tokens;
}

/** True for a token that ends a sentence. */
export function endsSentence(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';';
}
