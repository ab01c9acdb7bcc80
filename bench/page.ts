/**
 * `npx tsx bench/page.ts`: how long a reader waits for highlights. A 1,500-word article (the
 * demo corpus's five texts as one long page) is opened in Chromium with the built extension,
 * and the time from DOMContentLoaded (the content script starts at document_idle, just after
 * it) to the last highlight placed is taken over several fresh addresses, each one analysed,
 * checked against the ones before and stored, as a reader's would be. Prints the median.
 *
 * The machine is shared: the figure moves with its load, so compare runs made together.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../e2e/chromium.ts';
import { textArticle } from '../src/cli/load.ts';
import { PROJECT_ROOT } from './corpus.ts';

const SAMPLES = 9;
const HOST = 'https://www.bench-courier.example';
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo texts' paragraphs, one after another, under one headline. */
function longArticle(): { html: (url: string) => string; words: number } {
  const folder = join(PROJECT_ROOT, 'demo/expected');
  const paragraphs = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const file = join(folder, name);
      const article = textArticle(readFileSync(file, 'utf8'), pathToFileURL(file).href, file);
      return [article.title, ...article.body.split(/\n\s*\n/)].map((text) => text.trim());
    })
    .filter(Boolean);
  const words = paragraphs.join(' ').split(/\s+/).length;
  const headline = 'Overnight across the regions: drones, debris and the morning after';
  const body = paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n');
  const html = (url: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | Bench Courier</title>
<link rel="canonical" href="${url}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Bench Courier"></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>${headline}</h1><div class="story-body">${body}</div></article></main>
</body></html>`;
  return { html, words };
}

/** Installed before the page's scripts: when the last highlight went in. */
const PROBE = `(() => {
  const seen = { last: 0, marks: 0 };
  Object.defineProperty(window, '__bench', { value: seen });
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.localName === 'cc-mark') { seen.last = performance.now(); seen.marks++; }
  }).observe(document, { childList: true, subtree: true });
})();`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { cwd: PROJECT_ROOT });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  const article = longArticle();
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-page-'));
  const ext = await launchChromium(profile);
  try {
    await ext.context.route(
      (url) => url.origin === HOST,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: article.html(route.request().url()),
        }),
    );
    const times: number[] = [];
    let marks = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const page = await ext.context.newPage();
      await page.addInitScript(PROBE);
      await page.goto(`${HOST}/news/2025/12/09/overnight-roundup-${i}`, { waitUntil: 'load' });
      await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 30_000 });
      // Done when no highlight has gone in for half a second.
      await page.waitForFunction(
        () => {
          const seen = (window as unknown as { __bench: { last: number } }).__bench;
          return performance.now() - seen.last > 500;
        },
        null,
        { polling: 100, timeout: 30_000 },
      );
      const sample = await page.evaluate(() => {
        const seen = (window as unknown as { __bench: { last: number; marks: number } }).__bench;
        const navigation = performance.getEntriesByType('navigation')[0] as
          PerformanceNavigationTiming | undefined;
        return { ms: seen.last - (navigation?.domContentLoadedEventEnd ?? 0), marks: seen.marks };
      });
      times.push(sample.ms);
      marks = sample.marks;
      await page.close();
    }
    console.log(
      `A ${article.words}-word article in Chromium, DOMContentLoaded to the last of its ${marks} ` +
        `highlights: median ${Math.round(median(times))} ms over ${SAMPLES} readings ` +
        `(${times.map((ms) => Math.round(ms)).join(', ')} ms)`,
    );
  } finally {
    await ext.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
