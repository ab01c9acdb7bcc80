import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { readArticle } from '../read-article.ts';
import {
  entityChoices,
  filterReports,
  indexReports,
  matchesEvery,
  outletChoices,
  queryWords,
} from '../search.ts';
import type { History, ReportSummary } from '../types.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 10, 12);

/** Real articles, read by the real pipeline into a real history on fake-indexeddb. */
const articles: ArticleInput[] = [
  {
    url: 'https://cyrillic.example/smolensk',
    source: 'Смоленская газета',
    title: 'Над Смоленской областью сбит беспилотник',
    body: 'Губернатор Василий Анохин сообщил, что над Смоленской областью ночью уничтожен беспилотник.',
  },
  {
    url: 'https://kyiv-daily.example/kharkiv',
    source: 'Kyiv Daily',
    title: 'Drone strike damages houses in Kharkiv',
    body: 'A drone struck two houses in Kharkiv overnight, the regional governor said.\n\nNobody was hurt.',
  },
  {
    url: 'https://wire.example/then',
    source: 'Wire',
    title: 'Then the rain came to Brinmoor',
    body: 'Then the rain came, and the harbour flooded before dawn.',
  },
];

let history: History;
beforeEach(async () => {
  history = await openHistory(memoryIndexedDB());
  for (const [index, article] of articles.entries())
    await readArticle(history, article, T0 + index * DAY);
});
afterEach(() => history.close());

function summaryOf(url: string): ReportSummary {
  const claimCounts = { new: 0, corroborated: 0, contradicted: 0 };
  return {
    url,
    source: 'Wire',
    title: url,
    firstReadAt: T0,
    readAt: T0,
    claimCounts,
    entityNames: [],
    entityIds: [],
  };
}

async function found(query: string): Promise<string[]> {
  return (await history.searchReports(query)).map((summary) => summary.url);
}

