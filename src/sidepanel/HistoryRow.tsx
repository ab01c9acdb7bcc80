import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimStatus } from '../core/model.ts';
import type { ReportSummary } from '../history/types.ts';
import { STATUS_ORDER } from './summary.ts';
import { formatTime } from './when.ts';

export interface HistoryRowProps {
  summary: ReportSummary;
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
}

function countsLine(counts: Record<ClaimStatus, number>): string {
  const parts = STATUS_ORDER.filter((status) => counts[status] > 0).map(
    (status) => `${counts[status]} ${status}`,
  );
  return parts.length > 0 ? parts.join(' · ') : 'no claims';
}

/**
 * One stored report. Deleting asks first, in place: the question replaces the button and takes
 * focus, so a stray second Enter lands on "Keep" rather than deleting.
 */
export function HistoryRow({ summary, onOpen, onDelete }: HistoryRowProps) {
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
  }, [confirming]);

  const title = summary.title || summary.url;
  const cancel = () => {
    asked.current = true;
    setConfirming(false);
  };

  return (
    <li class="history-row" data-report-url={summary.url}>
      <button type="button" class="history-open" onClick={() => onOpen(summary.url)}>
        <span class="history-title">{title}</span>
        <span class="history-meta">
          {summary.source} · {formatTime(summary.readAt)}
        </span>
        <span class="history-counts">{countsLine(summary.claimCounts)}</span>
      </button>
      {confirming ? (
        <div
          class="confirm"
          role="group"
          aria-label={`Delete the report "${title}"?`}
          onKeyDown={(event) => event.key === 'Escape' && cancel()}
        >
          <span class="confirm-question">Delete this report?</span>
          <button type="button" class="danger" onClick={() => onDelete(summary.url)}>
            Delete
          </button>
          <button type="button" ref={keepButton} onClick={cancel}>
            Keep
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="history-delete"
          ref={deleteButton}
          aria-label={`Delete the report "${title}"`}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      )}
    </li>
  );
}
