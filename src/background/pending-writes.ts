/**
 * Articles not yet stored, kept in session storage until they are written: each article from its
 * arrival (its page is answered before the write lands), and those whose report the history
 * refused (a full disk, a write that failed). Chrome stops an idle service worker, and the
 * article must outlive it for the next start to try again. Session storage ends with the browser session;
 * an article still unwritten by then is read again when the reader opens the page again.
 */
import type { ArticleInput } from '../core/model.ts';
import type { SessionStore } from './seam.ts';

export interface PendingWrite {
  article: ArticleInput;
  /** The tab that sent it, to show the outcome on. */
  tabId: number;
  /** The URL the tab showed (the article's canonical URL may differ). */
  pageUrl: string;
  /** Tries so far, the first reading included. */
  attempts: number;
}

/** How long to wait before each retry: the first, the second, the third. Then no more. */
export const RETRY_DELAYS_MS = [2_000, 10_000, 60_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

const KEY = 'pending-writes';

/** The pending articles by article URL, in one session-storage entry. */
export function pendingWrites(session: SessionStore) {
  // Updates are read-modify-write of one entry: chaining them keeps two from losing each other.
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (all: Record<string, PendingWrite>) => T): Promise<T> => {
    const next = queue.then(async () => {
      const all = (await session.get<Record<string, PendingWrite>>(KEY)) ?? {};
      const result = change(all);
      if (Object.keys(all).length === 0) await session.remove(KEY);
      else await session.set(KEY, all);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    async all(): Promise<PendingWrite[]> {
      await queue;
      return Object.values((await session.get<Record<string, PendingWrite>>(KEY)) ?? {});
    },
    get(url: string): Promise<PendingWrite | undefined> {
      return update((all) => all[url]);
    },
    put(pending: PendingWrite): Promise<void> {
      return update((all) => {
        all[pending.article.url] = pending;
      });
    },
    remove(url: string): Promise<void> {
      return update((all) => {
        delete all[url];
      });
    },
  };
}
