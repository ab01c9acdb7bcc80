/**
 * The side panel over a large history, in Chromium with the built extension. The history is
 * filled the way a reader would fill it from a file: synthetic reports (bench/synthetic.ts) are
 * written out by the transfer module's own export, and the panel's Settings screen imports the
 * file through its file field. Then, from the panel's side (an init script in its page):
 * - first paint: the panel page opened afresh, its History tab clicked as soon as it exists, and
 *   the animation frame after the first history row is inserted;
 * - search at once: the panel page opened afresh and the query typed into the History search field
 *   as soon as it exists, timed to the frame in which the list shows the search's answer (its
 *   count checked against the same search run here in Node);
 * - search: the query typed a key at a time into the History search field, and for each key the
 *   frame after the list changed. The panel waits for a pause in typing before it searches
 *   (SEARCH_DELAY_MS); the probe notes when that wait ends, so the search and the redrawing
 *   after it are timed apart from the wait.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import type { Report } from '../../src/core/model.ts';
import type { History } from '../../src/history/types.ts';
import { matchesEvery, queryWords, searchWords } from '../../src/history/search.ts';
import { exportHistory } from '../../src/history/transfer.ts';
import { launchChromium } from '../../e2e/chromium.ts';
import { reportSynthesiser } from '../synthetic.ts';
import { tempProfile } from './util.ts';

/**
 * SEARCH_DELAY_MS of src/sidepanel/HistoryView.tsx (not exported: the view is JSX). When the two
 * differ the probe sees no wait end, and only the key-to-list figure is given.
 */
const SEARCH_DELAY_MS = 250;

/** Runs in every page before its scripts; does its work in extension pages only. Plain JS. */
const PANEL_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const probe = { clickedAt: 0, firstRow: 0, firstRowPainted: 0, keys: [], waitsEnded: [], changes: [], reads: [] };
  window.__benchPanel = probe;
  // A search whose results look like the last ones changes nothing on screen; its end shows as
  // the frame after its read of the history lands (the filtering and rendering follow in the
  // same task). Ours is the first success listener, so its frame comes after theirs.
  for (const type of [IDBIndex, IDBObjectStore]) {
    const getAll = type.prototype.getAll;
    type.prototype.getAll = function (...args) {
      const request = getAll.apply(this, args);
      const started = performance.now();
      request.addEventListener('success', () => {
        const read = { at: performance.now(), painted: 0, started, rows: request.result.length };
        probe.reads.push(read);
        requestAnimationFrame(() => { read.painted = performance.now(); });
      });
      return request;
    };
  }
  // The history search waits this long after a key; note when each such wait ends.
  const setTimeoutOfPage = window.setTimeout;
  window.setTimeout = function (handler, delay, ...rest) {
    if (delay === ${SEARCH_DELAY_MS} && typeof handler === 'function') {
      const noted = (...args) => { probe.waitsEnded.push(performance.now()); return handler(...args); };
      return setTimeoutOfPage.call(window, noted, delay, ...rest);
    }
    return setTimeoutOfPage.call(window, handler, delay, ...rest);
  };
  document.addEventListener('keydown', () => probe.keys.push(performance.now()), true);
  new MutationObserver((records) => {
    const at = performance.now();
    if (!probe.clickedAt) {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === 'History');
      if (tab) { probe.clickedAt = performance.now(); tab.click(); }
      return;
    }
    const inHistory = records.some((record) => {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      return node && node.localName !== 'input' && node.closest('.history');
    });
    if (!inHistory) return;
    if (!probe.firstRow && document.querySelector('.history [data-report-url]')) {
      probe.firstRow = at;
      requestAnimationFrame(() => { probe.firstRowPainted = performance.now(); });
    }
    const change = { at, painted: 0 };
    probe.changes.push(change);
    requestAnimationFrame(() => { change.painted = performance.now(); });
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

interface PanelProbe {
  clickedAt: number;
  firstRow: number;
  firstRowPainted: number;
  keys: number[];
  waitsEnded: number[];
  changes: { at: number; painted: number }[];
  reads: { at: number; painted: number; started: number; rows: number }[];
}

export interface FirstPaint {
  /** Panel page navigation start to the first history row on screen. */
  openedMs: number;
  /** History tab clicked to the first history row on screen. */
  fromClickMs: number;
  /** The panel page's first contentful paint (any content), from navigation start. */
  firstContentfulMs: number;
}

export interface AtOnce {
  /** Panel page navigation start to the search's answer on screen, the typing included. */
  openedMs: number;
  /**
   * When the reader's last key was due (typing started as soon as the field existed, a key every
   * TYPING_GAP_MS) to the answer on screen, the panel's wait for a pause included. Timed from
   * when the key was due, not from its keydown: a busy panel takes its keys late.
   */
  fromLastKeyMs: number;
  /** The last key's keydown after it was due: how late the busy panel took it. */
  lastKeyLateMs: number;
  /** The longest read of the history meanwhile (a wrapped getAll), request to result. */
  longestReadMs: number;
  /** How many rows that read gave. */
  longestReadRows: number;
}

export interface Keystroke {
  key: string;
  /** Key down to the list on screen, the panel's wait for a pause included. */
  totalMs: number;
  /** The wait's end to the list on screen: the search and the redrawing. */
  searchMs: number;
}

export interface PanelFigures {
  reports: number;
  importMs: number;
  fileBytes: number;
  paints: FirstPaint[];
  /** The query typed as soon as the panel opened, once per opening. */
  atOnce: AtOnce[];
  /** How many reports the query finds: what the panel had to show each time. */
  atOnceFound: number;
  keystrokes: Keystroke[];
  /** Keys after which the list looked the same: timed to the frame after the search's read. */
  unchanged: string[];
}

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __benchPanel: PanelProbe }).__benchPanel);

