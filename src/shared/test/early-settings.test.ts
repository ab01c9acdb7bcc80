import { afterEach, describe, expect, it } from 'vitest';
import { readSettingsEarly, takeEarlySettings } from '../early-settings.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** `storage` as a content script sees it: a sync area whose read answers when told to. */
function fakeStorage(stored: Record<string, unknown>) {
  const listeners = new Set<Listener>();
  let answer: () => void = () => undefined;
  const storage = {
    sync: {
      get: (key: string) =>
        new Promise<Record<string, unknown>>((resolve) => {
          answer = () => resolve(key in stored ? { [key]: stored[key] } : {});
        }),
    },
    onChanged: {
      addListener: (listener: Listener) => listeners.add(listener),
      removeListener: (listener: Listener) => listeners.delete(listener),
    },
  };
  (globalThis as { chrome?: unknown }).chrome = { storage };
  return {
    answer: () => answer(),
    change: (area: string, newValue: unknown) => {
      for (const listener of [...listeners]) listener({ settings: { newValue } }, area);
    },
    listening: () => listeners.size,
  };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  takeEarlySettings(); // nothing left over for the next test
});

describe('the settings read at document_start', () => {
  it('hands the reading the stored settings, made whole, once', async () => {
    const storage = fakeStorage({ settings: { pausedSites: ['paused.example'] } });
    readSettingsEarly();
    storage.answer();
    const taken = takeEarlySettings();
    expect(taken).toBeDefined();
    expect(await taken).toEqual({ ...DEFAULT_SETTINGS, pausedSites: ['paused.example'] });
    // Taken: a second reading of the page reads the settings itself.
    expect(takeEarlySettings()).toBeUndefined();
    expect(storage.listening()).toBe(0);
  });

  it('gives the defaults when nothing is stored', async () => {
    const storage = fakeStorage({});
    readSettingsEarly();
    storage.answer();
    expect(await takeEarlySettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('lets a change made before the reading takes them win over the read', async () => {
    const storage = fakeStorage({ settings: {} });
    readSettingsEarly();
    storage.change('sync', { pausedSites: ['news.example'] });
    storage.change('local', { pausedSites: [] }); // another storage area: not the settings
    storage.answer(); // the read answers late, with what was stored before the change
    expect((await takeEarlySettings())?.pausedSites).toEqual(['news.example']);
  });

  it('leaves the reading to read them itself where the first script did not run', () => {
    expect(takeEarlySettings()).toBeUndefined();
    // No extension API (a page that is not an extension's): nothing asked, nothing held.
    readSettingsEarly();
    expect(takeEarlySettings()).toBeUndefined();
  });
});
