/**
 * The browser section of `npm run bench`: highlighting an article and the side panel over a
 * large history, in Chromium with the built extension. Without Chromium it says how to install
 * it and the rest of the bench runs on; without a build it builds first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/model.ts';
import { findChromium, INSTALL_CHROMIUM } from '../../scripts/browsers.mjs';
import { PROJECT_ROOT } from '../corpus.ts';
import { median } from '../measure.ts';
import { measureBundles } from '../sizes.ts';
import { ratio, table } from '../table.ts';
import type { Cell } from '../table.ts';
import { measureHighlighting } from './highlight.ts';
import type { HighlightFigures, LoadTiming } from './highlight.ts';
import { hugePageTable, measureHugePage } from './huge-page.ts';
import { measurePanel } from './panel.ts';
import type { PanelFigures } from './panel.ts';
import { percentile } from './util.ts';

/** The parts of the section, each of which can be asked for alone (`npm run bench -- 5 highlight`). */
export const BROWSER_PARTS = ['highlight', 'huge-page', 'panel'] as const;
export type BrowserPart = (typeof BROWSER_PARTS)[number];

const LOADS = 15;
const HUGE_PAGE_ROUNDS = 5;
const PANEL_RELOADS = 7;
/** Openings per size with the query typed at once, before the panel has read the whole list. */
const PANEL_AT_ONCE = 5;
const PANEL_SIZES = [1_000, 10_000];
const QUERY = 'Belgorod drones';
const TARGETS = { highlightMs: 50, contentScriptGzip: 60 * 1024, panelPaintMs: 300, keyMs: 50 };

/** The build the section measures: dist/chrome, built now when there is none. */
function ensureBuild(): string {
  const manifest = join(PROJECT_ROOT, 'dist/chrome/manifest.json');
  if (!existsSync(manifest)) {
    console.log('No build in dist/chrome: building it now (node scripts/build.mjs).');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('node scripts/build.mjs failed; see above.');
  }
  return `Build:    dist/chrome of ${statSync(manifest).mtime.toISOString()} (npm run build refreshes it)`;
}

