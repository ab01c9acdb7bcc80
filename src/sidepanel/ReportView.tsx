import type { Report } from '../core/model.ts';
import { ClaimList } from './ClaimList.tsx';
import { EntityChips } from './EntityChips.tsx';
import { nameResolver } from './names.ts';
import { summaryLine } from './summary.ts';
import { formatMoment, formatPublished } from './when.ts';

export type RevealTarget = { claimId: string } | { entityId: string };

export interface ReportViewProps {
  report: Report;
  /** Scrolls the page to a claim or entity; given only when the report is the active tab's page. */
  onReveal?: (target: RevealTarget) => void;
}

/** One report as the reader checks it: what it is, what its claims add up to, then the claims. */
export function ReportView({ report, onReveal }: ReportViewProps) {
  const nameOf = nameResolver(report.entities);
  return (
    <article class="report">
      <header class="report-header">
        <h2 class="report-title">{report.title || report.url}</h2>
        <p class="report-meta">
          <span class="report-outlet">{report.source}</span>
          {report.publishedAt ? (
            <span>
              Published{' '}
              <time dateTime={report.publishedAt}>{formatPublished(report.publishedAt)}</time>
            </span>
          ) : null}
          <span>
            Read{' '}
            <time dateTime={new Date(report.readAt).toISOString()}>
              {formatMoment(report.readAt)}
            </time>
          </span>
        </p>
        <p class="report-summary">{summaryLine(report.claims)}</p>
      </header>
      <EntityChips
        entities={report.entities}
        onReveal={onReveal && ((entityId) => onReveal({ entityId }))}
      />
      {report.claims.length > 0 ? (
        <ClaimList
          claims={report.claims}
          nameOf={nameOf}
          onReveal={onReveal && ((claimId) => onReveal({ claimId }))}
        />
      ) : (
        <p class="empty">This article holds no statement of fact that Crosscheck could check.</p>
      )}
    </article>
  );
}
