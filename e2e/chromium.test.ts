/**
 * Crosscheck in Chromium, as a reader meets it: read the demo articles in order on their
 * real-looking addresses, see the highlights and hover cards, open the side panel's report and
 * history, restart the browser and find the history still there.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright';
import type { DemoArticle } from '../scripts/demo-server.mjs';
import { loadDemo } from '../scripts/demo-server.mjs';
import { GAZETTEER_MARK } from '../src/shared/gazetteer-file.ts';
import { historyUrls, inCard, launchChromium, openReport, routeDemo } from './chromium.ts';
import type { Extension, ExtraPages } from './chromium.ts';

const corpus = loadDemo();
const [first, second, ...later] = corpus.articles;
if (!first || !second) throw new Error('the demo needs at least two articles');

/** The first article's page again, with failing scripts of its own, on an address of its own. */
const BROKEN_PAGE_URL = new URL('/e2e/page-with-failing-scripts', first.url).href;
const extra: ExtraPages = new Map([[BROKEN_PAGE_URL, () => withFailingScripts(first)]]);

/** Where the picture of the panel beside the article goes; `npm run screenshot` updates the README's. */
const SCREENSHOT = process.env.CROSSCHECK_SCREENSHOT ?? 'test-results/side-panel.png';

function withFailingScripts(article: DemoArticle): string {
  const html = readFileSync(join(corpus.dir, article.file), 'utf8');
  const early = '<script>window.pageState = "starting"; undefinedHelper();</script>';
  const late = `<script>
    document.addEventListener('click', () => { document.title = 'page still works'; });
    window.pageState = 'ready';
    throw new Error('a script of the page failed');
  </script>`;
  return html.replace(/<head>/i, `<head>${early}`).replace(/<\/body>/i, `${late}</body>`);
}

/** Runs on the card's shadow root: whether it is closed, and its words (not its stylesheet's). */
const readCard = (root: ShadowRoot): { closed: boolean; text: string } => {
  const parts = [...root.children].filter((e) => e.localName !== 'style');
  return { closed: root.mode === 'closed', text: parts.map((e) => e.textContent).join(' ') };
};

interface ClaimRow {
  status: string;
  text: string;
  evidence: { relation: string; text: string }[];
}

/** Opens the article and waits until its claims carry a status: the report is stored then. */
async function read(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
}

async function entityIdsMarked(page: Page, kind: string): Promise<string[]> {
  return page.$$eval(`cc-mark[data-kind="${kind}"]`, (marks) =>
    marks.map((mark) => mark.getAttribute('data-entity') ?? ''),
  );
}

async function claimRows(panel: Page): Promise<ClaimRow[]> {
  return panel.$$eval('[data-claim-status]', (rows) =>
    rows.map((row) => ({
      status: row.getAttribute('data-claim-status') ?? '',
      text: row.textContent ?? '',
      evidence: [...row.querySelectorAll('[data-evidence-relation]')].map((item) => ({
        relation: item.getAttribute('data-evidence-relation') ?? '',
        text: item.textContent ?? '',
      })),
    })),
  );
}

