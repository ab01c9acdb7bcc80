/**
 * Crosscheck in Chromium on pages that are hard on it: empty pages, a 5 MB page, a page whose
 * scripts throw, a page that renders its article late and a single-page site that swaps its
 * article. Each page must keep working as its authors wrote it, the panel must be told a clear
 * state for its tab, and the history must hold each article once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import type { TabState } from '../src/shared/protocol.ts';
import { loadDemo } from '../scripts/demo-server.mjs';
import { historyUrls, launchChromium, openReport, routeDemo } from './chromium.ts';
import type { Extension, ExtraPages } from './chromium.ts';
import {
  DELIBERATE,
  emptyPage,
  hugePage,
  latePage,
  singlePageSite,
  throwingPage,
  titleOnlyPage,
} from './fixtures/pages.ts';
import { belgorodStory, kurskStory, republished, voronezhStory } from './fixtures/stories.ts';
import type { Story } from './fixtures/stories.ts';

const SITE = new URL(kurskStory.url).origin;
const EMPTY_URL = `${SITE}/e2e/empty`;
const TITLE_ONLY_URL = `${SITE}/e2e/title-only`;
const huge = republished(belgorodStory, 'belgorod-live-page');
const hugeWithThread = republished(belgorodStory, 'belgorod-live-page-with-comments');
const throwing = republished(kurskStory, 'kursk-page-with-failing-scripts');
const late = republished(voronezhStory, 'voronezh-rendered-late');
/** The single-page site starts on the Kursk story and moves to the Voronezh one. */
const spaFirst = kurskStory;
const spaSecond = voronezhStory;
/** How long after its script starts the late page renders its article. */
const LATE_MS = 1_500;

const hugeHtml = hugePage(huge);
const hugeWithThreadHtml = hugePage(hugeWithThread, 'section');
const spaHtml = singlePageSite(spaFirst, spaSecond);
const extra: ExtraPages = new Map([
  [EMPTY_URL, emptyPage],
  [TITLE_ONLY_URL, titleOnlyPage],
  [huge.url, () => hugeHtml],
  [hugeWithThread.url, () => hugeWithThreadHtml],
  [throwing.url, () => throwingPage(throwing)],
  [late.url, () => latePage(late, LATE_MS)],
  [spaFirst.url, () => spaHtml],
  [spaSecond.url, () => spaHtml],
]);

/** Every article this file reads: each must be listed in the history exactly once. */
const STORED = [huge, hugeWithThread, throwing, late, spaFirst, spaSecond].map(
  (story) => story.url,
);

/** The page's uncaught errors, sorted into the fixture's deliberate ones and anyone else's. */
function recordErrors(page: Page) {
  const deliberate: string[] = [];
  const others: string[] = [];
  page.on('pageerror', (error) =>
    (error.message.includes(DELIBERATE) ? deliberate : others).push(error.message),
  );
  return { deliberate, others };
}

