import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportSummary } from '../history/types.ts';
import { t } from '../shared/i18n.ts';
import { statusCounts } from './summary.ts';
import { formatTime } from './when.ts';

export interface HistoryRowProps {
  summary: ReportSummary;
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
}

/**
 * One stored report, in a row of fixed height (the list is virtualised). Deleting asks first, in
 * place: the question covers the row and takes focus, so a stray second Enter lands on "Keep"
 * rather than deleting.
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
  const counts = statusCounts(summary.claimCounts, false, t('countsSeparator'));
  const cancel = () => {
    asked.current = true;
    setConfirming(false);
  };

  return (
    <div class="history-row" data-report-url={summary.url}>
      <button type="button" class="history-open" data-nav onClick={() => onOpen(summary.url)}>
        <span class="history-title">{title}</span>
        <span class="history-meta">
          <span class="history-source">{summary.source}</span> · {formatTime(summary.readAt)}
        </span>
        <span class="history-counts">{counts || t('historyNoClaims')}</span>
      </button>
      <button
        type="button"
        class="history-delete"
        ref={deleteButton}
        aria-label={t('historyDeleteLabel', title)}
        title={t('historyDeleteLabel', title)}
        onClick={() => setConfirming(true)}
      >
        <span aria-hidden="true">✕</span>
      </button>
      {confirming ? (
        <div
          class="confirm"
          role="group"
          aria-label={t('historyDeleteGroup', title)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
            // The arrow keys move between rows; not while a question is open.
            event.stopPropagation();
          }}
        >
          <span class="confirm-question">{t('historyDeleteQuestion')}</span>
          <button type="button" class="danger" onClick={() => onDelete(summary.url)}>
            {t('delete')}
          </button>
          <button type="button" ref={keepButton} onClick={cancel}>
            {t('keep')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
