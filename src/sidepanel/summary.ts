/**
 * What a report's claims add up to, in the words the panel shows: the groups in reading order
 * (what disagrees with earlier reports first, since that is what a reader most needs to see)
 * and the one-line count above them.
 */
import type { CheckedClaim, ClaimStatus } from '../core/model.ts';
import { t, tCount } from '../shared/i18n.ts';

export const STATUS_ORDER: readonly ClaimStatus[] = ['contradicted', 'new', 'corroborated'];

export interface ClaimGroup {
  status: ClaimStatus;
  claims: CheckedClaim[];
}

/** Non-empty groups, contradicted → new → corroborated; claims keep their order in the article. */
export function groupClaims(claims: readonly CheckedClaim[]): ClaimGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    claims: claims.filter((claim) => claim.status === status),
  })).filter((group) => group.claims.length > 0);
}

/**
 * "9 claims: 1 contradicted, 5 new, 3 corroborated by 2 outlets". The outlets are those whose
 * earlier reports corroborate a claim, counted once however many claims they back.
 */
export function summaryLine(claims: readonly CheckedClaim[]): string {
  if (claims.length === 0) return t('summaryNone');
  return t('summaryLine', tCount(claims.length, 'claims'), statusCounts(claims, true));
}

/**
 * "2 contradicted, 5 new, 7 corroborated by 3 outlets": the non-zero counts in reading order.
 * The outlets are named only when the claims (and their evidence) are at hand.
 */
export function statusCounts(
  claims: readonly CheckedClaim[] | Record<ClaimStatus, number>,
  withOutlets = false,
  separator = t('listSeparator'),
): string {
  const counts = Array.isArray(claims)
    ? countByStatus(claims)
    : (claims as Record<ClaimStatus, number>);
  const parts = STATUS_ORDER.flatMap((status) => {
    const count = counts[status];
    if (count === 0) return [];
    if (status === 'contradicted') return [t('summaryContradicted', count)];
    if (status === 'new') return [t('summaryNew', count)];
    const outlets = withOutlets ? corroboratingOutlets(claims as readonly CheckedClaim[]).size : 0;
    return [
      outlets > 0
        ? t('summaryCorroboratedBy', count, tCount(outlets, 'outlets'))
        : t('summaryCorroborated', count),
    ];
  });
  return parts.join(separator);
}

function countByStatus(claims: readonly CheckedClaim[]): Record<ClaimStatus, number> {
  const counts: Record<ClaimStatus, number> = { new: 0, corroborated: 0, contradicted: 0 };
  for (const claim of claims) counts[claim.status]++;
  return counts;
}

function corroboratingOutlets(claims: readonly CheckedClaim[]): Set<string> {
  const outlets = new Set<string>();
  for (const claim of claims) {
    if (claim.status !== 'corroborated') continue;
    for (const evidence of claim.evidence) {
      if (evidence.relation === 'corroborates') outlets.add(evidence.source);
    }
  }
  return outlets;
}
