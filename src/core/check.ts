/**
 * Checks an article's claims against what earlier reports said.
 *
 * A claim is corroborated only by another outlet: a report never confirms itself, and an
 * outlet repeating its own story is not a second witness. A contradiction outweighs any number
 * of agreements, because the reader needs to know that someone tells it otherwise.
 */
import type { CheckedClaim, Claim, ClaimStatus, Evidence, StoredClaim } from './model.ts';
import { differenceOf, judgeClaims, timeMemo } from './claims/compare.ts';
import type { Judgement, TimeMemo } from './claims/compare.ts';
import { rankClaims, statsOf, type TermStats } from './match/rank.ts';

/**
 * At most this many candidates are judged per claim: when an article's keys found more, the
 * ones whose words meet the claim's best (`rankClaims`) are judged, so the cost of a check stays
 * bounded however many earlier reports speak of the same place.
 */
export const JUDGED = 64;

interface Match {
  candidate: StoredClaim;
  comparison: Judgement;
}

/** A contradiction outranks any agreement, both within one report and among reports. */
const rank = (m: Match): number => (m.comparison.relation === 'contradicts' ? 1 : 0);

/** The clock times a frame's time names ("09:00"), in minutes after midnight. */
const CLOCK = /\b(\d{2}):(\d{2})\b/g;
const clocksOf = (claim: Claim): number[] =>
  [...(claim.frame.time ?? '').matchAll(CLOCK)].map((m) => Number(m[1]) * 60 + Number(m[2]));

/** Minutes between the nearest of two claims' clock times, round midnight; none told, Infinity. */
function clockDistance(ours: number[], theirs: number[]): number {
  let nearest = Infinity;
  for (const x of ours)
    for (const y of theirs) {
      const apart = Math.abs(x - y);
      nearest = Math.min(nearest, apart, 24 * 60 - apart);
    }
  return nearest;
}

/**
 * Of one earlier report's claims, the one that bears on ours most: a contradiction first; among
 * claims its words meet as well, one telling our hour or the nearest to it ("the first shells
 * landed at around 9:00" is shown with "the shelling began at about nine", and "explosions at
 * 04:35" with "the attack began shortly after half past four", not with the town's strike that day).
 */
function better(claim: Claim, a: Match, b: Match): Match {
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  if (a.comparison.score !== b.comparison.score)
    return a.comparison.score > b.comparison.score ? a : b;
  const ours = clocksOf(claim);
  if (!ours.length) return a;
  return clockDistance(ours, clocksOf(b.candidate)) < clockDistance(ours, clocksOf(a.candidate))
    ? b
    : a;
}

function evidenceOf(claim: Claim, { candidate, comparison }: Match, memo: TimeMemo): Evidence {
  const evidence: Evidence = {
    reportUrl: candidate.reportUrl,
    source: candidate.source,
    title: candidate.title,
    readAt: candidate.readAt,
    claimId: candidate.id,
    claimText: candidate.text,
    relation: comparison.relation === 'contradicts' ? 'contradicts' : 'corroborates',
  };
  if (candidate.file !== undefined) evidence.file = candidate.file;
  // Worded only for the evidence shown: finding each text's own words costs more than judging.
  const difference = differenceOf(claim, candidate, comparison, memo);
  if (difference) evidence.difference = difference;
  if (candidate.attribution !== undefined) evidence.attribution = candidate.attribution;
  return evidence;
}

/**
 * For each claim, the candidates filed under one of its own keys, in the order handed over: each
 * candidate's keys are looked up once, not once per claim of ours, since a check meets every
 * candidate with every claim.
 */
function sharingKeys(claims: Claim[], candidates: StoredClaim[]): StoredClaim[][] {
  const claimsOfKey = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    for (const key of claim.keys) {
      const of = claimsOfKey.get(key);
      if (!of) claimsOfKey.set(key, [i]);
      // Indices go in rising order, so a key the claim lists twice is already last.
      else if (of[of.length - 1] !== i) of.push(i);
    }
  });
  const sharing = claims.map((): StoredClaim[] => []);
  // The last candidate each claim took, so one sharing several keys is taken once.
  const lastTaken = claims.map(() => -1);
  candidates.forEach((candidate, j) => {
    for (const key of candidate.keys) {
      const of = claimsOfKey.get(key);
      if (!of) continue;
      for (const i of of) {
        if (lastTaken[i] === j) continue;
        lastTaken[i] = j;
        sharing[i]!.push(candidate);
      }
    }
  });
  return sharing;
}

/** The candidates filed under one of the claim's keys; the most like it when there are many. */
function worthJudging(claim: Claim, sharing: StoredClaim[], pool: () => TermStats) {
  if (sharing.length <= JUDGED) return sharing;
  return rankClaims(claim.text, sharing, pool())
    .slice(0, JUDGED)
    .map((ranked) => ranked.item);
}

function check(
  claim: Claim,
  sharing: StoredClaim[],
  pool: () => TermStats,
  memo: TimeMemo,
): CheckedClaim {
  const byReport = new Map<string, Match>();
  for (const candidate of worthJudging(claim, sharing, pool)) {
    const comparison = judgeClaims(claim, candidate, memo);
    if (comparison.relation === 'unrelated') continue;
    const match = { candidate, comparison };
    const earlier = byReport.get(candidate.reportUrl);
    byReport.set(candidate.reportUrl, earlier ? better(claim, earlier, match) : match);
  }
  const matches = [...byReport.values()].sort(
    (a, b) => rank(b) - rank(a) || a.candidate.readAt - b.candidate.readAt,
  );
  const evidence = matches.map((m) => evidenceOf(claim, m, memo));
  const status: ClaimStatus = evidence.some((e) => e.relation === 'contradicts')
    ? 'contradicted'
    : evidence.length
      ? 'corroborated'
      : 'new';
  // Not `{ ...claim, status, evidence }`: Node 20's V8 builds a spread followed by more properties
  // several times slower than `Object.assign`, which copies the same, and this runs per claim.
  return Object.assign({}, claim, { status, evidence });
}

/**
 * Each claim with its status and the earlier reports that bear on it. Candidates from `self`'s
 * URL or outlet are ignored, whatever the history handed over.
 */
export function checkClaims(
  claims: Claim[],
  candidates: StoredClaim[],
  self: { url: string; source: string },
): CheckedClaim[] {
  const others = candidates.filter((c) => c.reportUrl !== self.url && c.source !== self.source);
  let stats: TermStats | undefined;
  const pool = () => (stats ??= statsOf(others));
  const sharing = sharingKeys(claims, others);
  const memo = timeMemo();
  return claims.map((claim, i) => check(claim, sharing[i]!, pool, memo));
}
