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
  /** The toolbar menu's titles, by item id. */
  menuTitles: Map<string, string>;
  /** Whether each tab's page shows its highlights; a tab not listed has no content script. */
  pages: Map<number, { shown: boolean }>;
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
    menuTitles: new Map(),
    pages: new Map(),
    async setMenuTitle(id, title) {
      seam.menuTitles.set(id, title);
    },
    // A page with highlights, as far as the background can tell: it answers, toggles and steps.
    async callTab(tabId, method, params) {
      tabCalls.push({ tabId, method, params });
      const page = seam.pages.get(tabId);
      if (!page) return { ok: false, error: 'Could not establish connection.' };
      if (method === 'page/toggle-highlights') page.shown = !page.shown;
      const value =
        method === 'page/toggle-highlights'
          ? { visible: page.shown }
          : method === 'page/highlights-shown'
            ? page.shown
            : true;
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
