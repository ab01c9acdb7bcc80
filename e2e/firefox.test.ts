/**
 * Crosscheck in Firefox (Debian's firefox-esr over WebDriver BiDi): two demo articles served from
 * this machine are highlighted, stored, and checked against each other, as the sidebar page shows.
 *
 * Two things differ from Chromium. The add-on's internal UUID is random per profile, so it is
 * pinned with the `extensions.webextensions.uuids` pref to know the sidebar page's address. And
 * BiDi refuses to navigate to moz-extension: pages unless Firefox runs with
 * `--remote-allow-system-access`; even then the navigation never reports as finished (the page
 * moves to the extension process), so the test waits for the page's content instead.
 *
 * Host permissions: under MV3, Firefox (since 127) grants the manifest's `host_permissions` when
 * the add-on is installed, temporary installs included, so the content script runs without a
 * prompt here; a reader who revokes them in about:addons turns the highlights off.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../scripts/browsers.mjs';
import type { DemoServer } from '../scripts/demo-server.mjs';
import { loadDemo, serveDemo } from '../scripts/demo-server.mjs';

const FIREFOX_DIST = resolve('dist/firefox');
const ADDON_UUID = 'c4d1a7e2-3b5f-4e6a-9d2c-8f1b0a6e5c37';

const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
  sidebar_action: { default_panel: string };
};
const corpus = loadDemo();
const [first, second] = corpus.articles;
if (!first || !second) throw new Error('the demo needs at least two articles');

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
      },
    });
    const id = await browser.installExtension(FIREFOX_DIST);
    assert.equal(id, manifest.browser_specific_settings.gecko.id);
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
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
    look: (arg: string) => T[],
    arg = '',
  ): Promise<T[]> {
    const sidebar = await browser.newPage();
    const address = `moz-extension://${ADDON_UUID}/${manifest.sidebar_action.default_panel}`;
    // Not awaited: see the note at the top of this file.
    sidebar.goto(`${address}?url=${encodeURIComponent(reportUrl)}`).catch(() => undefined);
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
});
