/** A stand-in for the browser, recording what the background asked of it. */
import type { Badge } from '../../shared/browser.ts';
import type { Broadcasts, ContentCalls } from '../../shared/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import type { BackgroundSeam } from '../seam.ts';

export interface FakeSeam extends BackgroundSeam {
  storage: Map<string, unknown>;
  badges: Map<number, Badge | null>;
  broadcasts: { name: keyof Broadcasts; payload: unknown }[];
  /** What `settings()` answers; tests change it as the reader would. */
  stored: Settings;
  /** Calls made to tabs, in order. */
  tabCalls: { tabId: number; method: keyof ContentCalls; params: unknown }[];
}

export function fakeSeam(
  extensionId = 'crosscheck@test',
  storage = new Map<string, unknown>(),
): FakeSeam {
  const badges = new Map<number, Badge | null>();
  const broadcasts: FakeSeam['broadcasts'] = [];
  const tabCalls: FakeSeam['tabCalls'] = [];
  const seam: FakeSeam = {
    extensionId,
    stored: structuredClone(DEFAULT_SETTINGS),
    tabCalls,
    async settings() {
      return structuredClone(seam.stored);
    },
    // Every tab answers as a page with highlights would; the calls are what the tests check.
    async callTab(tabId, method, params) {
      tabCalls.push({ tabId, method, params });
      const value =
        method === 'page/toggle-highlights' ? { visible: false } : method === 'page/step';
      return { ok: true, value } as never;
    },
    storage,
    badges,
    broadcasts,
    broadcast(name, payload) {
      broadcasts.push({ name, payload });
    },
    async setBadge(tabId, badge) {
      badges.set(tabId, badge);
    },
    // Session storage hands out copies, as the real one does.
    session: {
      async get<T>(key: string) {
        return structuredClone(storage.get(key)) as T | undefined;
      },
      async set(key, value) {
        storage.set(key, structuredClone(value));
      },
      async remove(key) {
        storage.delete(key);
      },
    },
  };
  return seam;
}
