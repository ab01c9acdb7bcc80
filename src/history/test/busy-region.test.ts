/**
 * A reader of one region's news: an old report, then weeks of newer ones filed under the same
 * keys. The check reads only the newest few under a key, so what it must still find is the old
 * report of the same night, through the key its date files it under.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { PER_KEY } from '../buckets.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { readArticle } from '../read-article.ts';
import type { History } from '../types.ts';

const DAY = 86_400_000;

function article(outlet: string, title: string, body: string): ArticleInput {
  return {
    url: `https://${outlet}.example/${encodeURIComponent(title)}`,
    source: outlet,
    title,
    body,
  };
}

const injuredOn = (count: string, day: string) =>
  `${count} people were injured when debris of a downed drone fell on a house in Kursk on ${day}, governor Alexander Khinshtein said.`;

const old = article('first', 'Kursk: two hurt by falling debris', injuredOn('Two', 'December 8'));

/** Another night in the same region: the same words, the same keys, a different day. */
const otherNight = (n: number) =>
  article(`outlet-${n}`, `Kursk night ${n}`, injuredOn('Two', `November ${1 + (n % 28)}`));

let history: History | undefined;
afterEach(() => history?.close());

describe('a region in the news every night', () => {
  it('still contradicts a claim with the old report of the same night, behind many newer ones', async () => {
    history = await openHistory(memoryIndexedDB(), 'busy-region');
    let now = Date.UTC(2025, 11, 8, 9);
    await readArticle(history, old, now);
    // More newer claims under the region's keys than a bucket holds.
    for (let n = 0; n < 2 * PER_KEY; n++) await readArticle(history, otherNight(n), (now += DAY));

    const undated = await history.candidateClaims([['casualties|place:ru-kursk-oblast']], {
      url: 'https://ours.example/',
      source: 'Ours',
    });
    expect(undated.map((claim) => claim.reportUrl)).not.toContain(old.url);

    const ours = article(
      'ours',
      'Kursk: three hurt by falling debris',
      injuredOn('Three', 'December 8'),
    );
    const { report } = await readArticle(history, ours, (now += DAY));
    const body = report.claims.find((claim) => claim.text.startsWith('Three people'))!;
    expect(body.status).toBe('contradicted');
    expect(body.evidence.map((e) => [e.reportUrl, e.relation])).toEqual([[old.url, 'contradicts']]);
  });
});
