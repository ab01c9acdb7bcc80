/**
 * Everything the panel reads or asks for, in one place, so components take plain data and the
 * extension plumbing stays out of them. The history is opened directly (the panel runs in the
 * extension's origin); the tab's state and page actions go through the browser seam.
 */
import type { Report } from '../core/model.ts';
import { claimsAsTheyStandNow, type StandingClaim } from '../history/standing.ts';
import { exportHistory, importHistory, type ImportSummary } from '../history/transfer.ts';
import type { ReportIndex } from '../history/search.ts';
import type { History, ReportSummary } from '../history/types.ts';
import type { BroadcastMessage } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { siteOf, type Settings } from '../shared/settings.ts';
import { entityStory, type EntityStory } from './entity-story.ts';
import type {
  BackgroundCalls,
  ContentCalls,
  Method,
  Params,
  Reply,
  Result,
} from '../shared/protocol.ts';

/** The part of `src/shared/browser.ts` the panel uses. */
export interface PanelSeam {
  callBackground<K extends Method<BackgroundCalls>>(
    method: K,
    params: Params<BackgroundCalls, K>,
  ): Promise<Reply<Result<BackgroundCalls, K>>>;
  callTab<K extends Method<ContentCalls>>(
    tabId: number,
    method: K,
    params: Params<ContentCalls, K>,
  ): Promise<Reply<Result<ContentCalls, K>>>;
  activeTab(): Promise<{ id: number; url?: string } | undefined>;
  onBroadcast(listener: (message: BroadcastMessage) => void): () => void;
  /** The reader switched tabs or windows. Optional: without it the panel re-asks on focus. */
  onActiveTabChanged?(listener: () => void): () => void;
  readSettings(): Promise<Settings>;
  writeSettings(settings: Settings): Promise<void>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}

/** What "This page" shows. `tabId` is set only when the report is the active tab's page. */
export type PageState =
  | { kind: 'idle' }
  | { kind: 'not-article'; tabId: number; url: string }
  | { kind: 'reading'; url: string }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: Report; tabId?: number }
  | { kind: 'missing'; url: string };

export type PanelChange = { kind: 'history'; url: string } | { kind: 'page' };

export interface PanelData {
  page(): Promise<PageState>;
  /**
   * Every report newest first, or those matching every word of `query`. The whole list is read
   * once and searched in memory until the history changes.
   */
  reports(query: string): Promise<ReportSummary[]>;
  /** The newest `limit` reports, newest first: a first screenful without reading the whole list. */
  recentReports(limit: number): Promise<ReportSummary[]>;
  report(url: string): Promise<Report | undefined>;
  deleteReport(url: string): Promise<void>;
  /** Scrolls the tab to a claim or entity; resolves to an error message when it could not. */
  reveal(
    tabId: number,
    target: { claimId: string } | { entityId: string },
  ): Promise<string | undefined>;
  /** Asks the tab to read a page that did not look like an article; an error message on failure. */
  analyse(tabId: number): Promise<string | undefined>;
  /** Calls back when the history or the shown page may have changed; returns the unsubscribe. */
  watch(listener: (change: PanelChange) => void): () => void;
  /** A stored report's claims judged again against the history as it is now. */
  standing(report: Report): Promise<StandingClaim[]>;
  /** Everything the history holds about one entity; undefined when no report mentions it. */
  entity(entityId: string): Promise<EntityStory | undefined>;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  watchSettings(listener: (settings: Settings) => void): () => void;
  /** The active tab's site ("news.example.com"), to offer in the site lists. */
  currentSite(): Promise<string | undefined>;
  exportHistory(): Promise<string>;
  /** Rejects with the transfer module's ImportError, whose message is for the reader. */
  importHistory(text: string): Promise<ImportSummary>;
  clearHistory(): Promise<void>;
  /** The names the history knows for these entity ids (officials cited by earlier reports). */
  names(ids: string[]): Promise<Record<string, string>>;
}

export interface PanelDataOptions {
  history: History;
  seam: PanelSeam;
  /** The `?url=` of the panel page: show this report whatever the active tab holds. */
  fixedUrl?: string;
  /**
   * Readies the gazetteer, which judging claims as they stand now needs (`standing`, `entity`):
   * asked for on first need, not as the panel opens.
   */
  gazetteer?: () => Promise<void>;
}

