/**
 * Word search over the history list. A reader types a name the way they last saw it, and the
 * history holds it the way each outlet wrote it: "Anokhine" must find "Анохин", "Kharkov" must
 * find "Kharkiv", "smolénsk" must find "Smolensk". Both sides go through the same folding: each
 * word to Latin script (the core's transliteration), then the core's name key, which removes what
 * varies between transliterations (accents, kh/h, y/i, doubled letters, a French final -e).
 *
 * What still differs between the Russian and the Ukrainian form of one name is mostly a vowel
 * (Kharkov/Kharkiv, Lvov/Lviv, Kiev/Kyiv) or g/h (Chernigov/Chernihiv), so each word is also kept
 * as its consonant skeleton, and a query word of five letters or more matches a whole word with
 * the same skeleton. Shorter words match only by their key, or "than" would find "then" (so
 * "Kiev" does not find "Kyiv": too short to tell from chance).
 */
import { nameKey } from '../core/entities/fold.ts';
import type { Report } from '../core/model.ts';
import type { ReportSummary } from './types.ts';

const WORD = /[\p{L}\p{N}]+/gu;
/** Shorter query words match by their key only: "than" must not find "then". */
const MIN_SKELETON_WORD = 5;
/** Between the keys and the skeletons in the stored text; never produced by folding a word. */
const SKELETONS = '\n#';

/** Folded key of one word: "Анохин", "Anokhine" and "anokhin" give the same. */
function wordKey(word: string): string {
  return nameKey(word);
}

/** The key without vowels after its first letter, g read as h: "harkov" and "harkiv" give "hrkv". */
function skeleton(key: string): string {
  return (
    key.slice(0, 1) +
    key
      .slice(1)
      .replace(/[aeiou]/g, '')
      .replace(/g/g, 'h')
      .replace(/(.)\1+/g, '$1')
  );
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The text a report is searched by: headline, claim texts, entity names and every spelling, folded. */
export function searchWords(report: Report): string {
  const parts = [report.title, ...report.claims.map((claim) => claim.text)];
  for (const entity of report.entities) parts.push(entity.name);
  for (const mention of report.mentions) parts.push(mention.surface);
  return foldedText(parts.flatMap(words));
}

/** Each distinct word's key, then each distinct skeleton, space-delimited for whole-word lookups. */
function foldedText(all: readonly string[]): string {
  const keys = new Set(all.map(wordKey));
  const skeletons = new Set([...keys].map(skeleton));
  return ` ${[...keys].join(' ')} ${SKELETONS} ${[...skeletons].join(' ')} `;
}

/** The query's words, folded as the stored text is. */
export function queryWords(query: string): string[] {
  return words(query)
    .map(wordKey)
    .filter((key) => key.length > 0);
}

/** Whether the stored text holds every query word: as part of a word, or a long word by skeleton. */
export function matchesEvery(stored: string, query: string[]): boolean {
  // Rows stored before this folding hold plain accent-folded text: fold them here until re-saved.
  const text = stored.includes(SKELETONS) ? stored : foldedText(words(stored));
  const split = text.indexOf(SKELETONS);
  const keys = text.slice(0, split);
  const skeletons = text.slice(split);
  return query.every(
    (word) =>
      keys.includes(word) ||
      (word.length >= MIN_SKELETON_WORD && skeletons.includes(` ${skeleton(word)} `)),
  );
}

/** What the reader narrowed the history to; absent fields do not narrow. */
export interface HistoryFilter {
  source?: string;
  entityId?: string;
  /** Read on or after this moment (ms since epoch). */
  from?: number;
  /** Read before this moment (ms since epoch). */
  until?: number;
}

export function passesFilter(summary: ReportSummary, filter: HistoryFilter): boolean {
  if (filter.source !== undefined && summary.source !== filter.source) return false;
  if (filter.entityId !== undefined && !summary.entityIds.includes(filter.entityId)) return false;
  if (filter.from !== undefined && summary.readAt < filter.from) return false;
  if (filter.until !== undefined && summary.readAt >= filter.until) return false;
  return true;
}

export function filterReports(
  summaries: readonly ReportSummary[],
  filter: HistoryFilter,
): ReportSummary[] {
  return summaries.filter((summary) => passesFilter(summary, filter));
}

export interface FilterChoice {
  value: string;
  label: string;
  /** How many of the listed reports it would keep. */
  count: number;
}

/** The outlets a filter can choose among, most reports first. */
export function outletChoices(summaries: readonly ReportSummary[]): FilterChoice[] {
  const counts = new Map<string, number>();
  for (const summary of summaries)
    counts.set(summary.source, (counts.get(summary.source) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, label: value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The entities a filter can choose among, most reports first, at most `limit` of them. */
export function entityChoices(summaries: readonly ReportSummary[], limit = 200): FilterChoice[] {
  const found = new Map<string, FilterChoice>();
  for (const summary of summaries) {
    summary.entityIds.forEach((id, index) => {
      const choice = found.get(id);
      if (choice) choice.count++;
      else found.set(id, { value: id, label: summary.entityNames[index] ?? id, count: 1 });
    });
  }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}
