import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../core/model.ts';
import type { ReportSummary } from '../history/types.ts';
import { HistoryRow } from './HistoryRow.tsx';
import type { PanelData } from './panel-data.ts';
import { ReportView } from './ReportView.tsx';
import { plural } from '../shared/wording.ts';
import { groupByDay } from './when.ts';

/** Search waits for a pause in typing so each keystroke does not scan the history. */
const SEARCH_DELAY_MS = 250;

export interface HistoryViewProps {
  data: Pick<PanelData, 'reports' | 'report' | 'deleteReport'>;
  /** Bumped whenever the history may have changed elsewhere. */
  revision: number;
  announce: (message: string) => void;
}

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; reports: ReportSummary[] }
  | { kind: 'error'; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every stored report, newest first and grouped by day, with search, opening and deletion. */
export function HistoryView({ data, revision, announce }: HistoryViewProps) {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [opened, setOpened] = useState<Report | undefined>();
  const [localRevision, setLocalRevision] = useState(0);
  // Answers can arrive out of order while the reader types; only the latest request may land.
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const load = () =>
      data.reports(query).then(
        (reports) => {
          if (request !== latest.current) return;
          setListing({ kind: 'ready', reports });
          if (query.trim()) announce(`${plural(reports.length, 'report')} found`);
        },
        (error: unknown) =>
          request === latest.current && setListing({ kind: 'error', message: message(error) }),
      );
    if (!query.trim()) {
      void load();
      return;
    }
    const timer = setTimeout(load, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, query, revision, localRevision]);

  // A report open here may have been re-read or deleted meanwhile.
  const openedUrl = opened?.url;
  useEffect(() => {
    if (openedUrl === undefined || revision === 0) return;
    data.report(openedUrl).then(setOpened, () => setOpened(undefined));
  }, [data, revision]);

  const open = (url: string) => {
    data.report(url).then(
      (report) => {
        if (report) setOpened(report);
        else announce('That report is no longer in the history.');
      },
      (error: unknown) => announce(`Could not open the report: ${message(error)}`),
    );
  };

  const remove = (url: string) => {
    data.deleteReport(url).then(
      () => {
        announce('Report deleted.');
        setLocalRevision((n) => n + 1);
      },
      (error: unknown) => announce(`Could not delete the report: ${message(error)}`),
    );
  };

  if (opened) {
    return (
      <div class="history-report">
        <button type="button" class="back" onClick={() => setOpened(undefined)}>
          ← All reports
        </button>
        <ReportView report={opened} />
      </div>
    );
  }

  return (
    <div class="history">
      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="history-search" class="visually-hidden">
          Search the history
        </label>
        <input
          id="history-search"
          type="search"
          placeholder="Search headlines, claims, names"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          autocomplete="off"
        />
      </form>
      <HistoryListing listing={listing} query={query} onOpen={open} onDelete={remove} />
    </div>
  );
}

function HistoryListing({
  listing,
  query,
  onOpen,
  onDelete,
}: {
  listing: Listing;
  query: string;
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
}) {
  if (listing.kind === 'loading') return <p class="state">Loading the history…</p>;
  if (listing.kind === 'error') {
    return (
      <div class="state state--error" role="alert">
        <p>The history could not be read.</p>
        <p class="error-message">{listing.message}</p>
      </div>
    );
  }
  if (listing.reports.length === 0) {
    return query.trim() ? (
      <p class="state state--empty">No report matches “{query.trim()}”.</p>
    ) : (
      <div class="state state--empty">
        <p>No reports yet.</p>
        <p class="hint">Every article you read is kept here, on this device only.</p>
      </div>
    );
  }
  return (
    <div class="history-days">
      {groupByDay(listing.reports).map((day, index) => (
        <section class="history-day" key={`${index}-${day.label}`} aria-label={day.label}>
          <h3 class="history-day-heading">{day.label}</h3>
          <ul class="history-rows">
            {day.items.map((summary) => (
              <HistoryRow key={summary.url} summary={summary} onOpen={onOpen} onDelete={onDelete} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
