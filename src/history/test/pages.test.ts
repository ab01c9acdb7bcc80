/**
 * The panel's search reads the history's list a page of a hundred reports at a time (db.ts,
 * `ListPage`). Every way a report comes or goes must keep the pages and the list in step: a
 * report missing from its page is one the reader cannot find, and one left on a page is a
 * deleted report that search still shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model.ts';
import { openDatabase, PAGE_SIZE } from '../db.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';

/**
 * A word found in one report only, and in no other as part of a word nor by its skeleton (which
 * reads a doubled letter or digit once: the digits are kept apart).
 */
const marker = (n: number) => `zorbek${[...String(n)].join('t')}q`;

function report(n: number, readAt = n): Report {
  const url = `https://wire.example/${n}`;
  return {
    url,
    source: n % 2 ? 'Odd Wire' : 'Even Wire',
    title: `Report ${marker(n)} from the border`,
    firstReadAt: readAt,
    readAt,
    text: 'text',
    entities: [],
    mentions: [],
    claims: [],
  };
}

const urlOf = (n: number) => `https://wire.example/${n}`;

let history: History;
let factory: IDBFactory;
afterEach(() => history?.close());

async function filled(count: number): Promise<void> {
  factory = memoryIndexedDB();
  history = await openHistory(factory, 'paged');
  for (let n = 0; n < count; n++) await history.saveReport(report(n));
}

/** Every row on every page, by URL, with how many times each is listed. */
async function listedOnPages(): Promise<{ urls: Map<string, number>; largest: number }> {
  const db = await openDatabase(factory, 'paged');
  const pages = await db.getAll('pages');
  db.close();
  const urls = new Map<string, number>();
  for (const page of pages)
    for (const row of page.rows) urls.set(row.url, (urls.get(row.url) ?? 0) + 1);
  return { urls, largest: Math.max(0, ...pages.map((page) => page.rows.length)) };
}

async function expectPagesToMatchTheList(): Promise<void> {
  const listed = await history.listReports();
  const index = await history.searchIndex();
  expect(index.summaries()).toEqual(listed);
  const { urls, largest } = await listedOnPages();
  expect([...urls.keys()].sort()).toEqual(listed.map((row) => row.url).sort());
  expect([...urls.values()].every((times) => times === 1)).toBe(true);
  expect(largest).toBeLessThanOrEqual(PAGE_SIZE);
}

describe('the list in pages', () => {
  it('finds each of more reports than a page holds by its own word', async () => {
    await filled(PAGE_SIZE * 2 + 5);
    await expectPagesToMatchTheList();
    const index = await history.searchIndex();
    for (const n of [0, PAGE_SIZE - 1, PAGE_SIZE, PAGE_SIZE * 2 + 4])
      expect(index.search(marker(n)).map((row) => row.url)).toEqual([urlOf(n)]);
  });

  it('moves a report read again to its new words, and forgets a deleted one', async () => {
    await filled(PAGE_SIZE + 10);
    await history.saveReport({ ...report(3, 1000), title: 'Report read again: kelvorn' });
    await history.deleteReport(urlOf(PAGE_SIZE + 2));
    await expectPagesToMatchTheList();
    const index = await history.searchIndex();
    expect(index.search('kelvorn').map((row) => row.url)).toEqual([urlOf(3)]);
    expect(index.search(marker(3))).toEqual([]);
    expect(index.search(marker(PAGE_SIZE + 2))).toEqual([]);
    expect(index.summaries()[0]?.url).toBe(urlOf(3));
  });

  it('forgets every expired report, several from one page, and keeps the rest findable', async () => {
    await filled(PAGE_SIZE + 30);
    const expired = await history.expireBefore(PAGE_SIZE + 20);
    expect(expired).toBe(PAGE_SIZE + 20);
    await expectPagesToMatchTheList();
    const index = await history.searchIndex();
    expect(index.summaries()).toHaveLength(10);
    expect(index.search(marker(PAGE_SIZE + 19))).toEqual([]);
    expect(index.search(marker(PAGE_SIZE + 25)).map((row) => row.url)).toEqual([
      urlOf(PAGE_SIZE + 25),
    ]);
    // New reports still find room after pages were emptied.
    await history.saveReport(report(9999));
    await expectPagesToMatchTheList();
  });

  it('empties with the history, and fills again from nothing', async () => {
    await filled(12);
    await history.clear();
    expect((await history.searchIndex()).summaries()).toEqual([]);
    await history.saveReport(report(7));
    await expectPagesToMatchTheList();
    expect((await history.searchIndex()).search(marker(7)).map((row) => row.url)).toEqual([
      urlOf(7),
    ]);
  });

  it('brings a kept index up to date from the pages as reports change', async () => {
    await filled(PAGE_SIZE + 3);
    const index = await history.searchIndex();
    await history.saveReport({ ...report(1, 500), title: 'Again: quentharo' });
    await history.deleteReport(urlOf(2));
    await history.saveReport(report(4242));
    await history.reindex(index, [urlOf(1), urlOf(2), urlOf(4242)]);
    expect(index.summaries()).toEqual(await history.listReports());
    expect(index.search('quentharo').map((row) => row.url)).toEqual([urlOf(1)]);
    expect(index.search(marker(2))).toEqual([]);
    expect(index.search(marker(4242)).map((row) => row.url)).toEqual([urlOf(4242)]);
  });
});
