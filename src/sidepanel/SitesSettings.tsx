import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { siteOf, type Settings } from '../shared/settings.ts';

/**
 * Where Crosscheck reads: every site but the paused ones, or only the listed ones. Sites are
 * typed (reduced to their host name, with a clear word when that fails) or taken from the
 * active tab, and removed one by one.
 */
export function SitesSettings({
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
