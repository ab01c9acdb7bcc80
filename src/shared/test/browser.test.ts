import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Broadcasts } from '../protocol.ts';

/**
 * A small extension runtime: messages reach every listener, the first listener that returns a
 * promise answers, as in Chrome and Firefox. webextension-polyfill hands back `globalThis.browser`
 * when one exists, so the seam runs unchanged on top of this.
 */
type Listener = (message: unknown, sender: object) => unknown;
const ID = 'crosscheck@test';
const listeners = new Set<Listener>();
const badges: unknown[] = [];
const clicks = new Set<() => void>();
const sessionData = new Map<string, unknown>();
let toggled = 0;
let sender: object = {};

function deliver(message: unknown, from: object): Promise<unknown> {
  for (const listener of [...listeners]) {
    const answer = listener(structuredClone(message), from);
    if (answer !== undefined)
      return Promise.resolve(answer).then((value) => structuredClone(value));
  }
  return Promise.resolve(undefined);
}

const fakeBrowser = {
  runtime: {
    id: ID,
    sendMessage: (message: unknown) => deliver(message, sender),
    onMessage: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  },
  tabs: {
    sendMessage: (tabId: number, message: unknown) =>
      deliver(message, { id: ID, tabIdSentTo: tabId }),
    query: async () => [{ id: 12, url: 'https://news.example/a' }],
  },
  action: {
    setBadgeText: async (details: unknown) => void badges.push(details),
    setBadgeBackgroundColor: async (details: unknown) => void badges.push(details),
    onClicked: { addListener: (listener: () => void) => clicks.add(listener) },
  },
  sidebarAction: { toggle: async () => void toggled++ },
  storage: {
    session: {
      get: async (key: string) => (sessionData.has(key) ? { [key]: sessionData.get(key) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items))
          sessionData.set(key, structuredClone(value));
      },
      remove: async (key: string) => void sessionData.delete(key),
    },
  },
};

let seam: typeof import('../browser.ts');
beforeAll(async () => {
  Object.assign(globalThis, { chrome: { runtime: { id: ID } }, browser: fakeBrowser });
  seam = await import('../browser.ts');
});
beforeEach(() => {
  listeners.clear();
  sender = {};
});

describe('the browser seam', () => {
  it('carries a call to the background and its answer back, telling who sent it', async () => {
    sender = { id: ID, tab: { id: 4, url: 'https://news.example/a' }, frameId: 0 };
    const seen: unknown[] = [];
    seam.serveBackground({
      'tab/state': (params, from) => {
        seen.push(from);
        return { kind: 'not-article', url: `tab ${params.tabId}` };
      },
    });
    const reply = await seam.callBackground('tab/state', { tabId: 4 });
    expect(reply).toEqual({ ok: true, value: { kind: 'not-article', url: 'tab 4' } });
    expect(seen).toEqual([
      { extensionId: ID, tabId: 4, url: 'https://news.example/a', frameId: 0 },
    ]);
  });

  it('turns a handler that throws, or no handler at all, into a reply', async () => {
    seam.serveBackground({
      'article/none': () => {
        throw new Error('refused');
      },
    });
    expect(await seam.callBackground('article/none', { url: 'https://a.example/' })).toEqual({
      ok: false,
      error: 'refused',
    });
    const unanswered = await seam.callBackground('tab/state', { tabId: 1 });
    expect(unanswered.ok).toBe(false);
  });

  it('calls a content script in a tab', async () => {
    const shown: boolean[] = [];
    seam.serveContent({
      'page/highlights': ({ visible }) => {
        shown.push(visible);
        return null;
      },
    });
    expect(await seam.callTab(3, 'page/highlights', { visible: false })).toEqual({
      ok: true,
      value: null,
    });
    expect(shown).toEqual([false]);
  });

  it('broadcasts to listeners without answering calls meant for the background', async () => {
    sender = { id: ID };
    const heard: unknown[] = [];
    seam.onBroadcast((message) => heard.push(message));
    seam.serveBackground({ 'tab/state': () => ({ kind: 'idle' }) });
    const payload: Broadcasts['history/changed'] = { url: 'https://news.example/a' };
    seam.broadcast('history/changed', payload);
    await Promise.resolve();
    expect(heard).toEqual([{ crosscheck: 1, broadcast: 'history/changed', payload }]);
    expect(await seam.callBackground('tab/state', { tabId: 1 })).toEqual({
      ok: true,
      value: { kind: 'idle' },
    });
  });

  it('ignores broadcasts from another extension', async () => {
    sender = { id: 'someone-else' };
    const heard: unknown[] = [];
    seam.onBroadcast((message) => heard.push(message));
    seam.broadcast('history/changed', { url: 'x' });
    await Promise.resolve();
    expect(heard).toEqual([]);
  });

  it('finds the active tab, sets and clears badges, and keeps session values', async () => {
    expect(await seam.activeTab()).toEqual({ id: 12, url: 'https://news.example/a' });
    badges.length = 0;
    await seam.setBadge(5, { text: '2', color: '#c62828' });
    await seam.setBadge(5, null);
    expect(badges).toEqual([
      { tabId: 5, text: '2' },
      { tabId: 5, color: '#c62828' },
      { tabId: 5, text: '' },
    ]);
    await seam.session.set('tab:5', { kind: 'idle' });
    expect(await seam.session.get('tab:5')).toEqual({ kind: 'idle' });
    await seam.session.remove('tab:5');
    expect(await seam.session.get('tab:5')).toBeUndefined();
  });

  it('toggles the Firefox sidebar from the toolbar button', () => {
    seam.openPanelOnToolbarClick();
    for (const click of clicks) click();
    expect(toggled).toBe(1);
  });
});
