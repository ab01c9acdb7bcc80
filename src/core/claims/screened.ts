/**
 * Patterns searched only in texts that hold a word every match of theirs needs. Most searches
 * of the claim rules find nothing, and a failed search costs the engine a try at every position
 * of the text; one pass of a `WordScreen` over the text, shared by every screened pattern asked
 * about it, rules most of them out first (`pattern-words.ts` reads the words off each pattern).
 *
 * A pattern is screened by declaring it with `screened(/…/)` where it is defined, and searched
 * through `mayMatch(pattern, text) && pattern.test(text)` (or `matchesOf`, which asks itself).
 * The screen only ever skips a search that would have found nothing, so the answers are the
 * same with it and without it.
 */
import { FOLDS_TO_LATIN, topLevelOptions, wordsEveryMatchHolds } from './pattern-words.ts';
import { WordScreen } from './screen.ts';

/**
 * The patterns declared so far. Their words are read when the screen is first needed, not as each
 * module loads: reading some 200 patterns' sources costs tens of milliseconds of a fresh worker's
 * start, which the first article read can pay instead, beside its own first-use costs.
 */
const declared = new Set<RegExp>();
/** Each declared pattern's words once read (null: none), kept across rebuilds. */
const wordsRead = new Map<RegExp, string[] | null>();

interface Built {
  screen: WordScreen;
  /** By screened pattern, its list's number in the screen. */
  listOf: Map<RegExp, number>;
  lists: string[][];
  /** By list, whether its pattern folds case with Unicode rules ("ſ" is "s", "K" is "k"). */
  foldsUnicode: boolean[];
}
let built: Built | undefined;

/**
 * Declares `pattern` screened and returns it. A pattern whose words cannot be read off it (or
 * are too common to rule anything out) is searched everywhere, as before.
 */
export function screened<T extends RegExp>(pattern: T): T {
  if (declared.has(pattern)) return pattern;
  declared.add(pattern);
  // Declared at module load, before any search: a later one (a test's) rebuilds the screen.
  built = undefined;
  return pattern;
}

function wordsOf(pattern: RegExp): string[] | null {
  let words = wordsRead.get(pattern);
  if (words === undefined) wordsRead.set(pattern, (words = wordsEveryMatchHolds(pattern) ?? null));
  return words;
}

/** Lists of words screened beside the patterns' own, by their owners (`screenLists`). */
const ownedLists: string[][] = [];

/**
 * Adds lists of words to the screen, for an owner that scans the same texts as the screened
 * patterns (a sentence's words, `clauses.ts`): one scan then answers both. Returns where the
 * lists start in what `listsIn` answers. Called as modules load, before any scan.
 */
export function screenLists(lists: readonly (readonly string[])[]): number {
  const at = ownedLists.length;
  ownedLists.push(...lists.map((words) => [...words]));
  built = undefined;
  return at;
}

/**
 * By list, 1 where `text` holds one of its words: the owned lists from 0 (`screenLists`), then
 * the patterns'. The answer is shared: read it before the next scan.
 */
export function listsIn(text: string): Uint8Array {
  const { screen } = (built ??= build());
  return keptFound[foundIn(screen, text)] as Uint8Array;
}

function build(): Built {
  const listOf = new Map<RegExp, number>();
  const lists: string[][] = [...ownedLists];
  const foldsUnicode: boolean[] = ownedLists.map(() => false);
  for (const pattern of declared) {
    const words = wordsOf(pattern);
    if (!words) continue;
    listOf.set(pattern, lists.length);
    lists.push(words);
    foldsUnicode.push(pattern.ignoreCase && (pattern.unicode || pattern.flags.includes('v')));
  }
  for (let i = 0; i < KEPT; i++) {
    keptFound[i] = new Uint8Array(lists.length);
    keptTexts[i] = undefined;
  }
  return { screen: new WordScreen(lists), listOf, lists, foldsUnicode };
}

/**
 * The last texts scanned and what each holds. A clause is asked about by one rule after
 * another, and the rules also read its sentence and its pieces between them: a few kept serve all.
 */
const KEPT = 4;
const keptTexts: (string | undefined)[] = new Array(KEPT).fill(undefined);
const keptFound: Uint8Array[] = [];
/** By kept text, 1 where it holds "ſ" or "K" (`WordScreen.foldsToLatin`). */
const keptFolds = new Uint8Array(KEPT);
let nextKept = 0;

/**
 * A clause being read, and the sentence it was cut from (`screenAsStretch`): the sentence's scan
 * answers for the clause, which is then not scanned itself.
 */
let stretch: string | undefined;
let stretchOf: string | undefined;

/**
 * Declares `text` a stretch of `sentence` cut where no word runs on (a clause, cut after a space
 * or a mark and before one): it holds none of the words the sentence lacks, so what the screen
 * rules out for the sentence it rules out for the stretch, and the rules asking about it are
 * screened by the sentence's scan. Most clauses are most of their sentence, or all of it but its
 * full stop, and a scan of each cost more than the few searches the sentence's words let through.
 * Holds until the next stretch is declared.
 */
