import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { readArticle } from '../read-article.ts';
import { claimsAsTheyStandNow } from '../standing.ts';
import type { History } from '../types.ts';

const first: ArticleInput = {
  url: 'https://first.example/drone',
  source: 'First Outlet',
  title: 'Drone shot down over Smolensk region',
  body:
    'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhin said on Telegram.\n\n' +
    'There were no casualties and no damage on the ground, he wrote.',
};
const later: ArticleInput = {
  ...first,
  url: 'https://second.example/smolensk-drone',
  source: 'Second Outlet',
  title: 'Smolensk governor reports drone downed',
};

let history: History;
afterEach(() => history.close());

describe('claimsAsTheyStandNow', () => {
  it('shows a claim that was new when read as corroborated by a report read since', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    const stored = await history.getReport(first.url);
    if (!stored) throw new Error('not stored');
    expect(stored.claims.every((claim) => claim.status === 'new')).toBe(true);

    await readArticle(history, later, 2_000);
    const now = await claimsAsTheyStandNow(history, stored);
    const corroborated = now.filter((claim) => claim.status === 'corroborated');
    expect(corroborated.length).toBeGreaterThan(0);
    for (const claim of corroborated) {
      expect(claim.statusWhenRead).toBe('new');
      expect(claim.evidence.map((evidence) => evidence.reportUrl)).toEqual([later.url]);
    }
    // The stored report itself is left as it was read.
    expect((await history.getReport(first.url))?.claims.every((c) => c.status === 'new')).toBe(
      true,
    );
  });

  it('keeps the claims, their order and their status when nothing was read since', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    const { report } = await readArticle(history, later, 2_000);
    const now = await claimsAsTheyStandNow(history, report);
    expect(now.map((claim) => [claim.id, claim.status])).toEqual(
      report.claims.map((claim) => [claim.id, claim.status]),
    );
    expect(now.every((claim) => claim.statusWhenRead === claim.status)).toBe(true);
  });

  it('never cites the report itself or its outlet', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    await readArticle(history, { ...later, source: first.source }, 2_000);
    const stored = await history.getReport(first.url);
    if (!stored) throw new Error('not stored');
    const now = await claimsAsTheyStandNow(history, stored);
    expect(now.every((claim) => claim.status === 'new')).toBe(true);
  });
});
