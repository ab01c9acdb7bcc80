import { useEffect, useRef, useState } from 'preact/hooks';
import { HistoryView } from './HistoryView.tsx';
import type { PageState, PanelData } from './panel-data.ts';
import type { RevealTarget } from './ReportView.tsx';
import { summaryLine } from './summary.ts';
import { Tabs } from './Tabs.tsx';
import { ThisPage } from './ThisPage.tsx';

type TabId = 'page' | 'history';

/** What the live region says when "This page" changes, so screen-reader users hear it too. */
function describe(state: PageState): string {
  switch (state.kind) {
    case 'idle':
      return 'No article in this tab.';
    case 'not-article':
      return 'This page does not look like a news article.';
    case 'reading':
      return 'Reading this article…';
    case 'error':
      return `Error: ${state.message}`;
    case 'missing':
      return 'No report is stored for this address.';
    case 'report':
      return `${state.report.title}. ${summaryLine(state.report.claims)}`;
  }
}

export interface AppProps {
  data: PanelData;
  /** The panel page was opened on one report (`?url=`): name the first tab after it. */
  fixedReport?: boolean;
}

export function App({ data, fixedReport = false }: AppProps) {
  const [tab, setTab] = useState<TabId>('page');
  const [page, setPage] = useState<PageState | undefined>();
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');
  const latestPage = useRef(0);

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
    const onVisible = () => document.visibilityState === 'visible' && refreshPage();
    window.addEventListener('focus', refreshPage);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      window.removeEventListener('focus', refreshPage);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [data]);

  const reveal = (tabId: number, target: RevealTarget) => {
    void data
      .reveal(tabId, target)
      .then((problem) => problem && setStatus(`Could not show it in the page: ${problem}`));
  };

  const analyse = (tabId: number) => {
    setPage((current) =>
      current?.kind === 'not-article' ? { kind: 'reading', url: current.url } : current,
    );
    setStatus('Reading this page…');
    void data.analyse(tabId).then((problem) => {
      if (problem) {
        setPage({ kind: 'error', message: problem });
        setStatus(`Error: ${problem}`);
      }
    });
  };

  return (
    <main class="panel">
      <Tabs<TabId>
        label="Crosscheck"
        tabs={[
          { id: 'page', label: fixedReport ? 'Report' : 'This page' },
          { id: 'history', label: 'History' },
        ]}
        selected={tab}
        onSelect={setTab}
        panels={{
          page: <ThisPage state={page} onReveal={reveal} onAnalyse={analyse} />,
          history: <HistoryView data={data} revision={revision} announce={setStatus} />,
        }}
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
