/**
 * The words a pattern cannot match without, read off its source: for `\b(?:struck|hit)\b`, every
 * match holds the word "struck" or "hit", so a text holding neither need not be searched. This
 * is what lets a `WordScreen` (one pass over a text) rule out many patterns at once, without a
 * hand-kept list beside each pattern that drifts from it as the pattern is edited.
 *
 * The words are those of the screen: runs of ASCII letters, digits and underscores, read in
 * small letters; a word written with a closing `*` stands for every word it begins. A run of
 * letters in the pattern is one of them only where the pattern itself says that a word starts
 * there (`\b`, a space, a comma, the text's start before it); where it also says that the word
 * ends there it is a whole word, otherwise a prefix ("strike" in `\bstrikes?` is `strike*`).
 *
 * The answer is always safe to skip by: a pattern is given words only where every match holds
 * one of them, and no words where that cannot be read off it (a leading `\w+`, an optional
 * group, a negative look-around alone). One exception is left to the caller: with the `i` and `u`
 * flags "s" and "k" also match "ſ" and the Kelvin sign, which the screen does not read as those
 * letters, so such a pattern's words hold only for texts without them (`screened.ts` checks).
 */

type Item =
  | { kind: 'char'; char: string }
  | { kind: 'set'; word: boolean; other: boolean; letter?: string }
  | { kind: 'group'; options: Item[][]; look: 'none' | 'ahead' | 'behind'; negative: boolean }
  | { kind: 'repeat'; item: Item; min: number; max: number }
  | { kind: 'edge' } // \b, ^, $: a word cannot run on across it
  | { kind: 'inside' } // \B, a back-reference: nothing is known of the characters around it
  | { kind: 'any' };

/** A word every match holds one of: `prefix` where it may run on ("strike*"). */
interface Needed {
  word: string;
  prefix: boolean;
}