describe('history search across spellings and scripts', () => {
  it('finds a name written in Cyrillic from its French or English transliteration', async () => {
    expect(await found('Anokhine')).toEqual(['https://cyrillic.example/smolensk']);
    expect(await found('anokhin')).toEqual(['https://cyrillic.example/smolensk']);
  });

  it('finds the Ukrainian spelling from the Russian one, and the other way round', async () => {
    expect(await found('Kharkov')).toEqual(['https://kyiv-daily.example/kharkiv']);
    expect(await found('Харків')).toEqual(['https://kyiv-daily.example/kharkiv']);
  });

  it('finds Latin text from a Cyrillic query and ignores accents and case', async () => {
    expect(await found('Брінмур')).toEqual(['https://wire.example/then']);
    expect(await found('BRÏNMOOR')).toEqual(['https://wire.example/then']);
  });

  it('matches a word begun but not finished, and needs every word', async () => {
    expect(await found('Khar')).toEqual(['https://kyiv-daily.example/kharkiv']);
    expect(await found('drone houses')).toEqual(['https://kyiv-daily.example/kharkiv']);
    expect(await found('drone Brinmoor')).toEqual([]);
  });

  it('does not let a short word match another by its consonants', async () => {
    // "than" and "then" share a skeleton; short words are too easily confused to allow it.
    expect(await found('than')).toEqual([]);
    expect(await found('then')).toEqual(['https://wire.example/then']);
  });

  it('still finds rows stored before this folding, which hold plain lower-case text', () => {
    const legacy = 'drone shot down over smolensk, governor vasily anokhin said';
    expect(matchesEvery(legacy, queryWords('Anokhine Smolensk'))).toBe(true);
    expect(matchesEvery(legacy, queryWords('Kharkov'))).toBe(false);
  });

  it('searches the index read once as it searches the history, and keeps no words in the rows', async () => {
    const index = await history.searchIndex();
    expect(index.summaries()).toEqual(await history.listReports());
    expect(index.summaries().some((row) => 'words' in row)).toBe(false);
    for (const query of ['Anokhine', 'Kharkov', 'Харків', 'then', 'than', 'drone', 'rain then', ''])
      expect(index.search(query)).toEqual(await history.searchReports(query));
    expect(index.search('kharkov drone').map((row) => row.url)).toEqual([
      'https://kyiv-daily.example/kharkiv',
    ]);
    expect(index.search('kharkov rain')).toEqual([]);
    // Part of a word, as the reader types it.
    expect(index.search('Khark').map((row) => row.url)).toEqual([
      'https://kyiv-daily.example/kharkiv',
    ]);
  });

  it('indexes rows stored before this folding as the search always read them', () => {
    const index = indexReports([
      { ...summaryOf('https://old.example/1'), words: 'drone shot down over smolensk' },
      { ...summaryOf('https://new.example/1'), words: ' harkiv  \n# hrkv ' },
    ]);
    expect(index.search('Smolensk drone').map((row) => row.url)).toEqual(['https://old.example/1']);
    expect(index.search('Kharkov').map((row) => row.url)).toEqual(['https://new.example/1']);
    expect(index.search('').map((row) => row.url)).toEqual([
      'https://old.example/1',
      'https://new.example/1',
    ]);
  });

  it('keeps its order and its words right as reports are saved again, added and deleted', async () => {
    const index = await history.searchIndex();
    // The Kharkiv report read again later, now about Kupiansk; a new report about Kharkiv.
    const kharkiv = 'https://kyiv-daily.example/kharkiv';
    const again = {
      ...articles[1]!,
      title: 'Drone strike in Kupiansk',
      body: 'A drone struck Kupiansk.',
    };
    await readArticle(history, again, T0 + 5 * DAY);
    await readArticle(
      history,
      {
        url: 'https://wire.example/kharkov',
        source: 'Wire',
        title: 'Kharkov counts the damage',
        body: 'Kharkov counts the damage.',
      },
      T0 + 4 * DAY,
    );
    await history.deleteReport('https://wire.example/then');
    await history.reindex(index, [
      kharkiv,
      'https://wire.example/kharkov',
      'https://wire.example/then',
    ]);
    expect(index.summaries()).toEqual(await history.listReports());
    expect(index.summaries().map((row) => row.url)).toEqual([
      kharkiv,
      'https://wire.example/kharkov',
      'https://cyrillic.example/smolensk',
    ]);
    expect(index.search('Kharkiv').map((row) => row.url)).toEqual(['https://wire.example/kharkov']);
    expect(index.search('Kupiansk').map((row) => row.url)).toEqual([kharkiv]);
    expect(index.search('then')).toEqual([]);
    for (const query of ['drone', 'Kharkov', 'rain', 'Anokhine'])
      expect(index.search(query)).toEqual(await history.searchReports(query));
  });

  it('folds the query the way the stored text is folded', () => {
    expect(queryWords('Anokhine, Смоленск')).toEqual(queryWords('anokhin smolensk'));
    expect(matchesEvery(' harkiv  \n# hrkv ', queryWords('Kharkov'))).toBe(true);
  });
});

describe('history filters', () => {
  it('narrows by outlet, by entity and by the days a report was read', async () => {
    const all = await history.listReports();
    expect(filterReports(all, { source: 'Wire' }).map((r) => r.url)).toEqual([
      'https://wire.example/then',
    ]);
    const kharkiv = all
      .find((r) => r.url.includes('kharkiv'))
      ?.entityIds.find((id) => id.includes('kharkiv'));
    expect(kharkiv).toBeDefined();
    expect(filterReports(all, { entityId: kharkiv }).map((r) => r.url)).toEqual([
      'https://kyiv-daily.example/kharkiv',
    ]);
    // From the second day up to (not including) the third.
    expect(
      filterReports(all, { from: T0 + DAY - 1000, until: T0 + 2 * DAY - 1000 }).map((r) => r.url),
    ).toEqual(['https://kyiv-daily.example/kharkiv']);
    expect(filterReports(all, { source: 'Wire', entityId: kharkiv })).toEqual([]);
  });

  it('offers the outlets and entities of the listed reports, most reports first', async () => {
    const all = await history.listReports();
    expect(outletChoices(all).map((c) => [c.label, c.count])).toEqual([
      ['Kyiv Daily', 1],
      ['Wire', 1],
      ['Смоленская газета', 1],
    ]);
    const entities = entityChoices(all);
    expect(entities.map((c) => c.label)).toContain('Vasily Anokhin');
    expect(entityChoices(all, 1)).toHaveLength(1);
  });
});
