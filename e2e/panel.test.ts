/**
 * The side panel in Chromium, as a reader uses it after reading the demo's five articles: search
 * the history with a name spelt another way, narrow it with a filter, open an entity from a chip,
 * switch a kind of highlight off, export the history and import it back, and an accessibility
 * check of every screen in light and dark. With CROSSCHECK_SCREENSHOTS=1 it also pictures the
 * report, the history and a hover card over a contradicted claim in both themes for the README
 * (docs/screenshots/).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright';
import { loadDemo } from '../scripts/demo-server.mjs';
import { inCard, launchChromium, openReport, routeDemo } from './chromium.ts';
import type { Extension } from './chromium.ts';

const corpus = loadDemo();
/**
 * The pictures are always taken (taking one checks the screen draws); they replace the README's
 * only when asked, and otherwise go to a scratch folder.
 */
const SCREENSHOT_DIR =
  process.env.CROSSCHECK_SCREENSHOTS === '1'
    ? resolve('docs/screenshots')
    : mkdtempSync(join(tmpdir(), 'crosscheck-screenshots-'));
const AXE = resolve('node_modules/axe-core/axe.min.js');
/** The side panel's narrowest sensible width. */
const NARROW = 320;

const bySlug = (slug: string) => {
  const article = corpus.articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`the demo has no article ${slug}`);
  return article;
};
const northline = bySlug('northline-smolensk');
const meridian = bySlug('meridian-wire-volgograd');
/** Every article but the Baltic roundup names the Chertkovsky district, each spelling it its own way. */
const roundup = bySlug('baltic-post-roundup');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical problems axe-core finds in the page as it is now. */
async function axeProblems(panel: Page): Promise<Violation[]> {
  // The extension's pages forbid inline scripts (CSP), so addScriptTag is refused there; the
  // DevTools protocol's evaluation is not a page script and may run axe's source.
  if (!(await panel.evaluate(() => 'axe' in window)))
    await panel.evaluate(readFileSync(AXE, 'utf8'));
  const { violations, passes } = await panel.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (root: Document) => Promise<{ violations: Violation[]; passes: unknown[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document);
    return { violations: results.violations, passes: results.passes.length };
  });
  // A run that checked nothing would pass anything.
  assert.ok(passes > 10, `axe-core checked only ${passes} rules`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeProblems(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    .join('\n');
}

async function historyRows(panel: Page): Promise<string[]> {
  return panel.$$eval('#panel-history [data-report-url]', (rows) =>
    rows.map((row) => row.getAttribute('data-report-url') ?? ''),
  );
}

/** Waits until the history list shows exactly `count` rows. */
async function rowsShown(panel: Page, count: number): Promise<string[]> {
  await panel.waitForFunction(
    (n) => document.querySelectorAll('#panel-history [data-report-url]').length === n,
    count,
    { timeout: 10_000 },
  );
  return historyRows(panel);
}

async function storedSettings(ext: Extension): Promise<unknown> {
  return ext.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

describe('Crosscheck side panel in Chromium', { timeout: 240_000 }, () => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-panel-'));
  const downloads = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-downloads-'));
  let ext: Extension;
  let panel: Page;

  before(async () => {
    ext = await launchChromium(profile);
    await routeDemo(ext.context, corpus, new Map());
    const page = await ext.context.newPage();
    for (const article of corpus.articles) {
      await page.goto(article.url);
      await page.waitForSelector('cc-mark[data-kind="claim"][data-status]', { timeout: 20_000 });
    }
    await page.close();
    panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 400, height: 820 });
    await panel.goto(ext.panelUrl);
  });

  after(async () => {
    await ext?.context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('finds every report that names a place, whatever the spelling, from a Cyrillic query', async () => {
    await panel.getByRole('tab', { name: 'History' }).click();
    assert.equal((await rowsShown(panel, corpus.articles.length)).length, 5);
    // Чертковский: the other outlets wrote Chertkovsky, Chertkovskoye and Chertkovskiy.
    await panel.getByRole('searchbox', { name: 'Search the history' }).fill('Чертковский');
    const found = await rowsShown(panel, corpus.articles.length - 1);
    assert.ok(!found.includes(roundup.url), 'the roundup never names the district');
    await panel.getByRole('searchbox', { name: 'Search the history' }).fill('Anokhine');
    assert.equal((await rowsShown(panel, corpus.articles.length)).length, 5);
    await panel.getByRole('searchbox', { name: 'Search the history' }).fill('');
  });

  it('answers a query typed as soon as the panel opens, before it has read its whole list', async () => {
    const fresh = await ext.context.newPage();
    try {
      await fresh.goto(ext.panelUrl);
      await fresh.getByRole('tab', { name: 'History' }).click();
      await fresh
        .getByRole('searchbox', { name: 'Search the history' })
        .pressSequentially('Чертковский');
      // The count names the search it answers: the list may still be the one read on opening.
      await fresh.locator('.history-count[data-answers-query="Чертковский"]').waitFor();
      const found = await historyRows(fresh);
      assert.equal(found.length, corpus.articles.length - 1);
      assert.ok(!found.includes(roundup.url), 'the roundup never names the district');
    } finally {
      await fresh.close();
    }
  });

  it('narrows the history to one outlet with a filter', async () => {
    await panel.locator('.filters summary').click();
    await panel.getByLabel('Outlet').selectOption(meridian.outlet);
    assert.deepEqual(await rowsShown(panel, 1), [meridian.url]);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await rowsShown(panel, corpus.articles.length);
  });

  it('opens an official’s entity view from a chip, with every spelling and every report', async () => {
    const report = await openReport(ext, northline.url);
    await report
      .locator('[data-entity^="official:"] .chip-open', { hasText: 'Vasily Anokhin' })
      .click();
    const view = report.locator('[data-entity-view]');
    await view.waitFor({ timeout: 10_000 });
    assert.equal((await view.locator('h2').textContent())?.trim(), 'Vasily Anokhin');
    assert.match((await view.locator('.entity-kind-line').textContent()) ?? '', /^Official · /);
    const spellings = await view.locator('.spellings li').allTextContents();
    for (const spelling of ['Василий Анохин', 'Anokhine'])
      assert.ok(spellings.includes(spelling), `${spelling} not among ${spellings.join(', ')}`);
    assert.equal(await view.locator('.entity-reports [data-report-url]').count(), 5);
    assert.ok((await view.locator('.timeline-bar').count()) >= 1, 'no timeline');
    assert.ok((await view.locator('.entity-claim').count()) >= 1, 'no claim about the governor');
    await report.close();
  });

  it('stores a kind of highlight switched off in the settings', async () => {
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const places = panel.getByRole('checkbox', { name: 'Places' });
    assert.equal(await places.isChecked(), true);
    await places.uncheck();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Settings saved.' })
      .waitFor({ state: 'attached' });
    const stored = (await storedSettings(ext)) as { highlight: Record<string, boolean> };
    assert.equal(stored.highlight.place, false);
    assert.equal(stored.highlight.claim, true);
    await places.check();
    for (let tries = 0; tries < 50; tries++) {
      const now = (await storedSettings(ext)) as { highlight: Record<string, boolean> };
      if (now.highlight.place) break;
      await panel.waitForTimeout(100);
    }
    assert.equal(
      ((await storedSettings(ext)) as { highlight: Record<string, boolean> }).highlight.place,
      true,
    );
  });

  it('exports the history to a file, and imports it back after deleting everything', async () => {
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export the history' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^crosscheck-history-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const exported = readFileSync(file, 'utf8');
    for (const article of corpus.articles)
      assert.ok(exported.includes(article.url), `${article.url} not exported`);

    await panel.getByRole('button', { name: 'Delete the whole history…' }).click();
    await panel.getByRole('button', { name: 'Delete everything' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'The history is now empty.' })
      .waitFor({ state: 'attached' });
    await panel.getByRole('tab', { name: 'History' }).click();
    await panel.getByText('No reports yet.').waitFor();

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel('Import a history file').setInputFiles(file);
    const result = panel.locator('[data-import-result]');
    await result.waitFor();
    assert.equal(
      (await result.textContent())?.trim(),
      'Imported: 5 added, 0 updated, 0 unchanged.',
    );
    await panel.getByRole('tab', { name: 'History' }).click();
    assert.equal((await rowsShown(panel, corpus.articles.length)).length, 5);

    // A file that is not an export is refused with a reason, and the history stays as it is.
    const wrong = join(downloads, 'not-an-export.json');
    writeFileSync(wrong, '{"hello": "world"}');
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel('Import a history file').setInputFiles(wrong);
    await panel.locator('[data-import-result="error"]').waitFor();
    await panel.getByRole('tab', { name: 'History' }).click();
    assert.equal((await historyRows(panel)).length, 5);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility problem on any screen, ${colorScheme}, at ${NARROW} px`, async () => {
      const report = await openReport(ext, meridian.url);
      await report.emulateMedia({ colorScheme });
      await report.setViewportSize({ width: NARROW, height: 700 });
      const screens: [string, () => Promise<void>][] = [
        ['report', async () => undefined],
        [
          'entity view',
          async () => {
            await report.locator('[data-entity^="place:"] .chip-open').first().click();
            await report.locator('[data-entity-view]').waitFor();
          },
        ],
        [
          'history',
          async () => {
            await report.getByRole('tab', { name: 'History' }).click();
            await report.locator('.filters summary').click();
            await report.locator('#panel-history [data-report-url]').first().waitFor();
          },
        ],
        [
          'settings',
          async () => {
            await report.getByRole('tab', { name: 'Settings' }).click();
            await report.locator('.settings').waitFor();
          },
        ],
      ];
      for (const [name, show] of screens) {
        await show();
        const problems = await axeProblems(report);
        assert.deepEqual(problems, [], `${name} (${colorScheme}):\n${describeProblems(problems)}`);
        const wide = await report.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= NARROW, `${name} is ${wide} px wide at ${NARROW} px`);
      }
      await report.close();
    });
  }

  it('pictures the report, the history and a hover card in both themes', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      const report = await openReport(ext, meridian.url);
      await report.emulateMedia({ colorScheme });
      await report.setViewportSize({ width: 400, height: 820 });
      await report.screenshot({ path: join(SCREENSHOT_DIR, `panel-${colorScheme}.png`) });
      await report.getByRole('tab', { name: 'History' }).click();
      await report.locator('#panel-history [data-report-url]').first().waitFor();
      await report.screenshot({ path: join(SCREENSHOT_DIR, `history-${colorScheme}.png`) });
      await report.close();
      await pictureCard(colorScheme);
    }
  });

  /**
   * A hover card over a contradicted claim of the Meridian Wire article, clipped to the card and
   * the words it explains. The card follows the reader's colour scheme; the article keeps its own.
   */
  async function pictureCard(colorScheme: 'light' | 'dark'): Promise<void> {
    const article = await ext.context.newPage();
    await article.setViewportSize({ width: 900, height: 820 });
    await article.emulateMedia({ colorScheme });
    await article.goto(meridian.url);
    const mark = article.locator('cc-mark[data-kind="claim"][data-status="contradicted"]').first();
    await mark.waitFor({ timeout: 20_000 });
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    interface Box {
      left: number;
      top: number;
      right: number;
      bottom: number;
    }
    // The card's root is closed to the page: it is read through the DevTools protocol (inCard).
    let card: (Box & { text: string }) | null = null;
    for (let waited = 0; !card && waited < 5_000; waited += 100) {
      card = await inCard(article, (root) => {
        const shown = root.querySelector('.card');
        if (!shown || getComputedStyle(root.host).display === 'none') return null;
        const { left, top, right, bottom } = shown.getBoundingClientRect();
        return { left, top, right, bottom, text: shown.textContent ?? '' };
      });
      if (!card) await article.waitForTimeout(100);
    }
    assert.ok(card, 'no hover card opened over the contradicted claim');
    const lines = await mark.evaluate((claim) =>
      [...claim.getClientRects()].map(({ left, top, right, bottom }) => ({
        left,
        top,
        right,
        bottom,
      })),
    );
    const boxes: Box[] = [card, ...lines];
    const found = {
      left: Math.min(...boxes.map((r) => r.left)),
      top: Math.min(...boxes.map((r) => r.top)),
      right: Math.max(...boxes.map((r) => r.right)),
      bottom: Math.max(...boxes.map((r) => r.bottom)),
      text: card.text,
    };
    assert.match(
      found.text,
      /Contradicted/,
      `the card is not a contradicted claim's: ${found.text}`,
    );
    // Some of the article around them, so the picture shows where the card sits.
    const margin = 24;
    const left = Math.max(0, found.left - margin);
    const top = Math.max(0, found.top - margin);
    await article.screenshot({
      path: join(SCREENSHOT_DIR, `card-${colorScheme}.png`),
      clip: {
        x: left,
        y: top,
        width: Math.min(900, found.right + margin) - left,
        height: Math.min(820, found.bottom + margin) - top,
      },
    });
    await article.close();
  }
});
