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

/**
 * What each UTF-16 unit is, as bits, filled in as units are first met: the tokeniser asks about
 * every character of every article, and a table lookup costs less than a Unicode property match.
 * Surrogates are never filled in: a pair is judged as its code point (see `isLetterOrMark`).
 */
const KNOWN = 1;
const LETTER_OR_MARK = 2;
const SPACE = 4;
/** A letter proper (`\p{L}`), which a lone mark is not. */
const LETTER = 8;
/** Changed by lower-casing: a capital. */
const CAPITAL = 16;
const units = new Uint8Array(0x10000);
const LETTER_OR_MARK_PATTERN = /^[\p{L}\p{M}]$/u;
const SPACE_PATTERN = /^\s$/u;
const LETTER_PATTERN = /\p{L}/u;

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let bits = KNOWN;
  if (LETTER_OR_MARK_PATTERN.test(ch)) bits |= LETTER_OR_MARK;
  if (SPACE_PATTERN.test(ch)) bits |= SPACE;
  if (LETTER_PATTERN.test(ch)) bits |= LETTER;
  if (ch !== ch.toLowerCase()) bits |= CAPITAL;
  return bits;
}

/** The bits of a unit that is not a surrogate. */
function bitsOf(code: number): number {
  const bits = units[code] as number;
  return bits ? bits : (units[code] = classify(code));
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isAsciiLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019 || code === 0x2bc;

/** Code point at `at` is a letter or a mark (a surrogate pair is judged as its code point). */
function isLetterOrMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code);
  if (isSurrogate(code))
    return LETTER_OR_MARK_PATTERN.test(String.fromCodePoint(text.codePointAt(at) as number));
  return (bitsOf(code) & LETTER_OR_MARK) !== 0;
}

/** Length in UTF-16 units of the code point at `at`. */
function unitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/**
 * Participles that make a compound of the name before them, in lower case: "Kyiv-based
 * analysts", "a Moscow-backed official". The name is still the place, so it is cut off.
 */
const ATTRIBUTIVE = new Set([
  'based',
  'backed',
  'led',
  'held',
  'controlled',
  'occupied',
  'appointed',
  'installed',
  'born',
  'bound',
  'made',
  'run',
]);

/** One past the run of letters and marks starting at `at`. */
function letterRun(text: string, at: number): number {
  const length = text.length;
  let end = at;
  while (end < length) {
    // Most letters are ASCII: those are told by their code alone, without a call per letter.
    const code = text.charCodeAt(end);
    if (isAsciiLetter(code)) end++;
    else if (code >= 128 && isLetterOrMark(text, end)) end += unitsAt(text, end);
    else break;
  }
  return end;
}

/**
 * The end of the word starting at `at`: letters, hyphenated parts, then apostrophe parts that go
 * on in Cyrillic, so "Кам'янське" stays whole while "Russia’s" gives "Russia".
 */
function wordEnd(text: string, at: number): number {
  let end = letterRun(text, at);
  while (isHyphen(text.charCodeAt(end)) && isLetterOrMark(text, end + 1)) {
    const next = letterRun(text, end + 1);
    // "Kyiv-based", "Moscow-backed": the name before a participle is a word of its own.
    if (ATTRIBUTIVE.has(text.slice(end + 1, next))) break;
    end = next;
  }
  for (;;) {
    const next = text.charCodeAt(end + 1);
    if (!isApostrophe(text.charCodeAt(end)) || !(next >= 0x400 && next <= 0x4ff)) break;
    if (!isLetterOrMark(text, end + 1)) break;
    end = letterRun(text, end + 1);
  }
  return end;
}

