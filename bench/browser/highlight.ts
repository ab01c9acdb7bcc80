/**
 * From a page's content script start to its highlights on screen, in Chromium with the built
 * extension. The page and the background are watched from outside:
 * - an init script in the page's own world timestamps DOMContentLoaded (the content script runs
 *   at document_idle, after it), every batch of `<cc-mark>` elements inserted or dressed, the
 *   animation frame after the last batch, and when that frame's style, layout and paint are
 *   done (a task queued from the frame runs then): the highlights are on screen then. Until
 *   2026-11-22 the figures stopped at the frame's start, leaving its rendering out (13–26 ms
 *   on this machine under load); that time is still given apart;
 * - a listener added to the background's service worker timestamps the `article/read` call
 *   arriving, which splits the time into the page's part before it (injection, settings,
 *   extraction, messaging) and the background's answer plus the wrapping after it. The
 *   background answers before it stores the report: the write is not in these figures, but it
 *   runs beside the marking and the frame that draws the marks, on the same two cores;
 * - the content script notes when it started (`src/content/started.ts`) on the global of its
 *   isolated world, which the page cannot see or change; the bench reads it over the DevTools
 *   protocol, in that world, once the load has settled. Issue 6's target runs from there. It
 *   notes there too when its first reading passed each step (`noteStep`), which splits the time
 *   from its start to the article at the background. The start is
 *   the content script's first statement, so the compiling of its bundle just before is not in
 *   it; the time from DOMContentLoaded, which includes that and the browser's wait to inject at
 *   document_idle, is reported as well, and is the stricter figure.
 * All use `performance.timeOrigin + performance.now()`, epoch milliseconds on one clock.
 */
import type { CDPSession, Page } from 'playwright';
import { analyse } from '../../src/core/analyse.ts';
import { textArticle } from '../../src/cli/load.ts';
import { openHistory } from '../../src/history/history.ts';
import { memoryIndexedDB } from '../../src/history/memory.ts';
import { checkArticle, reportCards } from '../../src/history/read-article.ts';
import { READING_MARKS } from '../../src/background/handlers.ts';
import { loadDemo } from '../../scripts/demo-server.mjs';
import { CHROME_DIST, launchChromium, routeDemo } from '../../e2e/chromium.ts';
import type { ExtraPages } from '../../e2e/chromium.ts';
import { median } from '../measure.ts';
import { GAZETTEER_MARK } from '../../src/shared/gazetteer-file.ts';
import { ARTICLE_HOST, benchArticle, freshArticles, SLOW_SCRIPT } from './article.ts';
import { tempProfile } from './util.ts';

