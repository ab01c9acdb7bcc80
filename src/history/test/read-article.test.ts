import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { annotateArticle, readArticle } from '../read-article.ts';
import type { History } from '../types.ts';

const first: ArticleInput = {
  url: 'https://first.example/drone',
  source: 'First Outlet',
  title: 'Drone shot down over Smolensk region',
  body:
    'Russian air defences destroyed a Ukrainian drone over the Smolensk region overnight, governor Vasily Anokhin said on Telegram.\n\n' +
    'There were no casualties and no damage on the ground, he wrote.',
};

const second: ArticleInput = {
  ...first,
  url: 'https://second.example/smolensk-drone',
  source: 'Second Outlet',
  title: 'Smolensk governor reports drone downed',
};

let history: History;
afterEach(() => history?.close());

describe('readArticle', () => {
  it('stores the report it returns, with cards for its entities', async () => {
    history = await openHistory(memoryIndexedDB());
    const { report, cards } = await readArticle(history, first, 1_000);
    expect(report.text.startsWith(first.title)).toBe(true);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(report.claims.every((claim) => claim.status === 'new')).toBe(true);
    expect(await history.getReport(first.url)).toEqual(report);
    for (const entity of report.entities) expect(cards[entity.id]?.reportCount).toBe(1);
  });

  it('corroborates a claim another outlet made earlier, citing it', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    const { report, cards } = await readArticle(history, second, 2_000);
    const corroborated = report.claims.filter((claim) => claim.status === 'corroborated');
    expect(corroborated.length).toBeGreaterThan(0);
    for (const claim of corroborated) {
      expect(claim.evidence.map((evidence) => evidence.reportUrl)).toContain(first.url);
    }
    const counted = Object.values(cards).map((card) => card.reportCount);
    expect(Math.max(...counted)).toBe(2);
  });

  it('answers before storing, with the cards the history will hold once it is stored', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, second, 1_000);
    await readArticle(history, first, 2_000);
    // The same address again, edited: its earlier reading must not be counted twice, nor its
    // spellings kept.
    const edited = {
      ...first,
      body: 'Air defences destroyed a drone over Smolensk Oblast overnight, the governor said.',
    };
    const { report, cards } = await annotateArticle(history, edited, 3_000);
    expect((await history.getReport(first.url))?.readAt).toBe(2_000);
    const smolensk = report.entities.find((entity) => entity.name.startsWith('Smolensk'));
    expect(cards[smolensk!.id]?.reportCount).toBe(2);
    expect(cards[smolensk!.id]?.lastSeen).toBe(3_000);

    await history.saveReport(report);
    expect(await history.entityCards(Object.keys(cards))).toEqual(cards);
  });

  it('never lets an outlet corroborate itself', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    const sameOutlet = { ...second, source: first.source };
    const { report } = await readArticle(history, sameOutlet, 2_000);
    expect(report.claims.every((claim) => claim.status === 'new')).toBe(true);
  });

  it('reading a URL again replaces its report, keeps the first reading time and cites nothing of its own', async () => {
    history = await openHistory(memoryIndexedDB());
    await readArticle(history, first, 1_000);
    const { report } = await readArticle(history, { ...first, source: 'Renamed Outlet' }, 5_000);
    expect(report.firstReadAt).toBe(1_000);
    expect(report.readAt).toBe(5_000);
    expect(report.claims.every((claim) => claim.status === 'new')).toBe(true);
    const list = await history.listReports();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ firstReadAt: 1_000, readAt: 5_000, source: 'Renamed Outlet' });
  });
});
