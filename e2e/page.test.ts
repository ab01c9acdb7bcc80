/**
 * The reader's experience on the page, in Chromium: settings obeyed the moment they change,
 * claims reached from the keyboard, hover cards that fit a phone-sized window and pass an
 * accessibility check, highlights readable on a dark page, the toolbar's switch and badge.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { loadDemo } from '../scripts/demo-server.mjs';
import { historyUrls, inCard, launchChromium, routeDemo } from './chromium.ts';
import type { Extension, ExtraPages } from './chromium.ts';

const corpus = loadDemo();
const articles = corpus.articles;
const [first, second, third, fourth, last] = articles;
if (!first || !second || !third || !fourth || !last)
  throw new Error('the demo needs five articles');

/** The first article restyled dark, as a site's night theme would show it. */
const DARK_URL = new URL('/e2e/dark-theme', first.url).href;
const DARK_CSS = `<style>
  html, body { background: #15171c !important; color: #e3e6eb !important; }
  article, main, header, footer, nav, aside, div, p, h1, h2, li { background: transparent !important; color: inherit !important; }
  a { color: #9cc3ff !important; }
</style>`;
/**
 * The second article at an address of its own, its parsing held at a script until the test lets
 * it go: the settings are read as a page starts, and this page is paused while it loads.
 */
const HELD_URL = new URL('/e2e/held-while-loading', second.url).href;
const HELD_SCRIPT = new URL('/e2e/held.js', second.url).href;
const extra: ExtraPages = new Map([
  [
    HELD_URL,
    () =>
      readFileSync(join(corpus.dir, second.file), 'utf8')
        .replaceAll(second.url, HELD_URL)
        .replace(/<body([^>]*)>/i, `<body$1><script src="${HELD_SCRIPT}"></script>`),
  ],
  [
    DARK_URL,
    () =>
      readFileSync(join(corpus.dir, first.file), 'utf8').replace(/<\/head>/i, `${DARK_CSS}</head>`),
  ],
]);

const AXE = resolve('node_modules/axe-core/axe.min.js');

type Rect = { left: number; top: number; right: number; bottom: number };

/** Runs on the card's shadow root: the open card's text and box, or null when no card shows. */
const openCard = (root: ShadowRoot): { text: string; box: Rect; scrolls: boolean } | null => {
  if (getComputedStyle(root.host).display === 'none') return null;
  const card = root.querySelector('.card') as HTMLElement | null;
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return {
    text: card.textContent ?? '',
    box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    scrolls: card.scrollHeight > card.clientHeight,
  };
};

/** Runs in the page: the focused claim's id and the boxes of all its words. */
const focusedClaim = (): { id: string; lines: Rect[] } | null => {
  const active = document.activeElement;
  const mark =
    active?.closest('cc-mark[data-kind="claim"]') ??
    active?.querySelector('cc-mark[data-kind="claim"]');
  const id = mark?.getAttribute('data-claim');
  if (!id) return null;
  const lines = [...document.querySelectorAll('cc-mark[data-claim]')]
    .filter((piece) => piece.getAttribute('data-claim') === id)
    .flatMap((piece) => [...piece.getClientRects()])
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  return { id, lines };
};

type RGBA = [number, number, number, number];

