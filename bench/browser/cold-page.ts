/**
 * The page's own work on the bench article, this source tree against another, in fresh tabs of
 * a plain Chromium: `npx tsx bench/browser/cold-page.ts --reference=TREE [ROUNDS]`, where TREE is
 * another checkout of Crosscheck (a worktree of main, say). Each tree's extraction, mapping and
 * highlighter are bundled as one script, and each round loads the page once for each tree (which
 * goes first alternating), runs that tree's extraction, maps one report onto what it extracted
 * and marks it, timing each step in the page's own clock.
 *
 * Why beside `npm run bench -- 5 highlight`: a content script runs once per page, in code the
 * engine has not optimised, so only a fresh page tells its cost; and in the extension's figures a
 * step of a millisecond is lost in the worker's and the browser's time on a shared machine. Here
 * the two trees share one tab and one report, so the paired ratio shows the page's own part,
 * and the marked pages are compared for sameness. No extension is loaded: the worker's analysis,
 * the messages and the frame that draws the marks are the highlight bench's.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { findChromium, INSTALL_CHROMIUM } from '../../scripts/browsers.mjs';
import { markedReport } from '../../src/background/page-report.ts';
import type { ArticleInput } from '../../src/core/model.ts';
import { openHistory } from '../../src/history/history.ts';
import { memoryIndexedDB } from '../../src/history/memory.ts';
import { checkArticle } from '../../src/history/read-article.ts';
import { median } from '../measure.ts';
import { PROJECT_ROOT } from '../corpus.ts';
import { ARTICLE_HOST, benchArticle } from './article.ts';

/** What each tree's script does in the page; plain TypeScript, bundled from that tree's root. */
const ENTRY = `
import { extractArticle } from './src/extract/index.ts';
import { highlightsFor } from './src/content/page-highlights.ts';
import { installMarkStyles } from './src/content/styles.ts';
import { Highlighter } from './src/content/highlighter.ts';
const clock = () => performance.now();
const scope = globalThis as Record<string, unknown>;
scope.coldPageArticle = () => extractArticle(document, location.href)?.article;
scope.coldPage = (report: Parameters<typeof highlightsFor>[0]['report']) => {
  const start = clock();
  const extracted = extractArticle(document, location.href);
  if (!extracted) throw new Error('no article extracted');
  const extractedAt = clock();
  const highlights = highlightsFor({ report, cards: {} }, extracted.map);
  const mappedAt = clock();
  installMarkStyles(document);
  const highlighter = new Highlighter(document);
  const markingAt = clock();
  void highlighter.add(highlights);
  const markedAt = clock();
  return {
    extractMs: extractedAt - start,
    mapMs: mappedAt - extractedAt,
    markMs: markedAt - markingAt,
    marks: highlighter.placed.length,
    html: document.body.innerHTML,
  };
};
`;

interface Round {
  extractMs: number;
  mapMs: number;
  markMs: number;
  allMs: number;
  marks: number;
  html: string;
}

async function bundle(tree: string): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: tree, loader: 'ts', sourcefile: 'cold-page.ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

async function main() {
  const reference = process.argv.find((arg) => arg.startsWith('--reference='))?.slice(12);
  if (!reference) throw new Error('usage: cold-page.ts --reference=TREE [ROUNDS]');
  const rounds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 30);
  const trees = { this: PROJECT_ROOT, reference: resolve(reference) };
  const scripts = { this: await bundle(trees.this), reference: await bundle(trees.reference) };
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const url = `${ARTICLE_HOST}/world/2025/12/14/a-week-of-drones-region-by-region`;
  const html = benchArticle().html(url);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Cross-origin isolated, so the page's clock reads microseconds rather than tenths of a millisecond.
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      body: html,
    }),
  );
  // One report for both: the article as this tree extracts it, analysed and checked in Node.
  await page.goto(url);
  await page.addScriptTag({ content: scripts.this });
  const article = (await page.evaluate('coldPageArticle()')) as ArticleInput;
  const history = await openHistory(memoryIndexedDB(), 'cold-page');
  const report = markedReport(await checkArticle(history, article, Date.UTC(2025, 11, 14)));
  history.close();
  const results: Record<keyof typeof trees, Round[]> = { this: [], reference: [] };
  for (let round = 0; round < rounds; round++) {
    const order: (keyof typeof trees)[] = round % 2 ? ['reference', 'this'] : ['this', 'reference'];
    for (const tree of order) {
      await page.goto(url);
      await page.addScriptTag({ content: scripts[tree] });
      const done = (await page.evaluate(`coldPage(${JSON.stringify(report)})`)) as Round;
      results[tree].push({ ...done, allMs: done.extractMs + done.mapMs + done.markMs });
    }
  }
  await browser.close();
  const same = results.this.every((round, i) => round.html === results.reference[i]!.html);
  console.log(
    `The bench article in ${rounds} fresh tabs per tree, ${results.this[0]!.marks} marks; this tree ${trees.this} against ${trees.reference}; the marked pages ${same ? 'the same' : 'DIFFER'}.`,
  );
  console.log('step (ms, page clock)        this   reference  paired ratio (median)');
  for (const [name, key] of [
    ['extraction', 'extractMs'],
    ['report mapped to the page', 'mapMs'],
    ['marks written', 'markMs'],
    ['all three', 'allMs'],
  ] as const) {
    const ratios = results.this.map((round, i) => round[key] / results.reference[i]![key]);
    const finite = ratios.filter((ratio) => Number.isFinite(ratio));
    console.log(
      `${name.padEnd(28)} ${median(results.this.map((round) => round[key]))
        .toFixed(2)
        .padStart(5)} ${median(results.reference.map((round) => round[key]))
        .toFixed(2)
        .padStart(11)}  ${finite.length ? `${median(finite).toFixed(3)}×` : '–'}`,
    );
  }
}

await main();
