import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { EntityView } from './EntityView.tsx';
import { HistoryView } from './HistoryView.tsx';
import { CitedNames, useHistoryNames } from './names.ts';
import type { PageState, PanelData } from './panel-data.ts';
import type { RevealTarget } from './ReportView.tsx';
import { SettingsView } from './SettingsView.tsx';
import { summaryLine } from './summary.ts';
import { Tabs } from './Tabs.tsx';
import { ThisPage } from './ThisPage.tsx';

type TabId = 'page' | 'history' | 'settings';

/** What the live region says when "This page" changes, so screen-reader users hear it too. */
function describe(state: PageState): string {
  switch (state.kind) {
    case 'idle':
      return t('announceIdle');
    case 'not-article':
      return t('pageNotArticle');
    case 'reading':
      return t('pageReading');
    case 'error':
      return t('announceError', state.message);
    case 'missing':
      return t('pageMissing');
    case 'report':
      return t('announceReport', state.report.title, summaryLine(state.report.claims));
  }
}

export interface AppProps {
  data: PanelData;
  /** The panel page was opened on one report (`?url=`): name the first tab after it. */
  fixedReport?: boolean;
}

/** Entities opened from each tab, the last one shown; "Back" goes to the one before. */
type EntityTrail = Record<TabId, string[]>;

export function App({ data, fixedReport = false }: AppProps) {
  const [tab, setTab] = useState<TabId>('page');
  const [page, setPage] = useState<PageState | undefined>();
  const [revision, setRevision] = useState(0);
  const [shown, setShown] = useState(0);
  const [status, setStatus] = useState('');
  const [trail, setTrail] = useState<EntityTrail>({ page: [], history: [], settings: [] });
  const latestPage = useRef(0);
  const citedNames = useHistoryNames(useCallback((ids: string[]) => data.names(ids), [data]));

  useEffect(() => {
    const refreshPage = () => {
      const request = ++latestPage.current;
      void data.page().then((state) => {
        if (request !== latestPage.current) return;
        setPage(state);
        setStatus(describe(state));
      });
    };
    refreshPage();
    const stop = data.watch((change) => {
      // A stored or deleted report may be the one this tab shows, so both views refresh.
      if (change.kind === 'history') setRevision((n) => n + 1);
      refreshPage();
    });
    // The seam tells about state changes, not tab switches: re-ask when the reader comes back.
    const onShown = () => {
      refreshPage();
      setShown((n) => n + 1);
    };
    const onVisible = () => document.visibilityState === 'visible' && onShown();
    window.addEventListener('focus', onShown);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      window.removeEventListener('focus', onShown);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [data]);

  const reveal = (tabId: number, target: RevealTarget) => {
    void data
      .reveal(tabId, target)
      .then((problem) => problem && setStatus(t('announceRevealFailed', problem)));
  };

  const analyse = (tabId: number) => {
    setPage((current) =>
      current?.kind === 'not-article' ? { kind: 'reading', url: current.url } : current,
    );
    setStatus(t('announceReadingPage'));
    void data.analyse(tabId).then((problem) => {
      if (problem) {
        setPage({ kind: 'error', message: problem });
        setStatus(t('announceError', problem));
      }
    });
  };

  const openEntity = (from: TabId) => (entityId: string) =>
    setTrail((now) => ({ ...now, [from]: [...now[from], entityId] }));
  const closeEntity = (from: TabId) => () =>
    setTrail((now) => ({ ...now, [from]: now[from].slice(0, -1) }));

  // The active tab's page can be scrolled to an entity it mentions.
  const pageTabId = page?.kind === 'report' ? page.tabId : undefined;
  const pageEntities = page?.kind === 'report' ? page.report.entities : [];

  /** A tab's own view stays mounted under an entity view, so its search or open report survives. */
  const withEntity = (from: TabId, view: ComponentChildren) => {
    const entityId = trail[from][trail[from].length - 1];
    const revealable =
      entityId !== undefined &&
      from === 'page' &&
      pageTabId !== undefined &&
      pageEntities.some((entity) => entity.id === entityId);
    return (
      <>
        <div class="tab-view" hidden={entityId !== undefined}>
          {view}
        </div>
        {entityId !== undefined ? (
          <EntityView
            key={entityId}
            data={data}
            entityId={entityId}
            revision={revision}
            onBack={closeEntity(from)}
            onOpenEntity={openEntity(from)}
            onReveal={revealable ? () => reveal(pageTabId, { entityId }) : undefined}
          />
        ) : null}
      </>
    );
  };

  return (
    <CitedNames.Provider value={citedNames}>
      <main class="panel">
        <Tabs<TabId>
          label={t('extensionName')}
          tabs={[
            { id: 'page', label: fixedReport ? t('tabReport') : t('tabThisPage') },
            { id: 'history', label: t('tabHistory') },
            { id: 'settings', label: t('tabSettings') },
          ]}
          selected={tab}
          onSelect={setTab}
          panels={{
            page: withEntity(
              'page',
              <ThisPage
                state={page}
                onReveal={reveal}
                onAnalyse={analyse}
                onOpenEntity={openEntity('page')}
              />,
            ),
            history: withEntity(
              'history',
              <HistoryView
                data={data}
                revision={revision}
                announce={setStatus}
                onOpenEntity={openEntity('history')}
              />,
            ),
            settings: (
              <SettingsView
                data={data}
                revision={shown}
                announce={setStatus}
                onHistoryChanged={() => setRevision((n) => n + 1)}
              />
            ),
          }}
        />
        <p class="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </CitedNames.Provider>
  );
}
