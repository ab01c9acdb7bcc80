/**
 * Chromium with the built extension, for the end-to-end tests: a persistent context (extensions
 * need one) on a profile folder the caller owns, so a test can close the browser and open the
 * same profile again. The demo's real-looking https addresses are routed to the demo files, so
 * the content script matches and the pages name their URLs exactly as on the web.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import type { BrowserContext, CDPSession, Page, Route, Worker } from 'playwright';
import { chromiumFlags, findChromium, INSTALL_CHROMIUM } from '../scripts/browsers.mjs';
import type { DemoCorpus } from '../scripts/demo-server.mjs';
import { demoRoutes } from '../scripts/demo-server.mjs';

export const CHROME_DIST = resolve('dist/chrome');

export interface Extension {
  context: BrowserContext;
  /** The background service worker. */
  worker: Worker;
  id: string;
  /** `chrome-extension://ID/<side_panel.default_path>` */
  panelUrl: string;
}

/** `dist` is the build to load: this tree's by default; the highlight bench may pass another. */
export async function launchChromium(profileDir: string, dist = CHROME_DIST): Promise<Extension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_CHROMIUM);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromiumFlags(dist)],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    side_panel?: { default_path?: string };
  };
  const panelPath = manifest.side_panel?.default_path;
  if (!panelPath) throw new Error(`${join(dist, 'manifest.json')} names no side panel page`);
  return { context, worker, id, panelUrl: `chrome-extension://${id}/${panelPath}` };
}

/** Extra pages a test serves beside the demo's, by URL. */
export type ExtraPages = Map<string, () => string>;

/**
 * Answers every request to the demo's hosts from the demo folder (or `extra`), and refuses the
 * rest of those hosts' addresses, as an offline copy of the sites would.
 */
export async function routeDemo(context: BrowserContext, corpus: DemoCorpus, extra: ExtraPages) {
  const pages = new Map(demoRoutes(corpus).map((route) => [route.url, route.file]));
  const hosts = new Set([...pages.keys(), ...extra.keys()].map((url) => new URL(url).host));
  await context.route(
    (url) => hosts.has(url.host),
    async (route: Route) => {
      const url = new URL(route.request().url());
      url.hash = '';
      const file = pages.get(url.href);
      const page = extra.get(url.href);
      if (file || page) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: page ? page() : readFileSync(file as string, 'utf8'),
        });
      } else {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the demo' });
      }
    },
  );
}

/** The side panel page in a tab of its own, showing the stored report of `url`. */
export async function openReport(ext: Extension, url: string): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.goto(`${ext.panelUrl}?url=${encodeURIComponent(url)}`);
  await panel.waitForSelector('[data-claim-status]', { timeout: 10_000 });
  return panel;
}

/** The report URLs the panel's History tab lists, in its order. */
/**
 * The URLs of every stored report, newest read first, read from the history's own IndexedDB in the
 * extension page `panel` (the History tab draws only the rows in view, so its DOM lists a window).
 */
export async function historyUrls(panel: Page): Promise<string[]> {
  return panel.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('crosscheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db
            .transaction('summaries')
            .objectStore('summaries')
            .index('readAt')
            .getAll();
          keys.onerror = () => reject(keys.error);
          keys.onsuccess = () => {
            db.close();
            resolve((keys.result as { url: string }[]).map((row) => row.url).reverse());
          };
        };
      }),
  );
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findNode(node: DomNode, wanted: (node: DomNode) => boolean): DomNode | undefined {
  if (wanted(node)) return node;
  for (const next of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(next, wanted);
    if (found) return found;
  }
  return undefined;
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Runs `look` on the hover card's shadow root and resolves to what it returns, or null when the
 * page has no card. The root is closed, so neither the page's scripts nor Playwright's selectors
 * reach it; Chromium's DevTools protocol sees every root, and the test asks through it.
 */
export async function inCard<T>(page: Page, look: (root: ShadowRoot) => T): Promise<T | null> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const shadow = findNode(root, (node) => node.localName === 'cc-card')?.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  if (!object.objectId) return null;
  const answer = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: look.toString(),
    arguments: [{ objectId: object.objectId }],
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  if (answer.exceptionDetails) {
    throw new Error(`reading the card failed: ${answer.exceptionDetails.exception?.description}`);
  }
  return (answer.result.value ?? null) as T | null;
}
