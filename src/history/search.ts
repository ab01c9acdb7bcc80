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

/** The stored text's keys (` k1 k2 `) and skeletons (` s1 s2 `); rows stored before this folding are folded now. */
function foldedParts(stored: string): { keys: string; skeletons: string } {
  const text = stored.includes(SKELETONS) ? stored : foldedText(words(stored));
  const split = text.indexOf(SKELETONS);
  return { keys: text.slice(0, split), skeletons: text.slice(split + SKELETONS.length) };
}

/** A list row with the folded words that search matches against, as the history stores it. */
export type SearchableSummary = ReportSummary & { words: string };

/** Every report's list row, newest read first, and a search over them that never reads storage. */
export interface ReportIndex {
  /** Every report, newest read first, without its folded words. */
  summaries(): readonly ReportSummary[];
  /** The reports holding every word of the query (as `matchesEvery`), newest read first. */
  search(query: string): ReportSummary[];
  /** Adds a report, or replaces the one with its URL. */
  put(row: SearchableSummary): void;
  remove(url: string): void;
}

/** The order of the history's `readAt` index, reversed: newest first, then by URL, descending. */
function newerFirst(a: ReportSummary, b: ReportSummary): number {
  return b.readAt - a.readAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);
}

/** Query words whose rows are kept between keys; a query has a few, a search session some dozens. */
const REMEMBERED_WORDS = 64;

/** Between one row's words and the next in a joined text; never produced by folding a word. */
const ROW_BREAK = '\n';

/**
 * Every row's folded words laid end to end in one string, with where each row starts: a query
 * word is found by the engine's own substring search over a few megabytes, a row at a time.
 */
class JoinedWords {
  readonly text: string;
  private readonly starts: Int32Array;

  constructor(parts: readonly string[]) {
    this.text = parts.join(ROW_BREAK);
    this.starts = new Int32Array(parts.length);
    let at = 0;
    parts.forEach((part, slot) => {
      this.starts[slot] = at;
      at += part.length + ROW_BREAK.length;
    });
  }

  /** Marks in `found` the rows whose words contain `needle`. */
  mark(needle: string, found: Uint8Array): void {
    let at = this.text.indexOf(needle);
    while (at >= 0) {
      const slot = this.rowAt(at);
      found[slot] = 1;
      // The rest of this row cannot add anything: on to the next one.
      const next = this.starts[slot + 1];
      at = next === undefined ? -1 : this.text.indexOf(needle, next);
    }
  }

  /** Marks in `found` the rows holding `word` as a whole word. */
  markWhole(word: string, found: Uint8Array): void {
    // Sought without its leading space: a search starting with a space stops at every word.
    const needle = `${word} `;
    let at = this.text.indexOf(needle);
    while (at >= 0) {
      if (this.text[at - 1] !== ' ') {
        at = this.text.indexOf(needle, at + 1);
        continue;
      }
      const slot = this.rowAt(at);
      found[slot] = 1;
      const next = this.starts[slot + 1];
      at = next === undefined ? -1 : this.text.indexOf(needle, next);
    }
  }

  /** The row holding the character at `at`: the last one starting at or before it. */
  private rowAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/**
 * Indexes list rows (newest read first, each with its folded words) for searching as the reader
 * types. A map from each word to its rows answered a keystroke quickly, but building it took
 * longer than reading the whole list (1.6 s at 10,000 reports), and a reader who typed at once
 * waited for it. Instead every row's keys are joined into one string and its skeletons into
 * another, which costs one copy; a query word is then a substring search through them, a few
 * milliseconds for ten thousand reports, row by row as `matchesEvery` would test them. Rows are
 * numbered as they come; a row replaced or removed leaves its number unused, with no words.
 */
export function indexReports(rows: readonly SearchableSummary[]): ReportIndex {
  /** By row number; undefined once replaced or removed. */
  const slots: (ReportSummary | undefined)[] = [];
  const slotOf = new Map<string, number>();
  /** Each row's keys and skeletons, by row number; empty once replaced or removed. */
  const keyParts: string[] = [];
  const skeletonParts: string[] = [];
  /** Joined when first searched after a change; a reader types many keys between changes. */
  let joined: { keys: JoinedWords; skeletons: JoinedWords } | undefined;
  /** The rows each recent query word found, while `joined` stands. */
  const marked = new Map<string, Uint8Array>();
  /** Live row numbers, newest first; undefined when a change means sorting again. */
  let order: number[] | undefined;

  const remove = (url: string) => {
    const slot = slotOf.get(url);
    if (slot === undefined) return;
    slots[slot] = undefined;
    keyParts[slot] = '';
    skeletonParts[slot] = '';
    slotOf.delete(url);
    order = undefined;
    joined = undefined;
  };
  const put = (row: SearchableSummary) => {
    remove(row.url);
    const { words: stored, ...summary } = row;
    const slot = slots.push(summary) - 1;
    slotOf.set(summary.url, slot);
    const { keys, skeletons } = foldedParts(stored);
    keyParts[slot] = keys;
    skeletonParts[slot] = skeletons;
    order = undefined;
    joined = undefined;
  };
  const ordered = (): number[] =>
    (order ??= [...slotOf.values()].sort((a, b) => newerFirst(slots[a]!, slots[b]!)));

  /**
   * Marks the rows holding the query word as part of a word, or (a long word) by skeleton. The
   * words of the query typed so far are kept until the rows change: each key then searches only
   * for the word it changed.
   */
  const rowsWith = (word: string): Uint8Array => {
    if (!joined) {
      joined = { keys: new JoinedWords(keyParts), skeletons: new JoinedWords(skeletonParts) };
      marked.clear();
    }
    const known = marked.get(word);
    if (known) return known;
    const found = new Uint8Array(slots.length);
    joined.keys.mark(word, found);
    if (word.length >= MIN_SKELETON_WORD) joined.skeletons.markWhole(skeleton(word), found);
    if (marked.size >= REMEMBERED_WORDS) marked.clear();
    marked.set(word, found);
    return found;
  };

  for (const row of rows) put(row);
  return {
    summaries: () => ordered().map((slot) => slots[slot]!),
    search(query) {
      const marks = [...new Set(queryWords(query))].map(rowsWith);
      return ordered()
        .filter((slot) => marks.every((found) => found[slot] === 1))
        .map((slot) => slots[slot]!);
    },
    put,
    remove,
  };
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