/** Whether `char` is one ASCII letter, digit or underscore: a character of the screen's words. */
function isWordChar(char: string): boolean {
  if (char.length !== 1) return false;
  const code = char.charCodeAt(0);
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/**
 * The words, one of which every match of `pattern` holds (lower case, `*` for a prefix), or
 * undefined when no such list can be read off its source, or the best list is no better than
 * words most texts hold ("the", "a").
 */
export function wordsEveryMatchHolds(pattern: RegExp): string[] | undefined {
  let items: Item[][];
  try {
    items = new Reader(
      pattern.source,
      pattern.flags.includes('u') || pattern.flags.includes('v'),
    ).options();
  } catch {
    return undefined;
  }
  // A search may start anywhere: nothing is known of what lies around the pattern as a whole.
  const needed = neededByOptions(items, false, false);
  if (!needed || costOf(needed) >= COMMON_COST) return undefined;
  return needed.map(({ word, prefix }) => (prefix ? `${word}*` : word));
}

/**
 * A search for any of `words` (lower case, `word*` for every word `word` begins), each whole, in
 * either case: what a text must hold for a pattern that needs one of them to match.
 */
export function searchForWords(words: readonly string[]): RegExp {
  const alternatives = words.map((word) => word.replace(/\*$/, '\\w*'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'i');
}

/**
 * A quick search that finds something wherever `pattern` may match: for a costly pattern asked of
 * texts no screen has scanned (`WordScreen`), where one pass of the screen would cost more than
 * the pattern's own search. Matches everywhere where no words can be read off the pattern, or
 * where it folds case with Unicode rules (`FOLDS_TO_LATIN`).
 */
export function wordGuardOf(pattern: RegExp): RegExp {
  const words = wordsEveryMatchHolds(pattern);
  const unicodeFolds = pattern.ignoreCase && (pattern.unicode || pattern.flags.includes('v'));
  return words && !unicodeFolds ? searchForWords(words) : /(?:)/;
}

/** Words so common that a list holding one rules out almost nothing. */
const COMMON = new Set(
  'a an the of in on at to and or is are was were be been by for with from as that this it its he she they their has have had not no but s t'.split(
    ' ',
  ),
);
const COMMON_COST = 40;

/** What a list costs to rely on: most for the words nearly every text holds. */
function costOf(needed: readonly Needed[]): number {
  let cost = 0;
  for (const { word, prefix } of needed) {
    if (COMMON.has(word) || (prefix && word.length <= 2)) cost += COMMON_COST;
    else if (prefix && word.length === 3) cost += 4;
    else cost += 1;
  }
  return cost;
}

/** Every option must give words, or the alternation gives none; their words together. */
function neededByOptions(options: Item[][], before: boolean, after: boolean): Needed[] | undefined {
  const all = new Map<string, Needed>();
  for (const option of options) {
    const needed = neededBySequence(option, before, after);
    if (!needed) return undefined;
    for (const one of needed) {
      const held = all.get(one.word);
      // A prefix covers the whole word it writes.
      if (!held || (one.prefix && !held.prefix)) all.set(one.word, one);
    }
  }
  return all.size > 0 ? [...all.values()] : undefined;
}

/**
 * The cheapest of the lists that the items of a sequence each guarantee: all of them must match,
 * so any one's words are needed. `before` / `after`: whether a word ends where the sequence
 * starts / starts where it ends.
 */
function neededBySequence(items: Item[], before: boolean, after: boolean): Needed[] | undefined {
  let best: Needed[] | undefined;
  let bestCost = Infinity;
  const consider = (needed: Needed[] | undefined) => {
    if (!needed) return;
    const cost = costOf(needed);
    if (!best || cost < bestCost) [best, bestCost] = [needed, cost];
  };
  let run = '';
  let runStartsWord = false;
  const endRun = (endsWord: boolean) => {
    if (run && runStartsWord) consider([{ word: run, prefix: !endsWord }]);
    run = '';
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const letter = letterOf(item);
    if (letter !== undefined) {
      if (!run) runStartsWord = edgeBefore(items, i, before);
      run += letter;
      continue;
    }
    // A look-around takes no characters: the letters after it run on from those before it.
    if (!isLookAround(item)) endRun(edgeAfter(items, i - 1, after));
    if (item.kind === 'group' && !item.negative) {
      const start = item.look === 'behind' ? false : edgeBefore(items, i, before);
      const end = item.look === 'ahead' ? false : edgeAfter(items, i, after);
      consider(neededByOptions(item.options, start, end));
    } else if (item.kind === 'repeat' && item.min >= 1 && item.item.kind === 'group') {
      const once = item.max === 1;
      const group = item.item;
      if (!group.negative)
        consider(
          neededByOptions(
            group.options,
            once && edgeBefore(items, i, before),
            once && edgeAfter(items, i, after),
          ),
        );
    }
  }
  endRun(after);
  return best;
}

/** The letter an item matches, in small letters, when it matches one ASCII word character only. */
function letterOf(item: Item): string | undefined {
  if (item.kind === 'char') return isWordChar(item.char) ? item.char.toLowerCase() : undefined;
  if (item.kind === 'set') return item.letter;
  return undefined;
}

/** Whether a word ends (or cannot run on) where `items[i]` starts. */
function edgeBefore(items: Item[], i: number, before: boolean): boolean {
  // Look-arounds take no characters: what precedes them precedes `items[i]`.
  let j = i - 1;
  while (j >= 0 && isLookAround(items[j]!)) j--;
  if (j < 0) return before;
  return endsOutsideWords(items[j]!, () => edgeBefore(items, j, before));
}

/** Whether a word starts (or none runs on) where `items[i]` ends. */
function edgeAfter(items: Item[], i: number, after: boolean): boolean {
  let j = i + 1;
  while (j < items.length && isLookAround(items[j]!)) j++;
  if (j >= items.length) return after;
  return startsOutsideWords(items[j]!, () => edgeAfter(items, j, after));
}

function isLookAround(item: Item): boolean {
  return item.kind === 'group' && item.look !== 'none';
}

/**
 * Whether every match of `item` ends with a character no word holds, or at a word's edge; where
 * it may match nothing (`(?:the )?`), what precedes it must end so too (`otherwise`).
 */
function endsOutsideWords(item: Item, otherwise: () => boolean): boolean {
  return edgeOf(item, otherwise, 'end');
}

/** As `endsOutsideWords`, of how every match of `item` starts and what follows it. */
function startsOutsideWords(item: Item, otherwise: () => boolean): boolean {
  return edgeOf(item, otherwise, 'start');
}

function edgeOf(item: Item, otherwise: () => boolean, side: 'start' | 'end'): boolean {
  if (item.kind === 'edge') return true;
  if (item.kind === 'char') return isOutsideWords(item.char);
  if (item.kind === 'set') return !item.word;
  if (item.kind === 'repeat')
    return edgeOf(item.item, otherwise, side) && (item.min >= 1 || otherwise());
  if (item.kind === 'group' && item.look === 'none')
    // Each option is a sequence of its own, read from its end (or start) inwards; an option
    // that may match nothing leaves the edge to what lies outside the group.
    return item.options.every((option) =>
      side === 'end'
        ? edgeBefore(option, option.length, otherwise())
        : edgeAfter(option, -1, otherwise()),
    );
  return false;
}

/** A character that the screen never reads as part of a word. */
function isOutsideWords(char: string): boolean {
  return !isWordChar(char) && !FOLDS_TO_LATIN.test(char);
}

/**
 * ſ and the Kelvin sign: the only characters that a case-blind pattern with the `u` flag reads
 * as ASCII letters (ſ as "s", the Kelvin sign as "k", both as `\w`) and one without it does not.
 * In text without them, a pattern over ASCII words means the same with or without `u`, and is
 * searched several times faster without it.
 */
export const FOLDS_TO_LATIN = /[\u017F\u212A]/;

/** A recursive reader of a pattern's source, as far as the words need it read. */
class Reader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** Alternatives up to the end of the source or a closing parenthesis. */
  options(): Item[][] {
    const options: Item[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length) {
      const char = this.source[this.at]!;
      if (char === '|' || char === ')') break;
      const atom = this.atom();
      items.push(this.repeated(atom));
    }
    return items;
  }

  private repeated(item: Item): Item {
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === '*') [min, max] = [0, Infinity];
    else if (char === '+') [min, max] = [1, Infinity];
    else if (char === '?') [min, max] = [0, 1];
    else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!bounds) return item; // a literal brace, outside the `u` flag
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
      this.at += bounds[0].length - 1;
    } else return item;
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy
    return this.repeated({ kind: 'repeat', item, min, max });
  }

  private atom(): Item {
    const char = this.source[this.at++]!;
    if (char === '(') return this.group();
    if (char === '[') return this.set();
    if (char === '.') return { kind: 'any' };
    if (char === '^' || char === '$') return { kind: 'edge' };
    if (char === '\\') return this.escape();
    return { kind: 'char', char: this.codePointFrom(char) };
  }

  /** With the `u` flag a surrogate pair is one character. */
  private codePointFrom(char: string): string {
    const low = this.source[this.at];
    const high = char.charCodeAt(0);
    const next = low?.charCodeAt(0) ?? 0;
    if (this.unicode && high >= 0xd800 && high <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      this.at++;
      return char + low;
    }
    return char;
  }

  private group(): Item {
    let look: 'none' | 'ahead' | 'behind' = 'none';
    let negative = false;
    const rest = this.source.slice(this.at);
    const opening = /^\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>|[ims-]+:)/.exec(rest);
    if (opening) {
      const written = opening[0];
      if (written === '?=' || written === '?!') look = 'ahead';
      if (written === '?<=' || written === '?<!') look = 'behind';
      negative = written === '?!' || written === '?<!';
      // A group that changes flags (`(?i:…)`) is read as having no words.
      if (/^\?[ims-]+:$/.test(written)) negative = true;
      this.at += written.length;
    }
    const options = this.options();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return { kind: 'group', options, look, negative };
  }

  private escape(): Item {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error('trailing backslash');
    if (char === 'b') return { kind: 'edge' };
    if (char === 'B') return { kind: 'inside' };
    if (char === 'd') return { kind: 'set', word: true, other: false };
    if (char === 's') return { kind: 'set', word: false, other: true };
    if (char === 'W') return { kind: 'set', word: false, other: true };
    if ('wDSpP'.includes(char)) {
      if ((char === 'p' || char === 'P') && this.source[this.at] === '{')
        this.at = this.source.indexOf('}', this.at) + 1;
      return { kind: 'set', word: true, other: true };
    }
    if (/[1-9]/.test(char) || char === 'k') {
      if (char === 'k' && this.source[this.at] === '<')
        this.at = this.source.indexOf('>', this.at) + 1;
      else while (/\d/.test(this.source[this.at] ?? '')) this.at++;
      return { kind: 'inside' };
    }
    return { kind: 'char', char: this.escapedChar(char) };
  }

  /** The character an escape outside `\b`, `\d` and the like stands for. */
  private escapedChar(char: string): string {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };
    if (char in simple) return simple[char]!;
    if (char === 'x') return this.hex(2);
    if (char === 'u') {
      if (this.source[this.at] === '{') {
        const end = this.source.indexOf('}', this.at);
        const code = parseInt(this.source.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return String.fromCodePoint(code);
      }
      return this.hex(4);
    }
    if (char === 'c') return String.fromCharCode(this.source.charCodeAt(this.at++) % 32);
    // Any other escaped character is itself ("\.", "\-", "\/").
    return char;
  }

  private hex(digits: number): string {
    const code = parseInt(this.source.slice(this.at, this.at + digits), 16);
    if (Number.isNaN(code)) throw new Error('bad hex escape');
    this.at += digits;
    return String.fromCharCode(code);
  }

  /**
   * A character class: whether it may match a word's character (`word`) and one outside words
   * (`other`), and the letter it stands for when it holds only one letter in both cases ("[Ss]").
   */
  private set(): Item {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let word = false;
    let other = false;
    const letters = new Set<string>();
    let first = true;
    while (this.at < this.source.length && (this.source[this.at] !== ']' || first)) {
      first = false;
      let char = this.source[this.at++]!;
      if (char === '\\') {
        const escaped = this.source[this.at++]!;
        if ('dwWsSDpP'.includes(escaped)) {
          if ((escaped === 'p' || escaped === 'P') && this.source[this.at] === '{')
            this.at = this.source.indexOf('}', this.at) + 1;
          if (escaped === 's' || escaped === 'W') other = true;
          else if (escaped === 'd') word = true;
          else word = other = true;
          letters.add('\0class');
          continue;
        }
        char = escaped === 'b' ? '\b' : this.escapedChar(escaped);
      }
      // A range: anything between its ends, read as possibly both kinds unless both ends are
      // letters of one case ("a-z"), digits, or both outside words below "0".
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        let end = this.source[this.at++]!;
        if (end === '\\') end = this.escapedChar(this.source[this.at++]!);
        if (/^(?:[a-z]{2}|[A-Z]{2}|\d{2})$/.test(char + end)) word = true;
        else word = other = true;
        letters.add('\0range');
        continue;
      }
      if (isOutsideWords(char)) other = true;
      else {
        word = true;
        letters.add(isWordChar(char) ? char.toLowerCase() : char);
      }
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    if (negated) return { kind: 'set', word: true, other: true };
    const [only] = letters;
    const letter = letters.size === 1 && !other && only && isWordChar(only) ? only : undefined;
    return { kind: 'set', word, other, ...(letter ? { letter } : {}) };
  }
}

/**
 * The sources of a pattern's top-level alternatives ("a|b(c|d)" gives "a" and "b(c|d)"), or the
 * whole source when it has none.
 */
export function topLevelOptions(source: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      options.push(source.slice(from, at));
      from = at + 1;
    }
  }
  options.push(source.slice(from));
  return options;
}
