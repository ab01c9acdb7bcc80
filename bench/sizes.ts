/**
 * What the extension costs in bytes: the scripts the browser loads (raw and gzipped, the way a
 * store and a network would see them) and a stored report, as schema versions 1 and 6 stored it
 * and as schema version 7 does, and how that grows with the history. The content script is measured
 * against the background because the gazetteer must stay out of every page the reader opens.
 */
import { lookupKeys } from '../src/core/match/lookup.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkClaims } from '../src/core/check.ts';
import type { Report } from '../src/core/model.ts';
import { openDatabase } from '../src/history/db.ts';
import { compactReport } from '../src/history/evidence-refs.ts';
import { openHistory, PER_CLAIM } from '../src/history/history.ts';
import { memoryIndexedDB } from '../src/history/memory.ts';
import type { History } from '../src/history/types.ts';
import { reportSynthesiser } from './synthetic.ts';
import { ratio, table } from './table.ts';

export interface Bundle {
  name: string;
  entry: string;
  files: number;
  raw: number;
  gzipped: number;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
}

/** Relative static imports of a built chunk (`import './x.js'`, `from"./x.js"`), not dynamic ones. */
function importsOf(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g);
  return [...found].map((match) => match[1]!);
}

/** Scripts and every chunk they import statically: what the browser loads to run them. */
function bundleOf(root: string, name: string, entries: string[]): Bundle {
  const seen = new Set<string>();
  const pending = entries.map((entry) => posix.normalize(entry));
  let raw = 0;
  let gzipped = 0;
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file));
    raw += code.length;
    gzipped += gzipSync(code, { level: 9 }).length;
    for (const imported of importsOf(code.toString('utf8'))) {
      pending.push(posix.join(posix.dirname(file), imported));
    }
  }
  return { name, entry: entries.join(' + '), files: seen.size, raw, gzipped };
}