function chromiumVersion(path: string): string {
  try {
    // Debian's wrapper script complains on stderr about its own checks; only stdout matters.
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return path;
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value : '–');

function highlightTable(figures: HighlightFigures): string {
  const { loads } = figures;
  const pageLoad = median(loads.map((load) => load.pageLoadMs));
  const row = (name: string, pick: (load: LoadTiming) => number): Cell[] => {
    const values = loads.map(pick);
    const middle = median(values);
    return [name, ms(middle), ms(percentile(values, 90)), ratio(middle / pageLoad)];
  };
  return table(
    ['measure (ms)', 'median', 'p90', 'vs page load'],
    [
      row(
        `content script start → highlights on screen, their frame rendered (target < ${TARGETS.highlightMs})`,
        (l) => l.fromStartMs,
      ),
      row(
        '  content script start → that frame begins (the figure given until 2026-11-22)',
        (l) => l.toFrameMs,
      ),
      row('DOMContentLoaded → highlights on screen, their frame rendered', (l) => l.totalMs),
      row(
        '  DOMContentLoaded → content script start (injected at document_idle)',
        (l) => l.injectionMs,
      ),
      row('  content script start → article at the background', (l) => l.startToBackgroundMs),
      row('    start → reading begins (the rest of the bundle evaluated)', (l) => l.bundleMs),
      row('    reading begins → settings read (beside the next two)', (l) => l.settingsMs),
      row('      their read: asked at document_start (early.ts) → answered', (l) => l.earlyReadMs),
      row('      reading begins → that answer (negative: in before)', (l) => l.earlyAnswerMs),
      row('    reading begins → page surveyed', (l) => l.surveyMs),
      row('    surveyed → article extracted', (l) => l.extractionMs),
      row(
        '    extracted → settings allow sending (waiting for their read)',
        (l) => l.settingsWaitMs,
      ),
      row('    sent → arrived in the worker (message copied and delivered)', (l) => l.sendingMs),
      row(
        '  content script start → the worker started (negative: it was running)',
        (l) => l.workerStartMs,
      ),
      row(
        '    the worker started → its gazetteer unpacked (a worker the load woke)',
        (l) => l.gazetteerMs,
      ),
      row('  content script start → the analysis begins in the worker', (l) => l.startToAnalysisMs),
      row(
        '  background: analyse, check, reply (cards and write follow) → first mark seen',
        (l) => l.backgroundMs,
      ),
      row('    article at the background → analysed and checked', (l) => l.checkMs),
      row('      arrival → analysis start (settings, history opened)', (l) => l.toAnalysisMs),
      row('      analyse() in the worker', (l) => l.analysisMs),
      row('      analysis done → checked (IndexedDB reads, check)', (l) => l.readsMs),
      row('    analysed and checked → handler returns the answer', (l) => l.returnMs),
      row(
        '    handler returned → first mark seen (answer copied and sent, mapping, marking)',
        (l) => l.returnToMarkMs,
      ),
      row('  first mark seen → last mark inserted or changed', (l) => l.wrappingMs),
      row('  last change → next animation frame', (l) => l.frameMs),
      row('  that frame rendered (its style, layout and paint)', (l) => l.renderingMs),
      row('reference: page load (navigation → load event end)', (l) => l.pageLoadMs),
      [
        'reference: analyse() alone on the same text in Node',
        ms(figures.analysisInNodeMs),
        '',
        ratio(figures.analysisInNodeMs / pageLoad),
      ],
      [
        'reference: the same analysed and checked in Node (what the page waits for)',
        ms(figures.answerInNodeMs),
        '',
        ratio(figures.answerInNodeMs / pageLoad),
      ],
      [
        'reference: the same analysed, checked, its cards read and stored in Node',
        ms(figures.readInNodeMs),
        '',
        ratio(figures.readInNodeMs / pageLoad),
      ],
      [
        'first load of the run (worker and caches cold), total',
        ms(figures.cold.totalMs),
        '',
        ratio(figures.cold.totalMs / figures.cold.pageLoadMs),
      ],
    ],
  );
}

/** The measures worth comparing between two builds, as `highlightTable` names them. */
const COMPARED: [string, (load: LoadTiming) => number][] = [
  ['content script start → highlights on screen, their frame rendered', (l) => l.fromStartMs],
  ['content script start → that frame begins', (l) => l.toFrameMs],
  ['  content script start → article at the background', (l) => l.startToBackgroundMs],
  ['    surveyed → article extracted', (l) => l.extractionMs],
  ['    sent → arrived in the worker', (l) => l.sendingMs],
  ['  content script start → the analysis begins in the worker', (l) => l.startToAnalysisMs],
  ['  article at the background → analysed and checked', (l) => l.checkMs],
  ['      analyse() in the worker', (l) => l.analysisMs],
  ['      analysis done → checked (IndexedDB reads, check)', (l) => l.readsMs],
  ['  handler returned → first mark seen', (l) => l.returnToMarkMs],
  ['  last change → next animation frame', (l) => l.frameMs],
  ['  that frame rendered (its style, layout and paint)', (l) => l.renderingMs],
];

/**
 * This build's loads beside the reference build's, taken in turn: each measure's median for
 * both, and the median of the ratios of the loads taken side by side (this one's over the
 * reference's), steadier under the machine's changing load than the ratio of the medians.
 */
function referenceTable(loads: LoadTiming[], reference: LoadTiming[]): string {
  return table(
    ['measure (ms)', 'this build', 'reference', 'paired ratio (median)'],
    COMPARED.map(([name, pick]): Cell[] => {
      const ratios = loads
        .map((load, i) => pick(load) / pick(reference[i]!))
        .filter((value) => Number.isFinite(value));
      return [
        name,
        ms(median(loads.map(pick))),
        ms(median(reference.map(pick))),
        ratios.length ? ratio(median(ratios)) : '–',
      ];
    }),
  );
}

function contentScriptLine(): string {
  const content = measureBundles(PROJECT_ROOT)?.find((b) => b.name === 'content script');
  if (!content) return 'Content script bundle: no build to measure.';
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `Content scripts every page loads (${content.entry}` +
    `, ${content.files} file${content.files > 1 ? 's' : ''} with the chunks they import): ` +
    `${kb(content.gzipped)} gzipped (gzip -9), target < ${kb(TARGETS.contentScriptGzip)}; ` +
    `${kb(content.raw)} raw.`
  );
}

