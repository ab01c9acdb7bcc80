/**
 * One event retold by two outlets, through the whole analysis (recognition with the real
 * gazetteer, detection, the check): the harness the tests of the development set's phenomena share.
 */
import { expect } from 'vitest';
import { analyse } from '../analyse.ts';
import { checkClaims } from '../check.ts';
import type { CheckedClaim, Claim, StoredClaim } from '../model.ts';

export const EARLIER = { url: 'https://earlier.test/story', source: 'Earlier Outlet' };
export const LATER = { url: 'https://later.test/story', source: 'Later Outlet' };

export function claimsOf(title: string, body: string, url: string): Claim[] {
  return analyse({ url, source: url, title, body }).claims;
}

/** Claims as the earlier outlet's report stored them. */
export function stored(claims: Claim[]): StoredClaim[] {
  return claims.map((claim) => ({
    ...claim,
    reportUrl: EARLIER.url,
    source: EARLIER.source,
    title: 'Earlier story',
    readAt: 1,
  }));
}

/** The later article's claims, checked against the earlier one's. */
export function retold(earlier: [string, string], later: [string, string]): CheckedClaim[] {
  return checkClaims(
    claimsOf(...later, LATER.url),
    stored(claimsOf(...earlier, EARLIER.url)),
    LATER,
  );
}

/** The status of the checked claim holding these words; a missing claim fails with the claims found. */
export function statusOf(checked: CheckedClaim[], words: string): string | undefined {
  const claim = checked.find((c) => c.text.includes(words));
  expect(
    claim,
    `a claim with "${words}" among ${JSON.stringify(checked.map((c) => c.text))}`,
  ).toBeDefined();
  return claim?.status;
}