/** Runs in the page's main world before its scripts. Plain JS: it is sent to the browser as is. */
const PAGE_PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const probe = { dcl: 0, firstMark: 0, lastMark: 0, lastChange: 0, painted: 0, rendered: 0, marks: 0 };
  window.__benchProbe = probe;
  document.addEventListener('DOMContentLoaded', () => { probe.dcl = now(); }, { once: true });
  new MutationObserver((records) => {
    let added = 0;
    let dressed = false;
    for (const record of records) {
      if (record.type === 'attributes') dressed ||= record.target.localName === 'cc-mark';
      // A mark comes in with the marks inside it (entities within a claim) already in it.
      else for (const node of record.addedNodes)
        if (node.localName === 'cc-mark') added += 1 + node.querySelectorAll('cc-mark').length;
    }
    if (!added && !dressed) return;
    const at = now();
    if (added) {
      probe.marks += added;
      probe.firstMark ||= at;
      probe.lastMark = at;
    }
    probe.lastChange = at;
    requestAnimationFrame(() => {
      if (probe.lastChange !== at) return;
      probe.painted = now();
      // A task queued from the frame's callbacks runs once that frame's style, layout and paint
      // are done: when the main thread is the page's again.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { if (probe.lastChange === at) probe.rendered = now(); };
      channel.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Evaluated in the page's main world after its load event; see `settled` below. Plain JS. */
const SETTLED = `new Promise((resolve, reject) => {
  const given = performance.now() + 30000;
  const look = () => {
    const probe = window.__benchProbe;
    const now = performance.timeOrigin + performance.now();
    const marked = document.querySelector('cc-mark[data-kind="claim"][data-status]');
    if (marked && probe.lastChange > 0 && probe.painted >= probe.lastChange && now - probe.lastChange > 400) resolve();
    else if (performance.now() > given) reject(new Error('no settled highlights within 30 s'));
    else setTimeout(look, 100);
  };
  look();
})`;

/** Read beside the worker's marks: when the worker running now started. */
const WORKER_ORIGIN = 'bench:worker-origin';

/** Added to the service worker; re-added if the worker was stopped and started again. */
const WORKER_PROBE = `(() => {
  if (self.__benchReads) return;
  self.__benchReads = [];
  chrome.runtime.onMessage.addListener((message) => {
    if (message && message.method === 'article/read')
      self.__benchReads.push(performance.timeOrigin + performance.now());
  });
})()`;

interface Probe {
  dcl: number;
  firstMark: number;
  lastMark: number;
  lastChange: number;
  painted: number;
  rendered: number;
  marks: number;
}

export interface LoadTiming {
  /** The content script's start to the highlights on screen: the frame drawing them rendered. */
  fromStartMs: number;
  /** The content script's start to that frame's start (its animation frame callbacks). */
  toFrameMs: number;
  /** DOMContentLoaded to the highlights on screen. */
  totalMs: number;
  /** DOMContentLoaded to the content script's start. */
  injectionMs: number;
  /** The content script's start to the background receiving the article. */
  startToBackgroundMs: number;
  /** The content script's start to its reading beginning: the rest of its bundle evaluated. */
  bundleMs: number;
  /** The reading's beginning to the reader's settings read (beside the survey and extraction). */
  settingsMs: number;
  /**
   * The settings' read itself, asked for at document_start (`shared/early-settings.ts`) to its
   * answer: the round trip the reading no longer waits for.
   */
  earlyReadMs: number;
  /** The reading's beginning to that answer; negative when it was in before the reading began. */
  earlyAnswerMs: number;
  /** The reading's beginning to the page surveyed (one walk of the page). */
  surveyMs: number;
  /** The page surveyed to its article extracted. */
  extractionMs: number;
  /** The article extracted to the settings letting it be sent: the wait for their read. */
  settingsWaitMs: number;
  /** The article sent to its arrival in the worker (the message copied and delivered). */
  sendingMs: number;
  /** DOMContentLoaded to the background receiving the article. */
  toBackgroundMs: number;
  /** Background receiving the article to the first mark inserted. */
  backgroundMs: number;
  /** Background receiving the article to its analysis and check done (the worker's own marks). */
  checkMs: number;
  /** Background receiving the article to its analysis starting: settings, the history opened. */
  toAnalysisMs: number;
  /**
   * The content script's start to the analysis starting in the worker, from the worker's own
   * mark: unlike the figures from the article's arrival, it is there for a worker the load woke.
   */
  startToAnalysisMs: number;
  /** The content script's start to the worker's own start (negative: it was running before). */
  workerStartMs: number;
  /** The worker's start to its gazetteer unpacked (a worker the load woke; else none). */
  gazetteerMs: number;
  /** The analysis in the worker, during the page's load. */
  analysisMs: number;
  /** Analysis done to checked: the history's reads (IndexedDB) and the check. */
  readsMs: number;
  /**
   * Analysis and check done to the handler returning the answer (`READING_MARKS.returned`): the
   * cards' read and the write asked for, the answer built, not yet copied or sent.
   */
  returnMs: number;
  /**
   * The handler returning to the first mark inserted: the messaging layer copying and sending the
   * answer, its trip, then the page's work.
   */
  returnToMarkMs: number;
  /** First mark inserted to the last mark inserted or dressed. */
  wrappingMs: number;
  /** Last change to the next animation frame. */
  frameMs: number;
  /** That frame's callbacks to its style, layout and paint done (the main thread free again). */
  renderingMs: number;
  /** The page's own load: navigation start to the load event's end. */
  pageLoadMs: number;
  marks: number;
}

export interface HighlightFigures {
  words: number;
  loads: LoadTiming[];
  /** The first load, before the service worker and the page's caches were warm. */
  cold: LoadTiming;
  /** The analysis alone of the same text in Node (no DOM, no history), median. */
  analysisInNodeMs: number;
  /**
   * What the page waits for in the background, on the same text in Node, median: analysed and
   * checked against a fake-indexeddb history, without the cards and the write that follow.
   */
  answerInNodeMs: number;
  /**
   * The background's work on the same text in Node, median: analysed, checked, its cards read
   * and stored in a fake-indexeddb history that grows with each reading as the browser's does.
   */
  readInNodeMs: number;
  /** The same loads of another build, alternating with these (`--reference=DIR`). */
  reference?: { dist: string; loads: LoadTiming[]; cold: LoadTiming };
}

/**
 * The content script's isolated world in the page's main frame, as the DevTools protocol reports
 * each one created: the latest is the current page's.
 */
async function watchContentScriptWorld(cdp: CDPSession) {
  let latest: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
      latest = context.id;
  });
  await cdp.send('Runtime.enable');
  return {
    forget: () => (latest = undefined),
    /**
     * Resolves once the page is settled: a claim mark is in, painted after the last change, and
     * nothing changed for a while since. Asked with one DevTools call that the page answers
     * itself, polling with a timer: Playwright's waitForSelector and waitForFunction first
     * install its injected script in the page and then poll on every frame, all on the main
     * thread the content script shares, while the load is being measured (8 ms per load in a
     * profile of the page).
     */
    settled: async (): Promise<void> => {
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: SETTLED,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`The page did not settle: ${exceptionDetails.exception?.description}`);
    },
    /**
     * When the content script of the current page started, and when its reading passed each
     * step (`noteStep` in src/content/started.ts); NaN and none when they cannot be read.
     */
    started: async (): Promise<{
      at: number;
      steps: Record<string, number>;
      early: { asked: number; answered: number };
    }> => {
      const none = { asked: Number.NaN, answered: Number.NaN };
      if (latest === undefined) return { at: Number.NaN, steps: {}, early: none };
      const { result } = await cdp.send('Runtime.evaluate', {
        expression:
          '({ at: globalThis.crosscheckStartedAt, steps: globalThis.crosscheckSteps, early: globalThis.crosscheckEarlySettingsAt })',
        contextId: latest,
        returnByValue: true,
      });
      const value = result.value as
        { at?: unknown; steps?: Record<string, number>; early?: typeof none } | undefined;
      return {
        at: typeof value?.at === 'number' ? value.at : Number.NaN,
        steps: value?.steps ?? {},
        early: value?.early ?? none,
      };
    },
  };
}

async function timedLoad(
  page: Page,
  url: string,
  reads: () => Promise<number[]>,
  readingMarks: () => Promise<Record<string, number>>,
  contentScript: Awaited<ReturnType<typeof watchContentScriptWorld>>,
) {
  contentScript.forget();
  await page.goto(url);
  await contentScript.settled();
  const { probe, loadEnd, origin } = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      probe: (window as unknown as { __benchProbe: Probe }).__benchProbe,
      loadEnd: navigation?.loadEventEnd ?? Number.NaN,
      origin: performance.timeOrigin,
    };
  });
  const received = (await reads()).filter((at) => at >= origin).at(-1) ?? Number.NaN;
  const steps = await readingMarks();
  const step = (name: string) =>
    (steps[name] ?? Number.NaN) >= origin ? steps[name]! : Number.NaN;
  const analysing = step(READING_MARKS.analysing);
  const analysed = step(READING_MARKS.analysed);
  const checked = step(READING_MARKS.checked);
  const returned = step(READING_MARKS.returned);
  const { at: started, steps: noted, early } = await contentScript.started();
  const pageStep = (name: string) => noted[name] ?? Number.NaN;
  const timing: LoadTiming = {
    fromStartMs: probe.rendered - started,
    toFrameMs: probe.painted - started,
    totalMs: probe.rendered - probe.dcl,
    injectionMs: started - probe.dcl,
    startToBackgroundMs: received - started,
    bundleMs: pageStep('begin') - started,
    settingsMs: pageStep('settings') - pageStep('begin'),
    earlyReadMs: early.answered - early.asked,
    earlyAnswerMs: early.answered - pageStep('begin'),
    surveyMs: pageStep('surveyed') - pageStep('begin'),
    extractionMs: pageStep('extracted') - pageStep('surveyed'),
    settingsWaitMs: pageStep('permitted') - pageStep('extracted'),
    sendingMs: received - pageStep('sending'),
    toBackgroundMs: received - probe.dcl,
    backgroundMs: probe.firstMark - received,
    checkMs: checked - received,
    toAnalysisMs: analysing - received,
    startToAnalysisMs: analysing - started,
    workerStartMs: (steps[WORKER_ORIGIN] ?? Number.NaN) - started,
    gazetteerMs: step(GAZETTEER_MARK) - (steps[WORKER_ORIGIN] ?? Number.NaN),
    analysisMs: analysed - analysing,
    readsMs: checked - analysed,
    returnMs: returned - checked,
    returnToMarkMs: probe.firstMark - returned,
    wrappingMs: probe.lastChange - probe.firstMark,
    frameMs: probe.painted - probe.lastChange,
    renderingMs: probe.rendered - probe.painted,
    pageLoadMs: loadEnd,
    marks: probe.marks,
  };
  return timing;
}

