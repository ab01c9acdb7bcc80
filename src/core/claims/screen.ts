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

/** The two characters outside ASCII that a case-blind Unicode pattern reads as ASCII letters. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

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
  /** Per entry: its word, and its lists, a run of `entryLists` from `listsFrom[entry]`. */
  private readonly words: string[] = [];
  private readonly listsFrom: Int32Array;
  private readonly entryLists: Int32Array;
  /**
   * The table, by slot: its entry's index + 1 (0 for an empty slot), and that entry's hash and
   * shape (`shapeOf`), so that a probe compares numbers held in the slot and reads a word only
   * where both agree: most words of a text are in no list, and their probes end there.
   */
  private readonly slots: Int32Array;
  private readonly slotHashes: Int32Array;
  private readonly slotShapes: Int32Array;
  private readonly mask: number;
  /**
   * By length, the first letters of the screen's words of that length, and of its prefixes, as
   * bits (`firstBit`): a word, or a prefix of a longer one as it is read, is looked up only
   * where one starts as it does. Most are not, and the probe they save would read a slot of a
   * table too large to stay in the nearest cache.
   */
  private readonly wordFirsts: Int32Array;
  private readonly prefixFirsts: Int32Array;
  /**
   * One bit per `bitOf` a word's hash and shape, set where an entry has it: of the words and
   * prefixes that pass the first letters' test, all but a few in a hundred fail this one and are
   * not looked up (8 KB, which stays in the nearest cache where the table does not).
   */
  private readonly bits = new Uint8Array(1 << (HASH_BITS - 3));
  /** Longer words are never looked up. */
  private readonly longest: number;
  /**
   * Whether the text last scanned holds ſ or the Kelvin sign, which a case-blind Unicode pattern
   * reads as "s" and "k" (`FOLDS_TO_LATIN`): its words as this screen reads them may then lack
   * some that such a pattern sees. Noted by the scan, which reads every character anyway.
   */
  foldsToLatin = false;
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
    const held: number[][] = [];
    const prefixes: boolean[] = [];
    for (const [written, itsLists] of entries) {
      this.words.push(written.replace(/\*$/, ''));
      held.push(itsLists);
      prefixes.push(written.endsWith('*'));
    }
    this.listsFrom = new Int32Array(held.length + 1);
    held.forEach((itsLists, entry) => {
      this.listsFrom[entry + 1] = (this.listsFrom[entry] as number) + itsLists.length;
    });
    this.entryLists = Int32Array.from(held.flat());
    const longest = Math.max(0, ...this.words.map((word) => word.length));
    this.wordFirsts = new Int32Array(longest + 1);
    this.prefixFirsts = new Int32Array(longest + 1);
    this.words.forEach((word, entry) => {
      const firsts = prefixes[entry] ? this.prefixFirsts : this.wordFirsts;
      firsts[word.length] = (firsts[word.length] as number) | firstBit(word.charCodeAt(0));
    });
    // A power of two at least four times the words, so that probes stay short.
    this.mask = 2 ** Math.ceil(Math.log2(Math.max(1, this.words.length) * 4)) - 1;
    this.slots = new Int32Array(this.mask + 1);
    this.slotHashes = new Int32Array(this.mask + 1);
    this.slotShapes = new Int32Array(this.mask + 1);
    this.words.forEach((word, entry) => {
      const hash = hashOf(word);
      let slot = hash & this.mask;
      while (this.slots[slot]) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry + 1;
      this.slotHashes[slot] = hash;
      const shape = shapeOf(word.length, !!prefixes[entry]);
      this.slotShapes[slot] = shape;
      const bit = bitOf(hash, shape);
      this.bits[bit >>> 3] = (this.bits[bit >>> 3] as number) | (1 << (bit & 7));
    });
    this.marked = new Int32Array(this.words.length);
    this.longest = longest;
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
    let folds = false;
    // Read into locals once: the loop below runs for every character of every scanned text.
    const wordFirsts = this.wordFirsts;
    const prefixFirsts = this.prefixFirsts;
    const bits = this.bits;
    const longest = this.longest;
    const length = text.length;
    let start = -1;
    let hash = 0;
    let first = 0;
    for (let at = 0; at < length; at++) {
      const unit = text.charCodeAt(at);
      const code = wordCode(unit);
      if (code) {
        if (start < 0) {
          start = at;
          hash = 0;
          first = firstBit(code);
        }
        hash = hashStep(hash, code);
        const read = at + 1 - start;
        if (read <= longest && (prefixFirsts[read] as number) & first) {
          const shape = shapeOf(read, true);
          if (hasBit(bits, bitOf(hash, shape))) this.mark(text, start, shape, hash, found);
        }
        continue;
      }
      if (unit > 0x7f && (unit === LONG_S || unit === KELVIN)) folds = true;
      if (start >= 0) {
        const read = at - start;
        if (read <= longest && (wordFirsts[read] as number) & first) {
          const shape = shapeOf(read, false);
          if (hasBit(bits, bitOf(hash, shape))) this.mark(text, start, shape, hash, found);
        }
        start = -1;
      }
    }
    if (start >= 0) {
      const read = length - start;
      if (read <= longest && (wordFirsts[read] as number) & first) {
        const shape = shapeOf(read, false);
        if (hasBit(bits, bitOf(hash, shape))) this.mark(text, start, shape, hash, found);
      }
    }
    this.foldsToLatin = folds;
    return found;
  }

  /**
   * Marks the lists of the entry of `shape` and `hash` whose word `text` holds at `start`: a
   * word that ended there, or the prefix of a longer one that is still being read.
   */
  private mark(text: string, start: number, shape: number, hash: number, found: Uint8Array): void {
    const slots = this.slots;
    const mask = this.mask;
    // Every entry with this hash sits in the run of full slots from the hash's own.
    for (let slot = hash & mask; slots[slot]; slot = (slot + 1) & mask) {
      if (this.slotHashes[slot] !== hash || this.slotShapes[slot] !== shape) continue;
      const entry = (slots[slot] as number) - 1;
      // A word met again in the same text ("the", "was") has marked its lists already.
      if (this.marked[entry] === this.scan) continue;
      if (!holdsWordAt(text, start, this.words[entry] as string)) continue;
      this.marked[entry] = this.scan;
      const lists = this.entryLists;
      const end = this.listsFrom[entry + 1] as number;
      for (let i = this.listsFrom[entry] as number; i < end; i++) found[lists[i] as number] = 1;
    }
  }
}

/**
 * A word's first character (a word's code: a small letter, a digit or the underscore) as one bit
 * of 32; digits share their bits with letters, which only lets a few more words be looked up.
 */
function firstBit(code: number): number {
  return 1 << (code & 31);
}

/** What a probe compares besides the hash: a word's length, and whether it is a prefix. */
function shapeOf(length: number, prefix: boolean): number {
  return prefix ? length | 0x10000 : length;
}

/** The bits of `WordScreen`'s filter of hashes: 2 ** 16, for a few thousand words. */
const HASH_BITS = 16;

/** A word's bit in the filter, by its hash and shape, mixed so that near hashes spread. */
function bitOf(hash: number, shape: number): number {
  return Math.imul(hash ^ shape, 0x9e3779b1) >>> (32 - HASH_BITS);
}

function hasBit(bits: Uint8Array, bit: number): boolean {
  return ((bits[bit >>> 3] as number) & (1 << (bit & 7))) !== 0;
}
