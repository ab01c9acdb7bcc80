import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory } from '../../history/history.ts';
import { memoryIndexedDB } from '../../history/memory.ts';
import { readArticle } from '../../history/read-article.ts';
import type { History } from '../../history/types.ts';
import { entityStory } from '../entity-story.ts';
import { timelineBars } from '../Timeline.tsx';

const DAY = 86_400_000;
const first: ArticleInput = {
  url: 'https://first.example/drone',
  source: 'First Outlet',
  title: 'Drone shot down over Smolensk region',
  body: 'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhin said on Telegram.',
};
const later: ArticleInput = {
  url: 'https://second.example/drone',
  source: 'Second Outlet',
  title: 'Drone downed over Smolensk',
  body: 'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhine said.',
};

let history: History;
afterEach(() => history.close());

describe('entityStory', () => {
  it('gathers every spelling, every report and the claims as they stand now', async () => {
    history = await openHistory(memoryIndexedDB());
    const t0 = new Date(2026, 10, 1, 12).getTime();
    await readArticle(history, first, t0);
    await readArticle(history, later, t0 + 3 * DAY);
    const story = await entityStory(history, 'official:anokhin-vasily');
    if (!story) throw new Error('no story');
    expect(story.entity.name).toBe('Vasily Anokhin');
    expect(story.spellings[0]).toBe('Vasily Anokhin');
    expect(story.spellings).toContain('Vasily Anokhine');
    expect(story.reports.map((r) => r.summary.url)).toEqual([later.url, first.url]);
    // The first outlet's claim was new when read; the second outlet has corroborated it since.
    const fromFirst = story.claims.filter((c) => c.report.url === first.url);
    expect(fromFirst.length).toBeGreaterThan(0);
    expect(
      fromFirst.some((c) => c.claim.status === 'corroborated' && c.claim.statusWhenRead === 'new'),
    ).toBe(true);
    expect(story.days.map((d) => d.count)).toEqual([1, 1]);
    // Four days from first to last reading, the two between empty.
    expect(timelineBars(story.days).map((bar) => bar.count)).toEqual([1, 0, 0, 1]);
  });

  it('is undefined for an entity no report mentions', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    expect(await entityStory(history, 'place:nowhere')).toBeUndefined();
  });
});

describe('timelineBars', () => {
  it('puts several days in one bar when the span is long, keeping every report', () => {
    const start = new Date(2026, 0, 1).getTime();
    const days = [0, 50, 119].map((n) => ({ day: new Date(2026, 0, 1 + n).getTime(), count: 2 }));
    const bars = timelineBars(days);
    expect(bars.length).toBeLessThanOrEqual(60);
    expect(bars[0]?.start).toBe(start);
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(6);
  });
});