describe('Crosscheck in Chromium on hard pages', { timeout: 120_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-bad-input-'));
  let ext: Extension;

  before(async () => {
    ext = await launchChromium(profile);
    await routeDemo(ext.context, loadDemo(), extra);
  });

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** What the panel would show for the tab showing `page`, from the background's session storage. */
  async function tabState(page: Page): Promise<TabState | undefined> {
    const url = page.url();
    const states = await ext.worker.evaluate(async () => {
      const stored = await chrome.storage.session.get(null);
      const tabs = await chrome.tabs.query({});
      return tabs.map((tab) => ({ url: tab.url, state: stored[`tab:${tab.id}`] as unknown }));
    });
    const found = states.filter((entry) => entry.url === url);
    assert.equal(found.length, 1, `expected one tab at ${url}, found ${found.length}`);
    return found[0]?.state as TabState | undefined;
  }

  /** Polls the tab's state for `ms` and returns every kind it passed through, in order. */
  async function statesDuring(page: Page, ms: number): Promise<string[]> {
    const seen: string[] = [];
    const end = Date.now() + ms;
    while (Date.now() < end) {
      const kind = (await tabState(page))?.kind ?? 'none';
      if (seen.at(-1) !== kind) seen.push(kind);
      await page.waitForTimeout(100);
    }
    return seen;
  }

  async function waitForState(page: Page, kind: TabState['kind'], reportUrl?: string) {
    let state: TabState | undefined;
    for (let tries = 0; tries < 100; tries++) {
      state = await tabState(page);
      const matches =
        state?.kind === kind &&
        (reportUrl === undefined || (state.kind === 'ready' && state.reportUrl === reportUrl));
      if (matches) return state;
      await page.waitForTimeout(100);
    }
    assert.fail(
      `the tab at ${page.url()} is ${JSON.stringify(state)}, not ${kind} ${reportUrl ?? ''}`,
    );
  }

  async function claimMarksReady(page: Page, timeout = 20_000): Promise<void> {
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout });
  }

  /** Claim ids highlighted in the page. */
  async function markedClaims(page: Page): Promise<string[]> {
    return page.$$eval('cc-mark[data-kind="claim"]', (marks) =>
      marks.map((mark) => mark.getAttribute('data-claim') ?? ''),
    );
  }

  /**
   * The page's own story is intact: its paragraphs read as the page wrote them, the only
   * elements we add inside them are marks, and no mark sits outside the article.
   */
  async function assertStoryIntact(page: Page, story: Story): Promise<void> {
    const seen = await page.evaluate(() => {
      const article = document.getElementById('story');
      const paragraphs = [...(article?.querySelectorAll('.story-body > p') ?? [])];
      return {
        texts: paragraphs.map((p) => p.textContent),
        foreign: paragraphs.flatMap((p) =>
          [...p.querySelectorAll('*')].map((e) => e.localName).filter((n) => n !== 'cc-mark'),
        ),
        marksOutside: [...document.querySelectorAll('cc-mark')].filter(
          (mark) => !article?.contains(mark),
        ).length,
        marksInside: article?.querySelectorAll('cc-mark').length ?? 0,
      };
    });
    assert.deepEqual(seen.texts, story.paragraphs);
    assert.deepEqual(seen.foreign, [], 'we added elements other than marks');
    assert.equal(seen.marksOutside, 0, 'marks outside the article');
    assert.ok(seen.marksInside > 0, 'no marks in the article');
  }

  /** The page's own button still answers its own click handler. */
  async function assertButtonWorks(page: Page): Promise<void> {
    await page.click('#page-button');
    await page.click('#page-button');
    assert.equal(await page.textContent('#page-button'), 'clicked 2');
  }

  async function storedClaimCount(url: string): Promise<number> {
    const panel = await openReport(ext, url);
    try {
      return await panel.locator('[data-claim-status]').count();
    } finally {
      await panel.close();
    }
  }

  async function listedReports(): Promise<string[]> {
    const panel = await ext.context.newPage();
    try {
      await panel.goto(ext.panelUrl);
      return await historyUrls(panel);
    } finally {
      await panel.close();
    }
  }

  it('says an empty page and a page with only a title are not articles, and leaves them empty', async () => {
    const pages = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
    const errors = pages.map(recordErrors);
    await Promise.all([
      pages[0]?.goto(EMPTY_URL, { waitUntil: 'load' }),
      pages[1]?.goto(TITLE_ONLY_URL, { waitUntil: 'load' }),
    ]);
    // Long enough for the content script's second look after load.
    const seen = await Promise.all(pages.map((page) => statesDuring(page, 2_500)));
    for (const [i, page] of pages.entries()) {
      const kinds = seen[i] ?? [];
      assert.equal(kinds.at(-1), 'not-article', `${page.url()} went through ${kinds.join(', ')}`);
      for (const kind of kinds)
        assert.ok(['none', 'idle', 'not-article'].includes(kind), `${page.url()} was ${kind}`);
      assert.equal(
        await page.evaluate(() => document.body.childNodes.length),
        0,
        'the body is no longer empty',
      );
      assert.equal(await page.locator('cc-mark').count(), 0);
      assert.deepEqual(errors[i]?.others, []);
      await page.close();
    }
  });

  it('reads the story inside a 5 MB page of 50,000 elements, and the page stays usable', async () => {
    assert.ok(hugeHtml.length > 5_000_000, `the page is only ${hugeHtml.length} bytes`);
    const page = await ext.context.newPage();
    const errors = recordErrors(page);
    const started = Date.now();
    await page.goto(huge.url, { waitUntil: 'load', timeout: 30_000 });
    const loadMs = Date.now() - started;
    assert.ok(
      (await page.evaluate(() => document.getElementsByTagName('*').length)) >= 50_000,
      'fewer than 50,000 elements',
    );
    await claimMarksReady(page, 30_000);
    const readMs = Date.now() - started;
    await assertStoryIntact(page, huge);
    await assertButtonWorks(page);
    assert.equal(
      await page.locator('tr[data-row]').count(),
      (hugeHtml.match(/<tr /g) ?? []).length,
    );
    await waitForState(page, 'ready', huge.url);
    assert.ok((await storedClaimCount(huge.url)) > 0);
    assert.deepEqual(errors.others, []);
    console.log(
      `5 MB page: loaded in ${loadMs} ms, its claims highlighted ${readMs} ms after opening`,
    );
    await page.close();
  });

  it('reads the story, not the comment thread, in a 5 MB page whose comments are not in an aside', async () => {
    const page = await ext.context.newPage();
    const errors = recordErrors(page);
    try {
      await page.goto(hugeWithThread.url, { waitUntil: 'load', timeout: 30_000 });
      await waitForState(page, 'ready', hugeWithThread.url);
      assert.equal(await page.locator('.comments cc-mark').count(), 0, 'comments highlighted');
      await claimMarksReady(page, 5_000);
      await assertStoryIntact(page, hugeWithThread);
      assert.deepEqual(errors.others, []);
    } finally {
      await page.close();
    }
  });

  it('reads a page whose scripts throw at load and on timers, and its scripts keep running', async () => {
    const page = await ext.context.newPage();
    const errors = recordErrors(page);
    await page.goto(throwing.url);
    await claimMarksReady(page);
    const ticks = await page.evaluate(() => (window as { ticks?: number }).ticks ?? 0);
    await page.waitForTimeout(600);
    assert.ok(
      ((await page.evaluate(() => (window as { ticks?: number }).ticks)) ?? 0) > ticks,
      'the page’s timer stopped',
    );
    await assertButtonWorks(page);
    await assertStoryIntact(page, throwing);
    await waitForState(page, 'ready', throwing.url);
    assert.ok((await storedClaimCount(throwing.url)) > 0);
    // At load twice, once late, and on every tick of the timer.
    assert.ok(errors.deliberate.length >= 4, `the page threw only ${errors.deliberate.join('; ')}`);
    assert.deepEqual(errors.others, []);
    await page.close();
  });

  it(`reads a story the page renders ${LATE_MS / 1000} s after it loads`, async () => {
    const page = await ext.context.newPage();
    const errors = recordErrors(page);
    try {
      await page.goto(late.url, { waitUntil: 'load' });
      await page.waitForSelector('.story-body', { timeout: LATE_MS + 2_000 });
      await claimMarksReady(page, 6_000);
      await assertStoryIntact(page, late);
      await assertButtonWorks(page);
      await waitForState(page, 'ready', late.url);
      assert.ok((await storedClaimCount(late.url)) > 0);
      assert.deepEqual(errors.others, []);
    } finally {
      await page.close();
    }
  });

  it('follows a single-page site to its next story and back, storing each story once', async () => {
    const page = await ext.context.newPage();
    const errors = recordErrors(page);
    await page.goto(spaFirst.url);
    await claimMarksReady(page);
    const firstClaims = new Set(await markedClaims(page));
    await waitForState(page, 'ready', spaFirst.url);

    // The site's own link, handled by the site's own script.
    await page.click('#next');
    await page.waitForURL(spaSecond.url);
    await page.waitForFunction(
      (old) =>
        [...document.querySelectorAll('cc-mark[data-kind="claim"][data-status]')].some(
          (mark) => !old.includes(mark.getAttribute('data-claim') ?? ''),
        ),
      [...firstClaims],
      { timeout: 15_000 },
    );
    const secondClaims = await markedClaims(page);
    assert.deepEqual(
      secondClaims.filter((id) => firstClaims.has(id)),
      [],
      'highlights of the first story remain',
    );
    await assertStoryIntact(page, spaSecond);
    await waitForState(page, 'ready', spaSecond.url);
    assert.ok((await storedClaimCount(spaSecond.url)) > 0);
    assert.ok((await storedClaimCount(spaFirst.url)) > 0, 'the first story’s report is gone');

    await page.goBack();
    await page.waitForURL(spaFirst.url);
    await page.waitForFunction(
      (old) =>
        [...document.querySelectorAll('cc-mark[data-kind="claim"][data-status]')].some((mark) =>
          old.includes(mark.getAttribute('data-claim') ?? ''),
        ),
      [...firstClaims],
      { timeout: 15_000 },
    );
    await assertStoryIntact(page, spaFirst);
    await assertButtonWorks(page);
    await waitForState(page, 'ready', spaFirst.url);
    assert.deepEqual(errors.others, []);
    await page.close();
  });

  it('lists every story read once in the history, and nothing else', async () => {
    const urls = await listedReports();
    assert.deepEqual([...urls].sort(), [...STORED].sort());
  });
});