export function screenAsStretch(text: string, sentence: string): void {
  stretch = text;
  stretchOf = sentence;
}

function foundIn(screen: WordScreen, text: string): number {
  for (let i = 0; i < KEPT; i++) if (keptTexts[i] === text) return i;
  if (text === stretch && stretchOf !== undefined && stretchOf !== text) {
    text = stretchOf;
    for (let i = 0; i < KEPT; i++) if (keptTexts[i] === text) return i;
  }
  const slot = nextKept;
  nextKept = (nextKept + 1) % KEPT;
  (keptFound[slot] as Uint8Array).set(screen.in(text));
  keptFolds[slot] = screen.foldsToLatin ? 1 : 0;
  keptTexts[slot] = text;
  return slot;
}

/**
 * The slot kept for `text`, or for the sentence it is the declared stretch of; -1 for none.
 * (`foundIn` asks the same inline: it is asked of every screened search.)
 */
function keptSlotOf(text: string): number {
  for (let i = 0; i < KEPT; i++) if (keptTexts[i] === text) return i;
  if (text === stretch && stretchOf !== undefined && stretchOf !== text)
    for (let i = 0; i < KEPT; i++) if (keptTexts[i] === stretchOf) return i;
  return -1;
}

/**
 * Whether `pattern` may match in `text`: false only where the text lacks every word that each
 * of its matches needs. Unscreened patterns may always match.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const { screen, listOf, foldsUnicode } = (built ??= build());
  const list = listOf.get(pattern);
  if (list === undefined) return true;
  const slot = foundIn(screen, text);
  if ((keptFound[slot] as Uint8Array)[list] === 1) return true;
  // Only for the few patterns that fold so: news almost never holds "ſ" or "K". Of the text
  // scanned, which may be the sentence `text` is a stretch of (`screenAsStretch`).
  return foldsUnicode[list] === true && keptFolds[slot] === 1;
}

/**
 * Whether `text` may hold "ſ" or "K" (`FOLDS_TO_LATIN`), answered by the scan of it or of its
 * sentence where one is kept (a stretch holds no character its sentence lacks), else searched.
 */
export function mayFoldToLatin(text: string): boolean {
  const slot = built ? keptSlotOf(text) : -1;
  return slot >= 0 ? keptFolds[slot] === 1 : FOLDS_TO_LATIN.test(text);
}

/** `pattern.test(text)`, skipped where the screen rules it out (`lastIndex` then reset, as a failed search does). */
export function tests(pattern: RegExp, text: string): boolean {
  if (mayMatch(pattern, text)) return pattern.test(text);
  pattern.lastIndex = 0;
  return false;
}

/** `pattern.exec(text)`, skipped where the screen rules it out (`lastIndex` then reset, as a failed search does). */
export function execs(pattern: RegExp, text: string): RegExpExecArray | null {
  if (mayMatch(pattern, text)) return pattern.exec(text);
  pattern.lastIndex = 0;
  return null;
}

/** Every screened pattern, with its words (for the tests that prove the words against texts). */
export function screenedPatterns(): { pattern: RegExp; words: readonly string[] }[] {
  const { listOf, lists } = (built ??= build());
  return [...listOf].map(([pattern, list]) => ({ pattern, words: lists[list] as string[] }));
}

/**
 * Whether `pattern` matches anywhere in a text, asked of its top-level alternatives one by one:
 * each alternative whose words can be read off is screened on its own, and the others are
 * searched together. A long union of habits, moods and hearsay ("often", "the mood was", "residents
 * say") has a few alternatives that no word announces, and those alone would leave the whole union
 * unscreened. Only for a yes-or-no search: the first match of the union is not what this finds.
 * `within`: a text holding every word the searched text holds (the sentence of a clause, which was
 * scanned already), whose words then rule out alternatives in place of the text's own.
 */
export function screenedTest(pattern: RegExp): (text: string, within?: string) => boolean {
  const flags = pattern.flags.replace(/[gy]/g, '');
  // Back-references count groups across the alternatives: such a pattern is not cut up.
  if (/\\[1-9]|\\k</.test(pattern.source)) return (text) => pattern.test(text);
  const options = topLevelOptions(pattern.source).map((option) =>
    screened(new RegExp(option, flags)),
  );
  // Which alternatives the screen announces is known once it is built, at the first search.
  let split: { announced: RegExp[]; rest: RegExp | undefined } | undefined;
  return (text, within = text) => {
    if (!split) {
      const { listOf } = (built ??= build());
      const others = options.filter((option) => !listOf.has(option));
      split = {
        announced: options.filter((option) => listOf.has(option)),
        rest: others.length
          ? new RegExp(others.map((option) => option.source).join('|'), flags)
          : undefined,
      };
    }
    for (const part of split.announced) if (mayMatch(part, within) && part.test(text)) return true;
    return split.rest ? split.rest.test(text) : false;
  };
}
