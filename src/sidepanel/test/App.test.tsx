// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import type { History } from '../../history/types.ts';
import { App } from '../App.tsx';
import { createPanelData } from '../panel-data.ts';
import { buttonNamed, click, mount, text, until } from './dom.ts';
import { checkedReport, claim, report } from './fixtures.ts';
import { fakeBrowser, type FakeBrowser } from './seam.ts';

let history: History;
let browser: FakeBrowser;

beforeEach(async () => {
  history = await openHistory(memoryIndexedDB());
  browser = fakeBrowser();
});

afterEach(() => history.close());

function panel(fixedUrl?: string): HTMLElement {
  return mount(
    <App
      data={createPanelData({ history, seam: browser.seam, fixedUrl })}
      fixedReport={!!fixedUrl}
    />,
  );
}

function pagePanel(root: HTMLElement): HTMLElement {
  return root.querySelector('#panel-page') as HTMLElement;
}

function historyPanel(root: HTMLElement): HTMLElement {
  return root.querySelector('#panel-history') as HTMLElement;
}

function openHistoryTab(root: HTMLElement): void {
  click(root.querySelector('[role="tab"]#tab-history'));
}

function typeInto(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no input');
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const day = 86_400_000;

async function storeThree(): Promise<void> {
  const now = Date.now();
  await history.saveReport(
    report({
      url: 'https://a.example/old',
      title: 'Harbour reopens',
      readAt: now - 3 * day,
      entities: [],
    }),
  );
  await history.saveReport(checkedReport());
  await history.saveReport(
    report({
      url: 'https://b.example/new',
      title: 'Ferries resume',
      source: 'Ferry Times',
      readAt: now,
      entities: [],
    }),
  );
  // checkedReport's fixed 2025 date makes it the oldest.
}

describe('This page', () => {
  it('invites the reader to open an article while the tab holds none', async () => {
    const root = panel();
    await until(() => /Open a news article/.test(text(pagePanel(root))));
    expect(text(root.querySelector('[role="status"]'))).toBe('No article in this tab.');
  });

  it('offers to analyse a page that is not an article, and asks its tab to', async () => {
    browser.active = { id: 4, url: 'https://shop.example/' };
    browser.states.set(4, { kind: 'not-article', url: 'https://shop.example/' });
    const root = panel();
    const button = await until(() => buttonNamed(pagePanel(root), 'Analyse this page anyway'));
    click(button);
    expect(browser.tabCalls).toEqual([{ tabId: 4, method: 'page/analyse', params: {} }]);
    await until(() => /Reading this article/.test(text(pagePanel(root))));
  });

  it("shows the error's message", async () => {
    browser.active = { id: 4, url: 'https://x.example/' };
    browser.states.set(4, {
      kind: 'error',
      url: 'https://x.example/',
      message: 'The page would not load',
    });
    const root = panel();
    const alert = await until(() => pagePanel(root).querySelector('[role="alert"]'));
    expect(text(alert)).toContain('The page would not load');
  });

  it('follows the tab from reading to its report, and reveals a clicked claim in the page', async () => {
    const stored = checkedReport();
    browser.active = { id: 4, url: stored.url };
    browser.states.set(4, { kind: 'reading', url: stored.url });
    const root = panel();
    await until(() => pagePanel(root).querySelector('.spinner'));

    await history.saveReport(stored);
    const ready = { kind: 'ready', url: stored.url, reportUrl: stored.url } as const;
    browser.states.set(4, ready);
    act(() =>
      browser.broadcast({
        crosscheck: 1,
        broadcast: 'tab/changed',
        payload: { tabId: 4, state: ready },
      }),
    );
    const row = await until(() =>
      pagePanel(root).querySelector('[data-claim-status="contradicted"] button'),
    );
    expect(text(root.querySelector('[role="status"]'))).toContain('4 claims: 1 contradicted');
    click(row);
    expect(browser.tabCalls).toEqual([
      { tabId: 4, method: 'page/reveal', params: { claimId: stored.claims[2]?.id } },
    ]);
  });

  it('with ?url= shows that report even with no tab, and refreshes when it is read again', async () => {
    const stored = checkedReport();
    await history.saveReport(stored);
    const root = panel(stored.url);
    await until(() => pagePanel(root).querySelectorAll('[data-claim-status]').length === 4);
    expect(text(root.querySelector('#tab-page'))).toBe('Report');
    expect(pagePanel(root).querySelector('[data-claim-status] button')).toBeNull();

    await history.saveReport({ ...stored, claims: [claim('new', 'The pier was repaired.')] });
    act(() =>
      browser.broadcast({
        crosscheck: 1,
        broadcast: 'history/changed',
        payload: { url: stored.url },
      }),
    );
    await until(() => pagePanel(root).querySelectorAll('[data-claim-status]').length === 1);
  });
});

describe('History', () => {
  it('is a tablist the keyboard can move through', async () => {
    const root = panel();
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tablist"] [role="tab"]')];
    expect(tabs.map((tab) => [text(tab), tab.getAttribute('aria-selected'), tab.tabIndex])).toEqual(
      [
        ['This page', 'true', 0],
        ['History', 'false', -1],
        ['Settings', 'false', -1],
      ],
    );
    act(() => {
      tabs[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[1]);
    expect(historyPanel(root).hidden).toBe(false);
    expect(pagePanel(root).hidden).toBe(true);
  });

  it('says so when nothing has been read', async () => {
    const root = panel();
    openHistoryTab(root);
    await until(() => /No reports yet/.test(text(historyPanel(root))));
  });

  it('lists every report newest first, grouped by day', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    await until(() => historyPanel(root).querySelectorAll('[data-report-url]').length === 3);
    const urls = [...historyPanel(root).querySelectorAll('[data-report-url]')].map((row) =>
      row.getAttribute('data-report-url'),
    );
    expect(urls).toEqual([
      'https://b.example/new',
      'https://a.example/old',
      'https://coast-news.example/storm',
    ]);
    const days = [...historyPanel(root).querySelectorAll('.history-day-heading')].map(text);
    expect(days).toHaveLength(3);
    expect(days[0]).toBe('Today');
  });

  it('filters by headline, claim text and entity name as the reader types', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    await until(() => historyPanel(root).querySelectorAll('[data-report-url]').length === 3);
    const search = historyPanel(root).querySelector<HTMLInputElement>('input[type="search"]');
    const shown = () =>
      [...historyPanel(root).querySelectorAll('[data-report-url]')].map((row) =>
        row.getAttribute('data-report-url'),
      );

    typeInto(search, 'ferries');
    await until(() => shown().length === 1);
    expect(shown()).toEqual(['https://b.example/new']);

    typeInto(search, 'sea wall');
    await until(() => shown()[0] === 'https://coast-news.example/storm');
    expect(shown()).toHaveLength(1);

    // "Ada Vale" is only an entity of the storm report, never in its headline or claim text.
    typeInto(search, 'ada vale');
    await until(() => shown().length === 1);
    expect(shown()).toEqual(['https://coast-news.example/storm']);

    typeInto(search, 'no such words anywhere');
    await until(() => /No report matches/.test(text(historyPanel(root))));

    typeInto(search, '');
    await until(() => shown().length === 3);
  });

  it('opens a report with its claims, and goes back to the list', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    const row = await until(() =>
      historyPanel(root).querySelector('[data-report-url="https://coast-news.example/storm"]'),
    );
    click(row.querySelector('.history-open'));
    await until(() => historyPanel(root).querySelectorAll('[data-claim-status]').length === 4);
    expect(text(historyPanel(root).querySelector('h2'))).toBe(
      'Brinmoor counts the cost of the storm',
    );
    click(buttonNamed(historyPanel(root), /All reports/));
    await until(() => historyPanel(root).querySelectorAll('[data-report-url]').length === 3);
  });

  it('asks before deleting, keeps the report on "Keep", removes it on "Delete"', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    const rowOf = () =>
      historyPanel(root).querySelector('[data-report-url="https://a.example/old"]');
    await until(rowOf);

    click(rowOf()?.querySelector('.history-delete'));
    expect(text(rowOf()?.querySelector('.confirm'))).toContain('Delete this report?');
    expect(document.activeElement && text(document.activeElement)).toBe('Keep');
    click(buttonNamed(rowOf() as HTMLElement, 'Keep'));
    expect(rowOf()?.querySelector('.confirm')).toBeNull();
    expect(await history.getReport('https://a.example/old')).toBeDefined();

    click(rowOf()?.querySelector('.history-delete'));
    click(buttonNamed(rowOf() as HTMLElement, 'Delete'));
    await until(() => !rowOf());
    expect(historyPanel(root).querySelectorAll('[data-report-url]')).toHaveLength(2);
    expect(await history.getReport('https://a.example/old')).toBeUndefined();
    expect(text(root.querySelector('[role="status"]'))).toBe('Report deleted.');
  });

  it('shows the error when the history cannot be read', async () => {
    const root = panel();
    history.close();
    openHistoryTab(root);
    // A closed database fails every read, as a history broken underneath the panel would.
    act(() =>
      browser.broadcast({ crosscheck: 1, broadcast: 'history/changed', payload: { url: 'x' } }),
    );
    const alert = await until(() => historyPanel(root).querySelector('[role="alert"]'));
    expect(text(alert)).toContain('The history could not be read.');
  });
});
