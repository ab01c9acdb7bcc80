/**
 * How long the page's main thread is held while Crosscheck reads a 5 MB page of 50,000
 * elements again (the reader's "analyse this page": survey, extraction, highlighting), in
 * Chromium with the built extension. Chromium leaves an extension's tasks out of the page's
 * long task entries, so the main thread is traced (DevTools protocol) and every task on it is
 * counted, ours and the rendering our changes cause alike; a 50 ms timer of the page's own
 * shows what the page felt.
 *
 * Two references are taken on the same page in the same rounds: the same time with nothing
 * of ours running (what the machine's load alone does to the timer), and the page's own change
 * of a word in each paragraph of its story (what any change of this page costs it to render
 * again).
 */
import type { CDPSession, Page } from 'playwright';
import { launchChromium } from '../../e2e/chromium.ts';
import type { Extension } from '../../e2e/chromium.ts';
import { hugePage } from '../../e2e/fixtures/pages.ts';
import { belgorodStory, republished } from '../../e2e/fixtures/stories.ts';
import { median } from '../measure.ts';
import { table } from '../table.ts';
import { tempProfile } from './util.ts';

/** Marks each tick of the page's own 50 ms timer on the trace's clock. Plain JS, sent as is. */
const TICKS = `setInterval(() => performance.mark('crosscheck-bench-tick'), 50);`;
/** The page's own change: a word in each paragraph of its story wrapped in a span. */
const PAGE_CHANGE = `(() => {
  for (const paragraph of document.querySelectorAll('.story-body > p')) {
    const texts = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let text = texts.nextNode();
    while (text && text.data.length < 20) text = texts.nextNode();
    if (!text) continue;
    text.splitText(10);
    const span = document.createElement('span');
    text.parentNode.insertBefore(span, text);
    span.appendChild(text);
  }
})()`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Time on the thread's processor, which the machine's load does not stretch. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface WindowFigures {
  /** The longest task on the page's main thread: wall time and processor time. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The longest of the tasks that are mostly script rather than the page's rendering. */
  longestScriptTaskMs: number;
  /** The most processor time any of those script tasks took. */
  mostScriptCpuMs: number;
  /** The longest wait between two ticks of the page's 50 ms timer. */
  longestGapMs: number;
}

export interface HugePageFigures {
  rounds: number;
  reading: WindowFigures[];
  idle: WindowFigures[];
  pageChange: WindowFigures[];
}

async function traced(cdp: CDPSession, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol's types give trace events as string maps; they carry numbers too.
  const collect = (data: { value: object[] }) =>
    events.push(...(data.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** The browser's rendering steps: a task mostly made of them is the page being drawn again. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

/** The longest task and timer gap on the renderer's main thread of the traced window. */
function figuresOf(events: TraceEvent[]): WindowFigures {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
  );
  const longestOf = (among: TraceEvent[]) =>
    among.reduce<TraceEvent | undefined>(
      (best, task) => ((task.dur ?? 0) > (best?.dur ?? -1) ? task : best),
      undefined,
    );
  const longest = longestOf(tasks);
  const rendering = events.filter((e) => e.ph === 'X' && RENDERING.has(e.name));
  const renderingIn = (task: TraceEvent) =>
    rendering
      .filter(
        (e) =>
          e.tid === task.tid &&
          e.pid === task.pid &&
          e.ts >= task.ts &&
          e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0),
      )
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const scripts = tasks.filter((task) => renderingIn(task) < (task.dur ?? 0) / 2);
  const script = longestOf(scripts);
  const ticks = events
    .filter((e) => e.name === 'crosscheck-bench-tick')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  let gap = 0;
  for (let i = 1; i < ticks.length; i++) gap = Math.max(gap, ticks[i]! - ticks[i - 1]!);
  return {
    longestTaskMs: (longest?.dur ?? 0) / 1000,
    longestTaskCpuMs: (longest?.tdur ?? 0) / 1000,
    longestScriptTaskMs: (script?.dur ?? 0) / 1000,
    mostScriptCpuMs: Math.max(0, ...scripts.map((task) => task.tdur ?? 0)) / 1000,
    longestGapMs: gap / 1000,
  };
}

async function analyseAgain(ext: Extension, url: string): Promise<void> {
  const reply = await ext.worker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    if (tab?.id === undefined) return 'no tab';
    return chrome.tabs.sendMessage(tab.id, { crosscheck: 1, method: 'page/analyse', params: {} });
  }, url);
  if (JSON.stringify(reply) !== JSON.stringify({ ok: true, value: null }))
    throw new Error(`page/analyse on the 5 MB page answered ${JSON.stringify(reply)}`);
}

export async function measureHugePage(rounds: number): Promise<HugePageFigures> {
  const story = republished(belgorodStory, 'belgorod-5mb-page-bench');
  const html = hugePage(story);
  const profile = tempProfile('huge-page');
  const ext = await launchChromium(profile.dir);
  const figures: HugePageFigures = { rounds, reading: [], idle: [], pageChange: [] };
  try {
    await ext.context.route(
      (url) => url.host === new URL(story.url).host,
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const page: Page = await ext.context.newPage();
    await page.addInitScript(TICKS);
    await page.goto(story.url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const cdp = await ext.context.newCDPSession(page);
    for (let round = 0; round < rounds; round++) {
      let readingMs = 0;
      const reading = await traced(cdp, async () => {
        const start = Date.now();
        await analyseAgain(ext, story.url);
        readingMs = Date.now() - start;
        // The rendering our last change causes comes after the answer.
        await page.waitForTimeout(200);
      });
      figures.reading.push(figuresOf(reading));
      figures.idle.push(figuresOf(await traced(cdp, () => page.waitForTimeout(readingMs + 200))));
      figures.pageChange.push(
        figuresOf(
          await traced(cdp, async () => {
            await page.evaluate(PAGE_CHANGE);
            await page.waitForTimeout(readingMs + 200);
          }),
        ),
      );
      await page.waitForTimeout(500);
    }
    return figures;
  } finally {
    await ext.context.close();
    profile.remove();
  }
}

const ms = (value: number) => Math.round(value);

export function hugePageTable(figures: HugePageFigures): string {
  const row = (name: string, windows: WindowFigures[]) => [
    name,
    ms(median(windows.map((w) => w.longestTaskMs))),
    ms(Math.max(...windows.map((w) => w.longestTaskMs))),
    ms(median(windows.map((w) => w.longestTaskCpuMs))),
    ms(median(windows.map((w) => w.longestScriptTaskMs))),
    ms(Math.max(...windows.map((w) => w.longestScriptTaskMs))),
    ms(median(windows.map((w) => w.mostScriptCpuMs))),
    ms(median(windows.map((w) => w.longestGapMs))),
    ms(Math.max(...windows.map((w) => w.longestGapMs))),
  ];
  return table(
    [
      'main thread of the 5 MB page (ms)',
      'longest task, median',
      'max',
      'its processor time, median',
      'longest script task, median',
      'max',
      'most processor time of a script task, median',
      '50 ms timer: longest wait, median',
      'max',
    ],
    [
      row('read again by Crosscheck (target: no task over 50)', figures.reading),
      row('reference: the same time, nothing of ours running', figures.idle),
      row('reference: the page itself wraps a word in each paragraph', figures.pageChange),
    ],
  );
}
