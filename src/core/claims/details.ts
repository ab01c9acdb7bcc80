/**
 * The details of a claim that two reports can disagree on: how many, which objects, where
 * relative to them, when, and whether it happened at all.
 */
import type { ClaimFrame, Count, CountQualifier } from '../model.ts';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
  dozens: 24,
  hundred: 100,
};

const UNITS: [RegExp, string][] = [
  // "Seven injured after a missile strike" counts people, not missiles.
  [/^(?:injured|wounded|hurt|killed|dead)$/i, 'person'],
  [/^(?:drones?|uavs?|uas|unmanned|бпла|quadcopters?)$/i, 'drone'],
  [/^missiles?$/i, 'missile'],
  [/^(?:houses?|homes?|buildings?|residential|apartments?)$/i, 'building'],
  [/^(?:people|persons?|civilians?|residents?|men|women|children)$/i, 'person'],
  [/^districts?$/i, 'district'],
  [/^(?:regions?|oblasts?)$/i, 'region'],
  [/^hours?$/i, 'hour'],
  [/^(?:cars?|vehicles?)$/i, 'vehicle'],
];

/** A qualifier just before a count, so the word before it can be read: "injuring at least two". */
const QUALIFIER_WORDS =
  /(?:more than|over|at least|upwards of|in excess of|less than|fewer than|under|up to|at most|about|around|approximately|some|nearly|almost|roughly|an estimated)\s+$/i;

const QUALIFIERS: [RegExp, CountQualifier][] = [
  [/(?:more than|over|at least|upwards of|in excess of)\s+$/i, 'more-than'],
  [/(?:less than|fewer than|under|up to|at most)\s+$/i, 'less-than'],
  [/(?:about|around|approximately|some|nearly|almost|roughly|an estimated)\s+$/i, 'about'],
];

/** Where the counted noun phrase ends: "nine falling in Belgorod Oblast" counts no oblasts. */
const PHRASE_END =
  /^(?:in|on|at|over|of|from|to|by|with|and|or|but|near|across|into|onto|were|was|had|have|has|is|are|been|being|fell|falling|fallen|that|which|who)$/i;

