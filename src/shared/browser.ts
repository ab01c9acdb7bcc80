/**
 * The one seam around the extension APIs. Nothing else in Crosscheck touches `browser` or
 * `chrome`, so every other module can be tested in Node with a small fake in its place.
 *
 * The same code runs in Chrome (MV3 service worker, side panel) and Firefox (MV3 event page,
 * sidebar); the differences between the two are settled here and nowhere else.
 */
import browser from 'webextension-polyfill';
import type { Runtime, Storage } from 'webextension-polyfill';
import { setMessageLookup } from './i18n.ts';
import { callWith, dispatch, isOurs } from './messaging.ts';
import type { Handlers } from './messaging.ts';
import type {
  BackgroundCalls,
  Broadcasts,
  ContentCalls,
  Method,
  Params,
  Reply,
  Result,
} from './protocol.ts';
import { normaliseSettings, SETTINGS_KEY } from './settings.ts';
import type { Settings } from './settings.ts';

/** Who sent a message, as handlers see it. */
export interface Sender {
  /** Extension id of the sender; ours unless something else managed to reach us. */
  extensionId?: string;
  /** Present only for messages from a tab's content script. */
  tabId?: number;
  /** The sending tab's URL (or the frame's, when the tab's is hidden from us). */
  url?: string;
  frameId?: number;
}

/** Our own extension id, against which senders are checked. */
export const extensionId: string = browser.runtime.id;

// Every context that shows words loads this seam first, so `t()` reads the browser's messages
// (in the reader's language) from then on. Only called when a word is asked for.
setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));

export function callBackground<K extends Method<BackgroundCalls>>(
  method: K,
  params: Params<BackgroundCalls, K>,
): Promise<Reply<Result<BackgroundCalls, K>>> {
  return callWith<BackgroundCalls, K>(
    (message) => browser.runtime.sendMessage(message),
    method,
    params,
  );
}

export function callTab<K extends Method<ContentCalls>>(
  tabId: number,
  method: K,
  params: Params<ContentCalls, K>,
): Promise<Reply<Result<ContentCalls, K>>> {
  return callWith<ContentCalls, K>(
    (message) => browser.tabs.sendMessage(tabId, message),
    method,
    params,
  );
}

function senderOf(sender: Runtime.MessageSender): Sender {
  const seen: Sender = {};
  if (sender.id !== undefined) seen.extensionId = sender.id;
  if (sender.tab?.id !== undefined) seen.tabId = sender.tab.id;
  const url = sender.tab?.url ?? sender.url;
  if (url !== undefined) seen.url = url;
  if (sender.frameId !== undefined) seen.frameId = sender.frameId;
  return seen;
}

/**
 * Answers messages with the given handlers. A message that is not ours or has no handler here
 * gets no answer from this listener, so another context may answer it. Returns the unsubscriber.
 */
function serve<M>(handlers: Handlers<M, Sender>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, senderOf(sender));
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export function serveBackground(handlers: Handlers<BackgroundCalls, Sender>): () => void {
  return serve(handlers);
}

export function serveContent(handlers: Handlers<ContentCalls, Sender>): () => void {
  return serve(handlers);
}

export type BroadcastMessage = {
  [K in keyof Broadcasts]: { crosscheck: 1; broadcast: K; payload: Broadcasts[K] };
}[keyof Broadcasts];

function isBroadcast(message: unknown): message is BroadcastMessage {
  return isOurs(message, 'broadcast');
}

/** Tells every open extension page (the side panel); nobody listening is not an error. */
export function broadcast<K extends keyof Broadcasts>(name: K, payload: Broadcasts[K]): void {
  browser.runtime.sendMessage({ crosscheck: 1, broadcast: name, payload }).catch(() => undefined);
}

export function onBroadcast(listener: (message: BroadcastMessage) => void): () => void {
  const receive = (message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id === extensionId && isBroadcast(message)) listener(message);
    // No answer: broadcasts are one-way, and answering would pre-empt the background's reply.
    return undefined;
  };
  browser.runtime.onMessage.addListener(receive);
  return () => browser.runtime.onMessage.removeListener(receive);
}

/** The tab the reader is looking at in the current window. */
export async function activeTab(): Promise<{ id: number; url: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, url: tab.url ?? '' };
}

export interface Badge {
  text: string;
  /** CSS colour of the badge background. */
  color: string;
}

