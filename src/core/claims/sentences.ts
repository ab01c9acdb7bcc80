/**
 * Sentence boundaries in article text.
 *
 * A full stop ends a sentence only when the next word could start one: a capital (Latin or
 * Cyrillic), a digit or an opening quote. So "3.5 hours", "St. Petersburg", "V. Anokhin" and
 * "‘…one Ukrainian UAV,’ the governor wrote" stay whole. A line break always ends a sentence,
 * because headlines and paragraphs never run on.
 */
import type { Span } from '../model.ts';

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'maj',
  'capt',
  'gov',
  'sen',
  'rep',
  'prof',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ул',
  'г',
  'обл',
  'им',
  'т',
  'д',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
]);

/** A clock's time zone named after it: "Moscow time", "Kyiv time", "UTC", "GMT". */
const ZONE_AFTER =
  /^\s*(?:(?:Moscow|Kyiv|Kiev|Ukrainian|Russian|Eastern European)\s+time|UTC|GMT)\b/;

const CLOSERS = '"\'’”»)]';
const OPENERS = '"\'‘“«([';

/**
 * Whether a UTF-16 unit, read alone, matches a one-character pattern: remembered in a table per
 * unit, as each full stop asks about the characters around it and a table costs less than a match.
 */
export function unitTest(pattern: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (code) => {
    let answer = known[code] as number;
    if (!answer) {
      answer = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = answer;
    }
    return answer === 1;
  };
}
const isCapitalOrDigit = unitTest(/[\p{Lu}\p{N}]/u);
const isLetterOrDot = unitTest(/[\p{L}.]/u);
const isSpace = unitTest(/\s/);
/** A space, a tab or a no-break space: what may stand between a full stop and the next sentence. */
const isGap = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;

function startsSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && OPENERS.includes(text[j] ?? '')) j++;
  return j < text.length && isCapitalOrDigit(text.charCodeAt(j));
}

/** The word just before position `dot`, lower-cased, dots inside kept ("u.s"). */
function wordBefore(text: string, dot: number): string {
  let j = dot;
  while (j > 0 && isLetterOrDot(text.charCodeAt(j - 1))) j--;
  return text.slice(j, dot).toLowerCase();
}

function isBoundary(text: string, dot: number): boolean {
  const mark = text[dot];
  if (mark === '!' || mark === '?') return true;
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return false;
  // "at 4:30 a.m. Moscow time": the clock's zone, capitalised, runs on from "a.m." or "p.m.".
  if ((word === 'a.m' || word === 'p.m') && ZONE_AFTER.test(text.slice(dot + 1, dot + 40)))
    return false;
  // A lone capital is an initial ("V. Anokhin"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(text.slice(dot - 1, dot)) && !/\p{L}/u.test(text[dot - 2] ?? ''))
    return false;
  return true;
}

const NEWLINE = 0x0a;
/** Where a sentence may end: a line's end, or a full stop, "!", "?" or "…" (global: searched on). */
const SENTENCE_MARKS = /[\n.!?\u2026]/g;

/** Sentence spans, trimmed of surrounding white space, in text order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  // The engine passes over the text between marks, at a fraction of the cost of a loop reading
  // every character; each mark found is then read here.
  const marks = SENTENCE_MARKS;
  marks.lastIndex = 0;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    if (text.charCodeAt(i) === NEWLINE) {
      push(i);
      start = i + 1;
      continue;
    }
    let end = i + 1;
    while (
      end < text.length &&
      (CLOSERS.includes(text[end] ?? '') || '.!?'.includes(text[end] ?? ''))
    )
      end++;
    const next = text[end];
    let k = end;
    while (k < text.length && isGap(text.charCodeAt(k))) k++;
    // What follows the run of marks is the same for each mark in it: when it cannot start a
    // sentence, the rest of the run is skipped, so a long run of dots costs its length, not its square.
    if (next === undefined || k === end || !startsSentence(text, k)) {
      marks.lastIndex = end;
      continue;
    }
    if (!isBoundary(text, i)) continue;
    push(end);
    start = end;
    marks.lastIndex = end;
  }
  push(text.length);
  return spans;
}
