/**
 * The history outlives what a browser does to an extension: a browser restart on the same
 * profile, an extension reload, and a service worker stopped while it is reading an article.
 * What the history holds is read straight from its IndexedDB, from an extension page, store by
 * store: a report is either whole (its record, list row, every claim row and every sighting) or
 * absent, never in between; and a page that shows its highlights has its report stored, if not
 * by the worker that answered it, then by the next one to start.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { loadDemo } from '../scripts/demo-server.mjs';
import { historyUrls, launchChromium, openReport, routeDemo } from './chromium.ts';
import type { Extension, ExtraPages } from './chromium.ts';

const corpus = loadDemo();
const [first, second, third] = corpus.articles;
if (!first || !second || !third) throw new Error('the demo needs at least three articles');

/**
 * Long articles of their own (the first demo article's page, its paragraphs many times over,
 * under another address), so the service worker spends long enough reading one to be stopped
 * in the middle. One address per attempt, so no earlier whole report can hide a partial one.
 */
const LONG_ARTICLES = Array.from(
  { length: 6 },
  (_, i) => new URL(`/e2e/long-article-${i + 1}`, first.url).href,
);
/** An article of its own whose first write the history refuses. */
const REFUSED_ARTICLE = new URL('/e2e/refused-article', first.url).href;
const extra: ExtraPages = new Map([
  ...LONG_ARTICLES.map((url): [string, () => string] => [url, () => longArticle(url)]),
  [REFUSED_ARTICLE, () => longArticle(REFUSED_ARTICLE, 2)],
]);

function longArticle(url: string, copies = 60): string {
  const html = readFileSync(join(corpus.dir, first!.file), 'utf8');
  const paragraphs = [...html.matchAll(/<p>[\s\S]*?<\/p>/g)].map((match) => match[0]).join('\n');
  return html
    .replaceAll(first!.url, url)
    .replace('</article>', `${Array(copies).fill(paragraphs).join('\n')}</article>`);
}

/** One URL's records in each store, as the extension's own IndexedDB holds them. */
interface Stored {
  report: { claims: number; entities: number } | null;
  summary: boolean;
  claimRows: number;
  sightings: number;
}

/**
 * Runs in an extension page: every store's records for `url`. (No named functions inside: the
 * test runner's transform would wrap them in a helper the page does not have.)
 */
const readStores = async (url: string): Promise<Stored> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const tx = db.transaction(['reports', 'summaries', 'claims', 'sightings']);
    const requests: IDBRequest[] = [
      tx.objectStore('reports').get(url),
      tx.objectStore('summaries').get(url),
      tx.objectStore('claims').index('reportUrl').count(url),
      tx.objectStore('sightings').index('reportUrl').count(url),
    ];
    const [report, summary, claimRows, sightings] = await Promise.all(
      requests.map(
        (request) =>
          new Promise<unknown>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const whole = report as { claims: unknown[]; entities: unknown[] } | undefined;
    return {
      report: whole ? { claims: whole.claims.length, entities: whole.entities.length } : null,
      summary: summary !== undefined,
      claimRows: claimRows as number,
      sightings: sightings as number,
    };
  } finally {
    db.close();
  }
};

function isWhole(stored: Stored): boolean {
  return (
    stored.report !== null &&
    stored.report.claims > 0 &&
    stored.summary &&
    stored.claimRows === stored.report.claims &&
    stored.sightings === stored.report.entities
  );
}

function isAbsent(stored: Stored): boolean {
  return !stored.report && !stored.summary && stored.claimRows === 0 && stored.sightings === 0;
}

/**
 * Opens the article and waits until its claims carry a status. The page is answered before its
 * report is written: the write starts once the page has drawn its highlights (`comesWhole`).
 */
async function read(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 30_000 });
}

/**
 * Whether the report of `url` comes to be stored whole within `ms`: the write follows the
 * highlights, once the page has drawn them and asked for its cards (`follow-ups.ts`), so a
 * report is looked for a moment after its highlights, not at once.
 */
async function comesWhole(
  stored: (url: string) => Promise<Stored>,
  page: Page,
  url: string,
  ms = 10_000,
): Promise<boolean> {
  const since = Date.now();
  while (!isWhole(await stored(url))) {
    if (Date.now() - since > ms) return false;
    await page.waitForTimeout(50);
  }
  return true;
}

