import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../history/transfer.ts';
import { t } from '../shared/i18n.ts';
import type { PanelData } from './panel-data.ts';

export type TransferData = Pick<PanelData, 'exportHistory' | 'importHistory' | 'clearHistory'>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A chosen file's text; FileReader rather than `Blob.text()`, which not every DOM has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(t('importUnreadable')));
    reader.readAsText(file);
  });
}

/** The file name of an export: the day it was made, so several exports sort by date. */
export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crosscheck-history-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

type Transfer =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'failed'; message: string };

/**
 * The history as a whole: exported to a JSON file (a download), imported from one (what was
 * added, updated or already there, or why nothing was), or deleted after a question.
 */
export function HistorySettings({
  data,
  announce,
  onHistoryChanged,
}: {
  data: TransferData;
  announce: (message: string) => void;
  onHistoryChanged: () => void;
}) {
  const [transfer, setTransfer] = useState<Transfer>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const deleteAllButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) deleteAllButton.current?.focus();
  }, [confirming]);

  const exportAll = () => {
    data.exportHistory().then(
      (text) => {
        const name = exportFileName();
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.append(link);
        link.click();
        link.remove();
        // The download has its own copy by the time the click returns; give it a moment anyway.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        announce(t('exportDone', name));
      },
      (error: unknown) => announce(t('exportFailed', message(error))),
    );
  };

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setTransfer({ kind: 'busy' });
    readText(file)
      .then((text) => data.importHistory(text))
      .then(
        (summary) => {
          setTransfer({ kind: 'imported', summary });
          onHistoryChanged();
          announce(t('importDone', summary.added, summary.updated, summary.unchanged));
        },
        (error: unknown) => {
          // The transfer module words its ImportError for the reader, shown as it is; any other
          // failure (a full disk, a closed database) says what went wrong in its own words.
          const said = message(error);
          setTransfer({ kind: 'failed', message: said });
          announce(t('importFailed', said));
        },
      )
      .finally(() => {
        // The same file may be chosen again after it was fixed.
        input.value = '';
      });
  };

  const clearAll = () => {
    data.clearHistory().then(
      () => {
        asked.current = true;
        setConfirming(false);
        onHistoryChanged();
        announce(t('deleteAllDone'));
      },
      (error: unknown) => announce(t('deleteAllFailed', message(error))),
    );
  };

  return (
    <fieldset class="settings-group">
      <legend>{t('settingsTransfer')}</legend>
      <p class="hint">{t('settingsTransferHint')}</p>
      <div class="transfer">
        <button type="button" class="export" onClick={exportAll}>
          {t('exportHistory')}
        </button>
        <label class="file-button">
          <input
            type="file"
            accept="application/json,.json"
            class="import"
            onChange={(event) => importFile(event.currentTarget)}
          />
          <span>{t('importHistory')}</span>
        </label>
      </div>
      {transfer.kind === 'busy' ? <p class="transfer-result">{t('importReading')}</p> : null}
      {transfer.kind === 'imported' ? (
        <p class="transfer-result transfer-result--ok" data-import-result="ok">
          {t(
            'importDone',
            transfer.summary.added,
            transfer.summary.updated,
            transfer.summary.unchanged,
          )}
        </p>
      ) : null}
      {transfer.kind === 'failed' ? (
        <p class="transfer-result transfer-result--error" data-import-result="error">
          {t('importFailed', transfer.message)}
        </p>
      ) : null}
      {confirming ? (
        <div
          class="confirm confirm--all"
          role="group"
          aria-label={t('deleteAllQuestion')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              asked.current = true;
              setConfirming(false);
            }
          }}
        >
          <p class="confirm-question">{t('deleteAllQuestion')}</p>
          <button type="button" class="danger" onClick={clearAll}>
            {t('deleteAllConfirm')}
          </button>
          <button
            type="button"
            ref={cancelButton}
            onClick={() => {
              asked.current = true;
              setConfirming(false);
            }}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="delete-all"
          ref={deleteAllButton}
          onClick={() => setConfirming(true)}
        >
          {t('deleteAll')}
        </button>
      )}
    </fieldset>
  );
}
