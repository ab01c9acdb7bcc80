/**
 * The background's answers to content scripts and the side panel. Everything that touches the
 * browser comes in through `seam`, so tests drive this with a fake seam and an in-memory history.
 */
import type { Report } from '../core/model.ts';
import type { History } from '../history/types.ts';
import { checkArticle, reportCards } from '../history/read-article.ts';
import type { Sender } from '../shared/browser.ts';
import { describeError } from '../shared/messaging.ts';
import type { Handlers } from '../shared/messaging.ts';
import { withoutHash } from '../shared/address.ts';
import type { BackgroundCalls, TabState } from '../shared/protocol.ts';
import { expiryCutoff, runsOn } from '../shared/settings.ts';
import { badgeFor } from './badge.ts';
import { cardReads } from './card-reads.ts';
import { followUps } from './follow-ups.ts';
import { markedReport } from './page-report.ts';
import { MAX_ATTEMPTS, pendingWrites, RETRY_DELAYS_MS } from './pending-writes.ts';
import type { PendingWrite } from './pending-writes.ts';
import type { BackgroundSeam } from './seam.ts';
import { tabStates } from './tab-state.ts';
import { TOGGLE_HIGHLIGHTS, toolbarMenu } from './toolbar-menu.ts';
import { validate } from './validate.ts';

export const ERROR_COLOUR = '#b26a00';

/**
 * The history could not be opened or refused a write, as opposed to the analysis failing: the
 * article is worth keeping and trying again, since the disk may have room later.
 */
class StorageFailure extends Error {
  override name = 'StorageFailure';
}

/** The history, its failures to store tagged as such. */
function tagged(history: History): History {
  return {
    ...history,
    saveReport: (report) =>
      history.saveReport(report).catch((error: unknown) => {
        throw new StorageFailure(describeError(error), { cause: error });
      }),
  };
}

function inWords(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/**
 * The steps of a page's reading, as marks in the worker's own performance timeline (DevTools'
 * Performance panel shows them; the highlight bench reads them to split the background's time).
 * Each step keeps only its latest mark, so they never pile up in a long-lived worker.
 */
export const READING_MARKS = {
  /** The analysis starting: what came before it (settings, the history's opening) is done. */
  analysing: 'crosscheck:article-analysing',
  /** The analysis done: the history's reads for the check follow. */
  analysed: 'crosscheck:article-analysed',
  checked: 'crosscheck:article-checked',
  /**
   * The handler returning the page's answer: the messaging layer copies and sends it after
   * this, so the answer's copy and trip fall after the mark, not before it.
   */
  returned: 'crosscheck:article-returned',
} as const;

function markStep(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name);
}

/** What the reader is told when session storage refuses the article's copy. */
const UNKEPT =
  'If Crosscheck is stopped before then, the article is lost: reloading the page reads it again.';

/** Runs `task` after `ms`; tests pass one they run by hand. */
export type Later = (task: () => void, ms: number) => void;

/** Says what went wrong in words a reader can act on. */
function explainFailure(error: unknown): string {
  if (error instanceof StorageFailure) error = error.cause;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The history is full: the browser refused to store this article. Delete old reports to make room.';
  }
  return `This article could not be read: ${describeError(error)}`;
}

/**
 * What the reader can ask of the page from outside it: the manifest's `commands` (keyboard
 * shortcuts) and the toolbar button's menu items share these ids.
 */
