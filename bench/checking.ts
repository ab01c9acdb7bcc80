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
import { timeParts, type Parts } from './measure.ts';
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
  samples: number;
}

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

async function checkOnce(history: History, article: ArticleInput, claims: Report['claims']) {
  const self = { url: article.url, source: article.source };
  const keys = claims.map(lookupKeys);
  const cpu = process.cpuUsage();
  const begin = performance.now();
  const candidates = await history.candidateClaims(keys, self);
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

/**
 * Fills one history to each size (in stored claims) in turn and times checking `article` at
 * each. One open history grows through the sizes, so the smaller history is the start of the
 * larger one.
 */
export async function measureChecking(
  originals: ArticleInput[],
  article: ArticleInput,
  claimSizes: number[],
): Promise<CheckAtSize[]> {
  const history = await openHistory(memoryIndexedDB(), 'bench');
  const next = reportSynthesiser(originals.map((original, i) => reportOf(original, i)));
  const claims = reportOf(article, Date.now()).claims;
  const results: CheckAtSize[] = [];
  let stored = 0;
  let storedClaims = 0;
  let fillSeconds = 0;
  try {
    for (const claimSize of claimSizes) {
      const begin = performance.now();
      const reports: Report[] = [];
      for (let i = stored; storedClaims < claimSize; i++) {
        const report = next(i);
        reports.push(report);
        storedClaims += report.claims.length;
      }
      const size = stored + reports.length;
      await fill(history, (i) => reports[i - stored]!, stored, size);
      fillSeconds += (performance.now() - begin) / 1000;
      stored = size;
      let candidates = 0;
      const { parts, samples } = await timeParts(async (): Promise<Parts> => {
        const once = await checkOnce(history, article, claims);
        candidates = once.candidates;
        return {
          lookup: once.lookup,
          judge: once.judge,
          total: once.lookup + once.judge,
          cpu: once.cpu,
        };
      });
      results.push({
        reports: size,
        claims: storedClaims,
        fillSeconds,
        candidates,
        lookupMs: parts.lookup ?? Number.NaN,
        judgeMs: parts.judge ?? Number.NaN,
        totalMs: parts.total ?? Number.NaN,
        cpuMs: parts.cpu ?? Number.NaN,
        samples,
      });
    }
  } finally {
    history.close();
  }
  return results;
}

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
    r.fillSeconds,
  ]);
  const last = results[results.length - 1];
  const growth =
    first && last
      ? `History ${ratio(last.claims / first.claims)} larger: candidates ${ratio(last.candidates / first.candidates)}, check time ${ratio(last.totalMs / first.totalMs)} (processor time ${ratio(last.cpuMs / first.cpuMs)}).`
      : '';
  return [
    `Article checked: "${article.title}" (median of ≥15 checks, ≥1 s each size).`,
    'Sizes are measured one after another in one process, on fake-indexeddb; on a shared machine',
    'single figures are noisy, the ratios to the first row less so. The lookup reads one bucket row',
    'per key (history/buckets.ts) at every size; the smallest history finds only a few candidates,',
    'the largest fills the bound (PER_CLAIM per claim), so the check grows with the candidates',
    'parsed and judged while the cost per candidate falls.',
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
        'fill s (total)',
      ],
      rows,
    ),
    '',
    growth,
  ].join('\n');
}
