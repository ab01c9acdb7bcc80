/**
 * What the extension costs in bytes: the scripts the browser loads (raw and gzipped, the way a
 * store and a network would see them) and a stored report. The content script is measured
 * against the background because the gazetteer must stay out of every page the reader opens.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Report } from '../src/core/model.ts';
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

/**
 * Bytes per stored report, using its JSON as a proxy for what IndexedDB keeps (the claim rows and
 * entity sightings the history derives from it add to this). The article text alone is the
 * reference: what storing the page without any analysis would cost.
 */
export function reportSizeTable(reports: Report[]): string {
  const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
  const rows = reports.map((report) => {
    const whole = bytes(report);
    const text = Buffer.byteLength(report.text, 'utf8');
    const evidence = bytes(report.claims.map((claim) => claim.evidence));
    return { whole, text, claims: bytes(report.claims), evidence };
  });
  const mean = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0) / Math.max(1, rows.length);
  const whole = mean((row) => row.whole);
  const text = mean((row) => row.text);
  const claims = mean((row) => row.claims);
  const evidence = mean((row) => row.evidence);
  return [
    `Mean over ${reports.length} articles read in turn into one history (JSON of the stored Report):`,
    '',
    table(
      ['part', 'bytes', 'vs text'],
      [
        ['whole report', Math.round(whole), ratio(whole / text)],
        ['  of which claims', Math.round(claims), ratio(claims / text)],
        ['    of which evidence', Math.round(evidence), ratio(evidence / text)],
        ['article text (reference)', Math.round(text), ratio(1)],
      ],
    ),
    '',
    `At this size 10,000 reports take about ${((whole * 10_000) / 2 ** 20).toFixed(0)} MiB before the claim index and sightings.`,
  ].join('\n');
}
