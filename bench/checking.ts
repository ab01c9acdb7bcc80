/**
 * Checking one article against a growing history, through the real history code on
 * fake-indexeddb: the claim-index lookup and the judgement, as `readArticle` does them. The
 * smallest history is the reference for the larger ones: the index hands over at most a few
 * claims per key, newest first, so the cost should stay flat however large the history grows.
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/core/analyse.ts';
import { checkClaims } from '../src/core/check.ts';
import { lookupKeys } from '../src/core/match/lookup.ts';
import type { ArticleInput, Report } from '../src/core/model.ts';
import { openHistory } from '../src/history/history.ts';
import { memoryIndexedDB } from '../src/history/memory.ts';
import type { History } from '../src/history/types.ts';
import { median } from './measure.ts';
import { reportSynthesiser } from './synthetic.ts';
import { ratio, table } from './table.ts';

export interface CheckAtSize {
  reports: number;
  claims: number;
  fillSeconds: number;
  candidates: number;
  lookupMs: number;
  judgeMs: number;
  totalMs: number;
  /** Processor time of the check (this process, all its threads): what other programs' load does not stretch. */
  cpuMs: number;
  /** The same check again at once, every bucket it needs kept by the connection (`bucket-cache.ts`). */
  keptMs: number;
  samples: number;
}

/** A report no history holds: deleting it is a write that changes nothing but the count of writes. */
const NOWHERE = 'https://nowhere.invalid/';

/** An analysed article as the history holds it, before any history judged it. */
function reportOf(article: ArticleInput, readAt: number): Report {
  const analysis = analyse(article);
  return {
    url: article.url,
    source: article.source,
    title: article.title,
    firstReadAt: readAt,
    readAt,
    text: analysis.text,
    entities: analysis.entities,
    mentions: analysis.mentions,
    claims: analysis.claims.map((claim) => ({ ...claim, status: 'new', evidence: [] })),
  };
}

/**
 * Saves reports `from`..`to` (exclusive). Many transactions are left in flight at once: awaiting
 * each alone would spend most of the fill waiting for fake-indexeddb's scheduling between them.
 */
async function fill(history: History, next: (index: number) => Report, from: number, to: number) {
  const batch = 64;
  for (let start = from; start < to; start += batch) {
    const saves: Promise<void>[] = [];
    for (let i = start; i < Math.min(to, start + batch); i++)
      saves.push(history.saveReport(next(i)));
    await Promise.all(saves);
  }
}

/** Checks `claims` as read at `readAt`, as `checkArticle` does, timing the lookup and the judgement. */
async function checkOnce(
  history: History,
  article: ArticleInput,
  claims: Report['claims'],
  readAt: number,
) {
  const self = { url: article.url, source: article.source };
  const keys = claims.map(lookupKeys);
  const cpu = process.cpuUsage();
  const begin = performance.now();
  const candidates = await history.candidateClaims(keys, self, readAt);
  const looked = performance.now();
  checkClaims(claims, candidates, self);
  const judged = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    candidates: candidates.length,
    lookup: looked - begin,
    judge: judged - looked,
    cpu: (used.user + used.system) / 1000,
  };
}

/** A history filled to one size, and the figures of the checks against it. */
interface Filled {
  history: History;
  /** A second connection to the same history, as the side panel holds. */
  other: History;
  reports: number;
  claims: number;
  fillSeconds: number;
  samples: { lookup: number; judge: number; cpu: number }[];
  kept: number[];
  candidates: number;
  /** When the article is read: just after the history's newest report, as a reader's next one. */
  readAt: number;
}

/** A history holding the first reports of `next` until it holds `claimSize` claims. */
async function filledTo(next: (index: number) => Report, claimSize: number, name: string) {
  const begin = performance.now();
  const factory = memoryIndexedDB();
  const history = await openHistory(factory, name);
  const other = await openHistory(factory, name);
  const reports: Report[] = [];
  let claims = 0;
  for (let i = 0; claims < claimSize; i++) {
    const report = next(i);
    reports.push(report);
    claims += report.claims.length;
  }
  await fill(history, (i) => reports[i]!, 0, reports.length);
  const fillSeconds = (performance.now() - begin) / 1000;
  const filled: Filled = {
    history,
    other,
    reports: reports.length,
    claims,
    fillSeconds,
    samples: [],
    kept: [],
    candidates: 0,
    readAt: (reports[reports.length - 1]?.readAt ?? 0) + 1,
  };
  return filled;
}

/**
 * Checks against `filled` for `ms`, adding a sample per check. Before each, the other connection
 * writes, so that the check reads every bucket from the store, as a reader's first article on a
 * story does; the same check again at once finds them kept, as the next article on it mostly does.
 */
