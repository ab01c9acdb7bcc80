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
import { badgeFor } from './badge.ts';
import type { BackgroundSeam } from './seam.ts';
import { tabStates } from './tab-state.ts';
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

export interface Background {
  calls: Handlers<BackgroundCalls, Sender>;
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

  async function show(tabId: number, state: TabState): Promise<void> {
    await tabs.set(tabId, state);
    seam.broadcast('tab/changed', { tabId, state });
  }

  /** True while the tab still shows the page being read (it may have navigated meanwhile). */
  async function stillReading(tabId: number, url: string): Promise<boolean> {
    const state = await tabs.get(tabId);
    return state.kind === 'reading' && state.url === url;
  }

  const calls: Handlers<BackgroundCalls, Sender> = {
    async 'article/read'(params, sender) {
      const { article } = validate('article/read', params, sender, seam.extensionId);
      const tabId = sender.tabId as number;
      const url = sender.url ?? article.url;
      await show(tabId, { kind: 'reading', url });
      try {
        const annotations = await readArticle(await history(), article, clock());
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