/** One browser with one build of the extension, loading the bench's pages one at a time. */
interface Browsing {
  load(url: string): Promise<LoadTiming>;
  close(): Promise<void>;
}

async function openBrowsing(
  dist: string,
  name: string,
  pages: ExtraPages,
  coldWorker: boolean,
  pageWaitMs: number,
): Promise<Browsing> {
  const profile = tempProfile(name);
  const ext = await launchChromium(profile.dir, dist);
  try {
    await routeDemo(ext.context, loadDemo(), pages);
    // Registered after the demo's routes, so it answers first: the site's script, slowly.
    if (pageWaitMs > 0)
      await ext.context.route(SLOW_SCRIPT, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, pageWaitMs));
        await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      });
    await ext.context.addInitScript({ content: PAGE_PROBE });
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const contentScript = await watchContentScriptWorld(cdp);
    if (coldWorker) await cdp.send('ServiceWorker.enable');
    // The worker running now: a stopped worker's successor is another Playwright Worker.
    const worker = () =>
      ext.context.serviceWorkers().findLast((w) => w.url().includes(ext.id)) ?? ext.worker;
    // A worker started by the load itself gets the probe after the article arrived: those loads
    // have no arrival time, and the figures that need one are left out of the medians.
    const reads = async () => {
      await worker().evaluate(WORKER_PROBE);
      return worker().evaluate('self.__benchReads') as Promise<number[]>;
    };
    await reads();
    // The worker marks the steps of each reading in its own timeline (`READING_MARKS`).
    const readingMarks = () =>
      worker().evaluate(`Object.fromEntries(performance.getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('crosscheck:'))
        .map((mark) => [mark.name, performance.timeOrigin + mark.startTime])
        .concat([['${WORKER_ORIGIN}', performance.timeOrigin]]))`) as Promise<
        Record<string, number>
      >;
    return {
      load: async (url) => {
        if (coldWorker) await cdp.send('ServiceWorker.stopAllWorkers');
        return timedLoad(page, url, reads, readingMarks, contentScript);
      },
      close: async () => {
        await ext.context.close();
        profile.remove();
      },
    };
  } catch (error) {
    await ext.context.close();
    profile.remove();
    throw error;
  }
}

