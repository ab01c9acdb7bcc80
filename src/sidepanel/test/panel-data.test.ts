import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import type { History } from '../../history/types.ts';
import { createPanelData, type PanelChange } from '../panel-data.ts';
import { checkedReport, report } from './fixtures.ts';
import { fakeBrowser, type FakeBrowser } from './seam.ts';

let history: History;
let browser: FakeBrowser;
const stored = checkedReport();

beforeEach(async () => {
  history = await openHistory(memoryIndexedDB());
  await history.saveReport(stored);
  browser = fakeBrowser();
});

afterEach(() => history.close());

describe('the page panel data', () => {
  it('shows the stored report of a tab whose article is ready, with the tab to reveal in', async () => {
    browser.active = { id: 7, url: 'https://coast-news.example/storm?utm=x' };
    browser.states.set(7, { kind: 'ready', url: browser.active.url, reportUrl: stored.url });
    const page = await createPanelData({ history, seam: browser.seam }).page();
    expect(page.kind).toBe('report');
    expect(page.kind === 'report' && page.report.claims.map((c) => c.text)).toEqual(
      stored.claims.map((c) => c.text),
    );
    expect(page.kind === 'report' && page.tabId).toBe(7);
  });

  it('passes the states before a report on, and idle without any tab', async () => {
    const data = createPanelData({ history, seam: browser.seam });
    expect(await data.page()).toEqual({ kind: 'idle' });
    browser.active = { id: 3, url: 'https://shop.example/' };
    browser.states.set(3, { kind: 'not-article', url: 'https://shop.example/' });
    expect(await data.page()).toEqual({
      kind: 'not-article',
      tabId: 3,
      url: 'https://shop.example/',
    });
    browser.states.set(3, {
      kind: 'error',
      url: 'https://shop.example/',
      message: 'Page too large',
    });
    expect(await data.page()).toEqual({ kind: 'error', message: 'Page too large' });
  });

  it('readies the gazetteer before judging claims as they stand, and not before it is needed', async () => {
    const steps: string[] = [];
    const data = createPanelData({
      history,
      seam: browser.seam,
      gazetteer: async () => {
        steps.push('gazetteer');
      },
    });
    await data.page();
    expect(steps).toEqual([]);
    const standing = await data.standing(stored);
    expect(standing.map((claim) => claim.text)).toEqual(stored.claims.map((claim) => claim.text));
    expect(steps).toEqual(['gazetteer']);
    await data.entity(stored.entities[0]!.id);
    expect(steps).toEqual(['gazetteer', 'gazetteer']);
  });

  it('turns an unreachable background into an error state', async () => {
    browser.active = { id: 3, url: 'https://coast-news.example/storm' };
    browser.backgroundDown = 'No answer from Crosscheck';
    expect(await createPanelData({ history, seam: browser.seam }).page()).toEqual({
      kind: 'error',
      message: 'No answer from Crosscheck',
    });
  });

  it('with a fixed URL shows that report whatever the tab holds, and cannot reveal in it', async () => {
    browser.active = { id: 9, url: 'https://elsewhere.example/' };
    const page = await createPanelData({
      history,
      seam: browser.seam,
      fixedUrl: stored.url,
    }).page();
    expect(page.kind === 'report' && page.report.url).toBe(stored.url);
    expect(page.kind === 'report' && page.tabId).toBeUndefined();
    const missing = await createPanelData({
      history,
      seam: browser.seam,
      fixedUrl: 'https://nope.example/',
    }).page();
    expect(missing).toEqual({ kind: 'missing', url: 'https://nope.example/' });
  });

  it('lists every report newest first and searches claim text', async () => {
    await history.saveReport(
      report({
        url: 'https://later.example/a',
        title: 'Ferries resume',
        readAt: stored.readAt + 60_000,
      }),
    );
    const data = createPanelData({ history, seam: browser.seam });
    expect((await data.reports('')).map((r) => r.url)).toEqual([
      'https://later.example/a',
      stored.url,
    ]);
    expect((await data.reports('sea wall')).map((r) => r.url)).toEqual([stored.url]);
  });

  it('gives the newest reports first for a first screenful, without the rest', async () => {
    for (let i = 1; i <= 3; i++)
      await history.saveReport(
        report({ url: `https://later.example/${i}`, readAt: stored.readAt + i * 60_000 }),
      );
    const data = createPanelData({ history, seam: browser.seam });
    expect((await data.recentReports(2)).map((r) => r.url)).toEqual([
      'https://later.example/3',
      'https://later.example/2',
    ]);
    expect(await data.recentReports(10)).toEqual(await data.reports(''));
  });

  it('searches a history changed since the last search: by a broadcast, a deletion, an import', async () => {
    const data = createPanelData({ history, seam: browser.seam });
    const stop = data.watch(() => undefined);
    expect((await data.reports('ferries')).map((r) => r.url)).toEqual([]);
    // Read by the background meanwhile, which says so.
    await history.saveReport(report({ url: 'https://later.example/a', title: 'Ferries resume' }));
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'history/changed',
      payload: { url: 'https://later.example/a' },
    });
    expect((await data.reports('ferries')).map((r) => r.url)).toEqual(['https://later.example/a']);
    // The stored report read again, newer now and about something else.
    await history.saveReport({ ...stored, title: 'Ferries cancelled', readAt: Date.now() });
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'history/changed',
      payload: { url: stored.url },
    });
    expect((await data.reports('ferries')).map((r) => r.url)).toEqual([
      stored.url,
      'https://later.example/a',
    ]);
    await history.saveReport(stored);
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'history/changed',
      payload: { url: stored.url },
    });
    await data.deleteReport('https://later.example/a');
    expect((await data.reports('ferries')).map((r) => r.url)).toEqual([]);
    expect((await data.reports('')).map((r) => r.url)).toEqual([stored.url]);
    const file = await data.exportHistory();
    await data.clearHistory();
    expect(await data.reports('')).toEqual([]);
    await data.importHistory(file);
    expect((await data.reports('sea wall')).map((r) => r.url)).toEqual([stored.url]);
    stop();
  });

  it('reports changes to the history, and state changes only of the tab shown', async () => {
    browser.active = { id: 7, url: 'https://coast-news.example/storm' };
    const data = createPanelData({ history, seam: browser.seam });
    await data.page();
    const changes: PanelChange[] = [];
    const stop = data.watch((change) => changes.push(change));
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'tab/changed',
      payload: { tabId: 8, state: { kind: 'idle' } },
    });
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'tab/changed',
      payload: { tabId: 7, state: { kind: 'idle' } },
    });
    browser.broadcast({
      crosscheck: 1,
      broadcast: 'history/changed',
      payload: { url: stored.url },
    });
    expect(changes).toEqual([{ kind: 'page' }, { kind: 'history', url: stored.url }]);
    stop();
    expect(browser.listeners).toBe(0);
  });

  it('says why a reveal failed', async () => {
    const data = createPanelData({ history, seam: browser.seam });
    expect(await data.reveal(7, { claimId: 'x#1' })).toBeUndefined();
    expect(browser.tabCalls).toEqual([
      { tabId: 7, method: 'page/reveal', params: { claimId: 'x#1' } },
    ]);
    browser.tabDown = 'Could not establish connection.';
    expect(await data.reveal(7, { claimId: 'x#1' })).toBe('Could not establish connection.');
  });
});