/** The file a reader would import: the transfer module's export of these reports. */
async function historyFile(reports: Report[], path: string): Promise<number> {
  // The export reads the history's reports and nothing else; here they come from memory.
  const source: Pick<History, 'allReports'> = { allReports: async () => reports };
  const text = await exportHistory(source as History);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

async function importFile(page: Page, panelUrl: string, file: string): Promise<number> {
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: 'Settings' }).click();
  const started = Date.now();
  await page.getByLabel('Import a history file').setInputFiles(file);
  const result = page.locator('[data-import-result]');
  await result.waitFor({ timeout: 900_000 });
  if ((await result.getAttribute('data-import-result')) !== 'ok')
    throw new Error(`the panel refused the bench's history file: ${await result.textContent()}`);
  return Date.now() - started;
}

async function firstPaint(page: Page, panelUrl: string): Promise<FirstPaint> {
  await page.goto(panelUrl);
  // A function, not a string: the extension page's CSP forbids evaluating strings.
  await page.waitForFunction(
    () => (window as unknown as { __benchPanel?: PanelProbe }).__benchPanel?.firstRowPainted,
    undefined,
    { timeout: 60_000 },
  );
  const probe = await probeOf(page);
  const fcp = (await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  )) as number;
  return {
    openedMs: probe.firstRowPainted,
    fromClickMs: probe.firstRowPainted - probe.clickedAt,
    firstContentfulMs: fcp,
  };
}

/** Milliseconds between the keys of a query typed at once: a quick typist. */
const TYPING_GAP_MS = 40;

/**
 * Opens the panel afresh and types `query` as soon as the search field exists, before the panel
 * has read the whole list; done when the list shows `found` reports with the query in the field.
 */
async function searchAtOnce(
  page: Page,
  panelUrl: string,
  query: string,
  found: number,
): Promise<AtOnce> {
  await page.goto(panelUrl);
  const field = page.locator('#history-search');
  await field.waitFor();
  const typingFrom = Date.now();
  await field.pressSequentially(query, { delay: TYPING_GAP_MS });
  const answered = await page.waitForFunction(
    ({ query, found }) => {
      const count = document.querySelector<HTMLElement>('.history .history-count');
      const shown = /^\d+/.exec(count?.textContent?.trim() ?? '');
      return count?.dataset.answersQuery === query && shown !== null && Number(shown[0]) === found
        ? performance.now()
        : 0;
    },
    { query, found },
    { timeout: 120_000, polling: 'raf' },
  );
  const at = (await answered.jsonValue()) as number;
  // The page's clock starts at its navigation; Node's is the epoch's.
  const origin = await page.evaluate(() => performance.timeOrigin);
  const lastKeyDue = typingFrom - origin + (query.length - 1) * TYPING_GAP_MS;
  const probe = await probeOf(page);
  const longest = probe.reads.reduce((a, b) => (b.at - b.started > a.at - a.started ? b : a), {
    at: 0,
    started: 0,
    rows: 0,
    painted: 0,
  });
  return {
    openedMs: at,
    fromLastKeyMs: at - lastKeyDue,
    lastKeyLateMs: (probe.keys.at(-1) ?? Number.NaN) - lastKeyDue,
    longestReadMs: longest.at - longest.started,
    longestReadRows: longest.rows,
  };
}

