/**
 * What the background needs from the browser, as a type: `main.ts` passes the real functions
 * from `src/shared/browser.ts`, tests pass a small fake.
 */
import type { Badge } from '../shared/browser.ts';
import type {
  Broadcasts,
  ContentCalls,
  Method,
  Params,
  Reply,
  Result,
} from '../shared/protocol.ts';
import type { Settings } from '../shared/settings.ts';

export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface BackgroundSeam {
  extensionId: string;
  broadcast<K extends keyof Broadcasts>(name: K, payload: Broadcasts[K]): void;
  setBadge(tabId: number, badge: Badge | null): Promise<void>;
  session: SessionStore;
  /** The reader's settings as stored now (or as the latest change reported them). */
  settings(): Promise<Settings>;
  /** Renames an item of the toolbar button's menu. */
  setMenuTitle(id: string, title: string): Promise<void>;
  /** Calls a tab's content script. */
  callTab<K extends Method<ContentCalls>>(
    tabId: number,
    method: K,
    params: Params<ContentCalls, K>,
  ): Promise<Reply<Result<ContentCalls, K>>>;
}
