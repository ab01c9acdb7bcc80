import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import type { History } from '../../history/types.ts';
import type { Sender } from '../../shared/browser.ts';
import { dispatch, envelope } from '../../shared/messaging.ts';
import type {
  BackgroundCalls,
  EntityCard,
  Method,
  Params,
  PageReport,
  Reply,
  TabState,
} from '../../shared/protocol.ts';
import { CONTRADICTED_COLOUR, NEW_COLOUR } from '../badge.ts';
import { backgroundFor, ERROR_COLOUR } from '../handlers.ts';
import { markedReport } from '../page-report.ts';
import type { Background } from '../handlers.ts';
import { HIDE_TITLE, SHOW_TITLE, TOGGLE_HIGHLIGHTS } from '../toolbar-menu.ts';
import { fakeSeam } from './fake-seam.ts';
import type { FakeSeam } from './fake-seam.ts';

const PAGE = 'https://news.example/2024/12/08/drone';
const article: ArticleInput = {
  url: PAGE,
  source: 'News Example',
  title: 'Drone shot down over Smolensk region',
  body:
    'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhin said on Telegram.\n\n' +
    'There were no casualties and no damage on the ground, he wrote.',
};

let history: History | undefined;
afterEach(() => history?.close());

/** Timers the test fires by hand, so a retry happens when the test says and never after it. */
function manualTimers() {
  const waiting: { task: () => void; ms: number }[] = [];
  return {
    waiting,
    later: (task: () => void, ms: number) => void waiting.push({ task, ms }),
    /** Fires the earliest timer; resolves once the retry it started has settled. */
    async fire(settled: () => Promise<unknown>) {
      const next = waiting.shift();
      if (!next) throw new Error('no retry is scheduled');
      next.task();
      await settled();
    },
  };
}

async function setUp(seam: FakeSeam = fakeSeam(), open?: () => Promise<History>) {
  history = await openHistory(memoryIndexedDB());
  const shared = history;
  const timers = manualTimers();
  return {
    seam,
    timers,
    background: backgroundFor(seam, open ?? (async () => shared), () => 1_000, timers.later),
  };
}

function call<K extends Method<BackgroundCalls>>(
  background: Background,
  method: K,
  params: Params<BackgroundCalls, K>,
  sender: Sender,
): Promise<Reply<unknown>> {
  return dispatch(background.calls, envelope<BackgroundCalls, K>(method, params), sender)!;
}