async function checkFor(
  filled: Filled,
  article: ArticleInput,
  claims: Report['claims'],
  ms: number,
) {
  const until = performance.now() + ms;
  do {
    await filled.other.deleteReport(NOWHERE);
    const once = await checkOnce(filled.history, article, claims, filled.readAt);
    filled.candidates = once.candidates;
    filled.samples.push({ lookup: once.lookup, judge: once.judge, cpu: once.cpu });
    const again = await checkOnce(filled.history, article, claims, filled.readAt);
    filled.kept.push(again.lookup + again.judge);
  } while (performance.now() < until);
}

/**
 * Fills a history to each size (in stored claims), each the first reports of the same synthetic
 * stream, then times checking `article` against them in alternating rounds, so that every size
 * is measured under the same background load and alongside the same heap: measured one after
 * another, minutes apart on a shared machine, the ratios between sizes varied several-fold.
 */
export async function measureChecking(
  originals: ArticleInput[],
  article: ArticleInput,
  claimSizes: number[],
): Promise<CheckAtSize[]> {
  const originalReports = originals.map((original, i) => reportOf(original, i));
  const claims = reportOf(article, Date.now()).claims;
  const histories: Filled[] = [];
  try {
    for (const [i, claimSize] of claimSizes.entries()) {
      // The same seed for each: the smaller history is the start of the larger one.
      histories.push(await filledTo(reportSynthesiser(originalReports), claimSize, `bench-${i}`));
    }
    for (const filled of histories) {
      for (let i = 0; i < 3; i++) await checkOnce(filled.history, article, claims, filled.readAt);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const filled of histories) await checkFor(filled, article, claims, ROUND_MS);
    }
    return histories.map((filled) => {
      const lookup = median(filled.samples.map((s) => s.lookup));
      const judge = median(filled.samples.map((s) => s.judge));
      return {
        reports: filled.reports,
        claims: filled.claims,
        fillSeconds: filled.fillSeconds,
        candidates: filled.candidates,
        lookupMs: lookup,
        judgeMs: judge,
        totalMs: median(filled.samples.map((s) => s.lookup + s.judge)),
        cpuMs: median(filled.samples.map((s) => s.cpu)),
        keptMs: median(filled.kept),
        samples: filled.samples.length,
      };
    });
  } finally {
    for (const filled of histories) {
      filled.history.close();
      filled.other.close();
    }
  }
}

/** Rounds per size, each this long: every size gets at least two seconds of checks. */
const ROUNDS = 10;
const ROUND_MS = 200;

export function checkingTable(article: ArticleInput, results: CheckAtSize[]): string {
  const first = results[0];
  const rows = results.map((r) => [
    r.reports.toLocaleString('en-US'),
    r.claims.toLocaleString('en-US'),
    r.candidates.toLocaleString('en-US'),
    r.lookupMs,
    r.judgeMs,
    r.totalMs,
    first ? ratio(r.totalMs / first.totalMs) : '',
    r.cpuMs,
    first ? ratio(r.cpuMs / first.cpuMs) : '',
    r.candidates ? (1000 * r.cpuMs) / r.candidates : '',
    r.keptMs,
    r.fillSeconds,
  ]);
  const last = results[results.length - 1];
  // What each further candidate costs: the difference between the histories, not the average,
  // which also spreads the reads every check makes over its candidates.
  const perExtra =
    first && last && last.candidates > first.candidates
      ? ` Each candidate beyond the first history's: ${((1000 * (last.cpuMs - first.cpuMs)) / (last.candidates - first.candidates)).toFixed(1)} µs of processor time.`
      : '';
  const growth =
    first && last
      ? `History ${ratio(last.claims / first.claims)} larger: candidates ${ratio(last.candidates / first.candidates)}, check time ${ratio(last.totalMs / first.totalMs)} (processor time ${ratio(last.cpuMs / first.cpuMs)}).${perExtra}`
      : '';
  return [
    `Article checked: "${article.title}" (median of every check, ${ROUNDS} rounds of ${ROUND_MS} ms per size).`,
    'Each size is its own history on fake-indexeddb, the smaller the start of the larger, checked in',
    'alternating rounds so all see the same load; on a shared machine the ratios to the first row',
    'are steadier than single figures. The lookup reads one bucket row per key (history/buckets.ts)',
    'at every size; the smallest history finds only a few candidates, the largest fills the bound',
    '(PER_CLAIM per claim), so the check grows with the candidates parsed and judged. Before each',
    'check another connection writes, so every bucket is read from the store; "kept ms" is the same',
    'check again at once, the buckets kept by the connection (history/bucket-cache.ts).',
    '',
    table(
      [
        'reports',
        'stored claims',
        'candidates',
        'lookup ms',
        'judge ms',
        'check ms',
        'vs first',
        'check cpu ms',
        'vs first',
        'cpu µs per candidate',
        'kept ms',
        'fill s',
      ],
      rows,
    ),
    '',
    growth,
  ].join('\n');
}
