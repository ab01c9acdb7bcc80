import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Report } from '../core/model.ts';
import type { StandingClaim } from '../history/standing.ts';
import { filterReports, type HistoryFilter } from '../history/search.ts';
import type { ReportSummary } from '../history/types.ts';
import { t, tCount } from '../shared/i18n.ts';
import { HistoryFilters } from './HistoryFilters.tsx';
import { HistoryRow } from './HistoryRow.tsx';
import type { PanelData } from './panel-data.ts';
import { ReportView } from './ReportView.tsx';
import { VirtualList } from './VirtualList.tsx';
import { groupByDay } from './when.ts';

/** Search waits for a pause in typing, so the list is not redrawn at every key. */
const SEARCH_DELAY_MS = 250;
/** Rows read for the first paint, more than a tall panel shows; the rest are read after it. */
export const FIRST_ROWS = 30;
/**
 * The rest of the list is read this long after the first rows, or as soon as the reader reaches
 * for the search field or the list. Not at once: reading a long list keeps the browser's database busy for
 * a while (some 140 ms for ten thousand reports, read a hundred to a page), and a panel closed and
 * opened again meanwhile would wait on it to open at all.
 */
const REST_DELAY_MS = 1000;
/** Fixed heights (px) that the stylesheet gives day headings and rows: the list is virtualised. */
export const DAY_HEIGHT = 36;
export const ROW_HEIGHT = 92;

export interface HistoryViewProps {
  data: Pick<PanelData, 'reports' | 'recentReports' | 'report' | 'deleteReport' | 'standing'>;
  /** Bumped whenever the history may have changed elsewhere. */
  revision: number;
  announce: (message: string) => void;
  onOpenEntity: (entityId: string) => void;
}

type Listing =
  | { kind: 'loading' }
  /**
   * `complete` is false while only the newest rows are read, before the rest come; `query` is
   * the search they answer ('' for the whole list), which the field may have moved past.
   */
  | { kind: 'ready'; reports: ReportSummary[]; complete: boolean; query: string }
  | { kind: 'error'; message: string };

export type HistoryItem =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'report'; key: string; summary: ReportSummary };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The rows of the list: a heading before each day's reports. */
export function historyItems(reports: readonly ReportSummary[], now = Date.now()): HistoryItem[] {
  return groupByDay(reports, now).flatMap((day, index) => [
    { kind: 'day', key: `day-${index}`, label: day.label } as HistoryItem,
    ...day.items.map((summary) => ({ kind: 'report', key: summary.url, summary }) as HistoryItem),
  ]);
}

interface Opened {
  report: Report;
  /** Its claims judged again against the history as it is now; undefined while that runs. */
  standing?: StandingClaim[];
}