export const PAGE_ACTIONS = ['next-claim', 'previous-claim', 'toggle-highlights'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

export interface Background {
  calls: Handlers<BackgroundCalls, Sender>;
  /** A shortcut or toolbar menu item for the page in `tabId`; unknown actions are ignored. */
  pageAction(action: string, tabId: number): Promise<void>;
  /** Another tab came to the front (or the tab in front loaded a page). */
  frontTabChanged(tabId: number): Promise<void>;
  /** Deletes the reports older than the reader keeps them; resolves to how many went. */
  expireOld(): Promise<number>;
  /** Tries again to store the articles a failed write left pending (on each background start). */
  retryPending(): Promise<void>;
  /**
   * Resolves once the writes (and the housekeeping after them) that follow the readings already
   * answered have finished, failed writes handed to the retries included.
   */
  writesDone(): Promise<void>;
  /** A tab moved to another page: what it showed no longer applies. */
  tabNavigated(tabId: number, url: string): Promise<void>;
  tabClosed(tabId: number): Promise<void>;
}

export function backgroundFor(
  seam: BackgroundSeam,
  history: () => Promise<History>,
  clock: () => number = Date.now,
  later: Later = (task, ms) => void setTimeout(task, ms),
  /** The timer that starts a page's cards and write when the page never asks (`followUps`). */
  laterFollowUp: Later = (task, ms) => void setTimeout(task, ms),
): Background {
  const tabs = tabStates(seam.session);
  const menu = toolbarMenu(seam);
  const pending = pendingWrites(seam.session);
  const cards = cardReads();
  const following = followUps(laterFollowUp);
  /** Writes running after their page was answered. */
  const writing = new Set<Promise<void>>();

  async function show(tabId: number, state: TabState): Promise<void> {
    await tabs.set(tabId, state);
    seam.broadcast('tab/changed', { tabId, state });
  }

  /**
   * True while the tab still shows the page being read or its failure to be stored (it may have
   * navigated meanwhile, and then what it shows now is left alone).
   */
  async function stillShowing(tabId: number, url: string): Promise<boolean> {
    const state = await tabs.get(tabId);
    return (state.kind === 'reading' || state.kind === 'error') && state.url === url;
  }

  async function openStore(): Promise<History> {
    // What was answered is asked to be written before anything else here reads the history.
    following.releaseAll();
    try {
      return tagged(await history());
    } catch (error) {
      throw new StorageFailure(describeError(error), { cause: error });
    }
  }

  /** A retry: the article read again against the history as it is now, and stored. */
  async function attempt(write: PendingWrite): Promise<Report> {
    const store = await openStore();
    const report = await checkArticle(store, write.article, clock());
    await store.saveReport(report);
    return report;
  }

  /**
   * Stores what a page was just shown, then tidies the history. Never throws, since the page has
   * its answer already: a refused write goes to the retries and shows on the tab, as before.
   * `shown` is the tab's 'reading' state landing, which what the write shows must follow;
   * `kept` is the article's copy in session storage, whose failure shows as soon as it is known.
   */
  async function keep(
    store: History,
    write: PendingWrite,
    report: Report,
    shown: Promise<void>,
    kept: Promise<void>,
  ) {
    try {
      const saved = store.saveReport(report);
      saved.catch(() => undefined); // awaited below, once the tab's state has landed
      await shown.catch(() => undefined);
      // Shown while the write is still under way, and awaited before what the write shows,
      // so the tab's states land in order.
      const keeping = kept.then(
        () => undefined,
        (error: unknown) => unkept(write, error),
      );
      try {
        await saved;
      } catch (error) {
        await keeping;
        await failed(write, error);
        return;
      }
      await keeping;
      await stored(write, report);
    } catch (error) {
      console.error('Crosscheck: could not finish storing', write.article.url, error);
    }
    await expireQuietly();
  }

  async function stored(write: PendingWrite, report: Report): Promise<void> {
    await pending.remove(write.article.url);
    seam.broadcast('history/changed', { url: report.url });
    if (await stillShowing(write.tabId, write.pageUrl)) {
      await show(write.tabId, {
        kind: 'ready',
        url: write.pageUrl,
        reportUrl: report.url,
      });
      await seam.setBadge(write.tabId, badgeFor(report.claims));
    }
  }

  /**
   * Shows the failure on the tab and, when the history refused the write, keeps the article and
   * tries again after a growing delay, a bounded number of times. Resolves to what the reader is told.
   */
  async function failed(write: PendingWrite, error: unknown): Promise<string> {
    let message = explainFailure(error);
    if (!(error instanceof StorageFailure)) {
      await pending.remove(write.article.url);
    } else {
      // The retries go ahead even when session storage refuses the copy too: this worker still
      // holds the article (`pendingWrites` keeps what it was asked to), only a restart loses it.
      const kept = await pending.put(write).then(
        () => true,
        (keepError: unknown) => {
          console.error('Crosscheck: could not keep the article until it is stored', keepError);
          return false;
        },
      );
      if (write.attempts < MAX_ATTEMPTS) {
        const delay = RETRY_DELAYS_MS[write.attempts - 1]!;
        later(() => void retry(write.article.url), delay);
        message += ` Crosscheck will try again in ${inWords(delay)}, and keeps the article until then.`;
      } else {
        // No more timers, but still kept: each background start tries once more (retryPending).
        message += ` Crosscheck has tried ${write.attempts} times and keeps the article to try again later; reloading the page tries at once.`;
      }
      if (!kept) message += ` ${UNKEPT}`;
    }
    console.error('Crosscheck:', message, error);
    if (await stillShowing(write.tabId, write.pageUrl)) {
      await show(write.tabId, { kind: 'error', url: write.pageUrl, message });
      await seam.setBadge(write.tabId, { text: '!', color: ERROR_COLOUR });
    }
    return message;
  }

  /**
   * The article's copy in session storage was refused: shown on the tab like a refused write,
   * since a worker stopped before the history's write lands would now lose the article. The
   * write goes on; what it shows (the report, or its own failure and retries) replaces this.
   */
  async function unkept(write: PendingWrite, error: unknown): Promise<void> {
    try {
      const message = `Crosscheck could not keep this article until it is stored (${describeError(error)}). It is being stored now. ${UNKEPT}`;
      console.error('Crosscheck:', message, error);
      if (await stillShowing(write.tabId, write.pageUrl)) {
        await show(write.tabId, { kind: 'error', url: write.pageUrl, message });
        await seam.setBadge(write.tabId, { text: '!', color: ERROR_COLOUR });
      }
    } catch (showError) {
      console.error('Crosscheck: could not show a failure to keep', write.article.url, showError);
    }
  }

  /** One more try at a pending article; never throws, since nobody waits on it. */
  async function retry(url: string): Promise<void> {
    try {
      const waiting = await pending.get(url);
      if (!waiting) return; // written meanwhile, by a new reading of the page
      const write = { ...waiting, attempts: waiting.attempts + 1 };
      try {
        await stored(write, await attempt(write));
      } catch (error) {
        await failed(write, error);
      }
    } catch (error) {
      console.error('Crosscheck: could not retry storing', url, error);
    }
  }

  async function expireOld(): Promise<number> {
    const cutoff = expiryCutoff(await seam.settings(), clock());
    if (cutoff === undefined) return 0;
    const gone = await (await history()).expireBefore(cutoff);
    if (gone > 0) seam.broadcast('history/changed', { url: '' });
    return gone;
  }

  /** Expiry is housekeeping: a failure is logged and never fails the reading that triggered it. */
  function expireQuietly(): Promise<void> {
    return expireOld().then(
      () => undefined,
      (error: unknown) => console.error('Crosscheck: could not expire old reports', error),
    );
  }

  const calls: Handlers<BackgroundCalls, Sender> = {
    async 'article/read'(params, sender) {
      const { article } = validate('article/read', params, sender, seam.extensionId);
      const tabId = sender.tabId as number;
      const url = sender.url ?? article.url;
      // The content script checks this too; a page that slipped through is still not stored.
      if (!runsOn(await seam.settings(), url))
        throw new Error('Crosscheck is paused on this site: the article was not read.');
      const write: PendingWrite = { article, tabId, pageUrl: url, attempts: 1 };
      // Both run while the article is analysed. The article is kept from its arrival, so a
      // worker stopped once its session write has landed, but before the history's write,
      // leaves it for the next start (retryPending). That write is one `session.set`, asked
      // for now on a worker that has read the pending entries already; on a freshly started
      // worker it first waits for the read that `retryPending` began, so it may leave after
      // the answer. The answer waits neither for it (a failure to keep it shows on the tab,
      // `keep`) nor for the tab's state, which is the side panel's, not the page's.
      const kept = pending.put(write);
      kept.catch(() => undefined); // shown by `keep`; a failed analysis replaces the copy anyway
      const shown = show(tabId, { kind: 'reading', url });
      shown.catch(() => undefined); // awaited below, on either path
      let store: History;
      let report: Report;
      try {
        store = await openStore();
        report = await checkArticle(store, article, clock(), (step) =>
          markStep(READING_MARKS[step]),
        );
        markStep(READING_MARKS.checked);
      } catch (error) {
        // The tab must show 'reading' before the failure replaces it (`stillShowing`).
        await shown.catch(() => undefined);
        throw new Error(await failed(write, error), { cause: error });
      }
      // The page gets its highlights now (what it marks, `markedReport`); its cards and the
      // write follow in this worker once it has drawn them (`followUps`). The cards' read is
      // asked for first, so the write does not hold it up, and the write's transaction before
      // any other reading of the history here (`openStore` starts what is held; `keep` asks for
      // the write synchronously): IndexedDB starts a later transaction over the same stores
      // only after it, so the next article's check never reads the history without this report.
      // The side panel reads this report once the tab is 'ready', which the write brings.
      following.hold(tabId, report.url, () => {
        cards.put(tabId, report.url, reportCards(store, report));
        const writes = keep(store, write, report, shown, kept);
        writing.add(writes);
        void writes.finally(() => writing.delete(writes));
      });
      const answer = { report: markedReport(report) };
      markStep(READING_MARKS.returned);
      return answer;
    },

    async 'article/cards'(params, sender) {
      const { url } = validate('article/cards', params, sender, seam.extensionId);
      // The page has drawn its highlights: its cards' read and its write start now.
      following.release(sender.tabId as number, url);
      const read = cards.take(sender.tabId as number, url);
      if (read) return read;
      // This worker did not answer the page (it was stopped and started again since): the
      // cards of the report as stored, if it is.
      const store = await openStore();
      const report = await store.getReport(url);
      return report ? reportCards(store, report) : {};
    },

    async 'article/none'(params, sender) {
      const { url } = validate('article/none', params, sender, seam.extensionId);
      const tabId = sender.tabId as number;
      await show(tabId, { kind: 'not-article', url: sender.url ?? url });
      await seam.setBadge(tabId, null);
      return null;
    },

    async 'tab/state'(params, sender) {
      const { tabId } = validate('tab/state', params, sender, seam.extensionId);
      return tabs.get(tabId);
    },
  };

  return {
    calls,
    expireOld,
    async pageAction(action, tabId) {
      if (action === TOGGLE_HIGHLIGHTS) return menu.toggle(tabId);
      if (action !== 'next-claim' && action !== 'previous-claim') return;
      const direction = action === 'next-claim' ? 'next' : 'previous';
      const reply = await seam.callTab(tabId, 'page/step', { direction });
      // A tab without our content script (a browser page) has no claims to step through.
      if (!reply.ok) console.debug('Crosscheck:', action, reply.error);
    },
    frontTabChanged(tabId) {
      return menu.follow(tabId);
    },
    async writesDone() {
      following.releaseAll();
      while (writing.size > 0) await Promise.all(writing);
    },
    async retryPending() {
      const waiting = await pending.all();
      await Promise.all(waiting.map((write) => retry(write.article.url)));
    },
    async tabNavigated(tabId, url) {
      const state = await tabs.get(tabId);
      // A jump to an anchor, or a report of the URL the content script already sent, changes nothing.
      if ('url' in state && withoutHash(state.url) === withoutHash(url)) return;
      if (state.kind === 'idle') return;
      await show(tabId, { kind: 'idle' });
      await seam.setBadge(tabId, null);
    },
    tabClosed(tabId) {
      return tabs.forget(tabId);
    },
  };
}
