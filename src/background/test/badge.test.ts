import { describe, expect, it } from 'vitest';
import type { CheckedClaim, ClaimStatus } from '../../core/model.ts';
import { badgeFor, CONTRADICTED_COLOUR, NEW_COLOUR } from '../badge.ts';

function claims(...statuses: ClaimStatus[]): CheckedClaim[] {
  return statuses.map((status, i) => ({
    id: `u#${i}`,
    start: 0,
    end: 1,
    text: 'x',
    frame: { event: 'strike', places: [], actors: [], counts: [], negated: false, identifiers: [] },
    keys: [],
    terms: [],
    status,
    evidence: [],
  }));
}

describe('badge', () => {
  it('counts contradictions in red, ahead of anything new', () => {
    expect(badgeFor(claims('new', 'contradicted', 'new', 'contradicted'))).toEqual({
      text: '2',
      color: CONTRADICTED_COLOUR,
    });
  });

  it('counts new claims in a neutral colour when nothing is contradicted', () => {
    expect(badgeFor(claims('new', 'corroborated', 'new', 'new'))).toEqual({
      text: '3',
      color: NEW_COLOUR,
    });
  });

  it('shows nothing when every claim was already known', () => {
    expect(badgeFor(claims('corroborated'))).toBeNull();
    expect(badgeFor([])).toBeNull();
  });
});
