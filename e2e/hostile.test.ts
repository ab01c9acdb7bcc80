/**
 * Crosscheck in Chromium on hostile and awkward pages (fixtures in `fixtures/hostile/`): pages
 * that stream, fetch or swap their stories, hide them in shadow roots and iframes, let the reader
 * type, read right to left, forbid inline code, weigh 5 MB, overwrite the built-ins, strip
 * elements they did not make, re-render like a framework, or carry script as the words of a story.
 *
 * For every page: its own behaviour is unchanged, nothing of ours throws into it, a timer of the
 * page keeps firing (the page does not hang), and the history holds the right report or none.
 * Last, every request of the session is looked at: none comes from the extension.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Request, Route } from 'playwright';
import { historyUrls, inCard, launchChromium, openReport } from './chromium.ts';
import type { Extension } from './chromium.ts';
import { DELIBERATE, hugePage } from './fixtures/pages.ts';
import { belgorodStory, kurskStory, republished, voronezhStory } from './fixtures/stories.ts';
import type { Story } from './fixtures/stories.ts';
import { plainPage } from './fixtures/hostile/common.ts';
import {
  arrayPrototypePage,
  frameworkPage,
  INJECTIONS,
  intruderRemoverPage,
  jsonPromisePage,
  markStripperPage,
  markupStory,
  nodePrototypePage,
} from './fixtures/hostile/scripts.ts';
import {
  adFrame,
  bodySwapPage,
  commentBoxPage,
  editorPage,
  iframesPage,
  inlineSplitPage,
  playerFrame,
  rtlPage,
  shadowArticlePage,
  shadowWidgetsPage,
  STRICT_CSP,
  strictCspPage,
} from './fixtures/hostile/structure.ts';
import {
  chunkedPage,
  fetchedPage,
  fetchedPageApi,
  infiniteScrollPage,
  routerPage,
  tickerPage,
} from './fixtures/hostile/timing.ts';

const SITE = new URL(kurskStory.url).origin;
const PLAYER_URL = 'https://player.video-host.example/embed/42';
const AD_URL = `${SITE}/ads/slot-1`;
const API_URL = `${SITE}/api/stories/belgorod.json`;

const at = (story: Story, slug: string) => republished(story, slug);
const S = {
  chunked: at(kurskStory, 'kursk-streamed-paragraphs'),
  fetched: at(belgorodStory, 'belgorod-fetched-by-the-page'),
  routerFirst: at(kurskStory, 'kursk-router-first'),
  routerSecond: at(belgorodStory, 'belgorod-router-second'),
  staleFirst: at(voronezhStory, 'voronezh-stale-canonical-first'),
  staleSecond: at(kurskStory, 'kursk-stale-canonical-second'),
  feed: at(belgorodStory, 'belgorod-with-endless-feed'),
  ticker: at(kurskStory, 'kursk-live-clock'),
  inline: at(voronezhStory, 'voronezh-word-per-element'),
  shadowWidgets: at(kurskStory, 'kursk-with-shadow-widgets'),
  shadowArticle: at(belgorodStory, 'belgorod-in-a-shadow-root'),
  iframes: at(voronezhStory, 'voronezh-with-iframes'),
  commentBox: at(belgorodStory, 'belgorod-with-comment-box'),
  editor: at(kurskStory, 'kursk-in-the-editor'),
  rtl: at(kurskStory, 'kursk-on-an-arabic-site'),
  csp: at(voronezhStory, 'voronezh-strict-csp'),
  bodySwap: at(belgorodStory, 'belgorod-body-replaced'),
  nodeProto: at(kurskStory, 'kursk-node-prototype-overwritten'),
  arrayProto: at(voronezhStory, 'voronezh-array-prototype-overwritten'),
  jsonPromise: at(belgorodStory, 'belgorod-json-promise-overwritten'),
  stripper: at(kurskStory, 'kursk-strips-foreign-elements'),
  intruders: at(voronezhStory, 'voronezh-removes-intruders'),
  framework: at(belgorodStory, 'belgorod-component-framework'),
  markup: markupStory('Harbour Courier', 'rostov-markup-in-headline'),
  markupElsewhere: markupStory('Steppe Tribune', 'rostov-markup-second-outlet'),
  huge: at(belgorodStory, 'belgorod-5mb-page-timed'),
};
const CHUNK_MS = 900;
const BODY_SWAP_MS = 2_500;

interface Served {
  body: () => string;
  contentType?: string;
  headers?: Record<string, string>;
}
const html = (body: () => string, headers?: Record<string, string>): Served =>
  headers ? { body, headers } : { body };

const hugeHtml = hugePage(S.huge);
const teasers = [...kurskStory.paragraphs, ...voronezhStory.paragraphs];
const SERVED = new Map<string, Served>([
  [kurskStory.url, html(() => plainPage(kurskStory))],
  [voronezhStory.url, html(() => plainPage(voronezhStory))],
  [belgorodStory.url, html(() => plainPage(belgorodStory))],
  [S.chunked.url, html(() => chunkedPage(S.chunked, CHUNK_MS))],
  [S.fetched.url, html(() => fetchedPage(S.fetched, API_URL))],
  [API_URL, { body: () => fetchedPageApi(S.fetched), contentType: 'application/json' }],
  [S.routerFirst.url, html(() => routerPage(S.routerFirst, S.routerSecond, ROUTER))],
  [S.routerSecond.url, html(() => routerPage(S.routerFirst, S.routerSecond, ROUTER))],
  [S.staleFirst.url, html(() => routerPage(S.staleFirst, S.staleSecond, STALE_ROUTER))],
  [S.feed.url, html(() => infiniteScrollPage(S.feed, teasers, 6))],
  [S.ticker.url, html(() => tickerPage(S.ticker, 100))],
  [S.inline.url, html(() => inlineSplitPage(S.inline))],
  [S.shadowWidgets.url, html(() => shadowWidgetsPage(S.shadowWidgets))],
  [S.shadowArticle.url, html(() => shadowArticlePage(S.shadowArticle))],
  [S.iframes.url, html(() => iframesPage(S.iframes, belgorodStory, AD_URL, PLAYER_URL))],
  [AD_URL, html(adFrame)],
  [PLAYER_URL, html(playerFrame)],
  [S.commentBox.url, html(() => commentBoxPage(S.commentBox, kurskStory.paragraphs[0] ?? ''))],
  [S.editor.url, html(() => editorPage(S.editor))],
  [S.rtl.url, html(() => rtlPage(S.rtl))],
  [S.csp.url, html(() => strictCspPage(S.csp), { 'content-security-policy': STRICT_CSP })],
  [S.bodySwap.url, html(() => bodySwapPage(S.bodySwap, BODY_SWAP_MS))],
  [S.nodeProto.url, html(() => nodePrototypePage(S.nodeProto))],
  [S.arrayProto.url, html(() => arrayPrototypePage(S.arrayProto))],
  [S.jsonPromise.url, html(() => jsonPromisePage(S.jsonPromise))],
  [S.stripper.url, html(() => markStripperPage(S.stripper))],
  [S.intruders.url, html(() => intruderRemoverPage(S.intruders))],
  [S.framework.url, html(() => frameworkPage(S.framework))],
  [S.markup.url, html(() => plainPage(S.markup))],
  [S.markupElsewhere.url, html(() => plainPage(S.markupElsewhere))],
  [S.huge.url, html(() => hugeHtml)],
]);
const ROUTER = { renderMs: 400, updateCanonical: true };
const STALE_ROUTER = { renderMs: 400, updateCanonical: false };
const HOSTS = new Set([...SERVED.keys()].map((url) => new URL(url).host));

/** Every report the session must store, each exactly once; pages not listed must store none. */
const STORED = [
  kurskStory,
  voronezhStory,
  belgorodStory,
  S.chunked,
  S.fetched,
  S.routerFirst,
  S.routerSecond,
  S.staleFirst,
  S.staleSecond,
  S.feed,
  S.ticker,
  S.inline,
  S.shadowWidgets,
  S.iframes,
  S.commentBox,
  S.rtl,
  S.csp,
  S.bodySwap,
  S.nodeProto,
  S.arrayProto,
  S.jsonPromise,
  S.stripper,
  S.intruders,
  S.framework,
  S.markup,
  S.markupElsewhere,
  S.huge,
].map((story) => story.url);

