/**
 * A stored report shows its claims as they were judged when it was read. Reports read since may
 * have corroborated (or contradicted) what was new then, so a report opened from the history is
 * judged again against everything the history now holds.
 */
import { checkClaims } from '../core/check.ts';
import { lookupKeys } from '../core/match/lookup.ts';
import type { CheckedClaim, Claim, ClaimStatus, Report } from '../core/model.ts';
import type { History } from './types.ts';

/** A claim as it stands now, with what it was when the report was read. */
export interface StandingClaim extends CheckedClaim {
  statusWhenRead: ClaimStatus;
}

function bare({ status: _status, evidence: _evidence, ...claim }: CheckedClaim): Claim {
  return claim;
}

/**
 * The report's claims judged against the whole history as it is now; the same URL and outlet are
 * never evidence for themselves. The only place the panel asks for candidate claims.
 */
export async function claimsAsTheyStandNow(
  history: History,
  report: Report,
): Promise<StandingClaim[]> {
  const self = { url: report.url, source: report.source };
  const claims = report.claims.map(bare);
  const candidates = await history.candidateClaims(claims.map(lookupKeys), self, report.readAt);
  const judged = checkClaims(claims, candidates, self);
  return judged.map((claim, index) => ({
    ...claim,
    statusWhenRead: report.claims[index]?.status ?? claim.status,
  }));
}
