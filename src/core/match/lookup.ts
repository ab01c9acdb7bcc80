/**
 * What the history finds an earlier claim by, and in which order: the index entries a claim is
 * stored under, computed here so the store and the check agree on them.
 *
 * A busy region gathers claims under its `event|place` keys faster than any reader could judge
 * them, so every entry ends with a stamp that sorts the newest first, and a lookup takes only the
 * first few under a key. What happened on a named day is also filed under that day
 * (`event|place@12-08`): a report of the same night read days later, after hundreds of others
 * about the region, is still among the first few filed under its day.
 */
import type { Claim } from '../model.ts';
import { daysOf, weekdaySpan } from '../claims/details.ts';
import { matchWords } from './words.ts';

/** Between a key and its stamp: below every character a key or a word can hold. */
const SEPARATOR = '\u0000';
/** Milliseconds since the epoch stay below this until the year 2286. */
const LATEST = 9_999_999_999_999;

/** `readAt` as thirteen digits that sort the newest first. */
export function newestFirst(readAt: number): string {
  return String(Math.max(0, LATEST - Math.floor(readAt))).padStart(13, '0');
}

/** An entry of `key` for an index sorted newest first. */
export function stamped(key: string, readAt: number): string {
  return `${key}${SEPARATOR}${newestFirst(readAt)}`;
}

/** Every entry stamped under `key`, as the bounds of a key range (lower inclusive, upper exclusive). */
export function entriesOf(key: string): [string, string] {
  return [`${key}${SEPARATOR}`, `${key}\u0001`];
}

/** Month-day of each date the claim's time names ("12-08"). */
function datesOf(claim: Pick<Claim, 'frame'>): string[] {
  return daysOf(claim.frame.time)
    .filter((token) => /\d{2}-\d{2}$/.test(token))
    .map((token) => token.slice(-5));
}

/**
 * The keys a claim is filed and looked up under: its own, and each again under its dates and
 * under the halves of day its weekdays may mean (`weekdaySpan`: "overnight into Friday" is
 * `thu` and `thu+night`). A weekday recurs, so its twin holds other weeks' claims too, but only
 * that day's: a report of Thursday night read after many of the region's other nights still
 * meets the night's earlier reports among the first few under its twin.
 */
export function lookupKeys(claim: Pick<Claim, 'frame' | 'keys'>): string[] {
  const days = [...new Set([...datesOf(claim), ...weekdaySpan(claim.frame.time)])];
  return [...claim.keys, ...claim.keys.flatMap((key) => days.map((day) => `${key}${DATED}${day}`))];
}

const DATED = '@';

/**
 * How much finding an earlier claim under `key` says it is the same event: under a dated key it
 * happened on the same day as well as at the same place, which weighs twice. A weekday's twin
 * weighs once: its day recurs every week, and a claim of that very night meets both halves.
 */
export function keyWeight(key: string): number {
  const at = key.lastIndexOf(DATED);
  if (at < 0) return 1;
  return /\d{2}-\d{2}$/.test(key.slice(at + 1)) ? 2 : 1;
}

/**
 * How far apart two reports may be read and still tell one event. A night's news is retold that
 * day and the few after; a report read weeks apart tells another night, however much else it
 * shares: Belgorod is shelled most nights, and "overnight into Saturday" recurs every week. Within
 * this span a weekday names one day. A calendar day is the exception (`readTimeMatters`): an
 * earlier claim found under the day ours names (`event|place@12-08`) tells that day's event
 * whenever either was read.
 */
export const RETOLD_WITHIN_MS = 4 * 24 * 60 * 60 * 1000;

/** Whether the claims found under `key` must have been read within `RETOLD_WITHIN_MS` of ours. */
export function readTimeMatters(key: string): boolean {
  return keyWeight(key) < 2;
}

/**
 * Of the earlier claims found under one claim's keys (each list newest first), the `limit` most
 * likely to be about its event: found under the most (and dated) keys, then the newest.
 */
export function likeliest(found: { key: string; ids: string[] }[], limit: number): string[] {
  // One record per id, sorted once: what the sort compares is at hand, not looked up per comparison.
  const seen = new Map<string, { id: string; weight: number; position: number }>();
  for (const { key, ids } of found) {
    const weight = keyWeight(key);
    ids.forEach((id, i) => {
      const entry = seen.get(id);
      if (!entry) seen.set(id, { id, weight, position: i });
      else {
        entry.weight += weight;
        if (i < entry.position) entry.position = i;
      }
    });
  }
  return [...seen.values()]
    .sort((a, b) => b.weight - a.weight || a.position - b.position)
    .slice(0, limit)
    .map((entry) => entry.id);
}

/** The words a claim is found by in the word postings: its own and its report's headline. */
export function postingWords(text: string, title: string): string[] {
  return [...new Set([...matchWords(text), ...matchWords(title)])];
}