/**
 * Installed in every page before its own scripts: a timer of the page's that counts its ticks,
 * and observers of long tasks and of long animation frames (whose scripts name their source, so
 * the extension's can be told from the page's). Built-ins are captured first: some pages
 * overwrite them.
 */
// Plain script text: the test runner's transpiler would add helpers the page does not have.
const PROBE = `(() => {
  const probe = { ticks: 0, tickTimes: [], longTasks: [], firstMark: undefined };
  Object.defineProperty(window, '__probe', { value: probe });
  setInterval(() => { probe.tickTimes[probe.ticks++] = performance.now(); }, 50);
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++)
        probe.longTasks[probe.longTasks.length] = { start: entries[i].startTime, duration: entries[i].duration };
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An engine without long task entries still runs the rest of the test.
  }
  new MutationObserver((records, observer) => {
    for (let i = 0; i < records.length; i++) {
      const added = records[i].addedNodes;
      for (let j = 0; j < added.length; j++) {
        if (added[j].localName === 'cc-mark') {
          probe.firstMark = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Probe {
  ticks: number;
  tickTimes: number[];
  longTasks: Array<{ start: number; duration: number }>;
  /** When the first highlight went into the page. */
  firstMark?: number;
}

interface Visit {
  page: Page;
  /** Uncaught errors the fixture throws on purpose. */
  deliberate: string[];
  /** Any other uncaught error, console error, or error our guard swallowed: none is expected. */
  others: string[];
}

describe('Crosscheck in Chromium on hostile pages', { timeout: 600_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-hostile-'));
  let ext: Extension;
  const requests: Array<{ url: string; fromWorker: boolean; frame: string }> = [];
  /** Claim counts of the plain pages of the three stories, which every copy must match. */
  const reference = new Map<string, number>();

  before(async () => {
    ext = await launchChromium(profile);
    ext.context.on('request', (request: Request) => {
      let frame = '';
      try {
        frame = request.frame().url();
      } catch {
        // Service worker requests have no frame.
      }
      requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null, frame });
    });
    await ext.context.route(
      (url) => HOSTS.has(url.host),
      async (route: Route) => {
        const url = new URL(route.request().url());
        url.hash = '';
        const served = SERVED.get(url.href);
        if (!served) {
          await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' });
          return;
        }
        await route.fulfill({
          status: 200,
          contentType: served.contentType ?? 'text/html; charset=utf-8',
          headers: served.headers ?? {},
          body: served.body(),
        });
      },
    );
  });

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function visit(url: string, timeout = 20_000): Promise<Visit> {
    const page = await ext.context.newPage();
    const found: Visit = { page, deliberate: [], others: [] };
    page.on('pageerror', (error) =>
      (error.message.includes(DELIBERATE) ? found.deliberate : found.others).push(error.message),
    );
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('Crosscheck:')) found.others.push(`swallowed: ${text}`);
      else if (message.type() === 'error' && !text.includes(DELIBERATE))
        found.others.push(`console: ${text}`);
    });
    await page.addInitScript(PROBE);
    await page.goto(url, { waitUntil: 'load', timeout });
    return found;
  }

  async function probe(page: Page): Promise<Probe> {
    return page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  }

  /**
   * The page is alive and well: its timer keeps firing, it answers, and nothing of ours threw
   * into it. Then it is closed.
   */
  async function assertHealthyAndClose(found: Visit): Promise<void> {
    const { page } = found;
    const before = (await probe(page)).ticks;
    await page.waitForTimeout(400);
    const after = (await probe(page)).ticks;
    assert.ok(after > before, `the page's timer stopped at ${before} ticks`);
    assert.deepEqual(found.others, [], 'errors in the page');
    await page.close();
  }

  async function claimMarks(page: Page, timeout = 20_000): Promise<void> {
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout });
  }

  /** Distinct claims highlighted in the page, read in Playwright's own world. */
  async function markedClaimIds(page: Page): Promise<Set<string>> {
    const marks = page.locator('cc-mark[data-kind="claim"]');
    const ids = new Set<string>();
    for (let i = 0; i < (await marks.count()); i++)
      ids.add((await marks.nth(i).getAttribute('data-claim')) ?? '');
    return ids;
  }

  /**
   * Clicks the router's "next" link and waits for the next story's address and for a claim mark
   * the first story did not have; resolves to the first story's marked claims.
   */
  async function nextStory(page: Page, url: string): Promise<Set<string>> {
    const first = await markedClaimIds(page);
    await page.click('#next');
    await page.waitForURL(url);
    await page.waitForFunction(
      (old) =>
        [...document.querySelectorAll('cc-mark[data-kind="claim"][data-status]')].some(
          (mark) => !old.includes(mark.getAttribute('data-claim') ?? ''),
        ),
      [...first],
      { timeout: 15_000 },
    );
    return first;
  }

  /** The page's paragraphs read as the story wrote them, and marks sit only inside `#story`. */
  async function assertStoryIntact(page: Page, story: Story, article = '#story'): Promise<void> {
    const texts = await page.locator(`${article} .story-body > p`).allTextContents();
    assert.deepEqual(texts, story.paragraphs);
    const all = await page.locator('cc-mark').count();
    const inside = await page.locator(`${article} cc-mark`).count();
    assert.equal(all, inside, 'marks outside the article');
    assert.ok(inside > 0, 'no marks in the article');
  }

  async function assertButtonWorks(page: Page, times = 2): Promise<void> {
    for (let i = 0; i < times; i++) await page.click('#page-button');
    assert.equal(await page.textContent('#page-button'), `clicked ${times}`);
  }

  async function storedClaimCount(url: string): Promise<number> {
    const panel = await openReport(ext, url);
    try {
      return await panel.locator('[data-claim-status]').count();
    } finally {
      await panel.close();
    }
  }

  /** The stored report of `story` holds as many claims as the plain page of the same story. */
  async function assertStoredLikePlain(story: Story, plain: Story): Promise<void> {
    const expected = reference.get(plain.url);
    assert.ok(expected, `no reference for ${plain.url}`);
    assert.equal(await storedClaimCount(story.url), expected, `claims stored for ${story.url}`);
  }

  /** Polls until the history has a report at `url` (or the time runs out). */
  async function waitForStored(url: string, timeout = 15_000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if ((await listedReports()).includes(url)) return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert.fail(`no report stored for ${url}`);
  }

  async function listedReports(): Promise<string[]> {
    const panel = await ext.context.newPage();
    try {
      await panel.goto(ext.panelUrl);
      return await historyUrls(panel).catch(() => []);
    } finally {
      await panel.close();
    }
  }

  it('reads the three plain stories, the reference for every copy below', async () => {
    for (const story of [kurskStory, voronezhStory, belgorodStory]) {
      const found = await visit(story.url);
      await claimMarks(found.page);
      await assertStoryIntact(found.page, story);
      reference.set(story.url, await storedClaimCount(story.url));
      assert.ok((reference.get(story.url) ?? 0) > 0);
      await assertHealthyAndClose(found);
    }
  });

  it('reads a story streamed in paragraph by paragraph, all of it', async () => {
    const found = await visit(S.chunked.url);
    const { page } = found;
    await page.waitForFunction(() => (window as { rendered?: boolean }).rendered === true, null, {
      timeout: CHUNK_MS * 6,
    });
    // The last paragraph is highlighted too once the stream has ended.
    await page.waitForSelector('.story-body > p:last-child cc-mark', {
      timeout: 10_000,
    });
    await assertStoryIntact(page, S.chunked);
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.chunked, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('reads a story the page fetches from its own API after load', async () => {
    const found = await visit(S.fetched.url);
    await claimMarks(found.page);
    await assertStoryIntact(found.page, S.fetched);
    await assertButtonWorks(found.page);
    await assertStoredLikePlain(S.fetched, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('follows a router that moves the address, shows a skeleton, then renders the next story', async () => {
    const found = await visit(S.routerFirst.url);
    const { page } = found;
    await claimMarks(page);
    const first = await nextStory(page, S.routerSecond.url);
    const second = await markedClaimIds(page);
    assert.deepEqual(
      [...second].filter((id) => first.has(id)),
      [],
      'old highlights remain',
    );
    await assertStoryIntact(page, S.routerSecond);
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.routerFirst, kurskStory);
    await assertStoredLikePlain(S.routerSecond, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('stores the next story at its own address when the router leaves the canonical link behind', async () => {
    const found = await visit(S.staleFirst.url);
    const { page } = found;
    await claimMarks(page);
    await nextStory(page, S.staleSecond.url);
    await assertStoryIntact(page, S.staleSecond);
    await waitForStored(S.staleSecond.url);
    // The first story's report is still the first story, not overwritten by the second.
    await assertStoredLikePlain(S.staleFirst, voronezhStory);
    await assertStoredLikePlain(S.staleSecond, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('reads the story above an endless feed and leaves the feed alone as it grows', async () => {
    const found = await visit(S.feed.url);
    const { page } = found;
    await claimMarks(page);
    for (let i = 0; i < 6; i++) {
      await page.locator('#feed-end').scrollIntoViewIfNeeded();
      await page.waitForTimeout(250);
      await page.mouse.wheel(0, -400);
    }
    const batches = await page.evaluate(() => (window as { feedBatches?: number }).feedBatches);
    assert.ok((batches ?? 0) >= 4, `the feed grew only ${batches} times`);
    assert.equal(await page.locator('.feed cc-mark').count(), 0, 'feed teasers highlighted');
    await assertStoryIntact(page, S.feed);
    await assertStoredLikePlain(S.feed, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('keeps its highlights on a story whose live clock ticks ten times a second', async () => {
    const found = await visit(S.ticker.url);
    const { page } = found;
    await claimMarks(page);
    const marks = await page.locator('cc-mark').count();
    const ticks = await page.evaluate(() => (window as { clockTicks?: number }).clockTicks ?? 0);
    await page.waitForTimeout(3_000);
    const later = await page.evaluate(() => (window as { clockTicks?: number }).clockTicks ?? 0);
    assert.ok(later > ticks + 10, 'the clock stopped');
    assert.ok(Number(await page.textContent('#clock')) >= later, 'the clock shows an old time');
    assert.equal(await page.locator('cc-mark').count(), marks, 'the highlights changed');
    await assertStoryIntact(page, S.ticker);
    await assertStoredLikePlain(S.ticker, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('reads a story whose every word sits in an inline element of its own', async () => {
    const found = await visit(S.inline.url);
    const { page } = found;
    await claimMarks(page);
    await assertStoryIntact(page, S.inline);
    assert.ok((await page.locator('.story-body a cc-mark').count()) > 0, 'no marks inside links');
    await assertStoredLikePlain(S.inline, voronezhStory);
    await assertHealthyAndClose(found);
  });

  it('reads the story beside web components and leaves their shadow roots alone', async () => {
    const found = await visit(S.shadowWidgets.url);
    const { page } = found;
    await claimMarks(page);
    await assertStoryIntact(page, S.shadowWidgets);
    await page.locator('share-bar').locator('#share').click();
    assert.equal(await page.evaluate(() => (window as { shares?: number }).shares), 1);
    assert.equal(await page.locator('share-bar').locator('cc-mark').count(), 0);
    await assertStoredLikePlain(S.shadowWidgets, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('stores nothing for a story it cannot see inside a shadow root, and leaves it alone', async () => {
    const found = await visit(S.shadowArticle.url);
    const { page } = found;
    await page.waitForTimeout(3_000);
    assert.deepEqual(
      await page.locator('story-view .story-body > p').allTextContents(),
      S.shadowArticle.paragraphs,
    );
    assert.equal(await page.locator('cc-mark').count(), 0);
    await assertButtonWorks(page);
    await assertHealthyAndClose(found);
  });

  it('reads the top page’s story and nothing inside its iframes, whose scripts keep working', async () => {
    const found = await visit(S.iframes.url);
    const { page } = found;
    await claimMarks(page);
    await assertStoryIntact(page, S.iframes);
    const framed = page.frameLocator('#framed-story');
    await framed.locator('#frame-button').click();
    assert.equal(await framed.locator('#frame-button').textContent(), 'frame 1');
    assert.equal(await framed.locator('cc-mark').count(), 0, 'the framed story was highlighted');
    assert.equal(await page.frameLocator('#ad').locator('cc-mark').count(), 0);
    const player = page.frames().find((frame) => frame.url() === PLAYER_URL);
    assert.ok(player, 'the player frame did not load');
    assert.equal(
      await player.evaluate(() => (window as { playerReady?: boolean }).playerReady),
      true,
    );
    await assertStoredLikePlain(S.iframes, voronezhStory);
    await assertHealthyAndClose(found);
  });

  it('never touches a comment box the reader types into, and leaves its draft out of the report', async () => {
    const found = await visit(S.commentBox.url);
    const { page } = found;
    await claimMarks(page);
    assert.equal(await page.locator('#draft cc-mark').count(), 0, 'the draft was highlighted');
    await page.click('#draft p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed by the reader.');
    assert.equal(
      await page.textContent('#draft'),
      `${kurskStory.paragraphs[0]} Typed by the reader.`,
    );
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator('#draft cc-mark').count(), 0, 'the draft was highlighted');
    await assertStoryIntact(page, S.commentBox);
    await assertStoredLikePlain(S.commentBox, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('stores and marks nothing in a story open in an editor', async () => {
    const found = await visit(S.editor.url);
    const { page } = found;
    await page.waitForTimeout(3_000);
    assert.equal(await page.locator('cc-mark').count(), 0, 'the editor was highlighted');
    await page.click('#story .story-body p:first-child');
    await page.keyboard.press('Home');
    await page.keyboard.type('EDIT ');
    assert.equal(
      await page.locator('#story .story-body p').first().textContent(),
      `EDIT ${S.editor.paragraphs[0]}`,
    );
    await assertHealthyAndClose(found);
  });

  it('reads an English story on a right-to-left Arabic page and leaves the Arabic text as it was', async () => {
    const found = await visit(S.rtl.url);
    const { page } = found;
    await claimMarks(page);
    const texts = await page.locator('#story .story-body > p').allTextContents();
    assert.deepEqual(
      texts,
      S.rtl.paragraphs.map((text, i) => (i === 1 ? `\u200e${text}` : text)),
    );
    assert.equal(
      await page.locator('p[lang="ar"] cc-mark, footer cc-mark, nav cc-mark').count(),
      0,
    );
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.rtl, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('highlights under a strict Content-Security-Policy without a single violation', async () => {
    const found = await visit(S.csp.url);
    const { page } = found;
    await claimMarks(page);
    await assertStoryIntact(page, S.csp);
    await assertButtonWorks(page);
    const underline = await page
      .locator('cc-mark[data-kind="claim"]')
      .first()
      .evaluate((mark) => getComputedStyle(mark).textDecorationLine);
    assert.match(underline, /underline/, 'the mark styles did not apply');
    const place = page.locator('cc-mark[data-kind="place"]').first();
    await place.hover();
    await page.waitForSelector('cc-card', { state: 'visible', timeout: 5_000 });
    assert.deepEqual(
      await page.evaluate(() => (window as { violations?: string[] }).violations),
      [],
    );
    await assertStoredLikePlain(S.csp, voronezhStory);
    await assertHealthyAndClose(found);
  });

  it('reads the story again after the page replaces its whole body', async () => {
    const found = await visit(S.bodySwap.url);
    const { page } = found;
    await claimMarks(page);
    await page.waitForFunction(() => (window as { swapped?: boolean }).swapped === true, null, {
      timeout: BODY_SWAP_MS + 3_000,
    });
    await claimMarks(page);
    await assertStoryIntact(page, S.bodySwap);
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.bodySwap, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('works on a page whose scripts overwrite the DOM’s own methods', async () => {
    const found = await visit(S.nodeProto.url);
    const { page } = found;
    // Read while the page's built-ins are broken. Playwright's own scripts in the page need
    // them (and remember a failed start), so the page is looked at only once they are back.
    await waitForStored(S.nodeProto.url);
    await page.click('#restore-builtins');
    await claimMarks(page);
    await assertStoryIntact(page, S.nodeProto);
    await assertButtonWorks(page);
    // The page's spy on listeners sees its own listeners only.
    const added = await page.evaluate(
      () => (window as { listenersAdded?: Array<{ type: string; stack: string }> }).listenersAdded,
    );
    const notPlaywright = (added ?? []).filter(
      (entry) => !/InjectedScript|UtilityScript/.test(entry.stack),
    );
    assert.deepEqual(
      notPlaywright.map((entry) => entry.type),
      ['click'],
    );
    await assertStoredLikePlain(S.nodeProto, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('works on a page whose scripts overwrite Array, Object, String and RegExp built-ins', async () => {
    const found = await visit(S.arrayProto.url);
    const { page } = found;
    // Read while the page's built-ins are broken. Playwright's own scripts in the page need
    // them (and remember a failed start), so the page is looked at only once they are back.
    await waitForStored(S.arrayProto.url);
    await page.click('#restore-builtins');
    await claimMarks(page);
    await assertStoryIntact(page, S.arrayProto);
    await assertButtonWorks(page);
    assert.equal(
      await page.evaluate(() => (window as { pageArraysHijacked?: boolean }).pageArraysHijacked),
      true,
    );
    await assertStoredLikePlain(S.arrayProto, voronezhStory);
    await assertHealthyAndClose(found);
  });

  it('works on a page whose scripts overwrite JSON, Promise, timers and fetch', async () => {
    const found = await visit(S.jsonPromise.url);
    const { page } = found;
    await claimMarks(page);
    await assertStoryIntact(page, S.jsonPromise);
    await assertButtonWorks(page);
    const ticks = await page.evaluate(() => (window as { pageTicks?: number }).pageTicks ?? 0);
    await page.waitForTimeout(300);
    assert.ok(
      ((await page.evaluate(() => (window as { pageTicks?: number }).pageTicks)) ?? 0) > ticks,
    );
    await assertStoredLikePlain(S.jsonPromise, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('gives up highlighting a page that strips every mark, after a bounded number of tries', async () => {
    const found = await visit(S.stripper.url);
    const { page } = found;
    await waitForStored(S.stripper.url);
    const stripped = () => page.evaluate(() => (window as { stripped?: number }).stripped ?? 0);
    // Each round of ours puts back every mark and the page strips them all; the rounds stop.
    let counts = [await stripped()];
    for (let i = 0; i < 20 && !(counts.length >= 3 && counts.at(-1) === counts.at(-3)); i++) {
      await page.waitForTimeout(1_000);
      counts = [...counts, await stripped()];
    }
    const last = counts.at(-1) ?? 0;
    assert.ok(last > 0, 'nothing was ever highlighted');
    assert.equal(counts.at(-3), last, `still re-highlighting: stripped ${counts.join(', ')}`);
    assert.deepEqual(
      await page.locator('#story .story-body > p').allTextContents(),
      S.stripper.paragraphs,
    );
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.stripper, kurskStory);
    await assertHealthyAndClose(found);
  });

  it('keeps working when the page deletes our styles and our hover card', async () => {
    const found = await visit(S.intruders.url);
    const { page } = found;
    await claimMarks(page);
    await page.locator('cc-mark[data-kind="place"]').first().hover();
    await page.waitForTimeout(800);
    await page.mouse.move(5, 5);
    await page.locator('cc-mark[data-kind="claim"]').first().hover();
    await page.waitForTimeout(800);
    const removed = await page.evaluate(
      () => (window as { removedIntruders?: string[] }).removedIntruders,
    );
    assert.ok(removed?.includes('style'), `the page removed ${removed?.join(', ')}`);
    await assertStoryIntact(page, S.intruders);
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.intruders, voronezhStory);
    await assertHealthyAndClose(found);
  });

  it('leaves a component framework’s own clicks, keys and re-renders working', async () => {
    const found = await visit(S.framework.url);
    const { page } = found;
    await claimMarks(page);
    // A click on highlighted words reaches the page's delegated handler through our mark.
    await page.locator('[data-para="1"] cc-mark').first().click();
    assert.equal(await page.textContent('#selected'), 'paragraph 1');
    await page.keyboard.press('j');
    assert.equal(await page.textContent('#selected'), 'paragraph 2');
    for (let i = 0; i < 3; i++) await page.click('[data-action="like"]');
    assert.equal(await page.textContent('[data-action="like"]'), 'Like (3)');
    // Each render replaced the marked paragraphs; the story is highlighted again once it settles.
    await claimMarks(page, 10_000);
    await assertStoryIntact(page, S.framework);
    await assertButtonWorks(page);
    await assertStoredLikePlain(S.framework, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('shows markup and scripts in headlines and claims as text, in the card and the panel', async () => {
    // The first outlet's report is the evidence the second outlet's claims are checked against.
    const first = await visit(S.markup.url);
    await claimMarks(first.page);
    await assertStoryIntact(first.page, S.markup);
    await assertHealthyAndClose(first);

    const found = await visit(S.markupElsewhere.url);
    const { page } = found;
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status="corroborated"]', {
      timeout: 20_000,
    });
    const claim = page.locator('cc-mark[data-kind="claim"][data-status="corroborated"]').first();
    await claim.hover();
    await page.waitForSelector('cc-card', { state: 'visible', timeout: 5_000 });
    const card = (await inCard(page, (root) => ({
      text: [...root.children]
        .filter((e) => e.localName !== 'style')
        .map((e) => e.textContent)
        .join(' '),
      tags: [...root.querySelectorAll('*')].map((e) => e.localName),
    }))) ?? { text: '', tags: [] };
    assert.ok(card.text.includes(INJECTIONS.headline), `the card says ${card.text}`);
    for (const tag of ['img', 'script', 'b'])
      assert.ok(!card.tags.includes(tag), `a <${tag}> in the card`);
    await assertStoryIntact(page, S.markupElsewhere);
    assert.equal(await page.evaluate(() => (window as { injected?: number }).injected), undefined);

    const panel = await openReport(ext, S.markupElsewhere.url);
    try {
      const text = await panel.locator('body').textContent();
      assert.ok(
        text?.includes(INJECTIONS.headline),
        'the panel does not show the headline as text',
      );
      assert.ok(
        text?.includes('<script>window.injected'),
        'the panel does not show the claim as text',
      );
      assert.equal(await panel.locator('img[src="x"], b[onmouseover]').count(), 0);
      assert.equal(
        await panel.evaluate(() => (window as { injected?: number }).injected),
        undefined,
      );
    } finally {
      await panel.close();
    }
    await assertHealthyAndClose(found);
  });

  it('reads the 5 MB page while the page’s own timer keeps firing', async () => {
    const found = await visit(S.huge.url, 60_000);
    const { page } = found;
    await claimMarks(page, 60_000);
    await assertStoryIntact(page, S.huge);
    await assertButtonWorks(page);
    // The first reading overlaps the page's own first layout of 50,000 elements; the reader's
    // "analyse this page" runs everything of ours again (survey, extraction, highlighting) on
    // the settled page, so what the page's timer and long tasks show then is our doing.
    await page.waitForTimeout(1_000);
    const start = await page.evaluate(() => performance.now());
    const reply = await ext.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) return 'no tab';
      return chrome.tabs.sendMessage(tab.id, {
        crosscheck: 1,
        method: 'page/analyse',
        params: {},
      }) as Promise<unknown>;
    }, S.huge.url);
    assert.deepEqual(reply, { ok: true, value: null });
    const end = await page.evaluate(() => performance.now());
    // Long task entries reach their observer a moment after the task.
    await page.waitForTimeout(500);
    const done = await probe(page);
    const during = done.tickTimes.filter((time) => time >= start && time <= end);
    const ticks = during.length;
    // Chromium leaves an extension's tasks out of the page's long task entries, so the page sees
    // our long tasks as gaps between the ticks of its 50 ms timer.
    const moments = [start, ...during, done.tickTimes.find((time) => time > end) ?? end];
    const longestGap = Math.max(...moments.slice(1).map((time, i) => time - (moments[i] ?? time)));
    const ours = done.longTasks.filter((task) => task.start >= start && task.start <= end);
    console.log(
      `5 MB page, analysed again once settled: ${Math.round(end - start)} ms from the call to ` +
        `its answer; the page's 50 ms timer fired ${ticks} times meanwhile, its longest wait ` +
        `${Math.round(longestGap)} ms; long task entries: ${ours.length}`,
    );
    // A reading done as one task would let the timer fire at most once, after it. A reading
    // shorter than four of the timer's periods cannot show the difference: a reading in slices
    // may see one tick too when the page's own rendering of our marks holds the timer up.
    const readingMs = end - start;
    assert.ok(
      ticks >= 2 || readingMs < 4 * 50,
      `the page's timer fired ${ticks} times while the page was read for ${Math.round(readingMs)} ms`,
    );
    await claimMarks(page);
    await assertStoryIntact(page, S.huge);
    await assertStoredLikePlain(S.huge, belgorodStory);
    await assertHealthyAndClose(found);
  });

  it('lists every story stored once, and none of the pages it could not or must not read', async () => {
    const urls = await listedReports();
    assert.deepEqual([...urls].sort(), [...STORED].sort());
  });

  it('sent not one request of its own during the whole session', async () => {
    // Even a request made on purpose from the service worker is stopped by the extension's
    // Content-Security-Policy (connect-src 'none') before it reaches the network.
    const probeUrl = 'https://probe.crosscheck-e2e.invalid/recorder-check';
    const probe = await ext.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => 'sent',
          (error: unknown) => `refused: ${String(error)}`,
        ),
      probeUrl,
    );
    assert.match(probe, /^refused/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fromExtension = requests.filter(
      (request) => request.fromWorker || request.frame.startsWith('chrome-extension://'),
    );
    assert.deepEqual(
      fromExtension.filter((request) => !request.url.startsWith('chrome-extension://')),
      [],
    );
    const web = requests.filter((request) => /^https?:/.test(request.url));
    const unknown = web.filter((request) => !SERVED.has(request.url.replace(/#.*$/, '')));
    assert.deepEqual(unknown, [], 'requests to addresses no page of the session asked for');
    assert.ok(web.length >= 25, `only ${web.length} page requests were seen`);
  });
});
