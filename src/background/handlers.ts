/**
 * The background's answers to content scripts and the side panel. Everything that touches the
 * browser comes in through `seam`, so tests drive this with a fake seam and an in-memory history.
 */
import type { History } from '../history/types.ts';
import { readArticle } from '../history/read-article.ts';
import type { Sender } from '../shared/browser.ts';
import { describeError } from '../shared/messaging.ts';
import type { Handlers } from '../shared/messaging.ts';
import { withoutHash } from '../shared/address.ts';
import type { BackgroundCalls, TabState } from '../shared/protocol.ts';
import { expiryCutoff, runsOn } from '../shared/settings.ts';
import { badgeFor } from './badge.ts';
import type { BackgroundSeam } from './seam.ts';
import { tabStates } from './tab-state.ts';
import { TOGGLE_HIGHLIGHTS, toolbarMenu } from './toolbar-menu.ts';
import { validate } from './validate.ts';

export const ERROR_COLOUR = '#b26a00';

/** Says what went wrong in words a reader can act on. */
function explainFailure(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The history is full: the browser refused to store this article. Delete old reports to make room.';
  }
  return `This article could not be read: ${describeError(error)}`;
}

/**
 * What the reader can ask of the page from outside it: the manifest's `commands` (keyboard
 * shortcuts) and the toolbar button's menu items share these ids.
 */
export const PAGE_ACTIONS = ['next-claim', 'previous-claim', 'toggle-highlights'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export interface Background {
  calls: Handlers<BackgroundCalls, Sender>;
  /** A shortcut or toolbar menu item for the page in `tabId`; unknown actions are ignored. */
  pageAction(action: string, tabId: number): Promise<void>;
  /** Another tab came to the front (or the tab in front loaded a page). */
  frontTabChanged(tabId: number): Promise<void>;
  /** Deletes the reports older than the reader keeps them; resolves to how many went. */
  expireOld(): Promise<number>;
  /** A tab moved to another page: what it showed no longer applies. */
  tabNavigated(tabId: number, url: string): Promise<void>;
  tabClosed(tabId: number): Promise<void>;
}

export function backgroundFor(
  seam: BackgroundSeam,
  history: () => Promise<History>,
  clock: () => number = Date.now,
): Background {
  const tabs = tabStates(seam.session);
  const menu = toolbarMenu(seam);

  async function show(tabId: number, state: TabState): Promise<void> {
    await tabs.set(tabId, state);
    seam.broadcast('tab/changed', { tabId, state });
  }

  /** True while the tab still shows the page being read (it may have navigated meanwhile). */
  async function stillReading(tabId: number, url: string): Promise<boolean> {
    const state = await tabs.get(tabId);
    return state.kind === 'reading' && state.url === url;
  }

  async function expireOld(): Promise<number> {
    const cutoff = expiryCutoff(await seam.settings(), clock());
    if (cutoff === undefined) return 0;
    const gone = await (await history()).expireBefore(cutoff);
    if (gone > 0) seam.broadcast('history/changed', { url: '' });
    return gone;
  }

  /** Expiry is housekeeping: a failure is logged and never fails the reading that triggered it. */
  function expireQuietly(): Promise<void> {
    return expireOld().then(
      () => undefined,
      (error: unknown) => console.error('Crosscheck: could not expire old reports', error),
    );
  }

  const calls: Handlers<BackgroundCalls, Sender> = {
    async 'article/read'(params, sender) {
      const { article } = validate('article/read', params, sender, seam.extensionId);
      const tabId = sender.tabId as number;
      const url = sender.url ?? article.url;
      // The content script checks this too; a page that slipped through is still not stored.
      if (!runsOn(await seam.settings(), url))
        throw new Error('Crosscheck is paused on this site: the article was not read.');
      await show(tabId, { kind: 'reading', url });
      try {
        const annotations = await readArticle(await history(), article, clock());
        await expireQuietly();
        seam.broadcast('history/changed', { url: annotations.report.url });
        if (await stillReading(tabId, url)) {
          await show(tabId, { kind: 'ready', url, reportUrl: annotations.report.url });
          await seam.setBadge(tabId, badgeFor(annotations.report.claims));
        }
        return annotations;
      } catch (error) {
        const message = explainFailure(error);
        console.error('Crosscheck:', message, error);
        if (await stillReading(tabId, url)) {
          await show(tabId, { kind: 'error', url, message });
          await seam.setBadge(tabId, { text: '!', color: ERROR_COLOUR });
        }
        throw new Error(message, { cause: error });
      }
    },

    async 'article/none'(params, sender) {
      const { url } = validate('article/none', params, sender, seam.extensionId);
      const tabId = sender.tabId as number;
      await show(tabId, { kind: 'not-article', url: sender.url ?? url });
      await seam.setBadge(tabId, null);
      return null;
    },

    async 'tab/state'(params, sender) {
      const { tabId } = validate('tab/state', params, sender, seam.extensionId);
      return tabs.get(tabId);
    },
  };

  return {
    calls,
    expireOld,
    async pageAction(action, tabId) {
      if (action === TOGGLE_HIGHLIGHTS) return menu.toggle(tabId);
      if (action !== 'next-claim' && action !== 'previous-claim') return;
      const direction = action === 'next-claim' ? 'next' : 'previous';
      const reply = await seam.callTab(tabId, 'page/step', { direction });
      // A tab without our content script (a browser page) has no claims to step through.
      if (!reply.ok) console.debug('Crosscheck:', action, reply.error);
    },
    frontTabChanged(tabId) {
      return menu.follow(tabId);
    },
    async tabNavigated(tabId, url) {
      const state = await tabs.get(tabId);
      // A jump to an anchor, or a report of the URL the content script already sent, changes nothing.
      if ('url' in state && withoutHash(state.url) === withoutHash(url)) return;
      if (state.kind === 'idle') return;
      await show(tabId, { kind: 'idle' });
      await seam.setBadge(tabId, null);
    },
    tabClosed(tabId) {
      return tabs.forget(tabId);
    },
  };
}
