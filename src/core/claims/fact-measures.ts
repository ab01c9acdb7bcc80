/**
 * What two plain facts (`plain-facts.ts`) are judged by, read from their own words.
 *
 * A fact the lexicon has no event for carries no count for most of what it measures: a share
 * ("turnout was 55.3%"), a span ("for six hours", "once every three days"), an area, a weight, a
 * sum of money, a date a measure runs to ("until 1 June"). Two tellings of one fact at one place
 * that state different amounts of one such thing cannot both hold; told in words ("forty-six")
 * or in digits ("46"), a number is one number. Words that only say who spoke ("the hospital's
 * chief doctor said") and numbers are no topic two facts share: they are set aside before the
 * judge asks whether two facts tell of one thing.
 */
import { numberInOneWord } from './details.ts';
import { matchesOf } from './matches.ts';
import { claimTerms } from './terms.ts';

/** An amount a fact states of one measured thing: `low`..`high` (equal unless a range is told). */
export interface Measure {
  low: number;
  high: number;
  unit: string;
  /** The words that state it, shown when two facts differ on it. */
  words: string;
}

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const ONE_WORD = `(?:${TENS})(?:[\\s-](?:${DIGIT_WORDS}))?|${DIGIT_WORDS}|${TEENS}`;
/** A number in digits ("1,600", "55.3") or words ("forty-six", "one hundred and forty-six"). */
const NUMBER = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:${ONE_WORD}) (?:hundred|thousand)(?: and)? )?(?:${ONE_WORD})|(?:${ONE_WORD}) (?:hundred|thousand)|a (?:hundred|thousand)`;

/** The canonical unit of each measure word a plain fact may state. */
const UNIT_WORDS: [string, string][] = [
  ['%|per ?cent', 'percent'],
  ['hours?|hrs?', 'hour'],
  ['minutes?|mins?', 'minute'],
  ['days?', 'day'],
  ['weeks?', 'week'],
  ['months?', 'month'],
  ['hectares?|ha', 'hectare'],
  ['tonnes?|tons?', 'tonne'],
  ['kilometres?|kilometers?|km', 'km'],
  ['litres?|liters?', 'litre'],
  ['households?|subscribers?|homes?|customers?', 'household'],
  ['roubles?|rubles?', 'rouble'],
  ['hryvnias?|hryvnyas?|uah', 'hryvnia'],
];
const UNIT_PATTERNS = UNIT_WORDS.map(
  ([words, unit]) => [new RegExp(`^(?:${words})$`, 'i'), unit] as const,
);

function unitOf(word: string): string | undefined {
  return UNIT_PATTERNS.find(([pattern]) => pattern.test(word))?.[1];
}

const MEASURE = new RegExp(
  String.raw`\b(${NUMBER})(?:\s*(?:-|to|or|and)\s*(${NUMBER}))?(\s*|-)(?:(?:more|extra|additional|full|whole|long|straight)\s+)?(${UNIT_WORDS.map(([w]) => w).join('|')})(?![\p{L}-])`,
  'giu',
);

/** The value of a number as `NUMBER` matched it. */
function valueOf(text: string): number {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(t)) return Number(t);
  let total = 0;
  let part = 0;
  for (const word of t.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a') part = 1;
    else if (word === 'hundred') part = (part || 1) * 100;
    else if (word === 'thousand') {
      total += (part || 1) * 1000;
      part = 0;
    } else part += numberInOneWord(word) ?? 0;
  }
  return total + part;
}

/** The share, span, area, weight, sum or number of homes a plain fact states, in its order. */
export function measuresOf(text: string): Measure[] {
  const found: Measure[] = [];
  MEASURE.lastIndex = 0;
  for (let m = MEASURE.exec(text); m; m = MEASURE.exec(text)) {
    // "A five-litre bottle", "a 110-kilovolt line": the number names the thing, not an amount.
    if (m[3] === '-') continue;
    const unit = unitOf(m[4]!);
    if (!unit) continue;
    const first = valueOf(m[1]!);
    const second = m[2] === undefined ? first : valueOf(m[2]);
    found.push({ low: Math.min(first, second), high: Math.max(first, second), unit, words: m[0] });
  }
  return found;
}

/** An amount told roughly ("about", "some", "nearly") allows a tenth either way. */
const ROUGHLY =
  /\b(?:about|around|some|nearly|almost|approximately|roughly|over|more than|up to)\s+$/i;
const ROUGH_SHARE = 0.1;

function widened(text: string, m: Measure): [number, number] {
  const at = text.indexOf(m.words);
  if (at >= 0 && ROUGHLY.test(text.slice(Math.max(0, at - 25), at)))
    return [m.low * (1 - ROUGH_SHARE), m.high * (1 + ROUGH_SHARE)];
  return [m.low, m.high];
}

/**
 * What a share is of, by the nearest word naming it: an election's turnout and a candidate's share
 * of the vote are two measures, though both are told in percent ("turnout reached 55 percent",
 * "won with almost 87 percent"). Unnamed, a share may be either.
 */
const SHARE_OF: [RegExp, string][] = [
  [/\bturnout\b/gi, 'turnout'],
  [/\b(?:of the vote|votes?|won|wins?|winning)\b/gi, 'vote'],
];

function shareOf(text: string, m: Measure): string | undefined {
  if (m.unit !== 'percent') return undefined;
  const at = text.indexOf(m.words);
  if (at < 0) return undefined;
  let nearest: string | undefined;
  let best = Infinity;
  for (const [pattern, kind] of SHARE_OF) {
    for (const w of matchesOf(pattern, text)) {
      const distance = w.index < at ? at - w.index - w[0].length : w.index - at - m.words.length;
      if (distance < best && (w.index < at ? distance <= 100 : distance <= 40)) {
        best = distance;
        nearest = kind;
      }
    }
  }
  return nearest;
}

const sameShare = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a === b;

/**
 * A measure both facts state, with amounts that cannot meet: the unit and each side's words.
 * Where one fact states several amounts of a unit ("from 6 to 10 hours", "cleared 2,300 hectares
 * of 3,000"), they clash only when none of them meets any of the other's.
 */
export function clashingMeasure(
  ours: string,
  theirs: string,
): { unit: string; ours: string; theirs: string } | undefined {
  const a = measuresOf(ours);
  if (!a.length) return undefined;
  const b = measuresOf(theirs);
  // What each percentage is a share of, read once per measure rather than once per pair.
  const aShares = a.map((x) => shareOf(ours, x));
  const bShares = b.map((y) => shareOf(theirs, y));
  for (const [i, x] of a.entries()) {
    const share = aShares[i];
    const others = b.filter((y, j) => y.unit === x.unit && sameShare(share, bShares[j]));
    if (!others.length) continue;
    const mine = a.filter((y, j) => y.unit === x.unit && sameShare(share, aShares[j]));
    const meets = mine.some((p) =>
      others.some((q) => {
        const [plo, phi] = widened(ours, p);
        const [qlo, qhi] = widened(theirs, q);
        return plo <= qhi && qlo <= phi;
      }),
    );
    if (!meets) return { unit: x.unit, ours: x.words, theirs: others[0]!.words };
  }
  return undefined;
}

/** A fact told as not so: "had not been checked", "no one was evacuated", "never reopened". */
const DENIED =
  /\b(?:not(?! only\b| least\b)|never|no(?! more than\b| fewer than\b| later than\b| longer\b)|none|nobody|nothing|n['’]t)\b/i;

export function deniesFact(text: string): boolean {
  return DENIED.test(text);
}

/**
 * Who said it: "…, the hospital's chief doctor, Ana Petrova, said", "according to the mayor",
 * "Governor Ivanov wrote that …". Its words name a speaker, not what the fact is about.
 */
const SAID = String.raw`(?:said|says|told|wrote|writes|added|reported|stated|announced|noted)\b`;
/** ", the hospital's chief doctor, Ana Petrova, said …" at a clause's end. */
const SAID_AFTER = new RegExp(
  String.raw`,\s*((?:[^,]{1,40},\s*){0,2}[^,]{0,40}?),?\s+${SAID}[^,]*$`,
  'i',
);
/** "The field, the village head said, had been …": a speaker set between commas. */
const SAID_BETWEEN = new RegExp(String.raw`,\s*([^,]{1,40}?)\s+${SAID}\s*,`, 'i');
/** "Governor Ivanov said that …": a short subject with no comma in it. */
const SAID_BEFORE = new RegExp(String.raw`^([^,]{1,60}?)\s+${SAID}(?: that)?`, 'i');
const ACCORDING_TO = /\baccording to ([^,]{1,80})/i;

/** A term that is only a number ("146", "000", "fortysix", "hundr"): the measure, not the topic. */
const NUMBER_TERM =
  /^(?:\d+|age\d+|min\d+|hundr|thousand|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:one|two|three|four|five|six|seven|eight|nine)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

const speakerTerms = new WeakMap<object, Set<string>>();

/** The terms of the words that name who told a fact. */
function spokenBy(key: object, text: string): Set<string> {
  let found = speakerTerms.get(key);
  if (!found) {
    found = new Set<string>();
    for (const pattern of [SAID_AFTER, SAID_BETWEEN, ACCORDING_TO]) {
      const m = pattern.exec(text);
      if (m) for (const t of claimTerms(m[1]!, 0, [])) found.add(t);
    }
    const before = SAID_BEFORE.exec(text);
    // "Kapustin said such raids show …": only a short subject is a speaker.
    if (before && before[1]!.split(/\s+/).length <= 6)
      for (const t of claimTerms(before[1]!, 0, [])) found.add(t);
    speakerTerms.set(key, found);
  }
  return found;
}

/** What a fact is about: its content words, without places, numbers or either speaker's words. */
function topicOf(terms: readonly string[], speakers: Set<string>, other: Set<string>): string[] {
  return terms.filter(
    (t) => !t.includes(':') && !NUMBER_TERM.test(t) && !speakers.has(t) && !other.has(t),
  );
}

/** How many topic words two facts share, and what share of the smaller topic that is. */
export interface SharedTopic {
  shared: number;
  share: number;
}

/** How much of the smaller topic two facts share, and how many words that is. */
export function sharedTopic(
  ours: { text: string; terms: readonly string[] },
  theirs: { text: string; terms: readonly string[] },
): SharedTopic {
  const [ourSpeaker, theirSpeaker] = [spokenBy(ours, ours.text), spokenBy(theirs, theirs.text)];
  const a = topicOf(ours.terms, ourSpeaker, theirSpeaker);
  const b = new Set(topicOf(theirs.terms, theirSpeaker, ourSpeaker));
  const shared = a.filter((t) => b.has(t)).length;
  const smaller = Math.min(a.length, b.size);
  return { shared, share: smaller ? shared / smaller : 0 };
}
