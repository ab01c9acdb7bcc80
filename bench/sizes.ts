/**
 * What the extension costs in bytes: the scripts the browser loads (raw and gzipped, the way a
 * store and a network would see them) and a stored report, as schema version 1 stored it and as
 * schema version 2 does. The content script is measured
 * against the background because the gazetteer must stay out of every page the reader opens.
 */
import { lookupKeys } from '../src/core/match/lookup.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkClaims } from '../src/core/check.ts';
import type { Report } from '../src/core/model.ts';
import { openDatabase } from '../src/history/db.ts';
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

/** A script and every chunk it imports statically: what the browser loads to run it. */
function bundleOf(root: string, name: string, entry: string): Bundle {
  const seen = new Set<string>();
  const pending = [posix.normalize(entry)];
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
  return { name, entry, files: seen.size, raw, gzipped };
}

/** The built Chrome extension's bundles, or undefined when it has not been built. */
export function measureBundles(projectRoot: string): Bundle[] | undefined {
  const root = join(projectRoot, 'dist/chrome');
  const manifestFile = join(root, 'manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const content = manifest.content_scripts?.[0]?.js?.[0] ?? 'src/content/main.js';
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const bundles = [bundleOf(root, 'content script', content)];
  if (background) bundles.push(bundleOf(root, 'background', background));
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
  /** Of `reportsAsV1`, the evidence. */
  evidenceAsV1: number;
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
      evidenceAsV1: sum(whole, evidenceOf),
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
            const candidates = await history.candidateClaims(report.claims.map(lookupKeys), self);
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

/**
 * The size of a history of `target` reports, from two measured smaller ones. Every claim cites
 * all the earlier claims that agree or disagree with it, so a report read later carries more
 * evidence: the bytes of the i-th report are taken to grow linearly, a + b·i, fitted to the two
 * measured means (the mean over the first n is a + b·n/2); the total is then the sum to `target`.
 */
export function projectedBytes(
  small: StoredBytes,
  large: StoredBytes,
  pick: (bytes: StoredBytes) => number,
  target: number,
): number {
  const meanSmall = pick(small) / small.count;
  const meanLarge = pick(large) / large.count;
  const b = (2 * (meanLarge - meanSmall)) / (large.count - small.count);
  const a = meanSmall - (b * small.count) / 2;
  return target * (a + (b * target) / 2);
}

/** The projection of both schemas to `target` reports, in words. */
export function projectionLine(small: StoredBytes, large: StoredBytes, target: number): string {
  const mib = (pick: (bytes: StoredBytes) => number) =>
    (projectedBytes(small, large, pick, target) / 2 ** 20).toFixed(0);
  const before = mib((bytes) => bytes.reportsAsV1 + bytes.derived);
  const after = mib((bytes) => bytes.reports + bytes.derived);
  const perReport = (bytes: StoredBytes) => (bytes.evidenceItems / bytes.count).toFixed(1);
  return [
    `Evidence items per report grow with the history (${perReport(small)} at ${small.count.toLocaleString('en')}, ${perReport(large)} at ${large.count.toLocaleString('en')}): every claim cites every earlier claim it agrees or disagrees with.`,
    `Projected from those two sizes (bytes per report growing linearly with its position), ${target.toLocaleString('en')} reports take about ${before} MiB in schema 1 and ${after} MiB in schema 2, every store but the claim buckets included (${(large.buckets / 2 ** 20).toFixed(1)} MiB at ${large.count.toLocaleString('en')} reports; at most ${PER_CLAIM} copies per key).`,
  ].join('\n');
}

/**
 * Bytes per stored report before (schema 1: each evidence item a copy of the earlier claim's
 * sentence, headline, outlet and addresses) and after (schema 2: references), with the article
 * text as the reference.
 */
export function storageTable(title: string, bytes: StoredBytes): string {
  const per = (value: number) => value / Math.max(1, bytes.count);
  const text = per(bytes.text);
  const row = (name: string, before: number, after: number): (string | number)[] => [
    name,
    Math.round(per(before)),
    Math.round(per(after)),
    ratio(per(before) / text),
    ratio(per(after) / text),
  ];
  return [
    `${title}: ${bytes.count} reports, ${(bytes.evidenceItems / Math.max(1, bytes.count)).toFixed(1)} evidence items each on average (JSON bytes per report):`,
    '',
    table(
      ['part', 'schema 1', 'schema 2', 's1 vs text', 's2 vs text'],
      [
        row('report record', bytes.reportsAsV1, bytes.reports),
        row('  of which evidence', bytes.evidenceAsV1, bytes.evidence),
        row(
          'all stores (+ list, claim index, sightings)',
          bytes.reportsAsV1 + bytes.derived,
          bytes.reports + bytes.derived,
        ),
        row('claim buckets (schema 5, in neither total)', bytes.buckets, bytes.buckets),
        ['article text (reference)', Math.round(text), Math.round(text), ratio(1), ratio(1)],
      ],
    ),
  ].join('\n');
}