function panelTable(figures: PanelFigures[]): string {
  const [reference, largest] = [figures[0]!, figures.at(-1)!];
  const row = (name: string, pick: (f: PanelFigures) => number): Cell[] => {
    const values = figures.map(pick);
    const change = pick(largest) / pick(reference);
    return [name, ...values.map(ms), Number.isFinite(change) ? ratio(change) : '–'];
  };
  const keys = (f: PanelFigures, part: 'totalMs' | 'searchMs') =>
    f.keystrokes.map((k) => k[part]).filter(Number.isFinite);
  return table(
    [
      'measure (ms)',
      ...figures.map((f) => `${f.reports.toLocaleString('en-US')} reports`),
      `${largest.reports.toLocaleString('en-US')} vs ${reference.reports.toLocaleString('en-US')}`,
    ],
    [
      row(`panel opened → first history row on screen (target < ${TARGETS.panelPaintMs})`, (f) =>
        median(f.paints.map((p) => p.openedMs)),
      ),
      row('  History tab clicked → first row on screen', (f) =>
        median(f.paints.map((p) => p.fromClickMs)),
      ),
      row('  panel page first contentful paint', (f) =>
        median(f.paints.map((p) => p.firstContentfulMs)),
      ),
      row('query typed at once on opening: panel opened → answer on screen, median', (f) =>
        median(f.atOnce.map((a) => a.openedMs)),
      ),
      row('  last key due → answer on screen, typing pause (250) included', (f) =>
        median(f.atOnce.map((a) => a.fromLastKeyMs)),
      ),
      row('    of which the last key was taken late (the panel busy opening)', (f) =>
        median(f.atOnce.map((a) => a.lastKeyLateMs)),
      ),
      row('  the longest read of the history meanwhile (getAll, request to result)', (f) =>
        median(f.atOnce.map((a) => a.longestReadMs)),
      ),
      row(`search per key after the typing pause, median (target < ${TARGETS.keyMs})`, (f) =>
        median(keys(f, 'searchMs')),
      ),
      row('  the same, p90', (f) => percentile(keys(f, 'searchMs'), 90)),
      row('key down → list on screen, typing pause included, median', (f) =>
        median(keys(f, 'totalMs')),
      ),
      row('import of the history file through Settings', (f) => f.importMs),
    ],
  );
}

function panelNotes(figures: PanelFigures[]): string[] {
  return figures.map((f) => {
    const mb = (f.fileBytes / 2 ** 20).toFixed(1);
    const timed = f.keystrokes.map((k) => JSON.stringify(k.key)).join(' ');
    const same = f.unchanged.length
      ? `; of those, the list looked the same after ${f.unchanged.map((k) => JSON.stringify(k)).join(' ')} (timed to the frame after the search read the history)`
      : '';
    return `${f.reports.toLocaleString('en-US')} reports: file ${mb} MB; typed at once, the query finds ${f.atOnceFound}; keys timed ${timed}${same}.`;
  });
}

/**
 * Prints the section; `originals` are analysed reports the synthetic history re-tells. A failure
 * to measure is printed and fails the run, after the other sections have printed theirs.
 */
/** How the highlight part loads its pages: beside another build, and a new text each load. */
export interface HighlightOptions {
  /** Another build's dist/chrome, loading the same pages in turn (`--reference=DIR`). */
  reference?: string | undefined;
  /** A page of other stories each load (`--fresh-text`), rather than the same page each time. */
  freshText?: boolean;
  /**
   * The extension's service worker stopped before each load (`--cold-worker`), as the browser
   * stops it after 30 s idle: a reader who reads a page every few minutes meets a worker woken by
   * each navigation, with only the page's load to warm up in.
   */
  coldWorker?: boolean;
  /**
   * The page's head waits this long for a script of its site (`--page-wait=MS`), so the content
   * script starts that much later: the time a news site's own scripts give a woken worker.
   */
  pageWaitMs?: number;
}

