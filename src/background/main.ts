/**
 * The background: a module service worker in Chrome, an event page in Firefox, from this source.
 * Both may be stopped when idle and started again by the next event, so every listener is added
 * here, synchronously, on each start; state that must outlive a stop lives in session storage.
 */
import { openHistory } from '../history/history.ts';
import type { History } from '../history/types.ts';
import { runsOn, type Settings } from '../shared/settings.ts';
import {
  addToolbarMenu,
  broadcast,
  callTab,
  extensionId,
  onCommand,
  onFrontTabChanged,
  onSettingsChanged,
  onTabClosed,
  onTabNavigated,
  openPanelOnToolbarClick,
  readPackagedJson,
  readSettings,
  serveBackground,
  session,
  setBadge,
  setToolbarMenuTitle,
} from '../shared/browser.ts';
import { backgroundFor } from './handlers.ts';
import { TOOLBAR_MENU } from './toolbar-menu.ts';
import { requestPersistentStorage } from './persistence.ts';
import { warmer, warmUp } from './warm-up.ts';
import { loadPackedGazetteer, PACKED_GAZETTEER } from '../shared/gazetteer-file.ts';

let opening: Promise<History> | undefined;

/** The history is opened on first use and shared; a failed open is retried on the next call. */
function history(): Promise<History> {
  opening ??= openHistory().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

let settingsRead: Promise<Settings> | undefined;

/**
 * The settings, read once per start and then kept as each change reports them: every article
 * asks for them (paused sites, expiry), and a read is a round trip to the browser.
 */
function settings(): Promise<Settings> {
  settingsRead ??= readSettings().catch((error: unknown) => {
    settingsRead = undefined;
    throw error;
  });
  return settingsRead;
}

const background = backgroundFor(
  {
    extensionId,
    broadcast,
    setBadge,
    session,
    settings,
    callTab,
    setMenuTitle: setToolbarMenuTitle,
  },
  history,
);

const logFailure = (error: unknown) => console.error('Crosscheck:', error);

// First of all, the gazetteer the build packed: whatever analyses waits for it (the extension
// carries no other, `shared/gazetteer-unbuilt.ts`).
const gazetteerReady = loadPackedGazetteer(() => readPackagedJson(PACKED_GAZETTEER));
const warmForPage = warmer(undefined, gazetteerReady);
const readArticle = background.calls['article/read'];
serveBackground({
  ...background.calls,
  'article/read': async (params, sender) => {
    // The article's own analysis warms the worker: what is left of a warm-up would only delay it.
    warmForPage.stop();
    if (!readArticle) throw new Error('Crosscheck: no handler for article/read');
    await gazetteerReady;
    return readArticle(params, sender);
  },
});
onTabNavigated((tabId, url) => {
  // Only where Crosscheck reads: a paused or unlisted site costs the reader no work of ours.
  settings()
    .then((current) => runsOn(current, url) && warmForPage(url))
    .catch(logFailure);
  background
    .tabNavigated(tabId, url)
    .catch((error: unknown) => console.error('Crosscheck:', error));
});
onTabClosed((tabId) => {
  background.tabClosed(tabId).catch((error: unknown) => console.error('Crosscheck:', error));
});
openPanelOnToolbarClick();
onCommand((command, tabId) => {
  background.pageAction(command, tabId).catch(logFailure);
});
addToolbarMenu(TOOLBAR_MENU, (id, tabId) => {
  background.pageAction(id, tabId).catch(logFailure);
});
onFrontTabChanged((tabId) => {
  background.frontTabChanged(tabId).catch(logFailure);
});
// Reports past the keeping period go when the background starts and whenever the period changes
// (and after each save, in the handlers); each time it is one range over an index.
background.expireOld().catch(logFailure);
onSettingsChanged((changed) => {
  settingsRead = Promise.resolve(changed);
  background.expireOld().catch(logFailure);
});

warmUp(history, warmForPage);

// On every start (install, browser start, or waking for an event), after the listeners: asking
// again is cheap once granted, and a start is when articles a failed write left are retried.
requestPersistentStorage().catch((error: unknown) =>
  console.warn('Crosscheck: could not ask for persistent storage.', error),
);
gazetteerReady
  .then(() => background.retryPending())
  .catch((error: unknown) => console.error('Crosscheck: retrying pending writes failed.', error));