/** The hover cards a page asks for once its report is highlighted. */
async function cardsOf(
  background: Background,
  url: string,
  sender: Sender,
): Promise<Record<string, EntityCard>> {
  const reply = await call(background, 'article/cards', { url }, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Record<string, EntityCard>;
}

/** A page's reading: its answer, once the write that follows the answer has finished too. */
async function readAndStore(
  background: Background,
  params: Params<BackgroundCalls, 'article/read'>,
  sender: Sender,
): Promise<Reply<unknown>> {
  const reply = await call(background, 'article/read', params, sender);
  await background.writesDone();
  return reply;
}

const fromTab = (seam: FakeSeam, tabId = 3): Sender => ({
  extensionId: seam.extensionId,
  tabId,
  url: PAGE,
});
/** The side panel: no tab, and the extension's own address. */
const fromPanel = (seam: FakeSeam): Sender => ({
  extensionId: seam.extensionId,
  url: `chrome-extension://${seam.extensionId}/src/sidepanel/index.html`,
});

async function stateOf(background: Background, seam: FakeSeam, tabId: number): Promise<TabState> {
  const reply = await call(background, 'tab/state', { tabId }, fromPanel(seam));
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as TabState;
}

describe('background', () => {
  it('reads an article from a tab: stores it, answers with the report then its cards, badges the tab', async () => {
    const { seam, background } = await setUp();
    const reply = await readAndStore(background, { article }, fromTab(seam));
    expect(reply.ok).toBe(true);
    const { report } = (reply as { value: PageReport }).value;
    expect(report.url).toBe(PAGE);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((claim) => claim.status === 'new')).toBe(true);
    const cards = await cardsOf(background, PAGE, fromTab(seam));
    expect(Object.keys(cards).sort()).toEqual(report.entities.map((entity) => entity.id).sort());
    // Asked again (the worker answered another page since, or was started again): from the store.
    expect(await cardsOf(background, PAGE, fromTab(seam))).toEqual(cards);
    // The answer is the stored report as the page uses it: no text (the page sent it), no frames.
    const stored = await history!.getReport(PAGE);
    expect(markedReport(stored!)).toEqual(report);
    expect(report.textLength).toBe(stored!.text.length);
    expect(Object.keys(report).sort()).toEqual([
      'claims',
      'entities',
      'mentions',
      'textLength',
      'url',
    ]);

    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'ready',
      url: PAGE,
      reportUrl: PAGE,
    });
    expect(seam.badges.get(3)).toEqual({ text: String(report.claims.length), color: NEW_COLOUR });
    expect(seam.broadcasts).toContainEqual({ name: 'history/changed', payload: { url: PAGE } });
    expect(seam.broadcasts.filter((b) => b.name === 'tab/changed').map((b) => b.payload)).toEqual([
      { tabId: 3, state: { kind: 'reading', url: PAGE } },
      { tabId: 3, state: { kind: 'ready', url: PAGE, reportUrl: PAGE } },
    ]);
  });

  it('knows the tab state after the service worker restarts', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam));
    const restarted = backgroundFor(fakeSeam(seam.extensionId, seam.storage), async () => history!);
    expect(await stateOf(restarted, seam, 3)).toMatchObject({ kind: 'ready', reportUrl: PAGE });
    expect(await stateOf(restarted, seam, 99)).toEqual({ kind: 'idle' });
  });

  it('badges contradictions in red when a later report disagrees', async () => {
    const { seam, background } = await setUp();
    const shotDown = (count: string) =>
      `Russian air defences shot down ${count} Ukrainian drones over the Smolensk region overnight, ` +
      'governor Vasily Anokhin said on Telegram.';
    const earlier: ArticleInput = { ...article, body: shotDown('three') };
    await readAndStore(background, { article: earlier }, fromTab(seam, 1));
    const later: ArticleInput = {
      url: 'https://other.example/smolensk',
      source: 'Other Outlet',
      title: 'Drone attack on Smolensk region',
      body: shotDown('five'),
    };
    const reply = await readAndStore(
      background,
      { article: later },
      { ...fromTab(seam, 2), url: later.url },
    );
    expect(reply.ok).toBe(true);
    const claims = (reply as { value: PageReport }).value.report.claims;
    const contradicted = claims.filter((claim) => claim.status === 'contradicted').length;
    expect(contradicted).toBeGreaterThan(0);
    expect(seam.badges.get(2)).toEqual({ text: String(contradicted), color: CONTRADICTED_COLOUR });
  });

  it('highlights the page when the write fails, and shows the failure on the tab', async () => {
    const seam = fakeSeam();
    const real = await openHistory(memoryIndexedDB());
    history = real;
    const full: History = {
      ...real,
      async saveReport() {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const background = backgroundFor(seam, async () => full, Date.now, manualTimers().later);
    const reply = await readAndStore(background, { article }, fromTab(seam));
    // The analysis and the check did not need the write: the page shows what they found.
    expect(reply.ok).toBe(true);
    expect((reply as { value: PageReport }).value.report.claims.length).toBeGreaterThan(0);
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'error',
      url: PAGE,
      message: expect.stringContaining('history is full'),
    });
    expect(seam.badges.get(3)).toEqual({ text: '!', color: ERROR_COLOUR });
  });

  it('reports a history that cannot be opened', async () => {
    const seam = fakeSeam();
    const background = backgroundFor(
      seam,
      async () => {
        throw new Error('database unavailable');
      },
      Date.now,
      manualTimers().later,
    );
    const reply = await readAndStore(background, { article }, fromTab(seam));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('database unavailable') });
    expect((await stateOf(background, seam, 3)).kind).toBe('error');
  });

  it('refuses strangers and calls without a tab, leaving state alone', async () => {
    const { seam, background } = await setUp();
    const stranger = await call(
      background,
      'article/read',
      { article },
      { ...fromTab(seam), extensionId: 'evil' },
    );
    expect(stranger.ok).toBe(false);
    const noTab = await readAndStore(background, { article }, fromPanel(seam));
    expect(noTab.ok).toBe(false);
    expect(await history!.listReports()).toEqual([]);
    expect(await stateOf(background, seam, 3)).toEqual({ kind: 'idle' });
    expect(seam.broadcasts).toEqual([]);
  });

  it('never lets a page replace the report of another site’s article', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam, 1));
    const stored = await history!.getReport(PAGE);
    // A hostile page names the reader's news article as its own canonical address.
    const forged: ArticleInput = {
      ...article,
      title: 'Nothing happened in Smolensk',
      body: 'Nothing happened in the Smolensk region overnight, the page says.',
    };
    const hostile = 'https://hostile.example/fake';
    const reply = await readAndStore(
      background,
      { article: forged },
      { ...fromTab(seam, 2), url: `${hostile}#top` },
    );
    expect(reply.ok).toBe(true);
    expect((reply as { value: PageReport }).value.report.url).toBe(hostile);
    expect(await history!.getReport(PAGE)).toEqual(stored);
    expect((await history!.listReports()).map((row) => row.url).sort()).toEqual([hostile, PAGE]);
  });

  it('tells a content script nothing about any tab, its own or another', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam, 1));
    for (const tabId of [1, 3]) {
      const reply = await call(background, 'tab/state', { tabId }, fromTab(seam, 3));
      expect(reply).toEqual({
        ok: false,
        error: 'tab/state is for Crosscheck’s own pages, not a web page',
      });
    }
    expect(await stateOf(background, seam, 1)).toMatchObject({ kind: 'ready', reportUrl: PAGE });
  });

  it('marks a page that is no article, and clears its badge', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam));
    const reply = await call(
      background,
      'article/none',
      { url: 'https://news.example/' },
      {
        ...fromTab(seam),
        url: 'https://news.example/',
      },
    );
    expect(reply).toEqual({ ok: true, value: null });
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'not-article',
      url: 'https://news.example/',
    });
    expect(seam.badges.get(3)).toBeNull();
  });

  it('clears state and badge when the tab navigates away, not on an anchor jump', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam));
    await background.tabNavigated(3, `${PAGE}#comments`);
    expect((await stateOf(background, seam, 3)).kind).toBe('ready');
    expect(seam.badges.get(3)).not.toBeNull();
    await background.tabNavigated(3, 'https://news.example/another');
    expect(await stateOf(background, seam, 3)).toEqual({ kind: 'idle' });
    expect(seam.badges.get(3)).toBeNull();
  });

  it('leaves a tab that navigated during the reading as it now is', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const shared = history;
    let release = () => {};
    let asked = () => {};
    const opened = new Promise<void>((resolve) => (asked = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const background = backgroundFor(seam, async () => {
      asked();
      await gate;
      return shared;
    });
    const reading = readAndStore(background, { article }, fromTab(seam));
    await opened;
    await background.tabNavigated(3, 'https://news.example/elsewhere');
    release();
    expect((await reading).ok).toBe(true);
    expect(await stateOf(background, seam, 3)).toEqual({ kind: 'idle' });
    expect(seam.badges.get(3)).toBeNull();
    expect(await shared.getReport(PAGE)).toBeDefined();
  });

  it('forgets a closed tab', async () => {
    const { seam, background } = await setUp();
    await readAndStore(background, { article }, fromTab(seam));
    await background.tabClosed(3);
    expect(seam.storage.size).toBe(0);
  });
});

