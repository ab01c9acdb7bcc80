/**
 * The reader's settings, asked for as the page starts. The content script proper runs once the
 * page is parsed (document_idle), and it may tell the background nothing before the settings
 * say the site is not paused; read from there, the settings' round trip to the browser (about
 * 20 ms while the page loads) outlasted the page's survey and extraction. A small first script
 * (`src/content/early.ts`, at document_start) asks for them here instead, so the answer is in
 * by the time the reading wants it. Both scripts run in the same isolated world, whose global
 * the page can neither see nor change; the reading takes the answer from it (`takeEarlySettings`).
 *
 * Part of the seam around the extension APIs (`browser.ts`), kept apart from it because it runs
 * on every page before its parsing: it reaches `storage` directly rather than through
 * webextension-polyfill, whose weight the first script should not carry. Both browsers answer
 * `storage.sync.get` with a promise in Manifest V3.
 */
import { normaliseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

interface StorageChange {
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, area: string) => void;
interface StorageApi {
  sync: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

/** What the first script leaves for the reading: the stored value, the latest change winning. */
interface EarlyRead {
  latest: Promise<unknown>;
  stop(): void;
}

const HELD = 'crosscheckEarlySettings';
type Holder = { [HELD]?: EarlyRead };

/**
 * When the read was asked for and answered (epoch milliseconds), on the same global: nothing in
 * Crosscheck reads them; the highlight bench does, as it reads `content/started.ts`'s steps.
 */
const TIMES = 'crosscheckEarlySettingsAt';
const at = () => performance.timeOrigin + performance.now();

function storageApi(): StorageApi | undefined {
  const scope = globalThis as {
    browser?: { storage?: StorageApi };
    chrome?: { storage?: StorageApi };
  };
  return scope.browser?.storage ?? scope.chrome?.storage;
}

/**
 * Asks for the stored settings and follows their changes until the reading takes them, so a
 * change made between this read and the reading's own subscription is not lost.
 */
export function readSettingsEarly(): void {
  const storage = storageApi();
  if (!storage) return;
  const times = { asked: at(), answered: Number.NaN };
  (globalThis as { [TIMES]?: typeof times })[TIMES] = times;
  let latest: Promise<unknown> = storage.sync.get(SETTINGS_KEY).then((found) => {
    times.answered = at();
    return found[SETTINGS_KEY];
  });
  // Awaited by the reading; a failure here is its to report, not an unhandled rejection.
  latest.catch(() => undefined);
  const changed: ChangeListener = (changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) latest = Promise.resolve(change.newValue);
  };
  storage.onChanged.addListener(changed);
  (globalThis as Holder)[HELD] = {
    get latest() {
      return latest;
    },
    stop: () => storage.onChanged.removeListener(changed),
  };
}

/**
 * The settings the first script asked for, made whole (`normaliseSettings`), or undefined when
 * it did not run (or they were taken already): the caller then reads them itself. Call it as the
 * caller subscribes to changes, in the same task: from then on the caller's subscription hears them.
 */
export function takeEarlySettings(): Promise<Settings> | undefined {
  const holder = globalThis as Holder;
  const early = holder[HELD];
  if (!early) return undefined;
  delete holder[HELD];
  early.stop();
  return early.latest.then(normaliseSettings);
}
