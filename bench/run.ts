/**
 * `npm run bench`: speed and size, each figure beside a reference measured in the same run,
 * because the machine is shared and only ratios survive its noise.
 *
 * Usage: `npm run bench -- [1-5 ...] [highlight|huge-page|panel ...]`. Numbers pick sections
 * (all of them by default); the words pick parts of section 5, the browser's: `highlight` (an
 * article from content script start to highlights on screen, about a minute), `huge-page` (the
 * 5 MB page) and `panel` (the side panel over 1,000 and 10,000 reports, most of ten minutes).
 * `npm run bench -- 5 highlight` runs the highlight figures alone; with `--reference=DIR` (the
 * dist/chrome folder of another build, main's say) it loads the same pages with that build in a
 * second browser, in turn with this tree's, and compares the two; with `--fresh-text` each load is a
 * page of other stories (development-set articles), whose words the analysis meets for the first
 * time, rather than the same page again; with `--cold-worker` the extension's service worker is
 * stopped before each load, as the browser stops it after 30 s idle.
 */
import { readArticle } from '../src/history/read-article.ts';
import { openHistory } from '../src/history/history.ts';
import { memoryIndexedDB } from '../src/history/memory.ts';
import type { Report } from '../src/core/model.ts';
import { packGazetteer } from '../src/core/entities/gazetteer.ts';
import { adversarialTable, measureAdversarial } from './adversarial.ts';
import { checkingTable, measureChecking } from './checking.ts';
import { loadCorpus, loadDevArticles, PROJECT_ROOT } from './corpus.ts';
import { machineDescription } from './machine.ts';
import {
  bundlesTable,
  growthTable,
  measureBundles,
  projectionLine,
  storageTable,
  storedBytes,
  syntheticHistoryBytes,
} from './sizes.ts';
import { BROWSER_PARTS, browserSection, type HighlightOptions } from './browser/section.ts';
import type { BrowserPart } from './browser/section.ts';
import { median } from './measure.ts';
import { heading } from './table.ts';
import {
  firstSightTable,
  measureFirstSight,
  measureThroughput,
  throughputTable,
} from './throughput.ts';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The corpus read in order into a fresh history: the reports as analysed and checked, and the
 * bytes the history holds for them.
 */
async function readIntoHistory(articles: ReturnType<typeof loadCorpus>['articles']) {
  const factory = memoryIndexedDB();
  const history = await openHistory(factory, 'bench-sizes');
  const reports: Report[] = [];
  try {
    for (const [i, article] of articles.entries()) {
      reports.push((await readArticle(history, article, Date.UTC(2025, 11, 8) + i)).report);
    }
    return { reports, bytes: await storedBytes(history, factory, 'bench-sizes') };
  } finally {
    history.close();
  }
}

/**
 * The sizes one synthetic history is measured at as it grows: what grows shows between them, and
 * a 10,000-report history is projected from the last two.
 */
const SIZE_SAMPLES = [250, 500, 1000, 2000];

/** Fresh processes of each kind (see gazetteer-memory.ts), taken in turn. */
const GAZETTEER_LOADS = 3;

/**
 * The gazetteer's heap cost once loaded, and the time its index takes built from the data files
 * against unpacked from the file the extension's build packs (as the worker does), each in fresh
 * processes taken in turn.
 */