describe('background obeying the settings', () => {
  const DAY = 86_400_000;
  const OTHER = 'https://other.example/2024/12/09/drone';

  async function withClock(start: number) {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const shared = history;
    const clock = { now: start };
    const background = backgroundFor(
      seam,
      async () => shared,
      () => clock.now,
    );
    return { seam, background, clock, shared };
  }

  it('does not read an article from a paused site, and stores nothing', async () => {
    const { seam, background, shared } = await withClock(1_000);
    seam.stored.pausedSites = ['news.example'];
    const reply = await readAndStore(background, { article }, fromTab(seam));
    expect(reply.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(/paused on this site/);
    expect(await shared.listReports()).toEqual([]);
    expect(seam.badges.has(3)).toBe(false);
  });

  it('expires reports older than the keeping period after each save', async () => {
    const { seam, background, clock, shared } = await withClock(10 * DAY);
    await readAndStore(background, { article }, fromTab(seam));
    seam.stored.keepDays = 30;
    clock.now += 31 * DAY;
    const later = { ...article, url: OTHER, source: 'Other Example' };
    const reply = await readAndStore(
      background,
      { article: later },
      {
        ...fromTab(seam, 4),
        url: OTHER,
      },
    );
    expect(reply.ok).toBe(true);
    expect((await shared.listReports()).map((summary) => summary.url)).toEqual([OTHER]);
  });

  it('expires on demand (at startup) only when the reader keeps reports for a limited time', async () => {
    const { seam, background, clock, shared } = await withClock(10 * DAY);
    await readAndStore(background, { article }, fromTab(seam));
    clock.now += 400 * DAY;
    expect(await background.expireOld()).toBe(0);
    expect(await shared.getReport(PAGE)).toBeDefined();
    seam.stored.keepDays = 365;
    seam.broadcasts.length = 0;
    expect(await background.expireOld()).toBe(1);
    expect(await shared.getReport(PAGE)).toBeUndefined();
    expect(seam.broadcasts.map((b) => b.name)).toEqual(['history/changed']);
  });

  it('sends shortcuts and toolbar menu items to the tab they were used in', async () => {
    const { seam, background } = await withClock(1_000);
    seam.pages.set(5, { shown: true }).set(6, { shown: true });
    await background.pageAction('next-claim', 5);
    await background.pageAction('previous-claim', 5);
    await background.pageAction('toggle-highlights', 6);
    await background.pageAction('something-else', 6);
    expect(seam.tabCalls).toEqual([
      { tabId: 5, method: 'page/step', params: { direction: 'next' } },
      { tabId: 5, method: 'page/step', params: { direction: 'previous' } },
      { tabId: 6, method: 'page/toggle-highlights', params: {} },
    ]);
  });

  it('titles the toolbar menu item with what a click does in the tab in front', async () => {
    const { seam, background } = await withClock(1_000);
    seam.pages.set(5, { shown: true }).set(6, { shown: true });
    const title = () => seam.menuTitles.get(TOGGLE_HIGHLIGHTS);
    await background.pageAction(TOGGLE_HIGHLIGHTS, 5);
    expect(seam.pages.get(5)?.shown).toBe(false);
    expect(title()).toBe(SHOW_TITLE);
    await background.frontTabChanged(6);
    expect(title()).toBe(HIDE_TITLE);
    await background.frontTabChanged(5);
    expect(title()).toBe(SHOW_TITLE);
    // A browser page has no content script: nothing is hidden there.
    await background.frontTabChanged(99);
    expect(title()).toBe(HIDE_TITLE);
    await background.pageAction(TOGGLE_HIGHLIGHTS, 99);
    expect(title()).toBe(HIDE_TITLE);
  });
});

/** The real history, but its next `failures` writes fail as a full disk does. */
function failingFor(real: History, failures: number): History & { tries: number } {
  const flaky = {
    ...real,
    tries: 0,
    async saveReport(report: Parameters<History['saveReport']>[0]) {
      flaky.tries++;
      if (flaky.tries <= failures) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return real.saveReport(report);
    },
  };
  return flaky;
}

const pendingIn = (seam: FakeSeam) =>
  seam.storage.get('pending-writes') as Record<string, { attempts: number }> | undefined;

describe('writes the history refuses', () => {
  it('shows the failure, keeps the article, and stores it on a later retry', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const flaky = failingFor(history, 2);
    const timers = manualTimers();
    const background = backgroundFor(
      seam,
      async () => flaky,
      () => 1_000,
      timers.later,
    );

    const reply = await readAndStore(background, { article }, fromTab(seam));
    expect(reply.ok).toBe(true);
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'error',
      url: PAGE,
      message: expect.stringMatching(/history is full.*try again in 2 seconds/),
    });
    expect(seam.badges.get(3)).toEqual({ text: '!', color: ERROR_COLOUR });
    expect(pendingIn(seam)?.[PAGE]).toMatchObject({ attempts: 1, article });
    expect(await history.getReport(PAGE)).toBeUndefined();
    expect(timers.waiting.map((timer) => timer.ms)).toEqual([2_000]);

    // The second try fails too: a longer wait.
    await timers.fire(() =>
      vi.waitFor(async () => expect(pendingIn(seam)?.[PAGE]?.attempts).toBe(2)),
    );
    expect((await stateOf(background, seam, 3)) as { message: string }).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('try again in 10 seconds'),
    });
    expect(timers.waiting.map((timer) => timer.ms)).toEqual([10_000]);

    // The third is written: the tab shows the report, and the article is no longer kept.
    await timers.fire(() =>
      vi.waitFor(async () => expect((await stateOf(background, seam, 3)).kind).toBe('ready')),
    );
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'ready',
      url: PAGE,
      reportUrl: PAGE,
    });
    const stored = await history.getReport(PAGE);
    expect(stored?.claims.length).toBeGreaterThan(0);
    expect(seam.badges.get(3)).toEqual({ text: String(stored!.claims.length), color: NEW_COLOUR });
    expect(seam.storage.has('pending-writes')).toBe(false);
    expect(seam.broadcasts).toContainEqual({ name: 'history/changed', payload: { url: PAGE } });
    expect(flaky.tries).toBe(3);
    expect(timers.waiting).toEqual([]);
  });

  it('writes a kept article when the background starts again, after the service worker was stopped', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const first = backgroundFor(
      seam,
      async () => failingFor(history!, 1),
      () => 1_000,
      manualTimers().later,
    );
    await readAndStore(first, { article }, fromTab(seam));
    expect(pendingIn(seam)?.[PAGE]).toBeDefined();

    // A new background on the same session storage: its timers are gone, the article is not.
    const restarted = backgroundFor(
      fakeSeam(seam.extensionId, seam.storage),
      async () => history!,
      () => 2_000,
      manualTimers().later,
    );
    await restarted.retryPending();
    expect((await history.getReport(PAGE))?.readAt).toBe(2_000);
    expect(await stateOf(restarted, seam, 3)).toEqual({
      kind: 'ready',
      url: PAGE,
      reportUrl: PAGE,
    });
    expect(seam.storage.has('pending-writes')).toBe(false);
  });

  it('stops its timers after four tries, says so, and still keeps the article', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const full = failingFor(history, Infinity);
    const timers = manualTimers();
    const background = backgroundFor(
      seam,
      async () => full,
      () => 1_000,
      timers.later,
    );
    await readAndStore(background, { article }, fromTab(seam));
    for (const attempts of [2, 3, 4]) {
      await timers.fire(() =>
        vi.waitFor(async () => expect(pendingIn(seam)?.[PAGE]?.attempts).toBe(attempts)),
      );
    }
    expect(timers.waiting).toEqual([]);
    expect(full.tries).toBe(4);
    expect(await stateOf(background, seam, 3)).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('has tried 4 times and keeps the article'),
    });
    expect(pendingIn(seam)?.[PAGE]?.attempts).toBe(4);
  });

  it('leaves a tab that moved on as it is when a retry stores the article', async () => {
    const { seam } = await setUp();
    const timers = manualTimers();
    const flaky = failingFor(history!, 1);
    const background = backgroundFor(
      seam,
      async () => flaky,
      () => 1_000,
      timers.later,
    );
    await readAndStore(background, { article }, fromTab(seam));
    await background.tabNavigated(3, 'https://news.example/elsewhere');
    await timers.fire(() =>
      vi.waitFor(async () => expect(seam.storage.has('pending-writes')).toBe(false)),
    );
    expect(await history!.getReport(PAGE)).toBeDefined();
    expect(await stateOf(background, seam, 3)).toEqual({ kind: 'idle' });
  });
});

