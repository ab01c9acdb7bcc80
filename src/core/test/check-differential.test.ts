/**
 * The check's shortcuts against the plain way round, on real claims: the development and demo
 * articles, and re-tellings of them elsewhere as the bench's history holds them. A check reads
 * each time expression once for all its pairs (`timeMemo`) and looks each candidate's keys up
 * once for all its claims (`checkClaims`); neither may change a single judgement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportSynthesiser } from '../../../bench/synthetic.ts';
import { textArticle } from '../../cli/load.ts';
import { packClaim, unpackClaim } from '../../history/buckets.ts';
import { analyse } from '../analyse.ts';
import { checkClaims, JUDGED } from '../check.ts';
import { judgeClaims, timeMemo } from '../claims/compare.ts';
import type { Claim, Report, StoredClaim } from '../model.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function reportsIn(folder: string): Report[] {
  const dir = resolve(ROOT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const file = join(dir, name);
      const article = textArticle(readFileSync(file, 'utf8'), pathToFileURL(file).href, file);
      const analysis = analyse(article);
      return {
        url: article.url,
        // Each its own outlet, so no candidate is passed over for sharing ours.
        source: `${article.source} ${i}`,
        title: article.title,
        firstReadAt: i,
        readAt: i,
        text: analysis.text,
        entities: analysis.entities,
        mentions: analysis.mentions,
        claims: analysis.claims.map((claim) => ({ ...claim, status: 'new', evidence: [] })),
      };
    });
}

function storedOf(report: Report): StoredClaim[] {
  return report.claims.map(({ status: _status, evidence: _evidence, ...claim }) => ({
    ...claim,
    reportUrl: report.url,
    source: report.source,
    title: report.title,
    readAt: report.readAt,
  }));
}

/** As a check meets a candidate: a new object, read back from the copy a bucket keeps. */
const fresh = (claim: StoredClaim) => unpackClaim(packClaim(claim));

const real = [...reportsIn('eval/dev/articles'), ...reportsIn('demo/expected')];
const next = reportSynthesiser(real);
const retold = Array.from({ length: 600 }, (_, i) => next(i));
const history = [...real, ...retold].flatMap(storedOf);
const filed = new Map<string, StoredClaim[]>();
for (const claim of history)
  for (const key of claim.keys) filed.set(key, [...(filed.get(key) ?? []), claim]);

/** Every stored claim that shares a key with one of `claims`, in the history's order. */
function candidatesFor(claims: Claim[]): StoredClaim[] {
  const found = new Set<StoredClaim>();
  for (const claim of claims)
    for (const key of claim.keys) for (const c of filed.get(key) ?? []) found.add(c);
  return history.filter((c) => found.has(c));
}

const sharesKey = (claim: Claim) => (c: StoredClaim) => c.keys.some((k) => claim.keys.includes(k));

describe('the check’s shortcuts change no judgement', () => {
  it('judges every pair alike with one time memo for all of them or none', () => {
    const memo = timeMemo();
    const relations = { same: 0, contradicts: 0, unrelated: 0 };
    let pairs = 0;
    for (const report of real) {
      const candidates = candidatesFor(report.claims).map(fresh);
      for (const claim of report.claims) {
        for (const candidate of candidates.filter(sharesKey(claim))) {
          const plain = judgeClaims(claim, candidate);
          expect(judgeClaims(claim, candidate, memo)).toEqual(plain);
          relations[plain.relation]++;
          pairs++;
        }
      }
    }
    // Real work for the memo: many pairs, all three outcomes, times read and re-read.
    expect(pairs).toBeGreaterThan(5_000);
    expect(Math.min(...Object.values(relations))).toBeGreaterThan(100);
    expect(memo.size).toBeGreaterThan(20);
  }, 120_000);

  it('checks all of an article’s claims at once as it checks each alone', () => {
    let sharing = 0;
    let ranked = 0;
    for (const report of real) {
      const self = { url: report.url, source: report.source };
      const candidates = candidatesFor(report.claims);
      const together = checkClaims(report.claims, candidates.map(fresh), self);
      report.claims.forEach((claim, i) => {
        const alone = checkClaims([claim], candidates.map(fresh), self)[0];
        expect(together[i]).toEqual(alone);
        // Given only its own candidates, a claim with no more than the judged bound meets the same.
        const own = candidates.filter(sharesKey(claim));
        sharing += own.length;
        if (own.length > JUDGED) ranked++;
        else expect(checkClaims([claim], own.map(fresh), self)[0]).toEqual(alone);
      });
    }
    expect(sharing).toBeGreaterThan(5_000);
    // The ranked path (more candidates than are judged) is met too.
    expect(ranked).toBeGreaterThan(5);
  }, 120_000);
});
