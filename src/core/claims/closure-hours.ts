/**
 * The hours a closure is told to begin and end, in words or digits: "flights were suspended from
 * one in the morning and resumed only after ten", "restrictions were in force from half past two
 * to seven". One closure told with bounds hours apart is told two ways (`closureHoursClash`).
 */

import { HOUR_WORDS } from './details.ts';

/** A bound's hour: "half past two", "quarter to five", "one", "10:30", "3", "midnight", "noon". */
const HOUR = String.raw`((?:(?:a )?(?:half|quarter) (?:past|to) )?(?:${HOUR_WORDS.join('|')}|\d{1,2}(?:[:.]\d{2})?)|midnight|noon|midday)`;
const ABOUT = String.raw`(?:about |around |approximately )?`;
/** What may follow an hour told as one: a part of the day, "a.m.", "o'clock", or the range's other end. */
const HOUR_ENDS = String.raw`(?= in the (?:morning|evening|afternoon)\b| at night\b| ?[ap]\.m\.| o['’]clock\b| (?:to|until|till|and)\b|[,.;]|$)`;

/** The closure's start: "from one in the morning", "from half past two to seven". */
const FROM = new RegExp(String.raw`\bfrom ${ABOUT}${HOUR}${HOUR_ENDS}`, 'i');
/**
 * The closure's end: "from two to seven", "resumed only after ten", "reopened at 9 a.m.", or the
 * closure told with its end alone, "was closed until noon", "flights were suspended until 7 a.m.".
 */
const UNTIL = new RegExp(
  String.raw`\bfrom ${ABOUT}${HOUR}(?: (?:in the morning|at night|[ap]\.m\.))? (?:to|until|till) ${ABOUT}${HOUR}${HOUR_ENDS}|\b(?:resumed|reopened|re-opened|lifted)\s+(?:[\w-]+\s+){0,2}?(?:at|after|by) ${ABOUT}${HOUR}${HOUR_ENDS}|\b(?:closed|shut|suspended|halted|restricted)\s+(?:[\w-]+\s+){0,2}?(?:until|till) ${ABOUT}${HOUR}${HOUR_ENDS}`,
  'i',
);

/** What was closed, by its noun: flights are the airport's. */
const CLOSED =
  /\b(?:(airports?|airspace|flights?|planes?)|(roads?|highways?|motorways?|traffic)|(bridges?|crossings?|checkpoints?)|(ports?|ferr(?:y|ies))|(railways?|trains?))\b/i;

/** Minutes on a twelve-hour dial: the tellings of one night's closure may omit the part of the day. */
function dialMinutes(hour: string): number {
  const told = hour.toLowerCase();
  if (told === 'midnight' || told === 'noon' || told === 'midday') return 0;
  const fraction = /^(?:a )?(half|quarter) (past|to) (\S+)$/.exec(told);
  const base = fraction ? fraction[3]! : told;
  const word = HOUR_WORDS.indexOf(base);
  const [h, m] = word >= 0 ? [word + 1, 0] : base.split(/[:.]/).map(Number);
  let minutes = ((h ?? 0) % 12) * 60 + (m ?? 0);
  if (fraction) minutes += (fraction[1] === 'half' ? 30 : 15) * (fraction[2] === 'to' ? -1 : 1);
  return (minutes + 720) % 720;
}

/** The minutes between two hours on the twelve-hour dial, either way round. */
function dialApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 720 - d);
}

/** The kind of thing a closure shuts, 0 when it names none. */
function closedKind(text: string): number {
  const m = CLOSED.exec(text);
  return m ? m.findIndex((group, i) => i > 0 && group !== undefined) : 0;
}

/** A closure's start and end as told, each undefined when not told. */
function boundsOf(text: string): [number | undefined, number | undefined] {
  const from = FROM.exec(text)?.[1];
  const until = UNTIL.exec(text);
  const end = until?.[2] ?? until?.[3] ?? until?.[4];
  return [
    from === undefined ? undefined : dialMinutes(from),
    end === undefined ? undefined : dialMinutes(end),
  ];
}

/**
 * Two tellings of one kind of closure (an airport's, a road's) that give its start or its end at
 * hours `tolerance` minutes or more apart: "suspended from one … resumed only after ten" against
 * "in force from half past two to seven" cannot both hold.
 */
export function closureHoursClash(a: string, b: string, tolerance: number): boolean {
  const kind = closedKind(a);
  if (!kind || kind !== closedKind(b)) return false;
  const [x, y] = [boundsOf(a), boundsOf(b)];
  return [0, 1].some((i) => {
    const [p, q] = [x[i], y[i]];
    return p !== undefined && q !== undefined && dialApart(p, q) >= tolerance;
  });
}