function gazetteerMemory(): string {
  const script = join(PROJECT_ROOT, 'bench/gazetteer-memory.ts');
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-gazetteer-'));
  const packedFile = join(dir, 'gazetteer.json');
  const packed = JSON.stringify(packGazetteer());
  writeFileSync(packedFile, packed);
  const load = (...args: string[]) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' }),
    ) as { heapBytes: number; entities: number; ms: number };
  const built: number[] = [];
  const unpacked: number[] = [];
  let heapBytes = 0;
  let packedHeapBytes = 0;
  let entities = 0;
  try {
    for (let i = 0; i < GAZETTEER_LOADS; i++) {
      const fromData = load();
      const fromFile = load(packedFile);
      built.push(fromData.ms);
      unpacked.push(fromFile.ms);
      ({ heapBytes, entities } = fromData);
      packedHeapBytes = fromFile.heapBytes;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const kb = Math.round(Buffer.byteLength(packed) / 1024);
  return (
    `\nGazetteer once loaded (${entities} entities): ${mb(heapBytes)} MB of heap built from its data files in Node, ` +
    `${mb(packedHeapBytes)} MB the index alone as the extension holds it, unpacked (budget 20 MB).` +
    `\nFrom nothing to the index in a fresh process, median of ${GAZETTEER_LOADS} each in turn: the data files imported and built ${median(built).toFixed(0)} ms, ` +
    `the ${kb.toLocaleString('en-US')} KB file the extension's build packs read, parsed and unpacked (as the worker does) ` +
    `${median(unpacked).toFixed(0)} ms: ${(median(unpacked) / median(built)).toFixed(2)}× the time.`
  );
}

/** `--reference=DIR`: another build of the extension for the highlight part to alternate with. */
const REFERENCE_OPTION = '--reference=';
/** `--fresh-text`: the highlight part loads a page of other stories each time. */
const FRESH_TEXT_OPTION = '--fresh-text';
/** `--cold-worker`: the highlight part stops the extension's service worker before each load. */
const COLD_WORKER_OPTION = '--cold-worker';
/** `--page-wait=MS`: the highlight part's page waits that long for a script in its head. */
const PAGE_WAIT_OPTION = '--page-wait=';

const USAGE =
  'npm run bench -- [1-5 ...] [highlight|huge-page|panel ...] [--reference=DIR] [--fresh-text] [--cold-worker] [--page-wait=MS]: sections are numbered 1 to 5; ' +
  "section 5's parts (highlighting an article, the 5 MB page, the side panel) may be named to run only those; " +
  "the highlight part loads its pages in turn with the Chrome build in DIR as well (another tree's dist/chrome), " +
  'with --fresh-text a page of other stories each load instead of the same page, ' +
  'with --cold-worker the service worker stopped before each load, as the browser stops it after 30 s idle, ' +
  "and with --page-wait=MS the page's head waiting that long for a script of its site";

/**
 * The sections asked for on the command line (`npm run bench -- 2 5`), or all of them, and of
 * section 5 the parts named (`npm run bench -- 5 highlight`), or all of them: the whole bench
 * takes many minutes, and work on one figure needs only its own section or part.
 */
function sectionsWanted(given: string[]): {
  wanted: (section: number) => boolean;
  parts: BrowserPart[];
  highlight: HighlightOptions;
} {
  const option = given.filter((arg) => arg.startsWith(REFERENCE_OPTION));
  const reference = option.at(-1)?.slice(REFERENCE_OPTION.length);
  const freshText = given.includes(FRESH_TEXT_OPTION);
  const coldWorker = given.includes(COLD_WORKER_OPTION);
  const pageWait = given.filter((arg) => arg.startsWith(PAGE_WAIT_OPTION)).at(-1);
  const pageWaitMs = pageWait === undefined ? 0 : Number(pageWait.slice(PAGE_WAIT_OPTION.length));
  if (!Number.isInteger(pageWaitMs) || pageWaitMs < 0)
    throw new Error(`${pageWait}: give the wait in whole milliseconds`);
  const args = given.filter(
    (arg) =>
      !arg.startsWith(REFERENCE_OPTION) &&
      !arg.startsWith(PAGE_WAIT_OPTION) &&
      arg !== FRESH_TEXT_OPTION &&
      arg !== COLD_WORKER_OPTION,
  );
  if (reference !== undefined && !existsSync(join(resolve(reference), 'manifest.json')))
    throw new Error(
      `${REFERENCE_OPTION}${reference}: no manifest.json there (give a dist/chrome folder)`,
    );
  const asked = args.map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 5);
  const parts = BROWSER_PARTS.filter((part) => args.includes(part));
  if (args.length > asked.length + parts.length) {
    throw new Error(`${USAGE}; not "${args.join(' ')}"`);
  }
  // Naming a part of section 5 asks for section 5.
  if (parts.length > 0 && !asked.includes(5)) asked.push(5);
  return {
    wanted: (section) => asked.length === 0 || asked.includes(section),
    parts: parts.length > 0 ? parts : [...BROWSER_PARTS],
    highlight: {
      reference: reference === undefined ? undefined : resolve(reference),
      freshText,
      coldWorker,
      pageWaitMs,
    },
  };
}

async function main(): Promise<void> {
  const { wanted, parts, highlight } = sectionsWanted(process.argv.slice(2));
  const started = performance.now();
  console.log(heading('Machine'));
  console.log(machineDescription().join('\n'));

  const corpus = loadCorpus();
  if (wanted(1)) {
    console.log(heading(`1. Analysis throughput over ${corpus.origin}`));
    console.log(throughputTable(measureThroughput(corpus.articles)));
    console.log(`\n${firstSightTable(measureFirstSight(loadDevArticles()))}`);
    console.log(gazetteerMemory());
  }

  // The first demo text (the evening roundup, a story over several regions), as a reader
  // would open it from an outlet the history has never seen.
  const demo = corpus.articles.find((article) => article.file?.includes('demo/expected'));
  const checked = { ...(demo ?? corpus.articles[0]!) };
  checked.url = 'https://bench-reader.example/checked-article';
  checked.source = 'Bench Reader';
  if (wanted(2)) {
    console.log(heading('2. Checking one article against a history (fake-indexeddb)'));
    console.log(
      checkingTable(
        checked,
        await measureChecking(corpus.articles, checked, [1000, 10_000, 100_000]),
      ),
    );
  }

  // Section 3 and the side panel of section 5 both start from the corpus read into a history.
  const read =
    wanted(3) || (wanted(5) && parts.includes('panel'))
      ? await readIntoHistory(corpus.articles)
      : undefined;
  if (wanted(3) && read) {
    console.log(heading('3. Sizes'));
    console.log(bundlesTable(measureBundles(PROJECT_ROOT), PROJECT_ROOT));
    console.log('');
    console.log(storageTable('The corpus read in turn into one history', read.bytes));
    const measured = await syntheticHistoryBytes(read.reports, SIZE_SAMPLES);
    const [small, large] = measured.slice(-2);
    console.log('');
    console.log(
      storageTable(
        'Synthetic reports re-told from the corpus, each checked against those before it',
        large!,
      ),
    );
    console.log('');
    console.log(growthTable(measured));
    console.log('');
    console.log(projectionLine(small!, large!, 10_000));
  }

  if (wanted(4)) {
    console.log(
      heading('4. Analysis on hostile text at growing sizes (time per KB should stay flat)'),
    );
    console.log(adversarialTable(measureAdversarial([10, 100, 1_000])));
  }

  if (wanted(5)) {
    console.log(heading('5. In the browser: highlighting an article, the side panel at scale'));
    await browserSection(read?.reports ?? [], parts, highlight);
  }

  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
