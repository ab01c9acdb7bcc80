// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import type { History } from '../../history/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import { createPanelData } from '../panel-data.ts';
import { exportFileName } from '../HistorySettings.tsx';
import { SettingsView } from '../SettingsView.tsx';
import { buttonNamed, click, mount, text, until } from './dom.ts';
import { checkedReport, report } from './fixtures.ts';
import { fakeBrowser, type FakeBrowser } from './seam.ts';

let history: History;
let browser: FakeBrowser;
let said: string[];
let historyChanges: number;

beforeEach(async () => {
  history = await openHistory(memoryIndexedDB());
  browser = fakeBrowser();
  said = [];
  historyChanges = 0;
});
afterEach(() => history.close());

async function settingsScreen(): Promise<HTMLElement> {
  const root = mount(
    <SettingsView
      data={createPanelData({ history, seam: browser.seam })}
      announce={(message) => said.push(message)}
      revision={0}
      onHistoryChanged={() => historyChanges++}
    />,
  );
  await until(() => root.querySelector('fieldset'));
  return root;
}

function stored(): Settings {
  return browser.storedSettings as Settings;
}

function labelled(root: HTMLElement, name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => text(l) === name);
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no input labelled ${name}`);
  return input;
}

function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit(form: HTMLFormElement | null | undefined): void {
  act(() => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

async function chooseFile(root: HTMLElement, content: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([content], 'history.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Settings: highlighting', () => {
  it('shows every kind on by default and stores a kind switched off', async () => {
    const root = await settingsScreen();
    const claims = labelled(root, 'Claims and their status');
    expect(claims.checked).toBe(true);
    click(claims);
    await until(() => stored()?.highlight.claim === false);
    expect(stored().highlight).toEqual({ ...DEFAULT_SETTINGS.highlight, claim: false });
    expect(claims.checked).toBe(false);
    expect(said).toContain('Settings saved.');
  });

  it('follows settings changed in another window', async () => {
    const root = await settingsScreen();
    act(() =>
      browser.changeSettingsElsewhere({
        ...DEFAULT_SETTINGS,
        highlight: { ...DEFAULT_SETTINGS.highlight, place: false },
      }),
    );
    await until(() => !labelled(root, 'Places').checked);
  });
});

describe('Settings: sites', () => {
  it('pauses on a typed site, reduced to its host, and removes it again', async () => {
    const root = await settingsScreen();
    typeInto(
      root.querySelector('#site-input') as HTMLInputElement,
      'https://www.News.example/live',
    );
    submit(root.querySelector('form.site-add') as HTMLFormElement);
    await until(() => stored()?.pausedSites.length === 1);
    expect(stored().pausedSites).toEqual(['news.example']);
    expect(text(root.querySelector('.sites'))).toContain('news.example');
    expect(said).toContain('news.example added.');

    click(root.querySelector('[aria-label="Remove news.example"]'));
    await until(() => stored()?.pausedSites.length === 0);
  });

  it('says what is wrong with a site it cannot read, and stores nothing', async () => {
    const root = await settingsScreen();
    typeInto(root.querySelector('#site-input') as HTMLInputElement, 'not a site');
    submit(root.querySelector('form.site-add') as HTMLFormElement);
    await until(() => root.querySelector('[role="alert"]'));
    expect(text(root.querySelector('[role="alert"]'))).toBe('“not a site” is not a site address.');
    expect(browser.storedSettings).toBeUndefined();
  });

  it("offers the active tab's site, and lists sites only when told to", async () => {
    browser.active = { id: 3, url: 'https://www.daily.example/world/1' };
    const root = await settingsScreen();
    click(labelled(root, 'Only the sites listed'));
    await until(() => stored()?.sites === 'listed');
    const offer = await until(() => buttonNamed(root, 'Add this tab’s site (daily.example)'));
    click(offer);
    await until(() => stored()?.listedSites.includes('daily.example'));
    expect(stored().pausedSites).toEqual([]);
    expect(text(root)).toContain('Listed sites');
  });
});

describe('Settings: keeping the history', () => {
  it('offers each keeping period and stores the one chosen', async () => {
    const root = await settingsScreen();
    const choices = [...root.querySelectorAll<HTMLInputElement>('input[name="keep-days"]')];
    expect(choices.map((c) => text(c.closest('label')))).toEqual([
      'For 30 days',
      'For 90 days',
      'For 365 days',
      'For ever',
    ]);
    expect(choices[3]?.checked).toBe(true);
    click(choices[1]);
    await until(() => stored()?.keepDays === 90);
  });
});

describe('Settings: export, import, delete everything', () => {
  it('imports an exported history into an empty one, and says how many were added', async () => {
    await history.saveReport(checkedReport());
    await history.saveReport(report({ url: 'https://b.example/x', title: 'Second' }));
    const file = await createPanelData({ history, seam: browser.seam }).exportHistory();
    await history.clear();

    const root = await settingsScreen();
    await chooseFile(root, file);
    const result = await until(() => root.querySelector('[data-import-result]'));
    expect(text(result)).toBe('Imported: 2 added, 0 updated, 0 unchanged.');
    expect((await history.listReports()).map((r) => r.url).sort()).toEqual([
      'https://b.example/x',
      'https://coast-news.example/storm',
    ]);
    expect(historyChanges).toBe(1);

    await chooseFile(root, file);
    await until(() => /0 added, 0 updated, 2 unchanged/.test(text(root)));
  });

  it('shows why a file could not be imported, and keeps the history as it was', async () => {
    await history.saveReport(checkedReport());
    const root = await settingsScreen();
    await chooseFile(root, '{"not": "an export"');
    const result = await until(() => root.querySelector('[data-import-result="error"]'));
    expect(text(result)).toMatch(/^Nothing was imported\. .+/);
    expect(await history.listReports()).toHaveLength(1);
  });

  it('names the export file after the day', () => {
    expect(exportFileName(new Date(2026, 10, 21, 8))).toBe('crosscheck-history-2026-11-21.json');
  });

  it('asks before deleting everything; Cancel keeps it, confirming empties the history', async () => {
    await history.saveReport(checkedReport());
    const root = await settingsScreen();
    click(buttonNamed(root, 'Delete the whole history…'));
    expect(text(root.querySelector('.confirm'))).toContain('This cannot be undone.');
    expect(text(document.activeElement)).toBe('Cancel');
    click(buttonNamed(root, 'Cancel'));
    expect(root.querySelector('.confirm')).toBeNull();
    expect(await history.listReports()).toHaveLength(1);

    click(buttonNamed(root, 'Delete the whole history…'));
    click(buttonNamed(root, 'Delete everything'));
    await until(() => said.includes('The history is now empty.'));
    expect(await history.listReports()).toEqual([]);
    expect(historyChanges).toBe(1);
  });
});