/** The real history, its writes held until `release` is called: never, for a worker stopped mid-write. */
function heldWrites(real: History) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: History = {
    ...real,
    async saveReport(report) {
      await gate;
      return real.saveReport(report);
    },
  };
  return { held, release };
}

describe('answering the page before the write', () => {
  const OTHER = 'https://other.example/smolensk';

  it('answers before the report is written, and the hover cards that follow already count it', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const real = history;
    // Another outlet's earlier report names the same governor and region.
    const earlier = backgroundFor(
      seam,
      async () => real,
      () => 1_000,
    );
    const other = { ...article, url: OTHER, source: 'Other Outlet' };
    await readAndStore(earlier, { article: other }, { ...fromTab(seam, 1), url: OTHER });

    const { held, release } = heldWrites(real);
    const background = backgroundFor(
      seam,
      async () => held,
      () => 2_000,
      manualTimers().later,
    );
    const reply = await call(background, 'article/read', { article }, fromTab(seam));
    expect(reply.ok).toBe(true);
    const { report } = (reply as { value: PageReport }).value;
    const cards = await cardsOf(background, PAGE, fromTab(seam));
    expect(await real.getReport(PAGE)).toBeUndefined();
    expect(await stateOf(background, seam, 3)).toEqual({ kind: 'reading', url: PAGE });
    // Kept in session storage until written, so a stopped worker cannot lose it.
    expect(pendingIn(seam)?.[PAGE]).toMatchObject({ attempts: 1, article });
    for (const entity of report.entities) expect(cards[entity.id]?.reportCount).toBe(2);

    release();
    await background.writesDone();
    expect(markedReport((await real.getReport(PAGE))!)).toEqual(report);
    expect(await real.entityCards(Object.keys(cards))).toEqual(cards);
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'ready',
      url: PAGE,
      reportUrl: PAGE,
    });
    // Every claim is the other outlet's too: nothing new, nothing contradicted, no number.
    expect(report.claims.every((claim) => claim.status === 'corroborated')).toBe(true);
    expect(seam.badges.has(3) && seam.badges.get(3)).toBeNull();
    expect(seam.storage.has('pending-writes')).toBe(false);
  });

  it("answers the page without waiting for the article's copy in session storage, which still lands", async () => {
    const seam = fakeSeam();
    // Session storage that answers only when told: the browser busy elsewhere.
    let land: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => (land = resolve));
    const set = seam.session.set;
    const remove = seam.session.remove;
    // What became of the page's entry, in the order it landed.
    const entry: ('kept' | 'forgotten')[] = [];
    seam.session.set = async (key, value) => {
      if (key !== 'pending-writes') return set(key, value);
      await landed;
      await set(key, value);
      entry.push(PAGE in (value as object) ? 'kept' : 'forgotten');
    };
    seam.session.remove = async (key) => {
      await remove(key);
      if (key === 'pending-writes') entry.push('forgotten');
    };
    const { background } = await setUp(seam);
    const reply = await call(background, 'article/read', { article }, fromTab(seam));
    expect(reply.ok).toBe(true);
    expect(pendingIn(seam)?.[PAGE]).toBeUndefined();
    land();
    await background.writesDone();
    // Kept, then written and forgotten, in that order.
    expect(entry).toEqual(['kept', 'forgotten']);
    expect(await history!.getReport(PAGE)).toBeDefined();
    expect(seam.storage.has('pending-writes')).toBe(false);
  });

  it('shows on the tab that session storage refused the article, answers anyway, and still stores it', async () => {
    const seam = fakeSeam();
    seam.session.set = async (key, value) => {
      if (key === 'pending-writes') throw new Error('session storage is full');
      seam.storage.set(key, structuredClone(value));
    };
    history = await openHistory(memoryIndexedDB());
    const { held, release } = heldWrites(history);
    const background = backgroundFor(
      seam,
      async () => held,
      () => 1_000,
      manualTimers().later,
    );
    const reply = await call(background, 'article/read', { article }, fromTab(seam));
    expect(reply.ok).toBe(true);
    expect((reply as { value: PageReport }).value.report.claims.length).toBeGreaterThan(0);
    // The page draws its highlights and asks for its cards, which starts the write.
    await cardsOf(background, PAGE, fromTab(seam));
    // While the write is held, the reader learns the article is not safe yet.
    await vi.waitFor(async () =>
      expect(await stateOf(background, seam, 3)).toEqual({
        kind: 'error',
        url: PAGE,
        message: expect.stringMatching(/could not keep this article.*session storage is full/),
      }),
    );
    expect(seam.badges.get(3)).toEqual({ text: '!', color: ERROR_COLOUR });

    release();
    await background.writesDone();
    expect(await history.getReport(PAGE)).toBeDefined();
    expect(await stateOf(background, seam, 3)).toMatchObject({ kind: 'ready', url: PAGE });
  });

  it('retries a refused write even when session storage refuses the article too', async () => {
    const seam = fakeSeam();
    seam.session.set = async (key, value) => {
      if (key === 'pending-writes') throw new Error('session storage is full');
      seam.storage.set(key, structuredClone(value));
    };
    history = await openHistory(memoryIndexedDB());
    const flaky = failingFor(history, 1);
    const timers = manualTimers();
    const background = backgroundFor(
      seam,
      async () => flaky,
      () => 1_000,
      timers.later,
    );
    expect((await readAndStore(background, { article }, fromTab(seam))).ok).toBe(true);
    expect(await stateOf(background, seam, 3)).toEqual({
      kind: 'error',
      url: PAGE,
      message: expect.stringMatching(/history is full.*try again in 2 seconds.*article is lost/),
    });
    expect(timers.waiting.map((timer) => timer.ms)).toEqual([2_000]);
    await timers.fire(() =>
      vi.waitFor(async () => expect((await stateOf(background, seam, 3)).kind).toBe('ready')),
    );
    expect(await history.getReport(PAGE)).toBeDefined();
  });

  it('checks the next article against a report whose page was answered but has not drawn it yet', async () => {
    const { seam, background } = await setUp();
    const first = await call(background, 'article/read', { article }, fromTab(seam));
    expect(first.ok).toBe(true);
    // Another outlet runs the same story in another tab before the first page asked for its cards.
    const other = { ...article, url: 'https://other.example/smolensk', source: 'Other Outlet' };
    const second = await call(
      background,
      'article/read',
      { article: other },
      { ...fromTab(seam, 4), url: other.url },
    );
    const { report } = (second as { value: PageReport }).value;
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((claim) => claim.status === 'corroborated')).toBe(true);
    await background.writesDone();
  });

  it("writes a page's report once the page asks for its cards, or after a while when it never asks", async () => {
    history = await openHistory(memoryIndexedDB());
    const shared = history;
    const seam = fakeSeam();
    const followUps = manualTimers();
    const background = backgroundFor(
      seam,
      async () => shared,
      () => 1_000,
      manualTimers().later,
      followUps.later,
    );
    await call(background, 'article/read', { article }, fromTab(seam));
    // Nothing is written while the page marks its text and draws the marks.
    expect(await shared.getReport(PAGE)).toBeUndefined();
    await cardsOf(background, PAGE, fromTab(seam));
    await vi.waitFor(async () => expect(await shared.getReport(PAGE)).toBeDefined());

    // A page that goes elsewhere before asking still has its report written.
    followUps.waiting.length = 0; // the first page's timer, which has nothing left to start
    const other = { ...article, url: 'https://other.example/smolensk', source: 'Other Outlet' };
    await call(
      background,
      'article/read',
      { article: other },
      { ...fromTab(seam, 4), url: other.url },
    );
    expect(await shared.getReport(other.url)).toBeUndefined();
    await followUps.fire(() =>
      vi.waitFor(async () => expect(await shared.getReport(other.url)).toBeDefined()),
    );
    await background.writesDone();
  });

  it('leaves an article answered but never written for the next start to store', async () => {
    const seam = fakeSeam();
    history = await openHistory(memoryIndexedDB());
    const real = history;
    // The worker is stopped while the write is under way: it never finishes.
    const { held } = heldWrites(real);
    const stopped = backgroundFor(
      seam,
      async () => held,
      () => 1_000,
      manualTimers().later,
    );
    expect((await call(stopped, 'article/read', { article }, fromTab(seam))).ok).toBe(true);
    expect(await real.getReport(PAGE)).toBeUndefined();

    const restarted = backgroundFor(
      fakeSeam(seam.extensionId, seam.storage),
      async () => real,
      () => 2_000,
      manualTimers().later,
    );
    await restarted.retryPending();
    expect((await real.getReport(PAGE))?.readAt).toBe(2_000);
    expect(await stateOf(restarted, seam, 3)).toEqual({
      kind: 'ready',
      url: PAGE,
      reportUrl: PAGE,
    });
    expect(seam.storage.has('pending-writes')).toBe(false);
  });
});