describe('Crosscheck in Chromium', { timeout: 150_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-chromium-'));
  let ext: Extension;
  let page: Page;
  let context: BrowserContext;
  /** Entity ids highlighted in the first article. */
  let firstEntities: Set<string>;
  /** The first demo article found to have a contradicted claim. */
  let contradicting: DemoArticle | undefined;

  before(async () => {
    ext = await launchChromium(profile);
    context = ext.context;
    await routeDemo(context, corpus, extra);
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('opens the side panel from the toolbar button', async () => {
    // Headless Chromium draws no toolbar to click; ask the browser what a click would do.
    // The worker sets this as it starts, which may be a moment after it appears.
    let opens: boolean | undefined;
    for (let tries = 0; tries < 20 && !opens; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      opens = (await ext.worker.evaluate(() => chrome.sidePanel.getPanelBehavior()))
        .openPanelOnActionClick;
    }
    assert.equal(opens, true);
  });

  it('highlights places, officials and checked claims in a second outlet’s article', async () => {
    await read(page, first.url);
    firstEntities = new Set([
      ...(await entityIdsMarked(page, 'place')),
      ...(await entityIdsMarked(page, 'official')),
    ]);
    await read(page, second.url);
    assert.ok(
      (await page.locator('cc-mark[data-kind="place"]').count()) > 0,
      'no place highlighted',
    );
    assert.ok(
      (await page.locator('cc-mark[data-kind="official"]').count()) > 0,
      'no official highlighted',
    );
    const statuses = await page.$$eval('cc-mark[data-kind="claim"]', (marks) =>
      marks.map((mark) => mark.getAttribute('data-status')),
    );
    assert.ok(statuses.length > 0, 'no claim highlighted');
    for (const status of statuses) assert.match(status ?? '', /^(new|corroborated|contradicted)$/);
    assert.ok(statuses.includes('corroborated'), `no claim corroborated by ${first.outlet}`);
    // The worker read these with the gazetteer the build packed, not one it built itself.
    const worker = ext.context.serviceWorkers().at(-1) ?? ext.worker;
    const unpacked = await worker.evaluate(
      (mark) => performance.getEntriesByName(mark).length,
      GAZETTEER_MARK,
    );
    assert.equal(unpacked, 1, 'the worker did not unpack the packed gazetteer');
  });

  it('shows a hover card naming the place and counting the reports that mention it', async () => {
    const shared = (await entityIdsMarked(page, 'place')).find((id) => firstEntities.has(id));
    assert.ok(shared, `no place highlighted in both ${first.outlet} and ${second.outlet}`);
    const panel = await openReport(ext, second.url);
    const name = (await panel.locator(`[data-entity="${shared}"]`).first().textContent())?.trim();
    await panel.close();
    assert.ok(name, `the side panel does not list ${shared}`);

    await page.locator(`cc-mark[data-kind="place"][data-entity="${shared}"]`).first().hover();
    // The card may be built once and reused, so wait for it to show this place.
    let card = await inCard(page, readCard);
    for (let tries = 0; tries < 50 && !card?.text.includes(name); tries++) {
      await page.waitForTimeout(100);
      card = await inCard(page, readCard);
    }
    assert.ok(card, 'no hover card');
    assert.ok(card.closed, 'the hover card’s shadow root is open to the page');
    assert.equal(
      await page.evaluate(() => document.querySelector('cc-card')?.shadowRoot ?? null),
      null,
      'the page reads the hover card',
    );
    assert.ok(card.text.includes(name), `the card does not name ${name}: ${card.text}`);
    assert.match(card.text, /\b2 reports\b/, `the card does not count 2 reports: ${card.text}`);
  });

  it('lists the claims in the side panel, corroborated ones with the first outlet as evidence', async () => {
    const panel = await openReport(ext, second.url);
    const rows = await claimRows(panel);
    await panel.close();
    const corroborated = rows.filter((row) => row.status === 'corroborated');
    assert.ok(corroborated.length > 0, 'no corroborated claim in the side panel');
    for (const row of corroborated) {
      assert.ok(
        row.evidence.some(
          (item) => item.relation === 'corroborates' && item.text.includes(first.outlet),
        ),
        `corroborated claim without ${first.outlet} as evidence: ${row.text}`,
      );
    }
  });

  it('marks a claim that an earlier report contradicts, naming that report’s outlet', async () => {
    const read_ = [first, second];
    let found: { article: DemoArticle; row: ClaimRow } | undefined;
    let headlineClaims: number | undefined;
    for (const article of later) {
      await read(page, article.url);
      read_.push(article);
      const panel = await openReport(ext, article.url);
      const row = (await claimRows(panel)).find((candidate) => candidate.status === 'contradicted');
      await panel.close();
      // Its headline is itself a claim an earlier report contradicts.
      if (article.outlet === 'Meridian Wire')
        headlineClaims = await page.locator('h1 cc-mark[data-kind="claim"]').count();
      if (row && !found) found = { article, row };
    }
    assert.ok(headlineClaims, 'no claim highlighted in the headline of Meridian Wire');
    assert.ok(found, 'no demo article has a contradicted claim');
    contradicting = found.article;
    const earlier = read_.slice(0, read_.indexOf(found.article)).map((article) => article.outlet);
    assert.ok(
      found.row.evidence.some(
        (item) =>
          item.relation === 'contradicts' && earlier.some((outlet) => item.text.includes(outlet)),
      ),
      `the contradicted claim names no earlier outlet (${earlier.join(', ')}): ${found.row.text}`,
    );
  });

  it('pictures the side panel beside the article it reports on', async () => {
    await screenshotBeside(contradicting ?? second);
    assert.ok(statSync(SCREENSHOT).size > 10_000, `${SCREENSHOT} looks empty`);
  });

  it('leaves a page that is not an article alone', async () => {
    assert.ok(corpus.nonArticle, 'the demo has no non-article page');
    await page.goto(corpus.nonArticle.url, { waitUntil: 'load' });
    // Nothing appears when all goes well, so give the content script time to have decided.
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator('cc-mark').count(), 0);
    const panel = await context.newPage();
    await panel.goto(ext.panelUrl);
    assert.ok(
      !(await historyUrls(panel)).includes(corpus.nonArticle.url),
      'the front page was stored',
    );
    await panel.close();
  });

  it('reads a page whose own scripts throw, and the page keeps working', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(BROKEN_PAGE_URL);
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
    assert.equal(errors.length, 2, `the page should have failed twice: ${errors.join('; ')}`);
    assert.equal(await page.evaluate(() => (window as { pageState?: string }).pageState), 'ready');
    await page.locator('h1').first().click();
    assert.equal(await page.title(), 'page still works');
  });

  it('keeps the history across a browser restart', async () => {
    const panel = await context.newPage();
    await panel.goto(ext.panelUrl);
    const listed = await historyUrls(panel);
    for (const article of corpus.articles)
      assert.ok(listed.includes(article.url), `${article.url} not listed`);

    await context.close();
    ext = await launchChromium(profile);
    context = ext.context;
    const reopened = await context.newPage();
    await reopened.goto(ext.panelUrl);
    const urls = await historyUrls(reopened);
    assert.ok(
      urls.includes(first.url) && urls.includes(second.url),
      `history after restart: ${urls.join(', ')}`,
    );
    assert.equal(urls.length, listed.length);
  });

  /** The README's picture: the article with its highlights and a hover card, the panel beside it. */
  async function screenshotBeside(article: DemoArticle): Promise<void> {
    const out = SCREENSHOT;
    await page.setViewportSize({ width: 900, height: 820 });
    await read(page, article.url);
    const contradicted = page.locator('cc-mark[data-kind="claim"][data-status="contradicted"]');
    const mark = (
      (await contradicted.count()) > 0 ? contradicted : page.locator('cc-mark[data-kind="place"]')
    ).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForSelector('cc-card', { state: 'attached', timeout: 5_000 });
    // Whatever it is (a wrapped headline claim, here), the card must not hide the words it explains.
    const lines = await mark.evaluate((element) =>
      [...element.getClientRects()].map((r) => ({ ...r.toJSON() }) as DOMRect),
    );
    const card = await inCard(page, (root) => {
      const body = [...root.children].find((e) => e.localName !== 'style');
      return body ? (body.getBoundingClientRect().toJSON() as DOMRect) : null;
    });
    assert.ok(card, 'no hover card shown');
    for (const line of lines) {
      const overlaps =
        card.left < line.right &&
        line.left < card.right &&
        card.top < line.bottom &&
        line.top < card.bottom;
      assert.ok(!overlaps, `the hover card covers the highlight it describes`);
    }
    const articleShot = await page.screenshot();
    const panel = await openReport(ext, article.url);
    await panel.setViewportSize({ width: 400, height: 820 });
    const panelShot = await panel.screenshot();
    await panel.close();
    const sheet = await context.newPage();
    await sheet.setViewportSize({ width: 1300, height: 820 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#888">
        <img src="data:image/png;base64,${articleShot.toString('base64')}" width="900" height="820">
        <img src="data:image/png;base64,${panelShot.toString('base64')}" width="400" height="820"
             style="box-shadow:-2px 0 6px rgba(0,0,0,.35)">
      </body>`,
    );
    mkdirSync(dirname(out), { recursive: true });
    await sheet.screenshot({ path: out });
    await sheet.close();
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
