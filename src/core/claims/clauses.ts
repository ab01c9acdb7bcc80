/**
 * Clauses of a sentence: where one checkable statement ends and the next, or a comment on it,
 * begins. "Debris fell onto X Street, near houses 12 and 13" holds two claims (where it fell,
 * and near what); "Services were deployed to the site, a stark reminder of…" holds one claim
 * and a comment, which is cut off.
 */
import { DAYPART_WORDS, TALLY_FIRST, TALLY_NEXT } from './details.ts';
import { matchesOf } from './matches.ts';
import { statesFact } from './plain-facts.ts';
import { WordScreen } from './screen.ts';
import { unitTest } from './sentences.ts';
import {
  APPOSITIVE_TAIL,
  ASYNDETON,
  BARE_COORDINATION,
  clauseBreaksIn,
  commentsWhereWorded,
  COMMENTARY_WORDS,
  COORDINATION,
  DENIAL_BEFORE,
  NEITHER_NOR_BEFORE,
  DENIED_REPORT,
  EVENT_TRIGGERS,
  FRONTED_SUBORDINATE,
  GENERIC_WORDS,
  HEADLINE_COMMA,
  isCommentary,
  NOT_AN_ASSERTION_BEFORE,
  QUESTIONED_BEFORE,
  ASKED_OR_GENERAL_BEFORE,
  REPORTING_VERB,
  SPEAKER_WORDS,
  SPOKEN_BREAK_WORDS,
} from './lexicon.ts';
import { listsIn, mayFoldToLatin, mayMatch, screened, screenLists } from './screened.ts';

export interface ClauseSpan {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
}

export interface Assertion {
  event: string;
  /** The clause says it did not happen: "no one was injured", "did not comment". */
  negated: boolean;
}

