/**
 * A stand-in for the browser seam: extension APIs do not exist under vitest. It holds what the
 * background would know (each tab's state), records what the panel asked of tabs, and lets a
 * test deliver broadcasts as the background would.
 */
import type { BroadcastMessage } from '../../shared/browser.ts';
import type {
  BackgroundCalls,
  ContentCalls,
  Method,
  Params,
  Reply,
  Result,
  TabState,
} from '../../shared/protocol.ts';
import { normaliseSettings, type Settings } from '../../shared/settings.ts';
import type { PanelSeam } from '../panel-data.ts';

export interface TabCall {
  tabId: number;
  method: string;
  params: unknown;
}

export interface FakeBrowser {
  seam: PanelSeam;
  tabCalls: TabCall[];
  active: { id: number; url: string } | undefined;
  states: Map<number, TabState>;
  /** When set, every background call fails with this message (a dead service worker). */
  backgroundDown?: string;
  /** When set, every tab call fails with this message (no content script in the tab). */
  tabDown?: string;
  broadcast(message: BroadcastMessage): void;
  listeners: number;
  /** What `storage.sync` holds under "settings", as the seam would store it. */
  storedSettings: unknown;
  /** Settings changed elsewhere (another window, another machine). */
  changeSettingsElsewhere(settings: Settings): void;
}

export function fakeBrowser(): FakeBrowser {
  const listeners = new Set<(message: BroadcastMessage) => void>();
  const settingsListeners = new Set<(settings: Settings) => void>();
  const browser: FakeBrowser = {
    storedSettings: undefined,
    changeSettingsElsewhere(settings) {
      browser.storedSettings = structuredClone(settings);
      for (const listener of settingsListeners) listener(normaliseSettings(settings));
    },
    tabCalls: [],
    active: undefined,
    states: new Map(),
    broadcast(message) {
      for (const listener of listeners) listener(message);
    },
    get listeners() {
      return listeners.size;
    },
    seam: {
      async callBackground<K extends Method<BackgroundCalls>>(
        method: K,
        params: Params<BackgroundCalls, K>,
      ): Promise<Reply<Result<BackgroundCalls, K>>> {
        if (browser.backgroundDown) return { ok: false, error: browser.backgroundDown };
        if (method !== 'tab/state') return { ok: false, error: `not served here: ${method}` };
        const { tabId } = params as Params<BackgroundCalls, 'tab/state'>;
        const state: TabState = browser.states.get(tabId) ?? { kind: 'idle' };
        return { ok: true, value: state as Result<BackgroundCalls, K> };
      },
      async callTab<K extends Method<ContentCalls>>(
        tabId: number,
        method: K,
        params: Params<ContentCalls, K>,
      ): Promise<Reply<Result<ContentCalls, K>>> {
        browser.tabCalls.push({ tabId, method, params });
        if (browser.tabDown) return { ok: false, error: browser.tabDown };
        const value = method === 'page/reveal' ? true : null;
        return { ok: true, value: value as Result<ContentCalls, K> };
      },
      async activeTab() {
        return browser.active;
      },
      onBroadcast(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      // As browser.ts does: whatever is stored comes back whole and valid; writes notify.
      async readSettings() {
        return normaliseSettings(structuredClone(browser.storedSettings));
      },
      async writeSettings(settings) {
        browser.storedSettings = structuredClone(normaliseSettings(settings));
        for (const listener of settingsListeners) listener(normaliseSettings(settings));
      },
      onSettingsChanged(listener) {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    },
  };
  return browser;
}
