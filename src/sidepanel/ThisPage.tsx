import { t } from '../shared/i18n.ts';
import type { PageState } from './panel-data.ts';
import { ReportView, type RevealTarget } from './ReportView.tsx';

export interface ThisPageProps {
  /** Undefined until the first answer arrives. */
  state: PageState | undefined;
  onReveal: (tabId: number, target: RevealTarget) => void;
  onAnalyse: (tabId: number) => void;
  onOpenEntity: (entityId: string) => void;
}

/** What the active tab shows (or the `?url=` report), in every state the tab can be in. */
export function ThisPage({ state, onReveal, onAnalyse, onOpenEntity }: ThisPageProps) {
  if (!state) return <p class="state state--loading">{t('pageLooking')}</p>;
  switch (state.kind) {
    case 'idle':
      return (
        <div class="state state--idle">
          <p>{t('pageIdle')}</p>
          <p class="hint">{t('pageIdleHint')}</p>
        </div>
      );
    case 'not-article':
      return (
        <div class="state state--not-article">
          <p>{t('pageNotArticle')}</p>
          <button type="button" class="primary" onClick={() => onAnalyse(state.tabId)}>
            {t('pageAnalyseAnyway')}
          </button>
        </div>
      );
    case 'reading':
      return (
        <p class="state state--reading">
          <span class="spinner" aria-hidden="true" />
          {t('pageReading')}
        </p>
      );
    case 'error':
      return (
        <div class="state state--error" role="alert">
          <p>{t('pageError')}</p>
          <p class="error-message">{state.message}</p>
        </div>
      );
    case 'missing':
      return (
        <div class="state state--missing">
          <p>{t('pageMissing')}</p>
          <p class="hint url">{state.url}</p>
        </div>
      );
    case 'report': {
      const { tabId } = state;
      return (
        <ReportView
          report={state.report}
          onOpenEntity={onOpenEntity}
          onReveal={tabId === undefined ? undefined : (target) => onReveal(tabId, target)}
        />
      );
    }
  }
}