/** How many of these reports the panel's search finds for `query`, searched here in Node. */
function foundBy(reports: readonly Report[], query: string): number {
  const words = queryWords(query);
  return reports.filter((report) => matchesEvery(searchWords(report), words)).length;
}

/** Types `query` a key at a time, letting each key's search land before the next key. */
async function typeQuery(page: Page, query: string) {
  const field = page.locator('#history-search');
  await field.click();
  const keystrokes: Keystroke[] = [];
  const unchanged: string[] = [];
  for (const key of query) {
    const before = await probeOf(page);
    await page.keyboard.type(key);
    // Done when the search after the key has read the history, and nothing has changed on
    // screen for a while since (or, should the wait never be seen, for a while after the key).
    await page.waitForFunction(
      ({ waits, keys }) => {
        const probe = (window as unknown as { __benchPanel: PanelProbe }).__benchPanel;
        const down = probe.keys[keys];
        if (down === undefined) return false;
        const waitEnded = probe.waitsEnded.length > waits ? probe.waitsEnded.at(-1)! : undefined;
        // No named functions in here: tsx would wrap them in a helper the page lacks.
        const from = waitEnded ?? down;
        const reads = probe.reads.filter((event) => event.at >= from);
        const events = [...reads, ...probe.changes.filter((event) => event.at >= from)];
        const now = performance.now();
        const since = Math.max(down, waitEnded ?? 0, ...events.map((event) => event.at));
        const read = waitEnded !== undefined && reads.length > 0;
        return (
          (read || now - down > 5000) &&
          now - since > 300 &&
          events.every((event) => event.painted > 0)
        );
      },
      { waits: before.waitsEnded.length, keys: before.keys.length },
      { timeout: 120_000, polling: 50 },
    );
    const probe = await probeOf(page);
    const down = probe.keys[before.keys.length]!;
    const waitEnded =
      probe.waitsEnded.length > before.waitsEnded.length ? probe.waitsEnded.at(-1) : undefined;
    const from = waitEnded ?? down;
    const change = probe.changes.find((c) => c.at >= from);
    const read = probe.reads.filter((r) => r.at >= from).at(-1);
    if (!change) unchanged.push(key);
    const settled = Math.max(change?.painted ?? 0, read?.painted ?? 0);
    if (!settled) continue;
    keystrokes.push({
      key,
      totalMs: settled - down,
      searchMs: waitEnded === undefined ? Number.NaN : settled - waitEnded,
    });
  }
  return { keystrokes, unchanged };
}

/**
 * Imports `sizes` histories in turn into one profile (each file adds the reports the last one
 * lacked) and measures the panel at each size.
 */
export async function measurePanel(
  originals: Report[],
  sizes: number[],
  options: { reloads: number; query: string; atOnce: number },
): Promise<PanelFigures[]> {
  const synthesise = reportSynthesiser(originals);
  const largest = Math.max(...sizes);
  const reports = Array.from({ length: largest }, (_, i) => synthesise(i));
  const profile = tempProfile('panel');
  const ext = await launchChromium(profile.dir);
  try {
    await ext.context.addInitScript({ content: PANEL_PROBE });
    const page = await ext.context.newPage();
    const figures: PanelFigures[] = [];
    let held = 0;
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const file = join(profile.dir, `history-${size}.json`);
      const fileBytes = await historyFile(reports.slice(held, size), file);
      const importMs = await importFile(page, ext.panelUrl, file);
      held = size;
      const atOnceFound = foundBy(reports.slice(0, size), options.query);
      const atOnce: AtOnce[] = [];
      for (let i = 0; i < options.atOnce + 1; i++) {
        const typed = await searchAtOnce(page, ext.panelUrl, options.query, atOnceFound);
        if (i > 0) atOnce.push(typed); // the first opening after the import warms up
      }
      // Last, so that the query is typed afresh into the empty field of the last opening.
      const paints: FirstPaint[] = [];
      for (let i = 0; i < options.reloads + 1; i++) {
        const paint = await firstPaint(page, ext.panelUrl);
        if (i > 0) paints.push(paint);
      }
      const typed = await typeQuery(page, options.query);
      figures.push({ reports: size, importMs, fileBytes, paints, atOnce, atOnceFound, ...typed });
    }
    return figures;
  } finally {
    await ext.context.close();
    profile.remove();
  }
}
