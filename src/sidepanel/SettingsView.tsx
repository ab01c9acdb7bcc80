import { useEffect, useRef, useState } from 'preact/hooks';
import { ImportError, type ImportSummary } from '../history/transfer.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import {
  HIGHLIGHT_KINDS,
  KEEP_DAYS_CHOICES,
  siteOf,
  type HighlightKind,
  type Settings,
} from '../shared/settings.ts';
import type { PanelData } from './panel-data.ts';

type SettingsData = Pick<
  PanelData,
  | 'settings'
  | 'saveSettings'
  | 'watchSettings'
  | 'currentSite'
  | 'exportHistory'
  | 'importHistory'
  | 'clearHistory'
>;

const KIND_LABEL: Record<HighlightKind, MessageKey> = {
  place: 'highlightPlace',
  official: 'highlightOfficial',
  organization: 'highlightOrganization',
  claim: 'highlightClaim',
};

export interface SettingsViewProps {
  data: SettingsData;
  announce: (message: string) => void;
  /** Bumped when the panel is shown again: the active tab (and its site) may have changed. */
  revision: number;
  /** The history was imported or deleted here: other views must read it again. */
  onHistoryChanged: () => void;
}

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

/**
 * The reader's choices: what the page highlights, where Crosscheck reads, how long the history is
 * kept, and the history itself (export, import, delete). Every change is saved at once.
 */
export function SettingsView({ data, announce, revision, onHistoryChanged }: SettingsViewProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [site, setSite] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    data.settings().then(
      (loaded) => current && setSettings(loaded),
      (error: unknown) => announce(t('settingsSaveFailed', message(error))),
    );
    const stop = data.watchSettings((changed) => setSettings(changed));
    return () => {
      current = false;
      stop();
    };
  }, [data]);

  useEffect(() => {
    data.currentSite().then(setSite, () => setSite(undefined));
  }, [data, revision]);

  if (!settings) return <p class="state">{t('settingsLoading')}</p>;

  const save = (next: Settings, said = t('settingsSaved')) => {
    setSettings(next);
    data.saveSettings(next).then(
      () => announce(said),
      (error: unknown) => {
        announce(t('settingsSaveFailed', message(error)));
        void data.settings().then(setSettings);
      },
    );
  };

  return (
    <div class="settings">
      <fieldset class="settings-group">
        <legend>{t('settingsHighlight')}</legend>
        {HIGHLIGHT_KINDS.map((kind) => (
          <label class="check" key={kind}>
            <input
              type="checkbox"
              name={`highlight-${kind}`}
              checked={settings.highlight[kind]}
              onChange={(event) =>
                save({
                  ...settings,
                  highlight: { ...settings.highlight, [kind]: event.currentTarget.checked },
                })
              }
            />
            <span class={`kind-swatch kind-swatch--${kind}`} aria-hidden="true" />
            {t(KIND_LABEL[kind])}
          </label>
        ))}
        <p class="hint">{t('settingsHighlightHint')}</p>
      </fieldset>

      <SitesSettings settings={settings} site={site} save={save} />

      <fieldset class="settings-group">
        <legend>{t('settingsKeep')}</legend>
        {KEEP_DAYS_CHOICES.map((days) => (
          <label class="check" key={String(days)}>
            <input
              type="radio"
              name="keep-days"
              value={String(days)}
              checked={settings.keepDays === days}
              onChange={() => save({ ...settings, keepDays: days })}
            />
            {days === null ? t('keepForever') : t('keepDays', days)}
          </label>
        ))}
        <p class="hint">{t('keepHint')}</p>
      </fieldset>

      <HistorySettings data={data} announce={announce} onHistoryChanged={onHistoryChanged} />
    </div>
  );
}

function SitesSettings({
  settings,
  site,
  save,
}: {
  settings: Settings;
  site: string | undefined;
  save: (next: Settings, said?: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const listed = settings.sites === 'listed';
  const sites = listed ? settings.listedSites : settings.pausedSites;
  const field = listed ? 'listedSites' : 'pausedSites';

  const add = (input: string): boolean => {
    const host = siteOf(input);
    if (!host) {
      setProblem(t('siteInvalid', input.trim()));
      return false;
    }
    if (sites.includes(host)) {
      setProblem(t('siteAlready', host));
      return false;
    }
    setProblem(undefined);
    save({ ...settings, [field]: [...sites, host].sort() }, t('siteAdded', host));
    return true;
  };

  const remove = (host: string) =>
    save({ ...settings, [field]: sites.filter((s) => s !== host) }, t('siteRemoved', host));

  return (
    <fieldset class="settings-group">
      <legend>{t('settingsSites')}</legend>
      <label class="check">
        <input
          type="radio"
          name="sites"
          value="everywhere"
          checked={!listed}
          onChange={() => save({ ...settings, sites: 'everywhere' })}
        />
        {t('sitesEverywhere')}
      </label>
      <label class="check">
        <input
          type="radio"
          name="sites"
          value="listed"
          checked={listed}
          onChange={() => save({ ...settings, sites: 'listed' })}
        />
        {t('sitesListed')}
      </label>
      <h3 class="section-heading" id="site-list-heading">
        {listed ? t('sitesListedHeading') : t('sitesPaused')}
      </h3>
      {sites.length === 0 ? (
        <p class="hint">{t('sitesNone')}</p>
      ) : (
        <ul class="sites" aria-labelledby="site-list-heading">
          {sites.map((host) => (
            <li key={host} class="site" data-site={host}>
              <span class="site-name">{host}</span>
              <button
                type="button"
                class="site-remove"
                aria-label={t('siteRemove', host)}
                title={t('siteRemove', host)}
                onClick={() => remove(host)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="site-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (add(typed)) setTyped('');
        }}
      >
        <label for="site-input">{t('siteInput')}</label>
        <div class="site-add-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            value={typed}
            aria-describedby="site-input-hint"
            aria-invalid={problem ? true : undefined}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit">{t('siteAdd')}</button>
        </div>
        <p class="hint" id="site-input-hint">
          {problem ? (
            <span class="field-problem" role="alert">
              {problem}
            </span>
          ) : (
            t('siteInputHint')
          )}
        </p>
      </form>
      {site && !sites.includes(site) ? (
        <button type="button" class="site-current" onClick={() => add(site)}>
          {t('siteAddCurrent', site)}
        </button>
      ) : null}
    </fieldset>
  );
}

type Transfer =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'failed'; message: string };

function HistorySettings({
  data,
  announce,
  onHistoryChanged,
}: {
  data: SettingsData;
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
          // The transfer module words its ImportError for the reader; anything else is a fault.
          const said = error instanceof ImportError ? error.message : message(error);
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
