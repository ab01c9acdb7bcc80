import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n.ts';
import {
  HIGHLIGHT_KINDS,
  KEEP_DAYS_CHOICES,
  type HighlightKind,
  type Settings,
} from '../shared/settings.ts';
import { HistorySettings } from './HistorySettings.tsx';
import type { PanelData } from './panel-data.ts';
import { SitesSettings } from './SitesSettings.tsx';

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