/** Shows a badge on the toolbar button for one tab; null clears it. */
export async function setBadge(tabId: number, badge: Badge | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch (error) {
    // The tab may have closed while its article was being read: nothing left to badge.
    if (!/tab/i.test(String(error))) throw error;
  }
}

/**
 * Makes the toolbar button open the panel. Chrome opens its side panel by itself once told to;
 * Firefox has no such setting, so the click toggles the sidebar (allowed: it is a user action).
 */
export function openPanelOnToolbarClick(): void {
  const sidePanel = globalThis.chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Crosscheck: cannot open the side panel from the toolbar', error);
    });
    return;
  }
  const sidebar = browser.sidebarAction;
  if (sidebar) {
    browser.action.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
}

/** A tab started loading another page (or its page changed its URL). */
/**
 * A JSON file of the extension's own package (`gazetteer.json`), read from its own origin: no
 * network request, and no page can reach it (it is not web-accessible).
 */
export async function readPackagedJson(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

export function onTabNavigated(listener: (tabId: number, url: string) => void): () => void {
  const updated = (tabId: number, change: { url?: string }) => {
    if (change.url !== undefined) listener(tabId, change.url);
  };
  browser.tabs.onUpdated.addListener(updated);
  return () => browser.tabs.onUpdated.removeListener(updated);
}

/** The reader switched tabs or windows: a panel showing "this page" must follow. */
export function onActiveTabChanged(listener: () => void): () => void {
  const activated = () => listener();
  const focused = (windowId: number) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) listener();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.windows?.onFocusChanged.addListener(focused);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.windows?.onFocusChanged.removeListener(focused);
  };
}

export function onTabClosed(listener: (tabId: number) => void): () => void {
  browser.tabs.onRemoved.addListener(listener);
  return () => browser.tabs.onRemoved.removeListener(listener);
}

/**
 * Storage that lives as long as the browser session: it outlives a stopped service worker, which
 * is exactly what tab state needs, and is gone after a restart, when the tabs are gone too.
 */
export const session = {
  async get<T>(key: string): Promise<T | undefined> {
    const found = await browser.storage.session.get(key);
    return found[key] as T | undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.session.set({ [key]: value });
  },
  async remove(key: string): Promise<void> {
    await browser.storage.session.remove(key);
  },
};

/**
 * The reader's settings, from `storage.sync` so they follow the reader between machines. Whatever
 * is stored (nothing yet, an older version's shape, a damaged value) comes back whole and valid.
 */
export async function readSettings(): Promise<Settings> {
  const found = await browser.storage.sync.get(SETTINGS_KEY);
  return normaliseSettings(found[SETTINGS_KEY]);
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: normaliseSettings(settings) });
}

/** Called with the new settings whenever any context (or another machine) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const changed = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(normaliseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/**
 * The manifest's keyboard shortcuts (`commands`). The tab is the one the shortcut was pressed
 * in; a browser that does not say gets the active tab.
 */
export function onCommand(listener: (command: string, tabId: number) => void): () => void {
  const received = (command: string, tab?: { id?: number }) => {
    const known = tab?.id;
    if (known !== undefined) return listener(command, known);
    void activeTab().then((active) => {
      if (active) listener(command, active.id);
    });
  };
  browser.commands.onCommand.addListener(received);
  return () => browser.commands.onCommand.removeListener(received);
}

/**
 * Items in the toolbar button's right-click menu (context `action`). In Chrome a click on the
 * button opens the side panel, so this menu is where a page-level switch can live.
 */
export function addToolbarMenu(
  items: { id: string; title: string }[],
  onClick: (id: string, tabId: number) => void,
): void {
  const menus = browser.contextMenus;
  // Menus outlive a stopped service worker: start from none so ids never collide.
  menus
    .removeAll()
    .then(() => {
      for (const { id, title } of items) menus.create({ id, title, contexts: ['action'] });
    })
    .catch((error: unknown) => console.error('Crosscheck: cannot add the toolbar menu', error));
  menus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) onClick(String(info.menuItemId), tab.id);
  });
}

export async function setToolbarMenuTitle(id: string, title: string): Promise<void> {
  await browser.contextMenus.update(id, { title });
}

/** The reader brought another tab to the front, or the tab in front finished loading a page. */
export function onFrontTabChanged(listener: (tabId: number) => void): () => void {
  const activated = ({ tabId }: { tabId: number }) => listener(tabId);
  const updated = (tabId: number, change: { status?: string }, tab: { active?: boolean }) => {
    if (change.status === 'complete' && tab.active) listener(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
