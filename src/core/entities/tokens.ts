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
 * What each UTF-16 unit is, filled in as units are first met: the tokeniser asks about every
 * character of every article, and a table lookup costs less than a Unicode property match.
 */
const LETTER_OR_MARK = 1;
const SPACE = 2;
const OTHER = 3;
const classes = new Uint8Array(0x10000);
const LETTER_OR_MARK_PATTERN = /^[\p{L}\p{M}]$/u;
const SPACE_PATTERN = /^\s$/u;
const LETTER = /\p{L}/u;

function classOf(code: number): number {
  let c = classes[code] as number;
  if (!c) {
    const ch = String.fromCharCode(code);
    c = LETTER_OR_MARK_PATTERN.test(ch) ? LETTER_OR_MARK : SPACE_PATTERN.test(ch) ? SPACE : OTHER;
    classes[code] = c;
  }
  return c;
}

/** Code point at `at` is a letter or a mark (a surrogate pair is judged as its code point). */
function isLetterOrMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff)
    return LETTER_OR_MARK_PATTERN.test(String.fromCodePoint(text.codePointAt(at) as number));
  return classOf(code) === LETTER_OR_MARK;
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

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isHyphen = (code: number): boolean => code === 45 || code === 0x2010 || code === 0x2011;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019 || code === 0x2bc;

/** One past the run of letters and marks starting at `at`. */
function letterRun(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    // Most letters are ASCII: those are told by their code alone, without a call per letter.
    const code = text.charCodeAt(end);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) end++;
    else if (code >= 128 && isLetterOrMark(text, end)) end += unitsAt(text, end);
    else break;
  }
  return end;
}

/**
 * The end of the token starting at `at`: a word (letters, hyphenated parts, then apostrophe
 * parts that go on in Cyrillic, so "Кам'янське" stays whole while "Russia’s" gives "Russia"),
 * a number ("3.5", "1,200", "20:00"), or one other character.
 */
function tokenEnd(text: string, at: number): number {
  if (isLetterOrMark(text, at)) {
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
  if (isDigit(text.charCodeAt(at))) {
    let end = at + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    for (;;) {
      const sep = text.charCodeAt(end);
      if (!(sep === 46 || sep === 44 || sep === 58) || !isDigit(text.charCodeAt(end + 1))) break;
      end += 2;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    return end;
  }
  return at + unitsAt(text, at);
}

function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code < 0xd800 || code > 0xdfff ? classOf(code) === SPACE : false;
}

/** The tokens of a text in one pass over its characters. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let at = 0; at < text.length;) {
    if (isSpaceAt(text, at)) {
      at++;
      continue;
    }
    const end = tokenEnd(text, at);
    const word = text.slice(at, end);
    const c = word.charCodeAt(0);
    // Only single characters can be punctuation; longer tokens are words unless they start with a digit.
    // A one-character ASCII token (a comma, a full stop) is a word only if it is a letter.
    const isWord =
      c > 57 || c < 48
        ? word.length > 1 ||
          (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(word))
        : false;
    const upper = isWord && (c < 128 ? c >= 65 && c <= 90 : word[0] !== word[0]?.toLowerCase());
    tokens.push({ text: word, start: at, end, word: isWord, upper });
    at = end;
  }
  return tokens;
}

/** True for a token that ends a sentence. */
export function endsSentence(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';';
}
