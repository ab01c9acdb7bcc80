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

/**
 * The pending articles by article URL, in one session-storage entry. Only this worker writes it,
 * so the entry is read once per start and then kept here as written: keeping an article as it
 * arrives is one write, sent at once, rather than a read and then a write after the analysis
 * (the worker's thread is busy with it when the read's answer comes back).
 */
export function pendingWrites(session: SessionStore) {
  let known: Promise<Record<string, PendingWrite>> | undefined;
  const all = () => {
    known ??= session.get<Record<string, PendingWrite>>(KEY).then((found) => found ?? {});
    // A failed read is tried again by the next caller.
    known.catch(() => (known = undefined));
    return known;
  };
  // Writes of the one entry go out in order, each once the one before has landed.
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (all: Record<string, PendingWrite>) => T): Promise<T> => {
    const next = queue.then(async () => {
      const entries = await all();
      const result = change(entries);
      if (Object.keys(entries).length === 0) await session.remove(KEY);
      else await session.set(KEY, entries);
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    async all(): Promise<PendingWrite[]> {
      await queue;
      return Object.values(await all());
    },
    async get(url: string): Promise<PendingWrite | undefined> {
      await queue;
      return (await all())[url];
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
