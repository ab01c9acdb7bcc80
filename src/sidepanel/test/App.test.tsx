// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { openHistory } from '../../history/history.ts';
import { readArticle } from '../../history/read-article.ts';
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

describe('History: filters, re-judging, long lists', () => {
  function shownUrls(root: HTMLElement): (string | null)[] {
    return [...historyPanel(root).querySelectorAll('[data-report-url]')].map((row) =>
      row.getAttribute('data-report-url'),
    );
  }

  function choose(select: HTMLSelectElement | null, value: string): void {
    if (!select) throw new Error('no select');
    act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('narrows the list by outlet and by entity, and clears the filters', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    await until(() => shownUrls(root).length === 3);
    const outlet = historyPanel(root).querySelector<HTMLSelectElement>('select[name="outlet"]');
    expect([...(outlet?.options ?? [])].map((o) => o.text)).toEqual([
      'Any',
      'Coast News (2)',
      'Ferry Times (1)',
    ]);
    choose(outlet, 'Ferry Times');
    await until(() => shownUrls(root).length === 1);
    expect(shownUrls(root)).toEqual(['https://b.example/new']);
    expect(text(root.querySelector('[role="status"]'))).toBe('1 report found');

    click(buttonNamed(historyPanel(root), 'Clear filters'));
    await until(() => shownUrls(root).length === 3);
    choose(
      historyPanel(root).querySelector<HTMLSelectElement>('select[name="entity"]'),
      'official:vale-ada',
    );
    await until(() => shownUrls(root).length === 1);
    expect(shownUrls(root)).toEqual(['https://coast-news.example/storm']);
  });

  it('narrows the list to the days chosen', async () => {
    await storeThree();
    const root = panel();
    openHistoryTab(root);
    await until(() => shownUrls(root).length === 3);
    const from = historyPanel(root).querySelector<HTMLInputElement>('input[name="from"]');
    const yesterday = new Date(Date.now() - day);
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    act(() => {
      if (!from) throw new Error('no date field');
      from.value = iso(yesterday);
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => shownUrls(root).length === 1);
    expect(shownUrls(root)).toEqual(['https://b.example/new']);
  });

  it('renders a window of a long history, not every row', async () => {
    const now = Date.now();
    for (let i = 0; i < 120; i++) {
      await history.saveReport(
        report({
          url: `https://many.example/${i}`,
          title: `Story ${i}`,
          readAt: now - i * 3_600_000,
        }),
      );
    }
    const root = panel();
    openHistoryTab(root);
    await until(() => shownUrls(root).length > 0);
    // The newest rows come first; the whole list is read once they are on screen.
    await until(() => /120 reports/.test(text(historyPanel(root).querySelector('.history-count'))));
    expect(text(historyPanel(root).querySelector('.history-count'))).toBe(
      '120 reports, newest first',
    );
    expect(shownUrls(root).length).toBeLessThan(30);
    expect(shownUrls(root)[0]).toBe('https://many.example/0');
  });

  it('opens a stored report with its claims as they stand now, saying what changed', async () => {
    // Read by the real pipeline: new when read, corroborated by another outlet a day later.
    const first = {
      url: 'https://first.example/drone',
      source: 'First Outlet',
      title: 'Drone shot down over Smolensk region',
      body: 'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhin said on Telegram.',
    };
    await readArticle(history, first, Date.now() - day);
    await readArticle(
      history,
      { ...first, url: 'https://second.example/drone', source: 'Second Outlet' },
      Date.now(),
    );
    const root = panel();
    openHistoryTab(root);
    const row = await until(() =>
      historyPanel(root).querySelector(`[data-report-url="${first.url}"]`),
    );
    click(row.querySelector('.history-open'));
    const claimRow = await until(() =>
      historyPanel(root).querySelector('[data-claim-status="corroborated"]'),
    );
    expect(claimRow.getAttribute('data-status-when-read')).toBe('new');
    expect(text(claimRow)).toContain('When you read it: New');
    expect(text(claimRow)).toContain('Second Outlet');
    expect(text(historyPanel(root))).toMatch(
      /\d+ claims? (has|have) changed since you read this\./,
    );
  });
});

describe('Entity view', () => {
  it('opens from a chip with the names, reports, claims and timeline, and goes back', async () => {
    const stored = checkedReport();
    await history.saveReport({
      ...stored,
      mentions: [{ entityId: 'place:xx-brinmoor', surface: 'Брінмур', start: 0, end: 7 }],
    });
    await history.saveReport(
      report({
        url: 'https://b.example/new',
        title: 'Ferries resume at Brinmoor',
        source: 'Ferry Times',
        readAt: stored.readAt + 2 * day,
      }),
    );
    browser.active = { id: 4, url: stored.url };
    browser.states.set(4, { kind: 'ready', url: stored.url, reportUrl: stored.url });
    const root = panel();
    const chip = await until(() =>
      pagePanel(root).querySelector<HTMLElement>('[data-entity="place:xx-brinmoor"] .chip-open'),
    );
    click(chip);
    const view = await until(() => pagePanel(root).querySelector('[data-entity-view]'));
    expect(text(view.querySelector('h2'))).toBe('Brinmoor');
    expect(document.activeElement).toBe(view.querySelector('h2'));
    expect(text(view.querySelector('.entity-kind-line'))).toBe('Place · town, Westshire');
    expect(text(view.querySelector('.spellings'))).toBe('Брінмур');
    expect(
      [...view.querySelectorAll('.entity-reports [data-report-url]')].map((r) =>
        r.getAttribute('data-report-url'),
      ),
    ).toEqual(['https://b.example/new', 'https://coast-news.example/storm']);
    // Every claim of the storm report names Brinmoor among its places.
    expect(view.querySelectorAll('.entity-claim')).toHaveLength(4);
    expect(text(view.querySelector('.timeline-caption'))).toMatch(/^2 reports from .+ to .+$/);
    // Three days from the first reading to the last: a bar each, the middle one empty.
    expect(
      [...view.querySelectorAll('.timeline-bar')].map((bar) => bar.getAttribute('data-count')),
    ).toEqual(['1', '0', '1']);

    // On the active tab's page the entity can be found in the page.
    click(buttonNamed(view as HTMLElement, /Show Brinmoor in the page/));
    expect(browser.tabCalls).toEqual([
      { tabId: 4, method: 'page/reveal', params: { entityId: 'place:xx-brinmoor' } },
    ]);

    click(buttonNamed(view as HTMLElement, '← Back'));
    await until(() => !pagePanel(root).querySelector('[data-entity-view]'));
    expect(pagePanel(root).querySelectorAll('[data-claim-status]')).toHaveLength(4);
  });
});