describe('Crosscheck keeps its history in Chromium', { timeout: 300_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-durability-'));
  let ext: Extension;
  let page: Page;
  /** An extension page to read the database from. */
  let inspector: Page;

  async function launch(): Promise<void> {
    ext = await launchChromium(profile);
    await routeDemo(ext.context, corpus, extra);
    page = await ext.context.newPage();
    inspector = await ext.context.newPage();
    await inspector.goto(ext.panelUrl);
  }

  const stored = (url: string) => inspector.evaluate(readStores, url);

  before(launch);

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps every report, whole, across a browser restart', async () => {
    await read(page, first.url);
    await read(page, second.url);
    // The write follows the highlights (`comesWhole`): looked for at once, the second report was
    // once not yet there (a clean-clone run, 2026-11-22).
    for (const url of [first.url, second.url])
      assert.ok(await comesWhole(stored, page, url), `${url} was not stored whole`);
    const before = [await stored(first.url), await stored(second.url)];
    for (const state of before) assert.ok(isWhole(state), JSON.stringify(state));

    await ext.context.close();
    await launch();
    assert.deepEqual([await stored(first.url), await stored(second.url)], before);
    const panel = await openReport(ext, second.url);
    const evidence = await panel.locator('[data-evidence-relation]').count();
    assert.ok(evidence > 0, `${second.outlet}'s report lost the evidence citing ${first.outlet}`);
    await panel.close();
  });

  it('keeps every report across an extension reload, and reads again afterwards', async () => {
    const before = await stored(second.url);
    // Chromium keeps an unpacked extension disabled after a reload unless developer mode is on,
    // as it is for anyone reloading one by hand.
    const settings = await ext.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
        }
      ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    );
    await settings.close();

    const restarted = ext.context.waitForEvent('serviceworker', { timeout: 30_000 });
    // The worker is gone before it can answer: the call's own failure is expected.
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    ext = { ...ext, worker: await restarted };
    // The reload closed the extension's pages, the inspector among them.
    inspector = await ext.context.newPage();
    await inspector.goto(ext.panelUrl);
    assert.deepEqual(await stored(second.url), before);

    await read(page, third.url);
    assert.ok(await comesWhole(stored, page, third.url));
    const listed = await historyUrls(inspector);
    for (const url of [first.url, second.url, third.url]) assert.ok(listed.includes(url), url);
  });

  it('highlights a page whose write the history refuses, shows the failure, and stores it on a retry', async () => {
    // A full disk, in the worker: each write aborts its transaction with a quota error, as
    // Chromium's does, until the test makes room.
    await ext.worker.evaluate(() => {
      const scope = globalThis as unknown as { refuseWrites: boolean };
      scope.refuseWrites = true;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if (!scope.refuseWrites) return put.apply(this, args);
        this.transaction.abort();
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      } as typeof put;
    });
    await read(page, REFUSED_ARTICLE);
    const marks = await page.locator('cc-mark').count();
    const tabId = await ext.worker.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      REFUSED_ARTICLE,
    );
    assert.ok(tabId !== undefined, 'no tab shows the article');
    const shown = () =>
      ext.worker.evaluate(async (id) => {
        const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
          { kind: string; message?: string } | undefined;
        return { state, badge: await chrome.action.getBadgeText({ tabId: id }) };
      }, tabId);
    let seen = await shown();
    for (let tries = 0; tries < 100 && seen.state?.kind !== 'error'; tries++) {
      await page.waitForTimeout(100);
      seen = await shown();
    }
    assert.equal(seen.state?.kind, 'error', JSON.stringify(seen));
    assert.match(seen.state?.message ?? '', /history is full.*try again/);
    assert.equal(seen.badge, '!');
    assert.ok(isAbsent(await stored(REFUSED_ARTICLE)), 'a refused write left part of a report');

    // Room again: the retry (two seconds on) stores it whole, and the tab shows the report, while
    // the page keeps the highlights it was given.
    await ext.worker.evaluate(() => {
      (globalThis as unknown as { refuseWrites: boolean }).refuseWrites = false;
    });
    const since = Date.now();
    while (!isWhole(await stored(REFUSED_ARTICLE))) {
      assert.ok(Date.now() - since < 20_000, 'the refused article was never stored');
      await page.waitForTimeout(200);
    }
    for (let tries = 0; tries < 50 && seen.state?.kind !== 'ready'; tries++) {
      await page.waitForTimeout(100);
      seen = await shown();
    }
    assert.equal(seen.state?.kind, 'ready', JSON.stringify(seen));
    assert.notEqual(seen.badge, '!');
    assert.equal(await page.locator('cc-mark').count(), marks);
  });

  it('holds a whole report or none when the service worker is stopped mid-reading, and reads again', async () => {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // How long a cold worker takes from the page's load to the stored report, polled.
    const [calibration, ...attempts] = LONG_ARTICLES;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(calibration!, { waitUntil: 'load' });
    const loaded = Date.now();
    while (!isWhole(await stored(calibration!))) {
      assert.ok(Date.now() - loaded < 30_000, 'the long article was never stored');
      await page.waitForTimeout(25);
    }
    const took = Date.now() - loaded;
    const outcomes: string[] = [];
    /** Pages answered (their claims highlighted) whose worker was stopped before the write landed. */
    const answeredUnwritten: string[] = [];
    // Stops around that moment, each on a cold worker: before, during and after the write.
    for (const [i, url] of attempts.entries()) {
      const delay = Math.round(took * [0.5, 0.8, 0.9, 1, 1.1][i]!);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(delay);
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Give a write the stop did not interrupt time to land, then look.
      await page.waitForTimeout(500);
      const state = await stored(url);
      assert.ok(
        isWhole(state) || isAbsent(state),
        `after a stop at ${delay} ms, ${url} is partly stored: ${JSON.stringify(state)}`,
      );
      const answered = (await page.locator('cc-mark[data-kind="claim"][data-status]').count()) > 0;
      if (answered && isAbsent(state)) answeredUnwritten.push(url);
      outcomes.push(
        `${delay} ms: ${isWhole(state) ? 'whole' : answered ? 'answered, unwritten' : 'none'}`,
      );
    }
    console.log(`stored in ${took} ms; stopped mid-reading at ${outcomes.join(', ')}`);

    // The next worker to start stores what a stopped one answered but never wrote, without
    // the page being read again: reading an article already stored wakes one.
    if (answeredUnwritten.length > 0) {
      await read(page, calibration!);
      for (const url of answeredUnwritten) {
        const since = Date.now();
        while (!isWhole(await stored(url))) {
          assert.ok(Date.now() - since < 15_000, `${url} was answered but never stored`);
          await page.waitForTimeout(100);
        }
      }
    }

    // Reading again starts a new worker and stores each of them whole.
    for (const url of attempts) {
      await read(page, url);
      assert.ok(await comesWhole(stored, page, url), `${url} not stored whole on a second reading`);
    }
    await cdp.detach();
  });
});
