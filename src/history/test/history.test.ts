import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedClaim, Entity, EntityMention, Report } from '../../core/model.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';

const smolensk: Entity = {
  id: 'place:ru-smo',
  type: 'place',
  name: 'Smolensk Oblast',
  description: 'region of Russia',
  known: true,
};
const anokhin: Entity = {
  id: 'official:anokhin-vasily',
  type: 'official',
  name: 'Vasily Anokhin',
  description: 'Governor of Smolensk Oblast',
  known: true,
};

function claim(url: string, index: number, text: string, keys: string[]): CheckedClaim {
  return {
    id: `${url}#${index}`,
    start: 0,
    end: text.length,
    text,
    frame: {
      event: 'shootdown',
      places: [],
      actors: [],
      counts: [],
      negated: false,
      identifiers: [],
    },
    keys,
    terms: [],
    status: 'new',
    evidence: [],
  };
}

function mention(entity: Entity, surface: string): EntityMention {
  return { entityId: entity.id, surface, start: 0, end: surface.length };
}

function report(url: string, source: string, readAt: number, extra: Partial<Report> = {}): Report {
  return {
    url,
    source,
    title: `Drone downed over the region (${source})`,
    firstReadAt: readAt,
    readAt,
    text: 'text',
    entities: [smolensk],
    mentions: [mention(smolensk, 'Smolensk Region')],
    claims: [claim(url, 0, 'A drone was shot down over the region.', ['shootdown|place:ru-smo'])],
    ...extra,
  };
}

let history: History;
afterEach(() => history?.close());

