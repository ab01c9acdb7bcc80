/**
 * The toolbar badge of a tab: how many of the page's claims disagree with what the reader has
 * already read, or, when none do, how many are news to them.
 */
import type { CheckedClaim } from '../core/model.ts';
import type { Badge } from '../shared/browser.ts';

export const CONTRADICTED_COLOUR = '#c62828';
export const NEW_COLOUR = '#5f6368';

export function badgeFor(claims: CheckedClaim[]): Badge | null {
  const contradicted = claims.filter((claim) => claim.status === 'contradicted').length;
  if (contradicted > 0) return { text: String(contradicted), color: CONTRADICTED_COLOUR };
  const fresh = claims.filter((claim) => claim.status === 'new').length;
  if (fresh > 0) return { text: String(fresh), color: NEW_COLOUR };
  return null;
}
