/**
 * What a report's claims add up to, in the words the panel shows: the groups in reading order
 * (what disagrees with earlier reports first, since that is what a reader most needs to see)
 * and the one-line count above them.
 */
import type { CheckedClaim, ClaimStatus } from '../core/model.ts';
import { plural } from '../shared/wording.ts';

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
  if (claims.length === 0) return 'No checkable claims found.';
  const parts = STATUS_ORDER.flatMap((status) => {
    const count = claims.filter((claim) => claim.status === status).length;
    if (count === 0) return [];
    if (status !== 'corroborated') return [`${count} ${status}`];
    return [`${count} corroborated by ${plural(corroboratingOutlets(claims).size, 'outlet')}`];
  });
  return `${plural(claims.length, 'claim')}: ${parts.join(', ')}`;
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