describe('history', () => {
  it('gives back a saved report as it was', async () => {
    history = await openHistory(memoryIndexedDB());
    const saved = report('https://a.example/1', 'A News', 100, { publishedAt: '2024-12-08' });
    await history.saveReport(saved);
    expect(await history.getReport(saved.url)).toEqual(saved);
    expect(await history.getReport('https://a.example/none')).toBeUndefined();
  });

  it('keeps separate histories apart', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/1', 'A News', 100));
    const other = await openHistory(memoryIndexedDB());
    expect(await other.listReports()).toEqual([]);
    other.close();
  });

  it('replaces a report read again, without duplicate claims or sightings', async () => {
    history = await openHistory(memoryIndexedDB());
    const url = 'https://a.example/1';
    await history.saveReport(report(url, 'A News', 100));
    const again = report(url, 'A News', 200, {
      claims: [claim(url, 0, 'Two drones were shot down.', ['shootdown|place:ru-smo'])],
    });
    await history.saveReport(again);
    expect(await history.listReports()).toHaveLength(1);
    const found = await history.candidateClaims([['shootdown|place:ru-smo']], {
      url: 'x',
      source: 'B',
    });
    expect(found.map((c) => c.text)).toEqual(['Two drones were shot down.']);
    const cards = await history.entityCards([smolensk.id]);
    expect(cards[smolensk.id]?.reportCount).toBe(1);
  });

  it('drops the claims of a re-read report that no longer makes them', async () => {
    history = await openHistory(memoryIndexedDB());
    const url = 'https://a.example/1';
    await history.saveReport(report(url, 'A News', 100));
    await history.saveReport(report(url, 'A News', 200, { claims: [] }));
    expect(
      await history.candidateClaims([['shootdown|place:ru-smo']], { url: 'x', source: 'B' }),
    ).toEqual([]);
  });

  it('finds candidate claims by key, never from the same URL or outlet', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/1', 'A News', 100));
    await history.saveReport(report('https://a.example/2', 'A News', 110));
    await history.saveReport(
      report('https://b.example/1', 'B Daily', 120, {
        claims: [
          claim('https://b.example/1', 0, 'Debris fell near houses.', [
            'debris|place:ru-smo',
            'shootdown|place:ru-smo',
          ]),
          claim('https://b.example/1', 1, 'Nobody was hurt.', ['casualties|place:ru-smo']),
        ],
      }),
    );
    const fromB = await history.candidateClaims(
      [['shootdown|place:ru-smo', 'debris|place:ru-smo']],
      {
        url: 'https://c.example/1',
        source: 'C Post',
      },
    );
    // The claim under both keys comes once.
    expect(fromB.map((c) => c.id).sort()).toEqual([
      'https://a.example/1#0',
      'https://a.example/2#0',
      'https://b.example/1#0',
    ]);
    const forA = await history.candidateClaims([['shootdown|place:ru-smo']], {
      url: 'https://a.example/3',
      source: 'A News',
    });
    expect(forA.map((c) => c.reportUrl)).toEqual(['https://b.example/1']);
    expect(forA[0]).toMatchObject({
      source: 'B Daily',
      readAt: 120,
      title: expect.stringContaining('B Daily'),
    });
    const forSameUrl = await history.candidateClaims([['casualties|place:ru-smo']], {
      url: 'https://b.example/1',
      source: 'Elsewhere',
    });
    expect(forSameUrl).toEqual([]);
  });

  it('deletes a report with its claims and sightings', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/1', 'A News', 100));
    await history.saveReport(report('https://b.example/1', 'B Daily', 200));
    await history.deleteReport('https://a.example/1');
    expect(await history.getReport('https://a.example/1')).toBeUndefined();
    expect((await history.listReports()).map((r) => r.url)).toEqual(['https://b.example/1']);
    const found = await history.candidateClaims([['shootdown|place:ru-smo']], {
      url: 'x',
      source: 'C',
    });
    expect(found.map((c) => c.reportUrl)).toEqual(['https://b.example/1']);
    expect((await history.entityCards([smolensk.id]))[smolensk.id]?.reportCount).toBe(1);
  });

  it('adds up entity cards over the history', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(
      report('https://a.example/1', 'A News', 100, {
        entities: [smolensk, anokhin],
        mentions: [mention(smolensk, 'Smolensk Region'), mention(anokhin, 'Vasily Anokhine')],
      }),
    );
    await history.saveReport(
      report('https://b.example/1', 'B Daily', 300, {
        entities: [anokhin],
        mentions: [mention(anokhin, 'Василий Анохин'), mention(anokhin, 'Anokhin')],
      }),
    );
    const cards = await history.entityCards([anokhin.id, smolensk.id, 'place:nowhere']);
    expect(cards[anokhin.id]).toMatchObject({
      name: 'Vasily Anokhin',
      reportCount: 2,
      firstSeen: 100,
      lastSeen: 300,
    });
    expect(cards[anokhin.id]?.spellings.sort()).toEqual(
      ['Anokhin', 'Vasily Anokhine', 'Василий Анохин'].sort(),
    );
    expect(cards[smolensk.id]?.reportCount).toBe(1);
    expect(cards['place:nowhere']).toBeUndefined();
  });

  it('lists newest first with claim counts', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/1', 'A News', 300));
    await history.saveReport(
      report('https://b.example/1', 'B Daily', 100, {
        claims: [{ ...claim('https://b.example/1', 0, 'x', []), status: 'contradicted' }],
      }),
    );
    await history.saveReport(report('https://c.example/1', 'C Post', 200));
    const list = await history.listReports();
    expect(list.map((r) => r.url)).toEqual([
      'https://a.example/1',
      'https://c.example/1',
      'https://b.example/1',
    ]);
    expect(list[2]?.claimCounts).toEqual({ new: 0, corroborated: 0, contradicted: 1 });
    expect(list[0]?.entityNames).toEqual(['Smolensk Oblast']);
  });

  it('lists only the newest few when asked, newest first, those read at one moment included', async () => {
    history = await openHistory(memoryIndexedDB());
    for (const [url, readAt] of [
      ['https://a.example/1', 100],
      ['https://b.example/1', 300],
      ['https://c.example/1', 200],
      ['https://d.example/1', 200],
      ['https://e.example/1', 50],
    ] as const)
      await history.saveReport(report(url, 'A News', readAt));
    const all = await history.listReports();
    for (const limit of [1, 2, 3, 4, 5, 9])
      expect(await history.listReports(limit)).toEqual(all.slice(0, limit));
    expect(await history.listReports(0)).toEqual([]);
    await history.clear();
    expect(await history.listReports(3)).toEqual([]);
  });

  it('searches headline, claims and entity names, every word, ignoring case and accents', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(
      report('https://a.example/1', 'A News', 100, {
        title: 'Défense aérienne active',
        claims: [
          claim('https://a.example/1', 0, 'The governor thanked the air defence crews.', []),
        ],
        entities: [anokhin],
        mentions: [mention(anokhin, 'Василий Анохин')],
      }),
    );
    await history.saveReport(report('https://b.example/1', 'B Daily', 200));
    const urls = async (query: string) => (await history.searchReports(query)).map((r) => r.url);
    expect(await urls('defense AERIENNE')).toEqual(['https://a.example/1']);
    expect(await urls('anokhin')).toEqual(['https://a.example/1']);
    expect(await urls('анохин')).toEqual(['https://a.example/1']);
    expect(await urls('drone shot')).toEqual(['https://b.example/1']);
    expect(await urls('smolensk')).toEqual(['https://b.example/1']);
    expect(await urls('anokhin drone')).toEqual([]);
    expect(await urls('governor crews')).toEqual(['https://a.example/1']);
    expect(await urls('')).toEqual(['https://b.example/1', 'https://a.example/1']);
  });

  it('expires reports read before a cutoff, with everything derived from them', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/old', 'A News', 100));
    await history.saveReport(report('https://b.example/new', 'B Daily', 300));
    expect(await history.expireBefore(200)).toBe(1);
    expect((await history.listReports()).map((row) => row.url)).toEqual(['https://b.example/new']);
    const left = await history.candidateClaims([['shootdown|place:ru-smo']], {
      url: 'x',
      source: 'C',
    });
    expect(left.map((c) => c.reportUrl)).toEqual(['https://b.example/new']);
    expect((await history.entityCards([smolensk.id]))[smolensk.id]?.reportCount).toBe(1);
    expect(await history.expireBefore(200)).toBe(0);
  });

  it('clears the whole history', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(report('https://a.example/1', 'A News', 100));
    await history.clear();
    expect(await history.listReports()).toEqual([]);
    expect(await history.allReports()).toEqual([]);
    expect(await history.entityCards([smolensk.id])).toEqual({});
  });

  it('gives every report oldest first, and the reports that mention an entity newest first', async () => {
    history = await openHistory(memoryIndexedDB());
    await history.saveReport(
      report('https://b.example/1', 'B Daily', 300, {
        entities: [smolensk, anokhin],
        mentions: [mention(smolensk, 'Smolensk'), mention(anokhin, 'Анохин')],
      }),
    );
    await history.saveReport(report('https://a.example/1', 'A News', 100));
    expect((await history.allReports()).map((r) => r.url)).toEqual([
      'https://a.example/1',
      'https://b.example/1',
    ]);
    const rows = await history.entityReports(smolensk.id);
    expect(rows.map((row) => [row.summary.url, row.surfaces])).toEqual([
      ['https://b.example/1', ['Smolensk']],
      ['https://a.example/1', ['Smolensk Region']],
    ]);
    expect((await history.entityReports(anokhin.id)).map((row) => row.surfaces)).toEqual([
      ['Анохин'],
    ]);
    expect(await history.entityReports('place:none')).toEqual([]);
  });
});