export function createPanelData({
  history,
  seam,
  fixedUrl,
  gazetteer = async () => undefined,
}: PanelDataOptions): PanelData {
  // The tab whose state was last shown, so other tabs' state changes do not cause refreshes.
  let shownTabId: number | undefined;
  // The whole list and its search index, read once and then kept up to date report by report:
  // a keystroke searches memory, not the ten thousand rows of the history's store.
  let index: Promise<ReportIndex> | undefined;
  /** Reports saved or deleted since the index last looked; brought in before it is next used. */
  const changed = new Set<string>();
  /** One update at a time, so a search never sees an update half made. */
  let updated: Promise<unknown> = Promise.resolve();
  const forgetIndex = () => {
    index = undefined;
    changed.clear();
  };
  const currentIndex = async (): Promise<ReportIndex> => {
    const reading = (index ??= history.searchIndex());
    let found: ReportIndex;
    try {
      found = await reading;
    } catch (error) {
      // A failed read is not kept: the next request tries again.
      if (index === reading) forgetIndex();
      throw error;
    }
    if (changed.size > 0) {
      const urls = [...changed];
      changed.clear();
      updated = updated.then(() => history.reindex(found, urls)).catch(() => forgetIndex());
    }
    await updated;
    return index === reading ? found : currentIndex();
  };
  const noteChange = (url: string) => {
    // Expiry says only that the history changed, not which reports went: read it all again.
    if (url === '') forgetIndex();
    else changed.add(url);
  };

  async function storedReport(url: string, tabId?: number): Promise<PageState> {
    const report = await history.getReport(url);
    return report ? { kind: 'report', report, tabId } : { kind: 'missing', url };
  }

  async function activePage(): Promise<PageState> {
    const tab = await seam.activeTab();
    shownTabId = tab?.id;
    if (!tab) return { kind: 'idle' };
    const reply = await seam.callBackground('tab/state', { tabId: tab.id });
    if (!reply.ok) return { kind: 'error', message: reply.error };
    const state = reply.value;
    switch (state.kind) {
      case 'idle':
        return { kind: 'idle' };
      case 'not-article':
        return { kind: 'not-article', tabId: tab.id, url: state.url };
      case 'reading':
        return { kind: 'reading', url: state.url };
      case 'error':
        return { kind: 'error', message: state.message };
      case 'ready':
        return storedReport(state.reportUrl, tab.id);
    }
  }

  return {
    async page() {
      try {
        return await (fixedUrl === undefined ? activePage() : storedReport(fixedUrl));
      } catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    },
    async reports(query) {
      const found = await currentIndex();
      return query.trim() ? found.search(query) : [...found.summaries()];
    },
    recentReports(limit) {
      return history.listReports(limit);
    },
    report(url) {
      return history.getReport(url);
    },
    async deleteReport(url) {
      try {
        await history.deleteReport(url);
      } finally {
        noteChange(url);
      }
    },
    async reveal(tabId, target) {
      const reply = await seam.callTab(tabId, 'page/reveal', target);
      if (!reply.ok) return reply.error;
      return reply.value ? undefined : t('revealGone');
    },
    async analyse(tabId) {
      const reply = await seam.callTab(tabId, 'page/analyse', {});
      return reply.ok ? undefined : reply.error;
    },
    async standing(report) {
      await gazetteer();
      return claimsAsTheyStandNow(history, report);
    },
    async entity(entityId) {
      await gazetteer();
      return entityStory(history, entityId);
    },
    settings() {
      return seam.readSettings();
    },
    saveSettings(settings) {
      return seam.writeSettings(settings);
    },
    watchSettings(listener) {
      return seam.onSettingsChanged(listener);
    },
    async currentSite() {
      const tab = await seam.activeTab();
      return tab?.url ? siteOf(tab.url) : undefined;
    },
    exportHistory() {
      return exportHistory(history);
    },
    async importHistory(text) {
      try {
        return await importHistory(history, text);
      } finally {
        forgetIndex();
      }
    },
    async clearHistory() {
      try {
        await history.clear();
      } finally {
        forgetIndex();
      }
    },
    async names(ids) {
      const cards = await history.entityCards(ids);
      return Object.fromEntries(Object.values(cards).map((card) => [card.id, card.name]));
    },
    watch(listener) {
      const stopBroadcasts = seam.onBroadcast((message) => {
        if (message.broadcast === 'history/changed') {
          noteChange(message.payload.url);
          listener({ kind: 'history', url: message.payload.url });
        } else if (fixedUrl === undefined) {
          const { tabId } = message.payload;
          if (shownTabId === undefined || tabId === shownTabId) listener({ kind: 'page' });
        }
      });
      const stopTabs =
        fixedUrl === undefined && seam.onActiveTabChanged
          ? seam.onActiveTabChanged(() => listener({ kind: 'page' }))
          : undefined;
      return () => {
        stopBroadcasts();
        stopTabs?.();
      };
    },
  };
}