function rgba(value: string): RGBA {
  const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

/** A translucent colour painted over an opaque one. */
function over(top: RGBA, under: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1) as RGBA;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(x: RGBA, y: RGBA): number {
  const luminance = (c: RGBA) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean) {
  let value = await probe();
  for (let tries = 0; tries < 60 && !ok(value); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  assert.ok(ok(value), `${what}: ${JSON.stringify(value)}`);
  return value;
}

describe('Crosscheck on the page, in Chromium', { timeout: 240_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-page-'));
  let ext: Extension;
  let page: Page;

  before(async () => {
    ext = await launchChromium(profile);
    await routeDemo(ext.context, corpus, extra);
    page = await ext.context.newPage();
  });

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function read(url: string): Promise<void> {
    await page.goto(url);
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
  }

  /** Writes the settings as the settings screen would: one object in storage.sync. */
  async function setSettings(settings: Record<string, unknown>): Promise<void> {
    await ext.worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
  }

  /** Starts noting the addresses of the articles the background is sent, from now on. */
  async function noteArticlesSent(): Promise<() => Promise<string[]>> {
    await ext.worker.evaluate(() => {
      const scope = self as unknown as { e2eArticles?: string[] };
      if (!scope.e2eArticles)
        chrome.runtime.onMessage.addListener((message: { method?: string }, sender) => {
          if (message?.method === 'article/read' && sender.url) scope.e2eArticles?.push(sender.url);
        });
      scope.e2eArticles = [];
    });
    return () =>
      ext.worker.evaluate(
        () => (self as unknown as { e2eArticles?: string[] }).e2eArticles ?? [],
      ) as Promise<string[]>;
  }

  async function tabId(): Promise<number> {
    const url = page.url();
    const id = await ext.worker.evaluate(
      async (address) => (await chrome.tabs.query({})).find((tab) => tab.url === address)?.id,
      url,
    );
    assert.ok(id !== undefined, `no tab shows ${url}`);
    return id;
  }

  /** What the background sends the tab for a shortcut or the toolbar menu item. */
  async function sendToPage(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = await tabId();
    return ext.worker.evaluate(
      ([tab, message]) => chrome.tabs.sendMessage(tab as number, message),
      [id, { crosscheck: 1, method, params }] as const,
    );
  }

  const computed = (selector: string, property: string) =>
    page.$eval(
      selector,
      (element, name) => getComputedStyle(element).getPropertyValue(name),
      property,
    );

  it('badges the toolbar button with the new claims, then with the contradicted ones', async () => {
    await read(first.url);
    const newClaims = await page.$$eval('cc-mark[data-status="new"]', (marks) =>
      String(new Set(marks.map((mark) => mark.getAttribute('data-claim'))).size),
    );
    const badge = () =>
      tabId().then((id) =>
        ext.worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id),
      );
    // The badge follows the write, which follows the highlights.
    await until('the badge of the new claims', badge, (text) => text === newClaims);
    for (const article of [second, third, fourth]) await read(article.url);
    await read(third.url);
    const contradicted = await page.$$eval(
      'cc-mark[data-status="contradicted"]',
      (marks) => new Set(marks.map((mark) => mark.getAttribute('data-claim'))).size,
    );
    assert.ok(contradicted > 0, `${third.outlet} has no contradicted claim`);
    await until(
      'the badge of the contradicted claims',
      badge,
      (text) => text === String(contradicted),
    );
  });

  it('hides a kind of highlight the moment it is turned off, and restores it unread', async () => {
    await read(second.url);
    const place = 'cc-mark[data-kind="place"]';
    const tinted = await computed(place, 'background-color');
    assert.notEqual(tinted, 'rgba(0, 0, 0, 0)', 'places are not tinted to begin with');
    // Marked now: a second reading would replace every mark, and this one with them.
    await page.$eval(place, (mark) => mark.setAttribute('data-test-original', ''));

    await setSettings({
      highlight: { place: false, official: true, organization: true, claim: true },
    });
    await until(
      'places still tinted',
      () => computed(place, 'background-color'),
      (bg) => bg === 'rgba(0, 0, 0, 0)',
    );
    assert.notEqual(
      await computed('cc-mark[data-kind="claim"]', 'text-decoration-line'),
      'none',
      'claims went with the places',
    );
    assert.notEqual(
      await computed('cc-mark[data-kind="official"]', 'background-color'),
      'rgba(0, 0, 0, 0)',
    );

    await setSettings({
      highlight: { place: true, official: true, organization: true, claim: false },
    });
    await until(
      'claims still underlined',
      () => computed('cc-mark[data-kind="claim"]', 'text-decoration-line'),
      (line) => line === 'none',
    );
    assert.equal(await computed(place, 'background-color'), tinted);
    assert.equal(
      await page.locator('cc-mark[tabindex="0"]').count(),
      0,
      'hidden claims are still tab stops',
    );

    await setSettings({});
    await until(
      'claims not back',
      () => computed('cc-mark[data-kind="claim"]', 'text-decoration-line'),
      (line) => line !== 'none',
    );
    assert.equal(
      await page.locator(`${place}[data-test-original]`).count(),
      1,
      'the page was read again',
    );
  });

  it('does not read a paused site, and takes the highlights off a page when its site is paused', async () => {
    const host = new URL(last.url).hostname;
    await setSettings({ pausedSites: [host] });
    const articlesSent = await noteArticlesSent();
    await page.goto(last.url, { waitUntil: 'load' });
    await page.waitForTimeout(2_500);
    assert.equal(await page.locator('cc-mark').count(), 0, 'a paused site was highlighted');
    assert.deepEqual(await articlesSent(), [], 'a paused site’s article left the page');
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl);
    assert.ok(!(await historyUrls(panel)).includes(last.url), 'a paused site’s article was stored');
    await panel.close();

    await setSettings({});
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
    await setSettings({ pausedSites: [host] });
    await until(
      'highlights stayed on a paused site',
      () => page.locator('cc-mark').count(),
      (n) => n === 0,
    );
    await setSettings({});
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
  });

  it('does not read a page whose site is paused while it loads, after its start read the settings', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (requested = resolve));
    await page.route(HELD_SCRIPT, async (route) => {
      requested();
      await held;
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    const articlesSent = await noteArticlesSent();
    try {
      const loading = page.goto(HELD_URL, { waitUntil: 'load' });
      // The parser is at the script: the page has started, and its settings were asked for.
      await reached;
      await page.waitForTimeout(500);
      await setSettings({ pausedSites: [new URL(HELD_URL).hostname] });
      release();
      await loading;
      await page.waitForTimeout(2_500);
      assert.equal(
        await page.locator('cc-mark').count(),
        0,
        'a site paused while loading was read',
      );
      assert.deepEqual(await articlesSent(), [], 'its article left the page');
      const panel = await ext.context.newPage();
      await panel.goto(ext.panelUrl);
      assert.ok(!(await historyUrls(panel)).includes(HELD_URL), 'its article was stored');
      await panel.close();
      // Resumed, the page is read as usual.
      await setSettings({});
      await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
    } finally {
      release();
      await page.unroute(HELD_SCRIPT);
      await setSettings({});
    }
  });

  it('moves the focus through the claims with Alt+Shift+J and K, opening each card', async () => {
    await read(third.url);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const visited: string[] = [];
    for (let n = 0; n < 3; n++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      const claim = await until(
        'no claim focused',
        () => page.evaluate(focusedClaim),
        (c) => c !== null,
      );
      const card = await until(
        'no card open',
        () => inCard(page, openCard),
        (c) => c !== null,
      );
      assert.match(card!.text, /New|Corroborated|Contradicted/);
      visited.push(claim!.id);
    }
    assert.equal(new Set(visited).size, 3, `the same claim twice: ${visited.join(', ')}`);
    await page.keyboard.press('Alt+Shift+KeyK');
    assert.equal((await page.evaluate(focusedClaim))?.id, visited[1]);

    // The browser's shortcut reaches the page through the background as this message.
    assert.deepEqual(await sendToPage('page/step', { direction: 'next' }), {
      ok: true,
      value: true,
    });
    assert.equal((await page.evaluate(focusedClaim))?.id, visited[2]);

    // Typing in a field of the page keeps its keys.
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'test-field';
      document.body.prepend(field);
      field.focus();
    });
    await page.keyboard.press('Alt+Shift+KeyJ');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'test-field');
    await page.evaluate(() => document.getElementById('test-field')?.remove());
  });

  it('fits the card into a 360×500 window beside the words it describes', async () => {
    await page.setViewportSize({ width: 360, height: 500 });
    try {
      await read(third.url);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const claims = await page.$$eval(
        'cc-mark[data-kind="claim"]',
        (marks) => new Set(marks.map((mark) => mark.getAttribute('data-claim'))).size,
      );
      let scrolled = 0;
      for (let n = 0; n < Math.min(claims, 8); n++) {
        await page.keyboard.press('Alt+Shift+KeyJ');
        const claim = await until(
          'no claim focused',
          () => page.evaluate(focusedClaim),
          (c) => c !== null,
        );
        // Let the scroll into view settle: the card follows its claim as the page moves.
        await page.waitForTimeout(150);
        const card = await until(
          'no card open',
          () => inCard(page, openCard),
          (c) => c !== null,
        );
        const { box } = card!;
        const where = `claim ${n + 1}: ${JSON.stringify(box)}`;
        assert.ok(
          box.left >= 0 && box.right <= 360,
          `the card leaves the window sideways, ${where}`,
        );
        assert.ok(box.top >= 0 && box.bottom <= 500, `the card leaves the window, ${where}`);
        for (const line of (await page.evaluate(focusedClaim))?.lines ?? claim!.lines)
          assert.ok(!overlaps(box, line), `the card covers its claim, ${where}`);
        if (card!.scrolls) scrolled++;
      }
      // At least one card (a contradicted claim with its evidence) is taller than the room.
      assert.ok(scrolled > 0, 'no card needed to scroll: the check proved nothing about cutting');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('passes an accessibility check of an open card (axe-core, no serious or critical issue)', async () => {
    await read(third.url);
    await page.locator('cc-mark[data-status="contradicted"]').first().focus();
    await until(
      'no card open',
      () => inCard(page, openCard),
      (c) => c !== null,
    );
    // axe-core runs in the page and cannot see the card's closed root, so the card is copied,
    // elements, stylesheet and host attributes alike, into an open root at the same place.
    await inCard(page, (root) => {
      const copy = document.createElement('cc-card-copy');
      for (const { name, value } of root.host.attributes) copy.setAttribute(name, value);
      const open = copy.attachShadow({ mode: 'open' });
      for (const child of root.children) open.append(child.cloneNode(true));
      root.host.after(copy);
      return true;
    });
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: unknown) => Promise<{
              violations: { id: string; impact: string; nodes: unknown[] }[];
              passes: unknown[];
            }>;
          };
        }
      ).axe;
      const run = await axe.run({ include: { fromShadowDom: ['cc-card-copy', '.card'] } });
      document.querySelector('cc-card-copy')?.remove();
      return {
        passes: run.passes.length,
        violations: run.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.length,
        })),
      };
    });
    assert.ok(result.passes > 0, 'axe checked nothing inside the card');
    const serious = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    assert.deepEqual(serious, []);
  });

  it('keeps highlighted text readable on a dark page', async () => {
    await read(DARK_URL);
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.crosscheckPalette),
      'dark',
    );
    // Raw computed colours from the page; the arithmetic is done here, by WCAG's formulas.
    const painted = await page.$$eval('cc-mark', (marks) =>
      marks.map((mark) => {
        let under = 'rgb(255, 255, 255)';
        for (let box = mark.parentElement; box; box = box.parentElement) {
          const bg = getComputedStyle(box).backgroundColor;
          if (bg.startsWith('rgb(')) {
            under = bg;
            break;
          }
        }
        const style = getComputedStyle(mark);
        return {
          kind: mark.getAttribute('data-kind') ?? '',
          color: style.color,
          background: style.backgroundColor,
          underline: style.textDecorationColor,
          under,
        };
      }),
    );
    const contrasts = painted.map((mark) => {
      const under = rgba(mark.under);
      return {
        kind: mark.kind,
        text: contrast(rgba(mark.color), over(rgba(mark.background), under)),
        underline:
          mark.kind === 'claim' ? contrast(over(rgba(mark.underline), under), under) : undefined,
      };
    });
    assert.ok(
      contrasts.some((c) => c.kind === 'place') && contrasts.some((c) => c.kind === 'claim'),
    );
    for (const c of contrasts) {
      assert.ok(c.text >= 4.5, `${c.kind} text contrast ${c.text.toFixed(2)} < 4.5`);
      if (c.underline !== undefined)
        assert.ok(c.underline >= 3, `claim underline contrast ${c.underline.toFixed(2)} < 3`);
    }

    // The flash that marks a claim revealed from the side panel must not wash the text out.
    const claimId = await page.$eval('cc-mark[data-kind="claim"]', (m) =>
      m.getAttribute('data-claim'),
    );
    assert.deepEqual(await sendToPage('page/reveal', { claimId }), { ok: true, value: true });
    const flashed = await page.$eval(`cc-mark[data-claim="${claimId}"][data-flash]`, (mark) => {
      const style = getComputedStyle(mark);
      return { color: style.color, background: style.backgroundColor };
    });
    const flashContrast = contrast(
      rgba(flashed.color),
      over(rgba(flashed.background), [21, 23, 28, 1]),
    );
    assert.notEqual(flashed.background, 'rgba(0, 0, 0, 0)', 'no flash to measure');
    assert.ok(flashContrast >= 4.5, `flashed text contrast ${flashContrast.toFixed(2)} < 4.5`);
  });

  it('registers the keyboard shortcuts with the browser', async () => {
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    assert.deepEqual(
      {
        next: keys['next-claim'],
        previous: keys['previous-claim'],
        toggle: keys['toggle-highlights'],
      },
      { next: 'Alt+Shift+J', previous: 'Alt+Shift+K', toggle: 'Alt+Shift+H' },
    );
  });

  it('hides and shows the highlights from the toolbar button’s menu', async () => {
    await read(second.url);
    const claim = 'cc-mark[data-kind="claim"]';
    assert.deepEqual(await sendToPage('page/toggle-highlights', {}), {
      ok: true,
      value: { visible: false },
    });
    assert.equal(await page.getAttribute('html', 'data-crosscheck-highlights'), 'hidden');
    // What the background asks to title the menu item "Show highlights on this page".
    assert.deepEqual(await sendToPage('page/highlights-shown', {}), { ok: true, value: false });
    assert.equal(await computed(claim, 'text-decoration-line'), 'none');
    await page.locator(claim).first().hover();
    await page.waitForTimeout(600);
    assert.equal(await inCard(page, openCard), null, 'a card opened over hidden highlights');
    assert.deepEqual(await sendToPage('page/toggle-highlights', {}), {
      ok: true,
      value: { visible: true },
    });
    assert.equal(await page.getAttribute('html', 'data-crosscheck-highlights'), null);
    assert.notEqual(await computed(claim, 'text-decoration-line'), 'none');
  });
});
