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
import { topLevelOptions, wordsEveryMatchHolds } from './pattern-words.ts';
import { WordScreen } from './screen.ts';

/** By screened pattern, its list's number in the screen. */
const listOf = new Map<RegExp, number>();
const lists: string[][] = [];
/** By list, whether its pattern folds case with Unicode rules ("ſ" is "s", "K" is "k"). */
const foldsUnicode: boolean[] = [];
let screen: WordScreen | undefined;

/**
 * Declares `pattern` screened and returns it. A pattern whose words cannot be read off it (or
 * are too common to rule anything out) is searched everywhere, as before.
 */
export function screened<T extends RegExp>(pattern: T): T {
  if (listOf.has(pattern)) return pattern;
  const words = wordsEveryMatchHolds(pattern);
  if (!words) return pattern;
  listOf.set(pattern, lists.length);
  lists.push(words);
  foldsUnicode.push(pattern.ignoreCase && (pattern.unicode || pattern.flags.includes('v')));
  // Declared at module load, before any search: a later one rebuilds the screen once.
  screen = undefined;
  return pattern;
}

/**
 * The last texts scanned and what each holds. A clause is asked about by one rule after
 * another, and the rules also read its sentence between them: two texts kept serve both.
 */
const KEPT = 4;
const keptTexts: (string | undefined)[] = new Array(KEPT).fill(undefined);
const keptFound: Uint8Array[] = [];
/** By kept text, whether it holds "ſ" or "K": 0 not asked yet, 1 it does, 2 it does not. */
const keptFolds = new Uint8Array(KEPT);
const FOLDED_LETTERS = /[\u017F\u212A]/;
let nextKept = 0;

function foundIn(text: string): number {
  for (let i = 0; i < KEPT; i++) if (keptTexts[i] === text) return i;
  screen ??= rebuilt();
  const slot = nextKept;
  nextKept = (nextKept + 1) % KEPT;
  (keptFound[slot] as Uint8Array).set(screen.in(text));
  keptFolds[slot] = 0;
  keptTexts[slot] = text;
  return slot;
}

function rebuilt(): WordScreen {
  const built = new WordScreen(lists);
  for (let i = 0; i < KEPT; i++) {
    keptFound[i] = new Uint8Array(lists.length);
    keptTexts[i] = undefined;
  }
  return built;
}

/**
 * Whether `pattern` may match in `text`: false only where the text lacks every word that each
 * of its matches needs. Unscreened patterns may always match.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const list = listOf.get(pattern);
  if (list === undefined) return true;
  const slot = foundIn(text);
  if ((keptFound[slot] as Uint8Array)[list] === 1) return true;
  if (!foldsUnicode[list]) return false;
  // Read only for the few patterns that fold so, and once per text: news almost never holds them.
  if (!keptFolds[slot]) keptFolds[slot] = FOLDED_LETTERS.test(text) ? 1 : 2;
  return keptFolds[slot] === 1;
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
  return [...listOf].map(([pattern, list]) => ({ pattern, words: lists[list] as string[] }));
}

/**
 * Whether `pattern` matches anywhere in a text, asked of its top-level alternatives one by one:
 * each alternative whose words can be read off is screened on its own, and the others are
 * searched together. A long union of habits, moods and hearsay ("often", "the mood was", "residents
 * say") has a few alternatives that no word announces, and those alone would leave the whole union
 * unscreened. Only for a yes-or-no search: the first match of the union is not what this finds.
 */
export function screenedTest(pattern: RegExp): (text: string) => boolean {
  const flags = pattern.flags.replace(/[gy]/g, '');
  // Back-references count groups across the alternatives: such a pattern is not cut up.
  if (/\\[1-9]|\\k</.test(pattern.source)) return (text) => pattern.test(text);
  const announced: RegExp[] = [];
  const others: string[] = [];
  for (const option of topLevelOptions(pattern.source)) {
    const part = new RegExp(option, flags);
    if (wordsEveryMatchHolds(part)) announced.push(screened(part));
    else others.push(option);
  }
  const rest = others.length ? new RegExp(others.join('|'), flags) : undefined;
  return (text) => {
    for (const part of announced) if (mayMatch(part, text) && part.test(text)) return true;
    return rest ? rest.test(text) : false;
  };
}