function unitAfter(words: string[]): string | undefined {
  for (const w of words.slice(0, 5)) {
    if (PHRASE_END.test(w)) return undefined;
    for (const [pattern, unit] of UNITS) if (pattern.test(w)) return unit;
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

const DATE_MD = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?`,
  'i',
);
const DATE_DM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`,
  'i',
);
const CLOCK_RANGE =
  /\b(\d{1,2})[:.](\d{2})\s*(?:-|–|—|and|to|until|till)\s*(\d{1,2})[:.](\d{2})\b/i;
const CLOCK = /\b(\d{1,2}):(\d{2})\b/;
const PART_OF_DAY = /\b(night|overnight|morning|evening|afternoon)\b/i;

const pad = (n: string | number) => String(n).padStart(2, '0');

function isoDay(month: string, day: string, year?: string): string {
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year ?? '-'}-${pad(m)}-${pad(day)}`;
}

/** "--12-08" (no year given), "2024-12-08", "--12-07/--12-08", "20:00-23:30", "night", joined by spaces. */
export function timeOf(text: string): string | undefined {
  const parts: string[] = [];
  const md = DATE_MD.exec(text);
  const dm = md ? null : DATE_DM.exec(text);
  if (md) {
    const [, month = '', day = '', to, year] = md;
    parts.push(
      to ? `${isoDay(month, day, year)}/${isoDay(month, to, year)}` : isoDay(month, day, year),
    );
  } else if (dm) {
    const [, day = '', to, month = '', year] = dm;
    parts.push(
      to ? `${isoDay(month, day, year)}/${isoDay(month, to, year)}` : isoDay(month, day, year),
    );
  }
  const range = CLOCK_RANGE.exec(text);
  const clock = range ? null : CLOCK.exec(text);
  if (range) parts.push(`${pad(range[1] ?? '')}:${range[2]}-${pad(range[3] ?? '')}:${range[4]}`);
  else if (clock) parts.push(`${pad(clock[1] ?? '')}:${clock[2]}`);
  const daypart = PART_OF_DAY.exec(text);
  if (daypart) parts.push(daypart[1] === 'overnight' ? 'night' : (daypart[1] ?? '').toLowerCase());
  return parts.length ? parts.join(' ') : undefined;
}

const IDENTIFIERS =
  /\b(?:houses?|homes?|buildings?|blocks?|apartments?|No\.?|nos?\.)\s+(?:numbered\s+|number\s+|No\.?\s*)?(\d+[a-zа-я]?(?:\s*(?:,|and|&|-|–)\s*\d+[a-zа-я]?)*)/gi;

/** House and building numbers: they name objects, so they are not counts. */
export function identifiersOf(text: string): { ids: string[]; spans: [number, number][] } {
  const ids: string[] = [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(IDENTIFIERS)) {
    const list = m[1] ?? '';
    for (const id of list.match(/\d+[a-zа-я]?/gi) ?? []) ids.push(id.toLowerCase());
    const at = (m.index ?? 0) + m[0].length - list.length;
    spans.push([at, at + list.length]);
  }
  return { ids: [...new Set(ids)], spans };
}

/** Spans of numbers that are times, dates or decimals of duration rather than counts. */
function notCountSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [
    new RegExp(DATE_MD.source, 'gi'),
    new RegExp(DATE_DM.source, 'gi'),
    /\b\d{1,2}[:.]\d{2}\b/g,
    /\b(?:1[89]|20)\d{2}\b/g,
  ]) {
    for (const m of text.matchAll(re)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

/** Harm told before its count: "injuring two people", "killing at least three civilians". */
const HARM_BEFORE: [RegExp, string][] = [
  [/\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing) the lives of)\s+$/i, 'person killed'],
  [
    /\b(?:injur(?:ed|ing|es)?|wound(?:ed|ing|s)?|hurt(?:ing|s)?|hospitali[sz](?:ed|ing))\s+$/i,
    'person injured',
  ],
];

function harm(words: string[]): string | undefined {
  for (const w of words) {
    if (/^(?:killed|dead|died|die|deaths?|lives)$/i.test(w)) return 'person killed';
    if (/^(?:injured|injuries|wounded|hurt|hospitali[sz]ed|casualties)$/i.test(w))
      return 'person injured';
  }
  return undefined;
}

/** Counts with their qualifier and unit: "more than 10 drones", "several districts", "nine". */
export function countsOf(text: string, skip: [number, number][]): Count[] {
  const counts: Count[] = [];
  const blocked = [...skip, ...notCountSpans(text)];
  const token =
    /\b(\d+(?:[.,]\d+)?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|hundred|several|multiple|many|numerous|a number of|an?)\b/gi;
  let lastUnit: string | undefined;
  for (const m of text.matchAll(token)) {
    const at = m.index ?? 0;
    if (blocked.some(([s, e]) => at >= s && at < e)) continue;
    const word = (m[1] ?? '').toLowerCase();
    const after = text
      .slice(at + m[0].length)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const unit = unitAfter(after);
    if (word === 'a' || word === 'an') {
      // "a drone" counts one; "a trail of debris" counts nothing.
      if (unit && unit !== 'hour' && unitAfter(after.slice(0, 3)) === unit) {
        counts.push({ value: 1, qualifier: 'exact', unit });
        lastUnit = unit;
      }
      continue;
    }
    let value: number;
    let qualifier: CountQualifier = 'exact';
    if (word === 'several') {
      value = 3;
      qualifier = 'several';
    } else if (
      word === 'multiple' ||
      word === 'many' ||
      word === 'numerous' ||
      word === 'a number of'
    ) {
      value = 2;
      qualifier = 'multiple';
    } else if (/^\d/.test(word)) value = Number(word.replace(',', '.'));
    else value = NUMBER_WORDS[word] ?? NaN;
    if (!Number.isFinite(value)) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    for (const [pattern, q] of QUALIFIERS) if (pattern.test(before)) qualifier = q;
    // A bare number ("with nine falling in…") counts what the clause counted last; "several villages" does not.
    let counted =
      unit ?? (after[0] === undefined || PHRASE_END.test(after[0]) ? lastUnit : undefined);
    if (!counted) continue;
    // The injured and the dead are counted apart: "two injured" does not gainsay "one killed".
    if (counted === 'person') {
      const lead = text.slice(0, at).replace(QUALIFIER_WORDS, '');
      counted =
        HARM_BEFORE.find(([pattern]) => pattern.test(lead))?.[1] ??
        harm(after.slice(0, 8)) ??
        counted;
    }
    counts.push({ value, qualifier, unit: counted });
    lastUnit = counted;
  }
  return counts;
}

/** The range of values a count allows: "more than 10" is 11 and up, "several" 2 and up. */
export function countRange(c: Count): [number, number] {
  switch (c.qualifier) {
    case 'exact':
      return [c.value, c.value];
    case 'more-than':
      return [Math.floor(c.value) + 1, Infinity];
    case 'less-than':
      return [0, Math.ceil(c.value) - 1];
    case 'about':
      return [c.value * 0.75, c.value * 1.25];
    case 'several':
    case 'multiple':
      return [2, Infinity];
  }
}

const NEAR = /\b(?:near|next to|close to|beside|nearby|in the vicinity of)\b/i;
const STRUCK =
  /\b(?:struck|strikes|striking|hits?|hitting|damag(?:ed|es|ing)|crashed into|slammed into|smashed into|onto the roof)\b/i;
const OVER = /\bover (?:the )?\p{Lu}/u;
/** "On" only as contact with a physical object: "onto Lodygina Street", "on a private house", not "on Telegram". */
const ON =
  /\b(?:onto|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:street|road|avenue|lane|square|roof|house|home|building|yard|car|vehicle)s?\b/iu;

export function relationOf(text: string): ClaimFrame['relation'] {
  if (STRUCK.test(text)) return 'struck';
  if (NEAR.test(text)) return 'near';
  if (ON.test(text)) return 'on';
  if (OVER.test(text)) return 'over';
  return undefined;
}