/** "Without casualties" denies; "without power" is the outage itself. */
const SELF_NEGATING =
  /^(?:no\b|nobody|without(?! (?:power|electricity|gas|heating|heat|water|light)\b)|ha(?:ve|s|d) not|did not|do not|does not|\w+n['’]t)/i;

/**
 * The triggers, each pattern made global once: every clause, tail and coordination cut asks for
 * an assertion, so compiling per call would dominate. The patterns are only ever run to the end
 * of a synchronous loop, and their `lastIndex` is reset before each, so sharing them is safe.
 */
const TRIGGERS = EVENT_TRIGGERS.map((trigger) => ({
  // Every field in the same order, present or not: the lexicon's triggers come in many shapes,
  // and a loop reading their fields would otherwise look each up by name (a megamorphic load).
  event: trigger.event,
  pattern: new RegExp(trigger.pattern.source, 'gi'),
  needs: trigger.needs,
  subject: trigger.subject,
  opens: trigger.opens,
  holds: trigger.holds,
  affirms: trigger.affirms,
  denies: trigger.denies,
}));

/**
 * Where a subordinate clause of cause or time opens: "after" or "when", then a subject and its
 * verb ("after a power line was damaged", "when debris struck a house"), or "while" and a subject
 * doing something meanwhile ("trains ran late while specialists inspected the tracks"), not a noun alone
 * ("after midnight"); or a strike named as the cause to the clause's end, as headlines do
 * ("Refinery stops units after drone strike"). Bounded, so linear.
 */
export const CAUSE_CLAUSE =
  /\swhile\s+(?=(?:[\w'’-]+\s+){1,4}?(?:[a-z]{3,}ed|was|were|had|has|is|are)\b)|\s(?:after|when|because|once)\s+(?=(?:[\w'’-]+\s+){1,5}?(?:was|were|had|has|is|are)\s|(?:[\w'’-]+\s+){1,4}?(?:struck|hit|hits|fell|landed|exploded|crashed|damaged|attacked|caught)\b)|\s(?:after|following)\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:strikes?|attacks?|raids?|shelling|explosions?|blasts?)\s*$/i;
/** A CAUSE_CLAUSE match that opens with "while". */
const WHILE_OPENS = /^\s*while\b/i;

/**
 * A clause told in a progressive tense, of something going on ("were repelling", "was still
 * burning"), not done ("ran late", "was held up"); "during" and the parts of the day are no verbs.
 */
const ONGOING =
  /\b(?:was|were|is|are|(?:has|have|had) been)\s+(?:still\s+)?(?!during\b|morning\b|evening\b)[a-z]{2,}ing\b/i;

/** Words one of which every CAUSE_CLAUSE match opens with, as `WordScreen` reads words. */
export const CAUSE_WORDS = ['while', 'after', 'when', 'because', 'once', 'following'];

/**
 * Per trigger, in `TRIGGERS` order, three lists of words: those it opens with (list
 * `3 * position`), its `holds` words (list `3 * position + 1`) and the words of its `needs`
 * (list `3 * position + 2`), the last two empty when it has none. One scan of a clause picks
 * the handful of patterns worth running instead of running all of them. The patterns are
 * case-blind without the `u` flag, so only ASCII letters can match their letters, and a match
 * that begins with a word begins at a run of ASCII word characters, as the screen reads words.
 */
const TRIGGER_LISTS = TRIGGERS.flatMap((trigger) => [
  trigger.opens.split(' '),
  trigger.holds?.split(' ') ?? [],
  trigger.needs?.words.split(' ') ?? [],
]);

/** The triggers' lists, then the cause clause's words: what an assertion's clause is scanned for. */
const CLAUSE_WORDS = new WordScreen([...TRIGGER_LISTS, CAUSE_WORDS]);
const CAUSE_LIST = TRIGGER_LISTS.length;

/**
 * CLAUSE_WORDS's lists, numbered alike, then those a sentence is screened for besides
 * (`SentenceWords`). Apart from CLAUSE_WORDS, as COMMENTARY's prefixes cost the scan a lookup at
 * every length they have, which a clause never needs. They are scanned with the screened
 * patterns' words (`screened.ts`), which are asked about the same sentences: one scan a sentence.
 */
const SENTENCE_LISTS = [
  ...TRIGGER_LISTS,
  CAUSE_WORDS,
  GENERIC_WORDS,
  SPEAKER_WORDS,
  SPOKEN_BREAK_WORDS,
  COMMENTARY_WORDS,
  DAYPART_WORDS,
];
const SENTENCE_LISTS_AT = screenLists(SENTENCE_LISTS);
const GENERIC_LIST = CAUSE_LIST + 1;
const SPEAKER_LIST = GENERIC_LIST + 1;
const SPOKEN_BREAK_LIST = GENERIC_LIST + 2;
const COMMENTARY_LIST = GENERIC_LIST + 3;
const DAYPART_LIST = GENERIC_LIST + 4;

/**
 * What one scan of a sentence says of the words its patterns need. A clause is a stretch of its
 * sentence between word boundaries, so it holds none of the words its sentence lacks.
 */
export interface SentenceWords {
  /** By list of `SENTENCE_LISTS`: 1 where the sentence holds one of its words. */
  readonly lists: Uint8Array;
  /** It may be generic (GENERIC): it holds one of GENERIC_WORDS. */
  readonly generic: boolean;
  /** It may name a speaker: it holds one of SPEAKER_WORDS. */
  readonly speaker: boolean;
  /** It may comment (`isCommentary`): it holds one of COMMENTARY_WORDS. */
  readonly commentary: boolean;
  /** It may tell a part of the day (`timeOf`): it holds one of DAYPART_WORDS. */
  readonly dayparts: boolean;
  /** The sentence itself, which `triggers` are answered of. */
  readonly text: string;
  /**
   * By trigger, in `TRIGGERS` order, what its pattern was found to do in the sentence: 0 not
   * asked yet, 1 it matches, 2 it matches nowhere (`inSentence`).
   */
  readonly triggers: Uint8Array;
  /**
   * The triggers whose words the sentence holds (`wordsAdmit`), in `TRIGGERS` order: all that a
   * stretch of it may assert by. A sentence and each of the pieces, tails and clauses it is cut
   * into are read by these few rather than by all of them.
   */
  readonly candidates: readonly number[];
}

/** Whether `words` (a scan by CLAUSE_WORDS or SENTENCE_LISTS) hold the words a trigger needs. */
function wordsAdmit(
  trigger: (typeof TRIGGERS)[number],
  position: number,
  words: Uint8Array,
): boolean {
  return (
    !!words[3 * position] &&
    (!trigger.holds || !!words[3 * position + 1]) &&
    ((NEED_OF[position] as number) < 0 || !!words[3 * position + 2])
  );
}

/**
 * Where sentences' lists are kept, each a view of its own stretch, handed out in turn; a full
 * block is left to the views that hold it. A typed array of its own, longer than V8 keeps on its
 * heap (64 bytes), would cost an allocation outside it, which took longer than the scan.
 */
const LISTS_BLOCK = 1 << 16;
let listsBlock = new ArrayBuffer(LISTS_BLOCK);
let listsUsed = 0;

export function sentenceWords(sentence: string): SentenceWords {
  const found = listsIn(sentence).subarray(
    SENTENCE_LISTS_AT,
    SENTENCE_LISTS_AT + SENTENCE_LISTS.length,
  );
  if (listsUsed + found.length + TRIGGERS.length > LISTS_BLOCK) {
    listsBlock = new ArrayBuffer(LISTS_BLOCK);
    listsUsed = 0;
  }
  const lists = new Uint8Array(listsBlock, listsUsed, found.length);
  listsUsed += found.length;
  lists.set(found);
  // Each stretch of a block is handed out once, so it starts all 0: nothing asked yet.
  const triggers = new Uint8Array(listsBlock, listsUsed, TRIGGERS.length);
  listsUsed += TRIGGERS.length;
  const candidates: number[] = [];
  for (let index = 0; index < TRIGGERS.length; index++)
    if (wordsAdmit(TRIGGERS[index]!, index, lists)) candidates.push(index);
  return {
    lists,
    generic: !!lists[GENERIC_LIST],
    speaker: !!lists[SPEAKER_LIST],
    commentary: !!lists[COMMENTARY_LIST],
    dayparts: !!lists[DAYPART_LIST],
    text: sentence,
    triggers,
    candidates,
  };
}

/**
 * Assertions already read during one article's detection, by clause text: cutting a sentence
 * asks about the same pieces its clauses are later read as. Kept for one article only.
 */
let remembered: Map<string, Assertion | undefined> | undefined;

/** Runs `read` with the assertions it finds remembered until it returns. */
export function rememberingAssertions<T>(read: () => T): T {
  const outer = remembered;
  remembered = new Map();
  try {
    return read();
  } finally {
    remembered = outer;
  }
}

/**
 * What a clause asserts, if anything: the first trigger used as a verb, in lexicon order.
 * `words`: the lists of its sentence (`SentenceWords`), when the clause is most of it and need
 * not be scanned again. A longer text's lists only let more triggers be tried, and each still
 * decides on the clause itself, so the answer is the same.
 */
export function assertionOf(
  clause: string,
  words?: Uint8Array,
  within?: SentenceWords,
): Assertion | undefined {
  if (!remembered) return findAssertion(clause, words, within);
  if (remembered.has(clause)) return remembered.get(clause);
  // Read within its sentence or not, a clause asserts the same (`inSentence`): one answer serves.
  const assertion = findAssertion(clause, words, within);
  remembered.set(clause, assertion);
  return assertion;
}

/**
 * Whether a trigger can match in the text at all, by the cheap screens (`words` by CLAUSE_WORDS
 * or SENTENCE_LISTS, which both begin with the triggers' lists): a word it opens with is
 * there (and one it holds, when it lists them), and so is its `needs` pattern, searched for only
 * where one of its words is. `within`: a text holding every word `text` holds (its sentence, which
 * was scanned already), whose words then answer for the pattern's own in place of the text's.
 */
function passesScreens(
  trigger: (typeof TRIGGERS)[number],
  position: number,
  words: Uint8Array,
  text: string,
  within = text,
): boolean {
  if (!wordsAdmit(trigger, position, words)) return false;
  const need = NEED_OF[position] as number;
  if (need >= 0) {
    if (needTested[need] !== text) {
      needTested[need] = text;
      needFound[need] = (NEEDS[need] as RegExp).test(text);
    }
    if (!needFound[need]) return false;
  }
  // The words read off the pattern itself: one of those it holds besides its opening ones.
  return mayMatch(trigger.pattern, within);
}

for (const trigger of TRIGGERS) screened(trigger.pattern);

/**
 * Several triggers share one `needs` pattern (four need OBJECTS), and a text's triggers are tried
 * one after another: each pattern's last answer is kept with the text it was for, so a text is
 * searched once per pattern rather than once per trigger. By trigger, its pattern's number
 * among the distinct ones, or -1 for none.
 */
const NEEDS = [
  ...new Set(TRIGGERS.flatMap((trigger) => (trigger.needs ? [trigger.needs.pattern] : []))),
];
const NEED_OF = TRIGGERS.map((trigger) =>
  trigger.needs ? NEEDS.indexOf(trigger.needs.pattern) : -1,
);
const needTested: (string | undefined)[] = NEEDS.map(() => undefined);
const needFound: boolean[] = NEEDS.map(() => false);

/**
 * No union of all triggers as a pre-filter: a one-regex union cannot skip the triggers whose
 * `needs` word is absent, and its lookbehinds (".*", ".{0,60}?") run at every position, so it
 * cost more than the loop below.
 */
function findAssertion(
  clause: string,
  words?: Uint8Array,
  within?: SentenceWords,
): Assertion | undefined {
  // A stretch's sentence's words let a few more triggers past the screens than its own would;
  // most are then ruled out by the sentence (`inSentence`), and each still decides on the
  // stretch itself. That costs less than scanning the stretch.
  words ??= within?.lists ?? CLAUSE_WORDS.in(clause);
  const denied = deniedReport(clause, within);
  if (denied) return denied;
  // "Part of the town lost power after a power line was damaged": the main clause tells the
  // news, the one after "after" or "when" its cause, which may name another event first.
  const cause = words[CAUSE_LIST] ? CAUSE_CLAUSE.exec(clause) : null;
  if (cause && cause.index > 0) {
    const head = clause.slice(0, cause.index);
    // "Air defences were repelling the attack while debris damaged three houses": a main clause
    // of what was going on is the background, and the "while" clause the news told against it.
    if (WHILE_OPENS.test(cause[0]) && ONGOING.test(head)) {
      const meanwhile = assertionIn(clause.slice(cause.index + cause[0].length), undefined, within);
      if (meanwhile) return meanwhile;
    }
    const main = assertionIn(head, undefined, within);
    // Reading the main clause scanned it in place of the whole one: the whole is scanned again
    // (outside a sentence; within one, both are read by its words).
    return main ?? assertionIn(clause, undefined, within);
  }
  return assertionIn(clause, words, within);
}

/**
 * "The governor denied reports that the unit had been hit": what is denied is the clause after
 * "that" (`DENIED_REPORT`), told negated, so that it meets the report it denies; not a bare
 * statement, which meets nothing.
 */
function deniedReport(clause: string, within?: SentenceWords): Assertion | undefined {
  if (!clause.includes('that')) return undefined;
  const denial = DENIED_REPORT.exec(clause);
  if (!denial) return undefined;
  const told = assertionIn(clause.slice(denial.index + denial[0].length), undefined, within);
  if (!told || told.event === 'statement') return undefined;
  return { event: told.event, negated: !told.negated };
}

/**
 * `words`: the clause's scan by CLAUSE_WORDS, when it was just scanned. `within`: the sentence
 * the clause is a stretch of, when it is one (`inSentence`).
 */
function assertionIn(
  clause: string,
  words?: Uint8Array,
  within?: SentenceWords,
): Assertion | undefined {
  words ??= within?.lists ?? CLAUSE_WORDS.in(clause);
  // "Debris fell near a farm, without casualties": a trailing "without casualties" qualifies
  // the event told before it, which another report may tell without the denial.
  let trailingDenial: { at: number; assertion: Assertion } | undefined;
  // Within a sentence, `words` are its lists, which admit only its candidates.
  for (const index of within ? within.candidates : ALL_TRIGGERS) {
    const trigger = TRIGGERS[index]!;
    // A stretch of a sentence is screened by the sentence's words: it holds no word the
    // sentence lacks, and a scan of each piece and tail it is cut into cost more than the
    // searches the sentence's words let through.
    if (!passesScreens(trigger, index, words, clause, within?.text)) continue;
    if (within && !inSentence(index, within)) continue;
    const pattern = trigger.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
      const at = m.index;
      const before = clause.slice(Math.max(0, at - 30), at);
      if (NOT_AN_ASSERTION_BEFORE.test(before)) continue;
      if (QUESTIONED_BEFORE.test(clause.slice(Math.max(0, at - 60), at))) continue;
      if (ASKED_OR_GENERAL_BEFORE.test(clause.slice(Math.max(0, at - 60), at))) continue;
      if (trigger.subject && !trigger.subject.test(clause.slice(0, at))) continue;
      const assertion = {
        event: trigger.event,
        negated:
          !!trigger.denies ||
          (!trigger.affirms &&
            (SELF_NEGATING.test(m[0]) ||
              // Wider than `before`: a denied subject of long words ("no civilian
              // infrastructure was") must keep its "no".
              DENIAL_BEFORE.test(clause.slice(Math.max(0, at - 45), at)) ||
              NEITHER_NOR_BEFORE.test(clause.slice(Math.max(0, at - 90), at)))),
      };
      if (trailingDenial && at < trailingDenial.at) return assertion;
      if (trailingDenial) break;
      if (assertion.event === 'casualties' && TRAILING_DENIAL.test(clause.slice(at))) {
        trailingDenial = { at, assertion };
        break;
      }
      return assertion;
    }
  }
  return trailingDenial?.assertion;
}

/** Every trigger's position, for a text read outside any sentence. */
const ALL_TRIGGERS = TRIGGERS.map((_, index) => index);

/** A denial of harm that closes its clause after a comma: ", without casualties." */
const TRAILING_DENIAL = /^without (?:any )?(?:casualties|injuries|victims|loss of life)\W*$/i;

/** The triggers whose pattern reads where its clause starts (`^` in a look-behind). */
const READS_CLAUSE_START = TRIGGERS.map((trigger) => trigger.pattern.source.includes('^'));

/**
 * Whether any clause of the sentence may assert an event: whether some trigger that its words
 * open matches in it, with its `needs`, whatever the words before the match (they only ever rule
 * an assertion out). A clause, a coordinated piece or a tail is a stretch of its sentence cut
 * where no word runs on, and followed by a comma, a break ("but", "and said", "near"…) or the
 * sentence's end, so where the sentence holds no such match none of them asserts anything: most
 * sentences are cut and read without a trigger search. A trigger that reads where its clause
 * starts may match a clause where it does not match the sentence, so it counts as a match.
 */
export function mayAssert(sentence: string, read = sentenceWords(sentence)): boolean {
  const words = read.lists;
  for (const index of read.candidates) {
    const trigger = TRIGGERS[index]!;
    if (!passesScreens(trigger, index, words, sentence)) continue;
    if (READS_CLAUSE_START[index]) return true;
    trigger.pattern.lastIndex = 0;
    const found = trigger.pattern.test(sentence);
    trigger.pattern.lastIndex = 0;
    // What was found here need not be searched for again when the sentence's clauses are read.
    read.triggers[index] = found ? 1 : 2;
    if (found) return true;
  }
  return false;
}

/**
 * Per trigger, whether a stretch of a sentence can match it only where the sentence does. A
 * stretch read as a clause starts after a space or a mark and ends before one (`splitClauses`
 * cuts there), so where a pattern matches in the stretch it matches the same characters in the
 * sentence, whatever lies around them, unless it reads where its text starts or ends (`^`, `$`)
 * or asks what is not there (`(?<!`, `(?!`, `\B`): the sentence has more around the stretch.
 */
const STRETCH_SAFE = TRIGGERS.map((trigger) => !readsAround(trigger.pattern.source));

/** Whether a pattern has `^`, `$`, `(?<!`, `(?!` or `\B` outside its classes (`[^,.]` is none). */
function readsAround(source: string): boolean {
  const unescaped = source.replace(/\\(.)/gs, (_, c: string) => (c === 'B' ? '\\B' : '_'));
  return /\^|\$|\(\?<!|\(\?!|\\B/.test(unescaped.replace(/\[[^\]]*\]/g, '_'));
}

/**
 * Whether a trigger that the sentence `within` may rule out for all its stretches
 * (`STRETCH_SAFE`) matches the sentence: asked once per sentence, not again for each of the
 * pieces, tails and clauses it is cut into and read as.
 */
function inSentence(index: number, within: SentenceWords): boolean {
  if (!STRETCH_SAFE[index]) return true;
  let known = within.triggers[index];
  if (!known) {
    const trigger = TRIGGERS[index]!;
    let found = passesScreens(trigger, index, within.lists, within.text);
    if (found) {
      trigger.pattern.lastIndex = 0;
      found = trigger.pattern.test(within.text);
      trigger.pattern.lastIndex = 0;
    }
    known = found ? 1 : 2;
    within.triggers[index] = known;
  }
  return known === 1;
}

/** `within`: the sentence the clause is a stretch of, when it is one (`inSentence`). */
function eventOf(clause: string, within?: SentenceWords): string | undefined {
  return assertionOf(clause, undefined, within)?.event;
}

/**
 * The cuts in increasing order, each once, as `[...new Set(cuts)].sort()` numerically gives
 * them, without a set: a sentence has a handful of cuts, and several passes ask for them.
 */
function sortedCuts(cuts: readonly number[]): number[] {
  // Insertion, as the cuts are few: a sort with a comparator costs more for a handful.
  const sorted: number[] = [];
  for (const cut of cuts) {
    let at = sorted.length;
    while (at > 0 && (sorted[at - 1] as number) > cut) at--;
    if (at > 0 && sorted[at - 1] === cut) continue;
    sorted.splice(at, 0, cut);
  }
  return sorted;
}

/** A non-restrictive relative clause's opening: ", which" after the noun it speaks of. */
const RELATIVE = /([\p{L}-]+),\s+which\s+/giu;
const WHICH = /^which\s+/i;

/**
 * A relative clause read with the noun it speaks of in place of "which": "started a fire, which
 * firefighters extinguished within an hour" tells of the fire put out, which "which firefighters
 * extinguished" alone does not name. `before` is the sentence up to the clause.
 */
export function relativeReading(before: string, clause: string): string | undefined {
  if (!WHICH.test(clause)) return undefined;
  const noun = /([\p{L}-]+),\s*$/u.exec(before)?.[1];
  return noun ? `${noun} ${clause.replace(WHICH, '')}` : undefined;
}

/**
 * A quote cut by its attribution: '"The first drones," said the spokesman, "came at 1 a.m."'.
 * Neither half tells the event; the two, read together, do. Bounded (no quote mark inside a part).
 */
const CUT_QUOTE =
  /^\s*["“]([^"“”]{1,200}?),?\s*["”],?\s+([^"“”]{1,160}?),\s*["“]([^"“”]{1,200}?)["”]?\W*$/;

/** The two halves of a quote cut by its reporting verb and speaker, as one statement. */
function rejoinedQuote(clause: string): string | undefined {
  if (!clause.includes(',')) return undefined;
  const m = CUT_QUOTE.exec(clause);
  if (!m || !REPORTING_VERB.test(m[2] ?? '')) return undefined;
  return `${m[1]} ${m[3]}`;
}

/** What a quote cut by its attribution asserts, its two halves read as one. */
export function quotedAssertion(clause: string): Assertion | undefined {
  const quote = rejoinedQuote(clause);
  return quote ? assertionOf(quote) : undefined;
}

/**
 * Where ", which …" opens a statement of its own about the noun before it: both the part before
 * and the relative clause, read with that noun, assert an event.
 */
function relativeCuts(sentence: string, cuts: number[], within: SentenceWords): number[] {
  if (!sentence.includes(', which')) return [];
  const sorted = sortedCuts(cuts);
  const found: number[] = [];
  for (const m of matchesOf(RELATIVE, sentence)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const from = sorted.filter((c) => c <= at).pop() ?? 0;
    const to = sorted.find((c) => c > at) ?? sentence.length;
    const clause = sentence.slice(at + 1, to).trim();
    const reading = relativeReading(sentence.slice(0, at + 1), clause);
    // The reading puts the noun before the clause: it is no stretch of the sentence.
    if (reading && eventOf(sentence.slice(from, at), within) && eventOf(reading))
      found.push(at + 1);
  }
  return found;
}

/**
 * Drops trailing comma segments that only describe or comment: ", a precautionary measure that…".
 * `comments`: whether the whole sentence holds commentary. A tail starts after ", " and ends
 * before a comma, a break or the sentence's end, so any comment in it is one in the sentence:
 * a sentence without one has no tail to test.
 */
function trimTail(
  sentence: string,
  span: ClauseSpan,
  comments: boolean,
  asserts: boolean,
  within: SentenceWords,
): ClauseSpan {
  let end = span.end;
  for (;;) {
    const piece = sentence.slice(span.start, end);
    const cut = piece.lastIndexOf(', ');
    if (cut <= 0) break;
    const tail = piece.slice(cut + 2);
    // The cheap test first: most tails are neither comment nor apposition, and need no trigger scan.
    // A tail holds none of the words its sentence lacks, so the sentence's screen answers for it.
    if (!((comments && commentsWhereWorded(tail, within.commentary)) || APPOSITIVE_TAIL.test(tail)))
      break;
    // "In the next district, a limit of 30 litres was introduced": a tail with its own verb is
    // the sentence's statement after a fronted phrase, not an apposition to shed.
    if (CLAUSE_NOT_APPOSITION.test(tail)) break;
    if (asserts && eventOf(tail, within)) break;
    end = span.start + cut;
  }
  return { start: span.start, end };
}

/**
 * A tail that opens like an apposition ("a", "an") but runs on to a finite verb of its own, with
 * no relative pronoun between: "…, a gas main was damaged on Friday" is a clause, where "…, a
 * village that was shelled" and "…, a village near Sumy" are appositions.
 */
const CLAUSE_NOT_APPOSITION =
  /^an?\s(?:(?!\b(?:who|whom|whose|which|that|where|when)\b)[^,;])*?\b(?:was|were|is|are|ha(?:s|ve|d) been)\b/i;

/** What a clause sheds at its start, and at its end; asked of each unit by a table. */
const LEADING_GAP = unitTest(/[\s,;:—–-]/);
const TRAILING_GAP = unitTest(/[\s,;:.!?—–-]/);

function trimmed(sentence: string, span: ClauseSpan): ClauseSpan | undefined {
  let { start, end } = span;
  while (start < end && LEADING_GAP(sentence.charCodeAt(start))) start++;
  // The conjunction that joined two statements belongs to neither.
  const and = /^and\s+/i.exec(sentence.slice(start, end));
  if (and) start += and[0].length;
  while (end > start && TRAILING_GAP(sentence.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

const AND = /and/i;

/** Where ", and", or a bare comma before a count, joins two statements that each assert an event. */
function coordinationCuts(
  sentence: string,
  cuts: number[],
  headline: boolean,
  within: SentenceWords,
): number[] {
  // Every joint is a comma or an "and": a sentence with neither has none to look for.
  if (!sentence.includes(',') && !AND.test(sentence) && !(headline && sentence.includes(':')))
    return [];
  let sorted = sortedCuts(cuts);
  const found: number[] = [];
  const joints = [
    ...matchesOf(COORDINATION, sentence),
    ...matchesOf(ASYNDETON, sentence),
    ...matchesOf(BARE_COORDINATION, sentence),
    ...(headline ? matchesOf(HEADLINE_COMMA, sentence) : []),
  ];
  // "Port struck: warehouse burns, ferry halted": a headline is cut from its last joint back, each
  // piece ending where the next was cut off, so that a middle piece is asked about alone and,
  // when it asserts nothing ("debris near substation"), stays with the piece before it rather
  // than being cut away from both.
  if (headline) joints.sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
  for (const m of joints) {
    const at = m.index ?? 0;
    const from = sorted.filter((c) => c <= at).pop() ?? 0;
    const to = sorted.find((c) => c > at) ?? sentence.length;
    const after = sentence.slice(at + m[0].length, to);
    // "Drones attack Tula: 21 downed" counts what the words before the colon name: one statement.
    if (m[0].startsWith(':') && COUNT_OF_WHAT_CAME_BEFORE.test(after)) continue;
    const before = sentence.slice(from, at);
    if ((eventOf(before, within) || factJoinedByAnd(m[0], before)) && eventOf(after, within)) {
      found.push(at + 1);
      if (headline) sorted = sortedCuts([...sorted, at + 1]);
    }
  }
  return found;
}

/**
 * "The barge waited off the pier with 40 containers aboard, and the barge was not damaged": before
 * ", and" a plain fact with its count (`statesFact`), which no event of the lexicon tells, and
 * after it an event of its own. Read as one, the event would carry the fact's count, and the fact
 * would meet nothing.
 */
function factJoinedByAnd(joint: string, before: string): boolean {
  return COORDINATION_JOINT.test(joint) && COUNTED.test(before) && statesFact(before, false, false);
}

/** The joint ", and" (`COORDINATION`), and a count in words or digits, as a fact's anchor. */
const COORDINATION_JOINT = /^,\s+and\s+$/;
const COUNTED =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?)\b/i;

/**
 * A count told by a participle alone ("21 downed"), which counts what came before; the hurt
 * ("two injured") are people whatever came before, and stand alone.
 */
const COUNT_OF_WHAT_CAME_BEFORE =
  /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s+(?!(?:injured|wounded|killed|hurt|dead)\b)[a-z]+(?:ed|wn)\b/i;

/** `headline`: the sentence is the article's headline, where a bare comma may join two statements. */
/**
 * Where a tally by place goes on to its next item: "41 were downed over the Bryansk region, 22
 * over the Kursk region and 15 over the Belgorod region" is three claims, each with its number
 * and its place. Only a list of two items or more is cut, and only before a number that is
 * followed by the place it counts.
 */
function tallyCuts(sentence: string): number[] {
  // " in " is in most sentences and found faster as it is than by the pattern.
  if (!sentence.includes(' in ') && !TALLY_NEXT_HINT.test(sentence)) return [];
  if (!mayFoldToLatin(sentence) && !COUNT_BEFORE_PLACE_WORD.test(sentence)) return [];
  const cuts: number[] = [];
  // The separator is cut out on both sides, so no item ends in its "and".
  for (const m of matchesOf(TALLY_NEXT, sentence))
    cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  return cuts.length > 0 && TALLY_FIRST.test(sentence) ? cuts : [];
}

/** Cheap test first: most sentences hold no digit and no number word followed by "over". */
const TALLY_NEXT_HINT = /\s(?:over|above|in|near)\s/;
/**
 * What every TALLY_NEXT match holds, without its `u` flag: a digit or the end of a number word
 * ("-teen", "-ty") right before "over", "above", "in" or "near". It says the same in text without
 * ſ or the Kelvin sign (FOLDS_TO_LATIN), where " in " alone, in nearly every sentence, does not.
 */
const COUNT_BEFORE_PLACE_WORD =
  /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|single)\s+(?:over|above|in|near)\s/i;

/**
 * `comments`: whether the sentence holds commentary (`isCommentary`), and `asserts`: whether it
 * may assert an event (`mayAssert`), when the caller knows already; else they are read here.
 */
export function splitClauses(
  sentence: string,
  headline = false,
  comments = isCommentary(sentence),
  asserts = mayAssert(sentence),
  words = sentenceWords(sentence),
): ClauseSpan[] {
  const cuts = [0];
  const fronted = FRONTED_SUBORDINATE.test(sentence) ? sentence.indexOf(', ') : -1;
  if (fronted > 0) cuts.push(fronted + 1);
  for (const m of clauseBreaksIn(sentence, !!words.lists[SPOKEN_BREAK_LIST]))
    cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(sentence.length);
  // Coordination joins two statements that each assert an event: none where nothing can.
  if (asserts)
    cuts.push(
      ...coordinationCuts(sentence, cuts, headline, words),
      ...relativeCuts(sentence, cuts, words),
    );
  cuts.push(...tallyCuts(sentence));
  const unique = sortedCuts(cuts);
  const spans: ClauseSpan[] = [];
  for (let i = 0; i + 1 < unique.length; i++) {
    const span = trimmed(sentence, { start: unique[i] ?? 0, end: unique[i + 1] ?? 0 });
    if (!span) continue;
    const cut = trimmed(sentence, trimTail(sentence, span, comments, asserts, words));
    if (cut) spans.push(cut);
  }
  return spans;
}
