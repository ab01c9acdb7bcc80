import type { Report } from '../core/model.ts';
import { t } from '../shared/i18n.ts';
import { ClaimList, type ShownClaim } from './ClaimList.tsx';
import { EntityChips } from './EntityChips.tsx';
import { useContext } from 'preact/hooks';
import { CitedNames, nameResolver } from './names.ts';
import { summaryLine } from './summary.ts';
import { formatMoment, formatPublished } from './when.ts';

export type RevealTarget = { claimId: string } | { entityId: string };

export interface ReportViewProps {
  report: Report;
  /** The claims to show instead of the stored ones: the report's claims as they stand now. */
  claims?: readonly ShownClaim[];
  /** Said above the claims: that they are being judged again, or how many changed. */
  note?: string;
  /** Scrolls the page to a claim or entity; given only when the report is the active tab's page. */
  onReveal?: (target: RevealTarget) => void;
  onOpenEntity?: (entityId: string) => void;
}

/** One report as the reader checks it: what it is, what its claims add up to, then the claims. */
export function ReportView({
  report,
  claims = report.claims,
  note,
  onReveal,
  onOpenEntity,
}: ReportViewProps) {
  const nameOf = nameResolver(report.entities, useContext(CitedNames));
  return (
    <article class="report">
      <header class="report-header">
        <h2 class="report-title">{report.title || report.url}</h2>
        <p class="report-meta">
          <span class="report-outlet">{report.source}</span>
          {report.publishedAt ? (
            <time dateTime={report.publishedAt}>
              {t('reportPublished', formatPublished(report.publishedAt))}
            </time>
          ) : null}
          <time dateTime={new Date(report.readAt).toISOString()}>
            {t('reportRead', formatMoment(report.readAt))}
          </time>
        </p>
        <p class="report-summary">{summaryLine(claims)}</p>
        {note ? <p class="report-note">{note}</p> : null}
      </header>
      <EntityChips
        entities={report.entities}
        onOpen={onOpenEntity}
        onReveal={onReveal && ((entityId) => onReveal({ entityId }))}
      />
      {claims.length > 0 ? (
        <ClaimList
          claims={claims}
          nameOf={nameOf}
          onReveal={onReveal && ((claimId) => onReveal({ claimId }))}
        />
      ) : (
        <p class="empty">{t('reportNoClaims')}</p>
      )}
    </article>
  );
}
