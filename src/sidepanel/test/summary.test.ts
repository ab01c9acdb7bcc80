import { describe, expect, it } from 'vitest';
import { groupClaims, summaryLine } from '../summary.ts';
import { checkedReport, claim, evidence } from './fixtures.ts';

describe('groupClaims', () => {
  it('puts contradicted first, then new, then corroborated, keeping article order inside a group', () => {
    const groups = groupClaims(checkedReport().claims);
    expect(groups.map((group) => group.status)).toEqual(['contradicted', 'new', 'corroborated']);
    expect(groups[2]?.claims.map((c) => c.text)).toEqual([
      'Three boats sank in the harbour.',
      'The port authority closed the ferry terminal.',
    ]);
  });

  it('leaves out statuses no claim has', () => {
    expect(
      groupClaims([claim('new', 'A.'), claim('new', 'B.')]).map((group) => group.status),
    ).toEqual(['new']);
  });
});

describe('summaryLine', () => {
  it('counts each status and the distinct outlets that corroborate', () => {
    // Two corroborated claims, backed by Harbour Gazette (twice) and Westshire Post.
    expect(summaryLine(checkedReport().claims)).toBe(
      '4 claims: 1 contradicted, 1 new, 2 corroborated by 2 outlets',
    );
  });

  it('omits absent statuses and uses the singular for one', () => {
    const claims = [claim('corroborated', 'A.', { evidence: [evidence()] })];
    expect(summaryLine(claims)).toBe('1 claim: 1 corroborated by 1 outlet');
    expect(summaryLine([claim('new', 'A.'), claim('contradicted', 'B.')])).toBe(
      '2 claims: 1 contradicted, 1 new',
    );
  });

  it('does not count an outlet that only contradicts', () => {
    const claims = [
      claim('corroborated', 'A.', { evidence: [evidence({ source: 'One' })] }),
      claim('contradicted', 'B.', {
        evidence: [evidence({ source: 'Two', relation: 'contradicts' })],
      }),
    ];
    expect(summaryLine(claims)).toBe('2 claims: 1 contradicted, 1 corroborated by 1 outlet');
  });

  it('says so when there is nothing to check', () => {
    expect(summaryLine([])).toBe('No checkable claims found.');
  });
});
