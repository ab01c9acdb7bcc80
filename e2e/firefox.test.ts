/**
 * Crosscheck in Firefox (Debian's firefox-esr over WebDriver BiDi): the demo articles served from
 * this machine are highlighted, stored, and checked against each other, as the sidebar page shows;
 * a hover card opens over a place, and a key moves to the next claim.
 *
 * Two things differ from Chromium. The add-on's internal UUID is random per profile, so it is
 * pinned with the `extensions.webextensions.uuids` pref to know the sidebar page's address. And
 * BiDi refuses to navigate to moz-extension: pages unless Firefox runs with
 * `--remote-allow-system-access`; even then the navigation never reports as finished (the page
 * moves to the extension process), so the test waits for the page's content instead.
 *
 * The panel page is also driven as a reader would: the History tab's search, an entity opened
 * from a chip, a kind of highlight switched off, and the history exported, deleted and imported
 * back. The export is a real download (a blob: URL clicked as `<a download>`): the profile's
 * download prefs send it to a folder of the test's own without asking, where the test reads it.
 *
 * Host permissions: under MV3, Firefox (since 127) grants the manifest's `host_permissions` when
 * the add-on is installed, temporary installs included, so the content script runs without a
 * prompt here; a reader who revokes them in about:addons turns the highlights off.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../scripts/browsers.mjs';
import type { DemoServer } from '../scripts/demo-server.mjs';
import { loadDemo, serveDemo } from '../scripts/demo-server.mjs';
import { GAZETTEER_MARK } from '../src/shared/gazetteer-file.ts';

const FIREFOX_DIST = resolve('dist/firefox');
const ADDON_UUID = 'c4d1a7e2-3b5f-4e6a-9d2c-8f1b0a6e5c37';

const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
  sidebar_action: { default_panel: string };
};
const corpus = loadDemo();
const [first, second] = corpus.articles;
if (!first || !second) throw new Error('the demo needs at least two articles');
const bySlug = (slug: string) => {
  const article = corpus.articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`the demo has no article ${slug}`);
  return article;
};
const northline = bySlug('northline-smolensk');
/** Every article but the Baltic roundup names the Chertkovsky district, each spelling it its own way. */
const roundup = bySlug('baltic-post-roundup');
const PANEL_ADDRESS = `moz-extension://${ADDON_UUID}/${manifest.sidebar_action.default_panel}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `look` in the page until it returns something truthy. Firefox's extension pages never
 * report their navigation as finished, and a wait begun on the frame being replaced fails at
 * once; so no `waitForSelector` there, only this.
 */
async function until<T, A>(
  page: Page,
  look: (arg: A) => T,
  arg: A,
  what: string,
  timeout = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await page
      .evaluate(look as (arg: unknown) => T, arg)
      .catch(() => null)) as T | null;
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
    await pause(150);
  }
}

interface ClaimRow {
  status: string;
  evidence: string[];
}

/** A DOM node as WebDriver BiDi serialises it. */
interface SerialisedNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    mode?: string;
    attributes?: Record<string, string>;
    children?: SerialisedNode[];
    shadowRoot?: SerialisedNode | null;
  };
}

function textOf(node: SerialisedNode): string {
  const value = node.value;
  if (!value) return '';
  if (value.nodeType === 3) return value.nodeValue ?? '';
  return (value.children ?? []).map(textOf).join('');
}

/**
 * The words of the shown hover card, or null when none shows. Its shadow root is closed, so the
 * page's scripts cannot read it; WebDriver BiDi serialises closed roots when asked to
 * (`includeShadowTree: 'all'`), through the frame's BiDi realm that Puppeteer keeps.
 */
async function shownCardText(page: Page): Promise<{ closed: boolean; text: string } | null> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: {
      defaultRealm: {
        evaluate(expression: string, awaitPromise: boolean, options: object): Promise<unknown>;
      };
    };
  };
  const evaluated = (await frame.browsingContext.defaultRealm.evaluate(
    `(() => { const host = document.querySelector('cc-card');
      return host && getComputedStyle(host).display !== 'none' ? host : null; })()`,
    false,
    {
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 40 },
      resultOwnership: 'none',
    },
  )) as { type: string; result?: SerialisedNode; exceptionDetails?: { text?: string } };
  if (evaluated.type !== 'success' || !evaluated.result)
    throw new Error(
      `reading the card failed: ${evaluated.exceptionDetails?.text ?? evaluated.type}`,
    );
  const host = evaluated.result;

  const root = host.value?.shadowRoot;
  if (!root?.value) return null;
  const parts = (root.value.children ?? []).filter((child) => child.value?.localName !== 'style');
  return { closed: root.value.mode === 'closed', text: parts.map(textOf).join(' ') };
}

describe('Crosscheck in Firefox', { timeout: 90_000 }, () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-firefox-downloads-'));

  before(async () => {
    server = await serveDemo(corpus);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({
          [manifest.browser_specific_settings.gecko.id]: ADDON_UUID,
        }),
        // Downloads go to the test's folder at once, with no dialog to answer.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.panel.shown': true,
      },
    });
    const id = await browser.installExtension(FIREFOX_DIST);
    assert.equal(id, manifest.browser_specific_settings.gecko.id);
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  async function read(slug: string): Promise<void> {
    await page.goto(`${server.origin}/${slug}`);
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
  }

  async function sidebarRows(reportUrl: string): Promise<ClaimRow[]> {
    return fromSidebar(reportUrl, () =>
      [...document.querySelectorAll('[data-claim-status]')].map((row) => ({
        status: row.getAttribute('data-claim-status') ?? '',
        evidence: [...row.querySelectorAll('[data-evidence-relation]')].map(
          (e) => e.textContent ?? '',
        ),
      })),
    );
  }

  /** The canonical name the sidebar page gives an entity of a stored report. */
  async function sidebarName(reportUrl: string, entityId: string): Promise<string> {
    const [name] = await fromSidebar(
      reportUrl,
      (id) =>
        [...document.querySelectorAll('[data-entity]')]
          .filter((chip) => chip.getAttribute('data-entity') === id)
          .map((chip) => chip.textContent?.trim() ?? '')
          .filter(Boolean),
      entityId,
    );
    return name ?? '';
  }

  /**
   * Opens the sidebar page on a report and returns what `look` finds there (polled until it
   * finds something).
   */
  async function fromSidebar<T>(
    reportUrl: string,
    look: (arg: string) => T[] | Promise<T[]>,
    arg = '',
  ): Promise<T[]> {
    const sidebar = await browser.newPage();
    // Not awaited: see the note at the top of this file.
    sidebar.goto(`${PANEL_ADDRESS}?url=${encodeURIComponent(reportUrl)}`).catch(() => undefined);
    // While the page moves into the extension's process its frame is replaced, and a wait that
    // began on the old frame fails at once; so poll until the new frame shows the rows.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const rows = (await sidebar.evaluate(look, arg).catch(() => [])) as T[];
      if (rows.length > 0) {
        await sidebar.close();
        return rows;
      }
      if (Date.now() > deadline)
        throw new Error(`the sidebar page showed nothing looked for in ${reportUrl}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('highlights the article served from this machine and stores it under its canonical URL', async () => {
    await read(first.slug);
    for (const kind of ['place', 'official', 'claim']) {
      const count = await page.$$eval(`cc-mark[data-kind="${kind}"]`, (marks) => marks.length);
      assert.ok(count > 0, `no ${kind} highlighted`);
    }
    const rows = await sidebarRows(first.url);
    assert.ok(rows.length > 0);
    assert.ok(
      rows.every((row) => row.status === 'new'),
      'the first report read has nothing to agree with',
    );
  });

  it('reads with the gazetteer the build packed, unpacked by the background page', async () => {
    // The background page's own timeline, asked from the sidebar page (both extension pages).
    const [unpacked] = await fromSidebar(
      first.url,
      async (mark) => {
        const { runtime } = (
          globalThis as unknown as {
            browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
          }
        ).browser;
        const background = await runtime.getBackgroundPage();
        return background ? [background.performance.getEntriesByName(mark).length] : [];
      },
      GAZETTEER_MARK,
    );
    assert.equal(unpacked, 1, 'the background page did not unpack the packed gazetteer');
  });

  it('checks the next outlet’s article against the first', async () => {
    await read(second.slug);
    const rows = await sidebarRows(second.url);
    const corroborated = rows.filter((row) => row.status === 'corroborated');
    assert.ok(corroborated.length > 0, 'no corroborated claim');
    assert.ok(
      corroborated.every((row) => row.evidence.some((text) => text.includes(first.outlet))),
    );
  });

  it('opens a hover card over a place, with its name in a shadow root the page cannot read', async () => {
    await read(second.slug);
    const mark = await page.$('cc-mark[data-kind="place"]');
    assert.ok(mark, 'no place highlighted');
    const id = await mark.evaluate((element) => element.getAttribute('data-entity') ?? '');
    const name = await sidebarName(second.url, id);
    assert.ok(name, `the sidebar names no ${id}`);
    await mark.scrollIntoView();
    await mark.hover();
    const deadline = Date.now() + 10_000;
    let card: string | null = null;
    while (!card && Date.now() < deadline) {
      const shown = await shownCardText(page);
      assert.ok(shown === null || shown.closed, 'the hover card’s shadow root is open to the page');
      card = shown?.text ?? null;
      if (!card) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(
      await page.evaluate(() => document.querySelector('cc-card')?.shadowRoot ?? null),
      null,
      'the page reads the hover card',
    );
    assert.ok(card, 'no hover card opened');
    assert.ok(card.includes(name), `the card does not name ${name}: ${card}`);
    assert.match(card, /\b\d+ reports?\b/, `the card counts no reports: ${card}`);
  });

  it('moves the focus to the next claim with Alt+Shift+J and opens its card', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const deadline = Date.now() + 5_000;
    let state: { claim: string | null; card: string | null } = { claim: null, card: null };
    while (!(state.claim && state.card) && Date.now() < deadline) {
      const claim = await page.evaluate(() => {
        const active = document.activeElement;
        const mark =
          active?.closest('cc-mark[data-kind="claim"]') ??
          active?.querySelector('cc-mark[data-kind="claim"]');
        return mark?.getAttribute('data-claim') ?? null;
      });
      state = { claim, card: (await shownCardText(page))?.text ?? null };
      if (!(state.claim && state.card)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(state.claim, 'no claim took the focus');
    assert.match(state.card ?? '', /New|Corroborated|Contradicted/);
  });

  /** The panel page in a tab of its own (on one report when `reportUrl` is given), once it shows. */
  async function openPanel(reportUrl?: string): Promise<Page> {
    const panel = await browser.newPage();
    const query = reportUrl ? `?url=${encodeURIComponent(reportUrl)}` : '';
    panel.goto(`${PANEL_ADDRESS}${query}`).catch(() => undefined);
    await until(
      panel,
      () => document.querySelector('[role="tablist"]') !== null,
      null,
      'the panel',
    );
    return panel;
  }

  /** Clicks the first element `selector` finds in the panel, once there is one. */
  async function click(panel: Page, selector: string): Promise<void> {
    await until(panel, (css) => document.querySelector(css) !== null, selector, selector);
    const element = await panel.$(selector);
    assert.ok(element, `no ${selector}`);
    await element.click();
  }

  /** Waits until the History tab lists exactly `count` reports, and returns their URLs. */
  async function historyRows(panel: Page, count: number): Promise<string[]> {
    return until(
      panel,
      (n) => {
        const rows = [...document.querySelectorAll('#panel-history [data-report-url]')];
        return rows.length === n
          ? rows.map((row) => row.getAttribute('data-report-url') ?? '')
          : null;
      },
      count,
      `${count} rows in the history`,
    );
  }

  /** Waits until the panel's live region says `text`. */
  async function announced(panel: Page, text: string): Promise<void> {
    await until(
      panel,
      (said) => document.querySelector('[role="status"]')?.textContent?.trim() === said,
      text,
      `the panel to say “${text}”`,
    );
  }

  async function storedHighlights(panel: Page): Promise<Record<string, boolean>> {
    return panel.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const { settings } = (await ext.storage.sync.get('settings')) as {
        settings?: { highlight: Record<string, boolean> };
      };
      return settings?.highlight ?? {};
    });
  }

  it('finds every report that names a place, whatever the spelling, from a Cyrillic query', async () => {
    for (const article of corpus.articles.slice(2)) await read(article.slug);
    const panel = await openPanel();
    await click(panel, '#tab-history');
    assert.equal((await historyRows(panel, corpus.articles.length)).length, 5);
    // Чертковский: the outlets wrote Chertkovsky, Chertkovskoye and Chertkovskiy.
    await click(panel, '#history-search');
    await panel.keyboard.type('Чертковский');
    const found = await historyRows(panel, corpus.articles.length - 1);
    assert.ok(!found.includes(roundup.url), 'the roundup never names the district');
    assert.equal(
      await panel.$eval('#history-search', (input) => (input as HTMLInputElement).value),
      'Чертковский',
    );
    await panel.close();
  });

  it('opens an official’s entity view from a chip, with every spelling and every report', async () => {
    const panel = await openPanel(northline.url);
    const button = await until(
      panel,
      () =>
        [...document.querySelectorAll('[data-entity^="official:"] .chip-open')].find(
          (candidate) => candidate.textContent?.trim() === 'Vasily Anokhin',
        ) !== undefined,
      null,
      'the governor’s chip',
    ).then(() =>
      panel.$(
        '::-p-xpath(//*[@data-entity[starts-with(., "official:")]]//button[normalize-space()="Vasily Anokhin"])',
      ),
    );
    assert.ok(button, 'no chip for Vasily Anokhin');
    await button.click();
    const view = await until(
      panel,
      () => {
        const article = document.querySelector('[data-entity-view]');
        if (!article || article.closest('[hidden]')) return null;
        return {
          name: article.querySelector('h2')?.textContent?.trim() ?? '',
          kind: article.querySelector('.entity-kind-line')?.textContent ?? '',
          spellings: [...article.querySelectorAll('.spellings li')].map((li) => li.textContent),
          reports: article.querySelectorAll('.entity-reports [data-report-url]').length,
          claims: article.querySelectorAll('.entity-claim').length,
        };
      },
      null,
      'the entity view',
    );
    assert.equal(view.name, 'Vasily Anokhin');
    assert.match(view.kind, /^Official · /);
    for (const spelling of ['Василий Анохин', 'Anokhine'])
      assert.ok(
        view.spellings.includes(spelling),
        `${spelling} not among ${view.spellings.join(', ')}`,
      );
    assert.equal(view.reports, 5);
    assert.ok(view.claims >= 1, 'no claim about the governor');
    await panel.close();
  });

  it('stores a kind of highlight switched off, and the open page untints it at once', async () => {
    await read(first.slug);
    const tint = (kind: string) =>
      page.$eval(`cc-mark[data-kind="${kind}"]`, (mark) => getComputedStyle(mark).backgroundColor);
    const clear = 'rgba(0, 0, 0, 0)';
    const placeTint = await tint('place');
    assert.notEqual(placeTint, clear, 'places are not tinted to begin with');

    const panel = await openPanel();
    await click(panel, '#tab-settings');
    await until(
      panel,
      () => (document.querySelector('input[name="highlight-place"]') as HTMLInputElement)?.checked,
      null,
      'the Places box, ticked',
    );
    await click(panel, 'input[name="highlight-place"]');
    await announced(panel, 'Settings saved.');
    const stored = await storedHighlights(panel);
    assert.equal(stored.place, false);
    assert.equal(stored.claim, true);
    // The article stays open and is not read again: its places lose their tint, officials keep theirs.
    await until(
      page,
      (kind) => {
        const mark = document.querySelector(`cc-mark[data-kind="${kind}"]`);
        return mark !== null && getComputedStyle(mark).backgroundColor === 'rgba(0, 0, 0, 0)';
      },
      'place',
      'the places to lose their tint',
    );
    assert.notEqual(await tint('official'), clear, 'officials went with the places');

    await click(panel, 'input[name="highlight-place"]');
    const deadline = Date.now() + 5_000;
    while (!(await storedHighlights(panel)).place && Date.now() < deadline) await pause(100);
    assert.equal((await storedHighlights(panel)).place, true, 'places not switched back on');
    await until(
      page,
      (kind) => {
        const mark = document.querySelector(`cc-mark[data-kind="${kind}"]`);
        return mark !== null && getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)';
      },
      'place',
      'the places to be tinted again',
    );
    assert.equal(await tint('place'), placeTint);
    await panel.close();
  });

  it('exports the history to a file, and imports it back after deleting everything', async () => {
    const panel = await openPanel();
    await click(panel, '#tab-settings');
    await click(panel, 'button.export');
    // Firefox writes a `.part` file and renames it when the download is complete.
    const deadline = Date.now() + 15_000;
    let files: string[] = [];
    for (;;) {
      const names = readdirSync(downloads);
      files = names.filter((name) => /^crosscheck-history-\d{4}-\d{2}-\d{2}\.json$/.test(name));
      if (files.length > 0 && !names.some((name) => name.endsWith('.part'))) break;
      assert.ok(Date.now() < deadline, `no export downloaded: ${names.join(', ') || 'nothing'}`);
      await pause(150);
    }
    assert.equal(files.length, 1);
    const file = join(downloads, files[0] ?? '');
    const exported = readFileSync(file, 'utf8');
    for (const article of corpus.articles)
      assert.ok(exported.includes(article.url), `${article.url} not exported`);

    await click(panel, 'button.delete-all');
    await click(panel, '.confirm--all button.danger');
    await announced(panel, 'The history is now empty.');
    await click(panel, '#tab-history');
    await until(
      panel,
      () => document.querySelector('#panel-history')?.textContent?.includes('No reports yet.'),
      null,
      'an empty history',
    );

    await click(panel, '#tab-settings');
    const input = await panel.$('input.import');
    assert.ok(input, 'no file input');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    const result = await until(
      panel,
      () => document.querySelector('[data-import-result]')?.textContent?.trim(),
      null,
      'the import’s result',
    );
    assert.equal(result, 'Imported: 5 added, 0 updated, 0 unchanged.');
    await click(panel, '#tab-history');
    const rows = await historyRows(panel, corpus.articles.length);
    assert.deepEqual([...rows].sort(), corpus.articles.map((a) => a.url).sort());
    await panel.close();
  });
});