/** Every stored report, newest first and grouped by day, with search, filters, opening and deletion. */
export function HistoryView({ data, revision, announce, onOpenEntity }: HistoryViewProps) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [opened, setOpened] = useState<Opened | undefined>();
  const [localRevision, setLocalRevision] = useState(0);
  // Answers can arrive out of order while the reader types; only the latest request may land.
  const latest = useRef(0);
  const openedRequest = useRef(0);
  const opening = useRef(true);
  /** Reads the rest of the list while only the newest rows are shown; then undefined. */
  const readRest = useRef<(() => void) | undefined>();

  useEffect(() => {
    const request = ++latest.current;
    const fail = (error: unknown) =>
      request === latest.current && setListing({ kind: 'error', message: message(error) });
    const load = () =>
      data.reports(query).then((reports) => {
        if (request !== latest.current) return;
        setListing({ kind: 'ready', reports, complete: true, query: query.trim() });
      }, fail);
    readRest.current = undefined;
    if (!query.trim() && opening.current) {
      // The first paint shows the newest rows at once; the whole list (and its search index)
      // is read afterwards, so a long history does not delay it.
      opening.current = false;
      data.recentReports(FIRST_ROWS).then((reports) => {
        if (request !== latest.current) return;
        setListing({ kind: 'ready', reports, complete: reports.length < FIRST_ROWS, query: '' });
        const rest = () => {
          if (readRest.current !== rest) return;
          readRest.current = undefined;
          void load();
        };
        readRest.current = rest;
        setTimeout(rest, REST_DELAY_MS);
      }, fail);
      return;
    }
    opening.current = false;
    if (!query.trim()) {
      void load();
      return;
    }
    const timer = setTimeout(load, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, query, revision, localRevision]);

  const shown = useMemo(
    () => (listing.kind === 'ready' ? filterReports(listing.reports, filter) : []),
    [listing, filter],
  );
  const items = useMemo(() => historyItems(shown), [shown]);

  // Searching or filtering is announced once the list settles, so a screen reader hears the count.
  const narrowed = query.trim() !== '' || Object.keys(filter).length > 0;
  useEffect(() => {
    if (listing.kind === 'ready' && narrowed)
      announce(t('historyFound', tCount(shown.length, 'reports')));
  }, [shown]);

  const show = (report: Report) => {
    const request = ++openedRequest.current;
    setOpened({ report });
    data.standing(report).then(
      (standing) => request === openedRequest.current && setOpened({ report, standing }),
      // The stored judgement is still worth showing when the re-check fails.
      () => undefined,
    );
  };

  // A report open here may have been re-read or deleted meanwhile.
  const openedUrl = opened?.report.url;
  useEffect(() => {
    if (openedUrl === undefined || revision === 0) return;
    data.report(openedUrl).then(
      (report) => (report ? show(report) : setOpened(undefined)),
      () => setOpened(undefined),
    );
  }, [data, revision]);

  const open = (url: string) => {
    data.report(url).then(
      (report) => {
        if (report) show(report);
        else announce(t('historyGone'));
      },
      (error: unknown) => announce(t('historyOpenFailed', message(error))),
    );
  };

  const remove = (url: string) => {
    data.deleteReport(url).then(
      () => {
        announce(t('historyDeleted'));
        setLocalRevision((n) => n + 1);
      },
      (error: unknown) => announce(t('historyDeleteFailed', message(error))),
    );
  };

  if (opened) {
    const changed = opened.standing?.filter((claim) => claim.status !== claim.statusWhenRead);
    return (
      <div class="history-report">
        <button type="button" class="back" onClick={() => setOpened(undefined)}>
          {t('historyBack')}
        </button>
        <ReportView
          report={opened.report}
          claims={opened.standing}
          note={
            opened.standing === undefined
              ? t('standingChecking')
              : changed && changed.length > 0
                ? tCount(changed.length, 'standingChanged')
                : undefined
          }
          onOpenEntity={onOpenEntity}
        />
      </div>
    );
  }

  return (
    <div
      class="history"
      // Reaching for the search field or the list reads the rest of it now, not after the delay.
      onFocusIn={() => readRest.current?.()}
      onScrollCapture={() => readRest.current?.()}
    >
      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="history-search" class="visually-hidden">
          {t('historySearchLabel')}
        </label>
        <input
          id="history-search"
          type="search"
          placeholder={t('historySearchPlaceholder')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          autocomplete="off"
        />
      </form>
      {listing.kind === 'ready' && listing.complete && listing.reports.length > 0 ? (
        <HistoryFilters reports={listing.reports} filter={filter} onChange={setFilter} />
      ) : null}
      <HistoryListing
        listing={listing}
        shown={shown}
        items={items}
        query={query}
        onOpen={open}
        onDelete={remove}
      />
    </div>
  );
}

function HistoryListing({
  listing,
  shown,
  items,
  query,
  onOpen,
  onDelete,
}: {
  listing: Listing;
  shown: ReportSummary[];
  items: HistoryItem[];
  query: string;
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
}) {
  if (listing.kind === 'loading') return <p class="state">{t('historyLoading')}</p>;
  if (listing.kind === 'error') {
    return (
      <div class="state state--error" role="alert">
        <p>{t('historyReadFailed')}</p>
        <p class="error-message">{listing.message}</p>
      </div>
    );
  }
  if (shown.length === 0) {
    if (query.trim()) return <p class="state state--empty">{t('historyNoMatch', query.trim())}</p>;
    if (listing.reports.length > 0)
      return <p class="state state--empty">{t('historyNoFilterMatch')}</p>;
    return (
      <div class="state state--empty">
        <p>{t('historyEmpty')}</p>
        <p class="hint">{t('historyEmptyHint')}</p>
      </div>
    );
  }
  return (
    <>
      {listing.kind === 'ready' && listing.complete ? (
        // Which search the count answers, for automated checks: the field may be ahead of it.
        <p class="history-count" data-answers-query={listing.query}>
          {t('historyListCount', tCount(shown.length, 'reports'))}
        </p>
      ) : (
        // Only the newest rows are read yet: their number is not the history's.
        <p class="history-count">{t('historyLoading')}</p>
      )}
      <VirtualList
        class="history-list"
        items={items}
        label={t('historyListLabel')}
        heightOf={heightOf}
        keyOf={(item) => item.key}
        isNavigable={(item) => item.kind === 'report'}
        renderItem={(item) =>
          item.kind === 'day' ? (
            <h3 class="history-day-heading">{item.label}</h3>
          ) : (
            <HistoryRow summary={item.summary} onOpen={onOpen} onDelete={onDelete} />
          )
        }
      />
    </>
  );
}

function heightOf(item: HistoryItem): number {
  return item.kind === 'day' ? DAY_HEIGHT : ROW_HEIGHT;
}
