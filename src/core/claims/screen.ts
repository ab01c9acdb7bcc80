/**
 * Cheap screens for costly patterns: which of a few lists of words a text holds, found in one
 * pass over the text. A pattern every match of which holds one word of a list cannot match a
 * text that holds none of them, so it is not run there; most clauses hold the words of only a
 * handful of the many patterns read over them.
 *
 * A word is a run of ASCII letters, digits and underscores, as `\b` sees words in a pattern
 * without the `u` flag, and is compared with its capitals read as small letters, as such a
 * pattern with the `i` flag compares them: in it only ASCII letters match ASCII letters.
 */

/** One step of a word's hash, over its next character code (lower case, for ASCII letters). */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * For each ASCII code, the code a word compares it as (a capital's small letter's, any other
 * letter's, digit's or the underscore's own), and 0 for a character no word holds: one lookup
 * per character of a scanned text, instead of a test for its class and another for its case.
 */
const WORD_CODES = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/\w/.test(char)) WORD_CODES[code] = char.toLowerCase().charCodeAt(0);
}

/** The code a word compares `code` as, or 0 when it is no word's character (nor ASCII). */
function wordCode(code: number): number {
  return code < 128 ? (WORD_CODES[code] as number) : 0;
}

/** Whether `text` holds `word` (lower case) at `start`, ASCII capitals read as small letters. */
function holdsWordAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++)
    if (wordCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * Lists of words (lower case, each a word as above), numbered by their place: `in(text)` says,
 * for each list, whether the text holds one of its words. A word written with a closing `*`
 * ("suggest*") stands for every word it begins, as `suggest\w*` after `\b` in a pattern. The words sit in an open-addressed
 * table by a hash of their letters, so the scan hashes each word of the text as it reads it and
 * finds its lists without copying the word out of the text or hashing a string.
 */
export class WordScreen {
  readonly size: number;
  /** Per entry: its word, the word's hash, the lists that hold it and whether it is a prefix. */
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly lists: number[][] = [];
  private readonly prefixes: boolean[] = [];
  /** By length, 1 where some prefix has that length: a word is looked up as it reaches it. */
  private readonly prefixLengths: Uint8Array;
  /** An entry's index + 1 at its slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Words of other lengths are never looked up. */
  private readonly shortest: number;
  private readonly longest: number;
  /** What `in` answers, filled anew by each scan. */
  private readonly found: Uint8Array;
  /** The scans so far, and by entry the last scan that marked its lists. */
  private scan = 0;
  private readonly marked: Int32Array;

  constructor(lists: readonly (readonly string[])[]) {
    this.size = lists.length;
    this.found = new Uint8Array(lists.length);
    const entries = new Map<string, number[]>();
    lists.forEach((words, list) => {
      for (const word of words) {
        if (!/^[a-z0-9_]+\*?$/.test(word)) throw new Error(`WordScreen: "${word}" is not one word`);
        const held = entries.get(word);
        if (held) held.push(list);
        else entries.set(word, [list]);
      }
    });
    for (const [written, held] of entries) {
      const word = written.replace(/\*$/, '');
      this.words.push(word);
      this.hashes.push(hashOf(word));
      this.lists.push(held);
      this.prefixes.push(word !== written);
    }
    const prefixed = this.words.filter((_, entry) => this.prefixes[entry]);
    this.prefixLengths = new Uint8Array(Math.max(0, ...prefixed.map((word) => word.length)) + 1);
    for (const word of prefixed) this.prefixLengths[word.length] = 1;
    // A power of two at least four times the words, so that probes stay short.
    this.mask = 2 ** Math.ceil(Math.log2(Math.max(1, this.words.length) * 4)) - 1;
    this.slots = new Int32Array(this.mask + 1);
    this.hashes.forEach((hash, entry) => {
      let slot = hash & this.mask;
      while (this.slots[slot]) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry + 1;
    });
    this.marked = new Int32Array(this.words.length);
    this.shortest = Math.min(...this.words.map((word) => word.length));
    this.longest = Math.max(...this.words.map((word) => word.length));
  }

  /**
   * For each list, by its number, 1 where `text` holds one of its words, else 0. The answer is
   * the screen's own array, overwritten by its next scan: a new array for every clause cost
   * more than the scan. Read it before scanning another text with the same screen.
   */
  in(text: string): Uint8Array {
    const found = this.found;
    found.fill(0);
    this.scan++;
    const prefixLengths = this.prefixLengths;
    let start = -1;
    let hash = 0;
    for (let at = 0; at < text.length; at++) {
      const code = wordCode(text.charCodeAt(at));
      if (code) {
        if (start < 0) {
          start = at;
          hash = 0;
        }
        hash = hashStep(hash, code);
        const read = at + 1 - start;
        if (read < prefixLengths.length && prefixLengths[read])
          this.mark(text, start, read, hash, found, true);
        continue;
      }
      if (start >= 0) this.ended(text, start, at - start, hash, found);
      start = -1;
    }
    if (start >= 0) this.ended(text, start, text.length - start, hash, found);
    return found;
  }

  /** Marks the lists of a word that ended, of `length` at `start`, if it can be the screen's. */
  private ended(text: string, start: number, length: number, hash: number, found: Uint8Array) {
    if (length >= this.shortest && length <= this.longest)
      this.mark(text, start, length, hash, found, false);
  }

  /**
   * Marks the lists of the word of `length` at `start`, if it is one of the screen's; with
   * `begun`, of the prefix of that length of a longer word, if it is one of its prefixes.
   */
  private mark(
    text: string,
    start: number,
    length: number,
    hash: number,
    found: Uint8Array,
    begun: boolean,
  ): void {
    // Every entry with this hash sits in the run of full slots from the hash's own.
    for (let slot = hash & this.mask; this.slots[slot]; slot = (slot + 1) & this.mask) {
      const entry = (this.slots[slot] as number) - 1;
      const word = this.words[entry] as string;
      if (this.hashes[entry] !== hash || word.length !== length) continue;
      if (begun && !this.prefixes[entry]) continue;
      // A word met again in the same text ("the", "was") has marked its lists already.
      if (this.marked[entry] === this.scan) continue;
      if (!holdsWordAt(text, start, word)) continue;
      this.marked[entry] = this.scan;
      for (const list of this.lists[entry] as number[]) found[list] = 1;
    }
  }
}