/**
 * Times `loads` page loads (after two warm-up loads) of this tree's build; with `referenceDist`
 * (another build of the extension, `npm run bench -- 5 highlight --reference=DIR`), a second
 * browser loads the same pages with that build, the two taking turns load by load (which goes
 * first alternating each round), so both see the machine's load of the same moments.
 */
export async function measureHighlighting(
  loads: number,
  referenceDist?: string,
  freshText = false,
  coldWorker = false,
  pageWaitMs = 0,
): Promise<HighlightFigures> {
  const urls = Array.from(
    { length: loads + 2 },
    (_, i) => `${ARTICLE_HOST}/world/2025/12/14/a-week-of-drones-region-by-region-${i}`,
  );
  // The same page each load, or (`freshText`) a page of other stories each load, whose words
  // the analysis has not met: the two browsers load the same page at each address.
  const articles = freshText ? freshArticles(urls.length) : urls.map(() => benchArticle());
  // Each load has an address of its own, so each is a first reading, as a new article is.
  // Each browser has a profile of its own: the same address is a first reading in both.
  const slowScript = pageWaitMs > 0 ? SLOW_SCRIPT : undefined;
  const extra: ExtraPages = new Map(
    urls.map((url, i) => [url, () => articles[i]!.html(url, slowScript)]),
  );
  const browsings: Browsing[] = [];
  let reference: HighlightFigures['reference'];
  const timings: LoadTiming[] = [];
  try {
    browsings.push(await openBrowsing(CHROME_DIST, 'highlight', extra, coldWorker, pageWaitMs));
    if (referenceDist)
      browsings.push(
        await openBrowsing(referenceDist, 'highlight-reference', extra, coldWorker, pageWaitMs),
      );
    const referenceTimings: LoadTiming[] = [];
    for (const [round, url] of urls.entries()) {
      const order = round % 2 === 0 ? browsings : [...browsings].reverse();
      for (const browsing of order) {
        const timing = await browsing.load(url);
        (browsing === browsings[0] ? timings : referenceTimings).push(timing);
      }
    }
    if (referenceDist)
      reference = {
        dist: referenceDist,
        loads: referenceTimings.slice(2),
        cold: referenceTimings[0]!,
      };
  } finally {
    for (const browsing of browsings) await browsing.close();
  }
  const [cold] = timings;

  const inputs = articles.map((article, i) => textArticle(article.text, urls[i]!, 'bench article'));
  const analysisRuns: number[] = [];
  for (let i = 0; i < loads + 2; i++) {
    const started = performance.now();
    analyse(inputs[i]!);
    if (i >= 2) analysisRuns.push(performance.now() - started);
  }
  const history = await openHistory(memoryIndexedDB(), 'bench-highlight');
  const answerRuns: number[] = [];
  const readRuns: number[] = [];
  try {
    for (const [i, input] of inputs.entries()) {
      const started = performance.now();
      const report = await checkArticle(history, input, Date.UTC(2025, 11, 14) + i);
      const answered = performance.now();
      await Promise.all([reportCards(history, report), history.saveReport(report)]);
      if (i < 2) continue;
      answerRuns.push(answered - started);
      readRuns.push(performance.now() - started);
    }
  } finally {
    history.close();
  }
  const figures: HighlightFigures = {
    words: median(articles.slice(2).map((article) => article.words)),
    loads: timings.slice(2),
    cold: cold!,
    analysisInNodeMs: median(analysisRuns),
    answerInNodeMs: median(answerRuns),
    readInNodeMs: median(readRuns),
  };
  if (reference) figures.reference = reference;
  return figures;
}