/** The end of the number starting at `at`: "3.5", "1,200", "20:00". */
function numberEnd(text: string, at: number): number {
  let end = at + 1;
  while (isDigit(text.charCodeAt(end))) end++;
  for (;;) {
    const sep = text.charCodeAt(end);
    // `end + 1 < text.length` first: a number that ends the text with a full stop ("... 2024.")
    // would read past the string's end, which V8's optimised code does not expect (a deopt).
    if (
      !(sep === 46 || sep === 44 || sep === 58) ||
      end + 1 >= text.length ||
      !isDigit(text.charCodeAt(end + 1))
    )
      break;
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  return end;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return !isSurrogate(code) && (bitsOf(code) & SPACE) !== 0;
}

/**
 * Whether a token of `length` units starting with unit `first` is a word: only single characters
 * can be punctuation, and a token starting with a digit is a number.
 */
function isWordToken(first: number, length: number): boolean {
  if (isDigit(first)) return false;
  if (length > 1) return true;
  if (first < 128) return isAsciiLetter(first);
  return !isSurrogate(first) && (bitsOf(first) & LETTER) !== 0;
}

/** Whether the unit `first` is a capital (a surrogate never is: lower-casing leaves it alone). */
function isCapital(first: number): boolean {
  if (first < 128) return first >= 65 && first <= 90;
  return !isSurrogate(first) && (bitsOf(first) & CAPITAL) !== 0;
}

/**
 * What each ASCII unit is, as bits: nearly every character of an article is ASCII, and one lookup
 * tells all that the tokeniser asks of it.
 */
const ASCII_SPACE = 1;
const ASCII_LETTER = 2;
const ASCII_DIGIT = 4;
const ASCII_CAPITAL = 8;
const ascii = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ascii[code] =
    (isSpace(code) ? ASCII_SPACE : 0) |
    (isAsciiLetter(code) ? ASCII_LETTER : 0) |
    (isDigit(code) ? ASCII_DIGIT : 0) |
    (isCapital(code) ? ASCII_CAPITAL : 0);

/**
 * `wordEnd` of a word whose first letter, at `at`, is ASCII: its run of ASCII letters is told by
 * the table alone, and only what may go on with the word (a letter beyond ASCII, a hyphen, an
 * apostrophe) is handed to `wordEnd`.
 */
function asciiWordEnd(text: string, at: number): number {
  const length = text.length;
  let end = at + 1;
  while (end < length) {
    const code = text.charCodeAt(end);
    if (code < 128 && ((ascii[code] as number) & ASCII_LETTER) !== 0) end++;
    else return code >= 128 || isHyphen(code) || isApostrophe(code) ? wordEnd(text, end) : end;
  }
  return end;
}

/** Whether `text` is ASCII with no capital, which lower-casing leaves as it is. */
export function isAsciiLowerCase(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128 || ((ascii[code] as number) & ASCII_CAPITAL) !== 0) return false;
  }
  return true;
}

/** The tokens of a text in one pass over its characters. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let at = 0; at < length;) {
    const first = text.charCodeAt(at);
    let end: number;
    let word: boolean;
    let upper: boolean;
    if (first < 128) {
      const kind = ascii[first] as number;
      if (kind & ASCII_SPACE) {
        at++;
        continue;
      }
      word = (kind & ASCII_LETTER) !== 0;
      upper = (kind & ASCII_CAPITAL) !== 0;
      end = word ? asciiWordEnd(text, at) : kind & ASCII_DIGIT ? numberEnd(text, at) : at + 1;
    } else {
      if (isSpace(first)) {
        at++;
        continue;
      }
      end = isLetterOrMark(text, at) ? wordEnd(text, at) : at + unitsAt(text, at);
      word = isWordToken(first, end - at);
      upper = word && isCapital(first);
    }
    tokens.push({ text: text.slice(at, end), start: at, end, word, upper });
    at = end;
  }
  return tokens;
}

/** True for a token that ends a sentence. */
export function endsSentence(token: Token): boolean {
  // Told by length and code: a comparison of strings costs a call for each of the four marks.
  const text = token.text;
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  return code === 46 || code === 33 || code === 63 || code === 59;
}