/** The built Chrome extension's bundles, or undefined when it has not been built. */
export function measureBundles(projectRoot: string): Bundle[] | undefined {
  const root = join(projectRoot, 'dist/chrome');
  const manifestFile = join(root, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  // Every page loads every content script (the settings' early ask and the reader), so they are
  // measured together against the content script's budget.
  const content = manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const bundles = [bundleOf(root, 'content script', content)];
  if (background) bundles.push(bundleOf(root, 'background', [background]));
  return bundles;
}

export function bundlesTable(bundles: Bundle[] | undefined, projectRoot: string): string {
  if (!bundles) {
    return `No build in ${join(projectRoot, 'dist/chrome')}: run \`npm run build\` first to measure the bundles.`;
  }
  const background = bundles.find((bundle) => bundle.name === 'background');
  return table(
    ['bundle (dist/chrome)', 'entry', 'files', 'raw bytes', 'gzip bytes', 'gzip vs background'],
    bundles.map((b) => [
      b.name,
      b.entry,
      b.files,
      b.raw,
      b.gzipped,
      background ? ratio(b.gzipped / background.gzipped) : 'n/a',
    ]),
  );
}

/** What one history holds, in bytes of JSON (a proxy for what IndexedDB keeps), per store. */
export interface StoredBytes {
  reports: number;
  /** Text of every article: what storing the pages without any analysis would cost. */
  text: number;
  /** The same reports as schema version 1 stored them: every evidence item a full copy. */
  reportsAsV1: number;
  /** The same reports as schema version 6 stored them: evidence as references, claims whole. */
  reportsAsV6: number;
  /** Of `reportsAsV1`, the evidence. */
  evidenceAsV1: number;
  /** Of `reportsAsV6`, the evidence references (as objects) and the cited-reading rows. */
  evidenceAsV6: number;
  /** Of `reports`, the evidence references and the cited-reading rows. */
  evidence: number;
  /** List rows, claim index rows and entity sightings, unchanged between the versions. */
  derived: number;
  /**
   * The claim buckets (schema 5): copies of the newest claims per key, so bounded by the keys
   * rather than growing with each report; kept apart from `derived` for the projection.
   */
  buckets: number;
  count: number;
  evidenceItems: number;
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Every record the history's database holds, measured store by store. */
export async function storedBytes(
  history: History,
  factory: IDBFactory,
  name: string,
): Promise<StoredBytes> {
  const db = await openDatabase(factory, name);
  try {
    const [rows, summaries, pages, claims, sightings, buckets] = await Promise.all([
      db.getAll('reports'),
      db.getAll('summaries'),
      db.getAll('pages'),
      db.getAll('claims'),
      db.getAll('sightings'),
      db.getAll('buckets'),
    ]);
    const whole = await history.allReports();
    const evidenceOf = (report: { claims: { evidence: unknown[] }[] }) =>
      jsonBytes(report.claims.map((claim) => claim.evidence));
    const sum = <T>(items: T[], size: (item: T) => number) =>
      items.reduce((total, item) => total + size(item), 0);
    return {
      reports: sum(rows, jsonBytes),
      text: sum(rows, (row) => Buffer.byteLength(row.text, 'utf8')),
      reportsAsV1: sum(whole, jsonBytes),
      reportsAsV6: sum(whole, (report) => jsonBytes(compactReport(report))),
      evidenceAsV1: sum(whole, evidenceOf),
      evidenceAsV6: sum(whole, (report) => {
        const v6 = compactReport(report);
        return evidenceOf(v6) + jsonBytes(v6.cited ?? []);
      }),
      evidence: sum(rows, (row) => evidenceOf(row) + jsonBytes(row.cited ?? [])),
      derived:
        sum(summaries, jsonBytes) +
        sum(pages, jsonBytes) +
        sum(claims, jsonBytes) +
        sum(sightings, jsonBytes),
      buckets: sum(buckets, jsonBytes),
      count: rows.length,
      evidenceItems: sum(whole, (report) => sum(report.claims, (claim) => claim.evidence.length)),
    };
  } finally {
    db.close();
  }
}

/**
 * One history grown through `sizes` synthetic reports (bench/synthetic.ts), each checked against
 * the history before it as reading it would, so evidence accumulates as in a reader's history;
 * measured at each size. Checked in batches that do not cite each other, to keep
 * fake-indexeddb's scheduling out of the fill time.
 */
export async function syntheticHistoryBytes(
  originals: Report[],
  sizes: number[],
): Promise<StoredBytes[]> {
  const factory = memoryIndexedDB();
  const history = await openHistory(factory, 'bench-storage');
  const next = reportSynthesiser(originals);
  const measured: StoredBytes[] = [];
  let stored = 0;
  try {
    for (const size of sizes) {
      const batch = 32;
      for (; stored < size; stored += batch) {
        const reports = Array.from({ length: Math.min(batch, size - stored) }, (_, i) =>
          next(stored + i),
        );
        const checked = await Promise.all(
          reports.map(async (report) => {
            const self = { url: report.url, source: report.source };
            const keys = report.claims.map(lookupKeys);
            const candidates = await history.candidateClaims(keys, self, report.readAt);
            return { ...report, claims: checkClaims(report.claims, candidates, self) };
          }),
        );
        await Promise.all(checked.map((report) => history.saveReport(report)));
      }
      stored = size;
      measured.push(await storedBytes(history, factory, 'bench-storage'));
    }
    return measured;
  } finally {
    history.close();
  }
}

/** Every store of the history today, the buckets included. */
const allStores = (bytes: StoredBytes) => bytes.reports + bytes.derived + bytes.buckets;

/**
 * What the reports added between two measured sizes cost each, per part: the growth that the
 * mean over a whole history blurs (its first, emptier reports weigh on every mean).
 */
function added(small: StoredBytes, large: StoredBytes, pick: (bytes: StoredBytes) => number) {
  return (pick(large) - pick(small)) / (large.count - small.count);
}

/**
 * Bytes per stored report as a history grows, measured at each size of `measured` (one history
 * grown through them): the mean over all its reports, and what each report added since the
 * previous size cost. Evidence is the only part that grows with the history: a claim cites the
 * earlier claims it agrees or disagrees with, found among the few the claim buckets hand the
 * check, so a report's evidence grows while the buckets of its keys fill and stops when they are
 * full (at most `PER_CLAIM` copies a key); every other part costs the same whatever came before.
 */
export function growthTable(measured: StoredBytes[]): string {
  const per = (bytes: StoredBytes, value: number) => Math.round(value / Math.max(1, bytes.count));
  const rows = measured.map((bytes, i) => {
    const before = measured[i - 1];
    const since = (pick: (b: StoredBytes) => number) =>
      before ? Math.round(added(before, bytes, pick)) : per(bytes, pick(bytes));
    return [
      bytes.count.toLocaleString('en'),
      (bytes.evidenceItems / Math.max(1, bytes.count)).toFixed(1),
      per(bytes, bytes.evidence),
      per(bytes, bytes.reports),
      per(bytes, bytes.derived),
      per(bytes, bytes.buckets),
      per(bytes, allStores(bytes)),
      since((b) => b.evidenceItems).toFixed(0),
      since(allStores),
    ];
  });
  const first = measured[0]!;
  const last = measured.at(-1)!;
  const lastAdded = measured.length > 1 ? added(measured.at(-2)!, last, allStores) : 0;
  const firstAll = allStores(first) / first.count;
  const lastAll = allStores(last) / last.count;
  const growth = (a: number, b: number) => `${Math.round(a)} → ${Math.round(b)} B, ${ratio(b / a)}`;
  return [
    'Bytes per report (JSON) as one synthetic history grows; "added" is what each report since the previous size cost:',
    '',
    table(
      [
        'reports',
        'evidence items',
        'evidence',
        'report record',
        'list, claim index, sightings',
        'claim buckets',
        'all stores',
        'evidence items added',
        'all stores added',
      ],
      rows,
    ),
    '',
    `Growth from ${first.count.toLocaleString('en')} to ${last.count.toLocaleString('en')} reports: per report over the whole history ${growth(firstAll, lastAll)}; of the evidence alone ${growth(first.evidence / first.count, last.evidence / last.count)}; the last reports added cost ${Math.round(lastAdded)} B each.`,
  ].join('\n');
}

/**
 * The size of a history of `target` reports, from a measured one of `large.count` and the
 * reports added since `small`: each further report taken to cost what those did. Evidence per
 * report still grows a little there (the buckets of rarer keys are still filling), but towards a
 * bound (`growthTable`), so the error is small and the figure is not an upper bound; the buckets,
 * bounded by the keys, are counted at what the added reports cost, which overstates them.
 */
export function projectedBytes(
  small: StoredBytes,
  large: StoredBytes,
  pick: (bytes: StoredBytes) => number,
  target: number,
): number {
  return pick(large) + (target - large.count) * added(small, large, pick);
}

/** The projection to `target` reports, in words, for each schema. */
export function projectionLine(small: StoredBytes, large: StoredBytes, target: number): string {
  const mib = (pick: (bytes: StoredBytes) => number) =>
    (projectedBytes(small, large, pick, target) / 2 ** 20).toFixed(0);
  const buckets = mib((bytes) => bytes.buckets);
  const v1 = mib((bytes) => bytes.reportsAsV1 + bytes.derived);
  const v6 = mib((bytes) => bytes.reportsAsV6 + bytes.derived);
  const v7 = mib((bytes) => bytes.reports + bytes.derived);
  return `${target.toLocaleString('en')} reports, projected from ${large.count.toLocaleString('en')} and what each report added since ${small.count.toLocaleString('en')} cost: about ${v7} MiB (schema 6: ${v6} MiB; schema 1: ${v1} MiB), plus at most ${buckets} MiB of claim buckets (at most ${PER_CLAIM} copies per key; ${(large.buckets / 2 ** 20).toFixed(1)} MiB at ${large.count.toLocaleString('en')} reports).`;
}

/**
 * Bytes per stored report in schema 1 (each evidence item a copy of the earlier claim's
 * sentence, headline, outlet and addresses), schema 6 (evidence as references, each claim whole)
 * and schema 7 (each claim's sentence left to the report's text and its frame, keys and terms to
 * the claim index), with the article text as the reference.
 */
export function storageTable(title: string, bytes: StoredBytes): string {
  const per = (value: number) => value / Math.max(1, bytes.count);
  const text = per(bytes.text);
  const row = (name: string, v1: number, v6: number, v7: number): (string | number)[] => [
    name,
    Math.round(per(v1)),
    Math.round(per(v6)),
    Math.round(per(v7)),
    ratio(per(v7) / text),
  ];
  return [
    `${title}: ${bytes.count} reports, ${(bytes.evidenceItems / Math.max(1, bytes.count)).toFixed(1)} evidence items each on average (JSON bytes per report):`,
    '',
    table(
      ['part', 'schema 1', 'schema 6', 'schema 7', 's7 vs text'],
      [
        row('report record', bytes.reportsAsV1, bytes.reportsAsV6, bytes.reports),
        row('  of which evidence', bytes.evidenceAsV1, bytes.evidenceAsV6, bytes.evidence),
        row(
          'all stores (+ list, claim index, sightings)',
          bytes.reportsAsV1 + bytes.derived,
          bytes.reportsAsV6 + bytes.derived,
          bytes.reports + bytes.derived,
        ),
        row('claim buckets (in no total above)', bytes.buckets, bytes.buckets, bytes.buckets),
        [
          'article text (reference)',
          Math.round(text),
          Math.round(text),
          Math.round(text),
          ratio(1),
        ],
      ],
    ),
  ].join('\n');
}