export async function browserSection(
  originals: Report[],
  parts: readonly BrowserPart[] = BROWSER_PARTS,
  highlight: HighlightOptions = {},
): Promise<void> {
  try {
    await measureAndPrint(originals, parts, highlight);
  } catch (error) {
    console.log(
      `Could not measure in the browser: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}

async function measureAndPrint(
  originals: Report[],
  parts: readonly BrowserPart[],
  highlight: HighlightOptions,
): Promise<void> {
  const chromium = findChromium();
  if (!chromium || !existsSync(chromium)) {
    console.log(`Skipped: ${chromium ? `no browser at ${chromium}. ` : ''}${INSTALL_CHROMIUM}`);
    return;
  }
  console.log(`Browser:  ${chromiumVersion(chromium)} (--headless=new), extension unpacked`);
  console.log(ensureBuild());
  // The machine's load moves over a run of minutes; this section's figures go with this one.
  console.log(
    `Load:     ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} at this section's start`,
  );
  console.log('');

  if (parts.includes('highlight')) await highlightPart(highlight);
  if (parts.includes('huge-page')) await hugePagePart();
  if (parts.includes('panel')) await panelPart(originals);
}

async function highlightPart({
  reference,
  freshText,
  coldWorker,
  pageWaitMs,
}: HighlightOptions): Promise<void> {
  const highlighting = await measureHighlighting(
    LOADS,
    reference,
    freshText,
    coldWorker,
    pageWaitMs,
  );
  const page = freshText
    ? 'eight development-set stories as one page, other stories each load: words the analysis has not met, as in a new article; the median page'
    : 'the five demo stories as one page, the same each load: its words are known to the analysis after the first';
  console.log(
    `Highlighting a ${highlighting.words.toLocaleString('en-US')}-word article (${page}), ` +
      `${LOADS} page loads after 2 warm-up loads, each on an address of its own (a first reading)` +
      `${coldWorker ? ', the service worker stopped before each (woken by the navigation)' : ''}` +
      `${pageWaitMs ? `, the page's head waiting ${pageWaitMs} ms for a script of its site` : ''}:`,
  );
  console.log(highlightTable(highlighting));
  if (highlighting.reference) {
    console.log('');
    console.log(
      `Against the reference build ${highlighting.reference.dist}, in a browser of its own, the two ` +
        `loading the same pages in turn (which goes first alternating each round):`,
    );
    console.log(referenceTable(highlighting.loads, highlighting.reference.loads));
  }
  console.log(
    `How: an init script in the page timestamps DOMContentLoaded (the content script runs at document_idle, after it) ` +
      `and each batch of <cc-mark> insertions or attribute changes (MutationObserver, after each slice of work), then the next animation frame and, by a task queued from it, the end of that frame's rendering (the highlights on screen); ` +
      `a listener added to the service worker timestamps the article/read call arriving, and the worker's own performance marks ` +
      `(crosscheck:article-analysing, -analysed, -checked, -returned) split its part; the content script's start, and the steps of its reading, are ` +
      `times it kept in its isolated world (src/content/started.ts), read over the DevTools protocol (compiling the bundle comes before the start). ` +
      `${highlighting.loads[0]?.marks ?? 0} marks per load.`,
  );
  console.log('');
  console.log(contentScriptLine());
  console.log('');
}

async function hugePagePart(): Promise<void> {
  const huge = await measureHugePage(HUGE_PAGE_ROUNDS);
  console.log(
    `The 5 MB page of 50,000 elements read again (the reader's "analyse this page"), ${HUGE_PAGE_ROUNDS} rounds:`,
  );
  console.log(hugePageTable(huge));
  console.log(
    "How: the page's main thread traced over the DevTools protocol, every task on it counted (ours and the " +
      "rendering our changes cause); processor time is the thread's own, which the machine's load does not " +
      'stretch. The page marks each tick of its own 50 ms timer.',
  );
  console.log('');
}

async function panelPart(originals: Report[]): Promise<void> {
  const panel = await measurePanel(originals, PANEL_SIZES, {
    reloads: PANEL_RELOADS,
    query: QUERY,
    atOnce: PANEL_AT_ONCE,
  });
  console.log(
    `Side panel over a history of synthetic reports (bench/synthetic.ts), imported through Settings from a file ` +
      `the transfer module's export wrote; ${PANEL_RELOADS} openings per size, ${JSON.stringify(QUERY)} typed a key at a time:`,
  );
  console.log(panelTable(panel));
  console.log(
    'How: an init script in the panel page clicks the History tab as soon as it exists and timestamps the first ' +
      'history row inserted, then the next animation frame (from navigation start). Per key: the search waits for ' +
      'a pause in typing (250 ms); the probe notes when that wait ends, and the frame after the list changed or, ' +
      'when it looks the same, after the search read the history (a wrapped IDBIndex.getAll).',
  );
  for (const note of panelNotes(panel)) console.log(note);
}
