import type { PageState } from './panel-data.ts';
import { ReportView, type RevealTarget } from './ReportView.tsx';

export interface ThisPageProps {
  /** Undefined until the first answer arrives. */
  state: PageState | undefined;
  onReveal: (tabId: number, target: RevealTarget) => void;
  onAnalyse: (tabId: number) => void;
}

/** What the active tab shows (or the `?url=` report), in every state the tab can be in. */
export function ThisPage({ state, onReveal, onAnalyse }: ThisPageProps) {
  if (!state) return <p class="state state--loading">Looking at this tab…</p>;
  switch (state.kind) {
    case 'idle':
      return (
        <div class="state state--idle">
          <p>Open a news article and Crosscheck will read it with you.</p>
          <p class="hint">
            Its places, officials and claims appear here, each claim checked against what you read
            before.
          </p>
        </div>
      );
    case 'not-article':
      return (
        <div class="state state--not-article">
          <p>This page does not look like a news article.</p>
          <button type="button" class="primary" onClick={() => onAnalyse(state.tabId)}>
            Analyse this page anyway
          </button>
        </div>
      );
    case 'reading':
      return (
        <p class="state state--reading">
          <span class="spinner" aria-hidden="true" />
          Reading this article…
        </p>
      );
    case 'error':
      return (
        <div class="state state--error" role="alert">
          <p>Crosscheck could not read this page.</p>
          <p class="error-message">{state.message}</p>
        </div>
      );
    case 'missing':
      return (
        <div class="state state--missing">
          <p>No report is stored for this address.</p>
          <p class="hint url">{state.url}</p>
        </div>
      );
    case 'report': {
      const { tabId } = state;
      return (
        <ReportView
          report={state.report}
          onReveal={tabId === undefined ? undefined : (target) => onReveal(tabId, target)}
        />
      );
    }
  }
}
