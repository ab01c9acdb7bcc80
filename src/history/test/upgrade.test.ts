import { afterEach, describe, expect, it } from 'vitest';
import { checkClaims } from '../../core/check.ts';
import { lookupKeys, stamped } from '../../core/match/lookup.ts';
import { matchWords } from '../../core/match/words.ts';
import { PER_KEY, unpackClaim, unpacked } from '../buckets.ts';
import type { ClaimBucket } from '../buckets.ts';
import { openDatabase, PAGE_SIZE } from '../db.ts';
import type { ClaimRow } from '../db.ts';
import { compactReport } from '../evidence-refs.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { searchWords } from '../search.ts';
import { exportHistory, importHistory } from '../transfer.ts';
import type { History } from '../types.ts';
import { v1Fixture, v1Reports, versionOneDatabase } from './fixture.ts';
import { expectBucketsAgreeWithIndex } from './filed.ts';
import { shootdownClaim } from './shootdowns.ts';

let open: History[] = [];
afterEach(() => {
  for (const history of open) history.close();
  open = [];
});

async function histories() {
  const factory = memoryIndexedDB();
  await versionOneDatabase(factory, 'upgraded', v1Fixture().stores);
  const upgraded = await openHistory(factory, 'upgraded');
  // The same reports saved by today's code: what the upgraded history must behave like.
  const fresh = await openHistory(factory, 'fresh');
  open.push(upgraded, fresh);
  for (const report of v1Reports()) await fresh.saveReport(report);
  return { factory, upgraded, fresh };
}

const refLike = expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{8}$/)]);

describe('a history written by schema version 1', () => {
  it('gives back every report intact after the upgrade', async () => {
    const { upgraded } = await histories();
    const reports = v1Reports();
    expect(reports).toHaveLength(5);
    for (const report of reports) expect(await upgraded.getReport(report.url)).toEqual(report);
    expect(await upgraded.allReports()).toEqual(reports);
  });

  it('lists, searches and finds entities as before', async () => {
    const { upgraded, fresh } = await histories();
    const { summaries } = v1Fixture().stores;
    const listed = await upgraded.listReports();
    expect(listed.map((row) => row.url)).toEqual(
      [...summaries].sort((a, b) => b.readAt - a.readAt).map((row) => row.url),
    );
    expect(listed).toEqual(await fresh.listReports());
    expect(await upgraded.searchReports('Lodygina')).toEqual(await fresh.searchReports('Lodygina'));
    const ids = [...new Set(v1Reports().flatMap((r) => r.entities.map((e) => e.id)))];
    const cards = await upgraded.entityCards(ids);
    expect(Object.keys(cards)).toHaveLength(ids.length);
    expect(cards).toEqual(await fresh.entityCards(ids));
    expect(await upgraded.entityReports('official:anokhin-vasily')).toEqual(
      await fresh.entityReports('official:anokhin-vasily'),
    );
  });

  it('finds the stored claims as candidates for a new article', async () => {
    const { upgraded, fresh } = await histories();
    const keys = v1Fixture().stores.claims.map((claim) => claim.keys);
    const stranger = { url: 'https://elsewhere.example/new', source: 'elsewhere' };
    const found = await upgraded.candidateClaims(keys, stranger);
    expect(found).toHaveLength(v1Fixture().stores.claims.length);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(found.sort(byId)).toEqual((await fresh.candidateClaims(keys, stranger)).sort(byId));
  });

  it('rewrites the stored evidence as references, and a re-read replaces an upgraded report cleanly', async () => {
    const { factory, upgraded, fresh } = await histories();
    const db = await openDatabase(factory, 'upgraded');
    const rows = await db.getAll('reports');
    db.close();
    for (const row of rows) {
      for (const claim of row.claims)
        // A reference (since version 7 packed: cited reading, claim, digest, relation...).
        for (const item of claim.evidence) expect(item).toEqual(refLike);
    }
    const last = v1Reports().at(-1)!;
    await upgraded.saveReport({ ...last, readAt: last.readAt + 1 });
    await fresh.saveReport({ ...last, readAt: last.readAt + 1 });
    expect(await upgraded.getReport(last.url)).toEqual(await fresh.getReport(last.url));
    expect(await upgraded.listReports()).toEqual(await fresh.listReports());
  });
});

describe('a history upgraded to claim buckets (schema version 5)', () => {
  it('files every stored claim by key, so new articles are checked as against a fresh history', async () => {
    const { factory, upgraded, fresh } = await histories();
    expect(await expectBucketsAgreeWithIndex(factory, 'upgraded')).toBeGreaterThan(0);
    const stranger = { url: 'https://elsewhere.example/new', source: 'elsewhere' };
    let corroborated = 0;
    for (const report of v1Reports()) {
      // Each report's claims as a new article from an outlet the history has never seen.
      const claims = report.claims.map((claim) => ({
        ...claim,
        id: `${stranger.url}#${claim.id}`,
      }));
      const keys = claims.map(lookupKeys);
      const before = checkClaims(claims, await upgraded.candidateClaims(keys, stranger), stranger);
      const after = checkClaims(claims, await fresh.candidateClaims(keys, stranger), stranger);
      expect(before).toEqual(after);
      corroborated += before.filter((claim) => claim.status !== 'new').length;
    }
    // Not a comparison of two empty checks: the stored reports bear on their own claims.
    expect(corroborated).toBeGreaterThan(0);
  });
});

/**
 * A history as version 3 left it: the version-1 fixture taken through steps 1 and 2, half its
 * list rows then saved again as version 3 saved them (words folded with their skeletons), and
 * as many more rows again as `extra` asks, so the list spans several pages once upgraded.
 */
async function versionThree(factory: IDBFactory, name: string, extra = 0): Promise<void> {
  await versionOneDatabase(factory, name, v1Fixture().stores);
  const db = await openDatabase(factory, name, 3);
  expect(db.objectStoreNames.contains('pages')).toBe(false);
  const reports = v1Reports();
  const rows = await db.getAll('summaries');
  for (const row of rows.slice(0, 2)) {
    const report = reports.find((candidate) => candidate.url === row.url)!;
    await db.put('summaries', { ...row, words: searchWords(report) });
  }
  for (let n = 0; n < extra; n++) {
    await db.put('summaries', {
      ...rows[0]!,
      url: `https://archive.example/${n}`,
      readAt: n,
      words: `archived item marvek${[...String(n)].join('t')}q`,
    });
  }
  db.close();
}

describe('a history written by schema version 3', () => {
  it('finds its reports by search after the upgrade, as a history written today does', async () => {
    const factory = memoryIndexedDB();
    await versionThree(factory, 'three');
    const upgraded = await openHistory(factory, 'three');
    const fresh = await openHistory(factory, 'fresh');
    open.push(upgraded, fresh);
    for (const report of v1Reports()) await fresh.saveReport(report);
    const index = await upgraded.searchIndex();
    expect(index.summaries()).toEqual(await upgraded.listReports());
    expect(index.summaries()).toEqual(await fresh.listReports());
    const freshIndex = await fresh.searchIndex();
    for (const query of ['Lodygina', 'Anokhine', 'Смоленск', 'drone', 'Chertkovsky', 'zzzz']) {
      expect(index.search(query)).toEqual(freshIndex.search(query));
      expect(await upgraded.searchReports(query)).toEqual(await fresh.searchReports(query));
    }
    expect(index.search('Anokhine').length).toBeGreaterThan(0);
  });

  it('pages a long list, every report findable, and keeps it paged as reports come and go', async () => {
    const factory = memoryIndexedDB();
    const extra = PAGE_SIZE * 2 + 7;
    await versionThree(factory, 'long', extra);
    const upgraded = await openHistory(factory, 'long');
    open.push(upgraded);
    const index = await upgraded.searchIndex();
    expect(index.summaries()).toHaveLength(extra + v1Reports().length);
    for (const n of [0, PAGE_SIZE, extra - 1])
      expect(index.search(`marvek${[...String(n)].join('t')}q`).map((row) => row.url)).toEqual([
        `https://archive.example/${n}`,
      ]);
    const db = await openDatabase(factory, 'long');
    const pages = await db.getAll('pages');
    db.close();
    expect(pages.map((page) => page.rows.length)).toEqual([
      PAGE_SIZE,
      PAGE_SIZE,
      extra + v1Reports().length - 2 * PAGE_SIZE,
    ]);
    // A report upgraded onto a page is read again and deleted like any other.
    const last = v1Reports().at(-1)!;
    await upgraded.saveReport({ ...last, title: 'Read again: tolvanne' });
    await upgraded.deleteReport('https://archive.example/0');
    const after = await upgraded.searchIndex();
    expect(after.summaries()).toEqual(await upgraded.listReports());
    expect(after.search('tolvanne').map((row) => row.url)).toEqual([last.url]);
    expect(after.search('marvek0q')).toEqual([]);
  });
});

/** A bucket as schema versions 6 and 7 stored it: parallel arrays, the copies whole claims as JSON. */
interface VersionSixBucket {
  key: string;
  ids: string[];
  readAt: number[];
  copies: string[];
}

function versionSixBucket(bucket: ClaimBucket): VersionSixBucket {
  const { ids, readAt, copies } = unpacked(bucket);
  return {
    key: bucket.key,
    ids,
    readAt,
    copies: copies.map((copy) => JSON.stringify(unpackClaim(copy))),
  };
}

/** A bucket as schema version 5 stored it: an object per claim, its entry and, for some, a copy. */
interface VersionFiveBucket {
  key: string;
  members: { id: string; entry: string; copy?: string }[];
}

const STORES = ['reports', 'summaries', 'pages', 'claims', 'tallies', 'sightings'] as const;

/**
 * A history as version 5 left it, holding what `source` (written today) holds: every store but the
 * buckets is laid out as in version 6, and the buckets are written back in version 5's layout.
 */
async function versionFive(factory: IDBFactory, source: string, name: string): Promise<void> {
  const from = await openDatabase(factory, source);
  const to = await openDatabase(factory, name, 5);
  try {
    for (const store of STORES) {
      const rows = await from.getAll(store);
      const tx = to.transaction(store, 'readwrite');
      await Promise.all([...rows.map((row) => tx.store.put(row as never)), tx.done]);
    }
    const buckets = await from.getAll('buckets');
    const tx = to.transaction('buckets', 'readwrite');
    await tx.store.clear();
    const old = buckets
      .map(versionSixBucket)
      .map(({ key, ids, readAt, copies }): VersionFiveBucket => ({
        key,
        members: ids.map((id, i) => ({
          id,
          entry: stamped(key, readAt[i]!),
          ...(copies[i] !== undefined && { copy: copies[i] }),
        })),
      }));
    await Promise.all([...old.map((bucket) => tx.store.put(bucket as never)), tx.done]);
  } finally {
    from.close();
    to.close();
  }
}

describe('a history written by schema version 5', () => {
  it('gives back every report intact and finds the same candidates after its buckets are packed', async () => {
    const factory = memoryIndexedDB();
    const today = await openHistory(factory, 'today');
    open.push(today);
    for (const report of v1Reports()) await today.saveReport(report);
    // Enough reports under one key that its bucket holds claims it keeps no copy of.
    const key = 'shootdown|place:ru-krs';
    for (let n = 0; n < PER_KEY + 4; n++) {
      const url = `https://crowd.example/${n}`;
      const claim = shootdownClaim({
        url,
        index: 0,
        text: `Air defence shot down ${n + 2} drones over the Kursk region.`,
        keys: [key],
        places: ['place:ru-krs'],
        time: `--12-0${1 + (n % 5)}`,
      });
      await today.saveReport({
        url,
        source: `Crowd ${n}`,
        title: 'Drones over Kursk',
        firstReadAt: 100 + n,
        readAt: 100 + n,
        text: claim.text,
        entities: [],
        mentions: [],
        claims: [claim],
      });
    }
    await versionFive(factory, 'today', 'five');
    const upgraded = await openHistory(factory, 'five');
    open.push(upgraded);
    const reports = await today.allReports();
    expect(reports).toHaveLength(v1Reports().length + PER_KEY + 4);
    expect(await upgraded.allReports()).toEqual(reports);
    for (const report of reports) expect(await upgraded.getReport(report.url)).toEqual(report);
    expect(await expectBucketsAgreeWithIndex(factory, 'five')).toBeGreaterThan(0);
    const stranger = { url: 'https://elsewhere.example/new', source: 'elsewhere' };
    const lookups = [
      ...reports.flatMap((report) => report.claims.map(lookupKeys)),
      [key],
      [`${key}@12-03`, key],
    ];
    for (const keys of lookups)
      expect(await upgraded.candidateClaims([keys], stranger)).toEqual(
        await today.candidateClaims([keys], stranger),
      );
    // And it keeps its buckets as today's code does when reports come and go.
    await upgraded.deleteReport('https://crowd.example/3');
    await upgraded.saveReport(reports.at(-1)!);
    await expectBucketsAgreeWithIndex(factory, 'five');
  });
});

/**
 * A history as version 6 left it, holding what `source` (written today) holds: every store as
 * today, but each report with its claims whole (its sentence, frame, keys and terms inline).
 */
async function versionSix(factory: IDBFactory, source: string, name: string): Promise<void> {
  const today = await openHistory(factory, source);
  const reports = await today.allReports();
  today.close();
  const from = await openDatabase(factory, source);
  const to = await openDatabase(factory, name, 6);
  try {
    for (const store of [...STORES, 'buckets'] as const) {
      const rows =
        store === 'reports'
          ? reports.map(compactReport)
          : store === 'buckets'
            ? (await from.getAll(store)).map(versionSixBucket)
            : await from.getAll(store);
      const tx = to.transaction(store, 'readwrite');
      await Promise.all([...rows.map((row) => tx.store.put(row as never)), tx.done]);
    }
  } finally {
    from.close();
    to.close();
  }
}

/**
 * A history as version 7 left it, holding what `source` (written today) holds: every store as
 * today but the buckets, in version 6's layout.
 */
async function versionSeven(factory: IDBFactory, source: string, name: string): Promise<void> {
  const from = await openDatabase(factory, source);
  const to = await openDatabase(factory, name, 7);
  try {
    for (const store of [...STORES, 'buckets'] as const) {
      const rows = await from.getAll(store);
      const tx = to.transaction(store, 'readwrite');
      const laid = store === 'buckets' ? (rows as ClaimBucket[]).map(versionSixBucket) : rows;
      await Promise.all([...laid.map((row) => tx.store.put(row as never)), tx.done]);
    }
  } finally {
    from.close();
    to.close();
  }
}

describe('a history written by schema version 6', () => {
  it('gives back every report intact once its claims are slimmed, and forgets them as today', async () => {
    const factory = memoryIndexedDB();
    const today = await openHistory(factory, 'today');
    open.push(today);
    for (const report of v1Reports()) await today.saveReport(report);
    await versionSix(factory, 'today', 'six');
    const six = await openDatabase(factory, 'six', 6);
    const whole = await six.getAll('reports');
    six.close();
    expect(whole.flatMap((report) => report.claims).every((claim) => claim.frame)).toBe(true);

    const upgraded = await openHistory(factory, 'six');
    open.push(upgraded);
    const reports = await today.allReports();
    expect(reports).toEqual(v1Reports());
    expect(await upgraded.allReports()).toEqual(reports);
    for (const report of reports) expect(await upgraded.getReport(report.url)).toEqual(report);

    const db = await openDatabase(factory, 'six');
    const slim = await db.getAll('reports');
    db.close();
    const claims = slim.flatMap((report) => report.claims);
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      expect(claim).not.toHaveProperty('text');
      expect(claim).not.toHaveProperty('frame');
      expect(claim).not.toHaveProperty('terms');
    }

    // Forgetting an upgraded report leaves the same history as forgetting it today.
    const gone = reports[0]!.url;
    await upgraded.deleteReport(gone);
    await today.deleteReport(gone);
    expect(await upgraded.allReports()).toEqual(await today.allReports());
    const stranger = { url: 'https://elsewhere.example/new', source: 'elsewhere' };
    const words = matchWords(reports[1]!.claims[0]!.text);
    // The count of claims found by words, which forgetting takes from the claim rows now.
    const similar = (history: History) =>
      history.similarClaims(words, stranger).then(({ claims, stats }) => ({
        claims,
        documents: stats.documents,
      }));
    expect(await similar(upgraded)).toEqual(await similar(today));
  });
});

describe('a history written by schema version 7', () => {
  it('gives back every report intact once its buckets are packed, and checks claims as today', async () => {
    const factory = memoryIndexedDB();
    const today = await openHistory(factory, 'today');
    open.push(today);
    for (const report of v1Reports()) await today.saveReport(report);
    // Enough reports under one key that its bucket holds claims it keeps no copy of, from two
    // outlets, one of them the checking article's.
    const key = 'shootdown|place:ru-krs';
    for (let n = 0; n < PER_KEY + 4; n++) {
      const url = `https://crowd.example/${n}`;
      const claim = shootdownClaim({
        url,
        index: 0,
        text: `Air defence shot down ${n + 2} drones over the Kursk region.`,
        keys: [key],
        places: ['place:ru-krs'],
        time: `--12-0${1 + (n % 5)}`,
      });
      await today.saveReport({
        url,
        source: n % 3 ? `Crowd ${n}` : 'elsewhere',
        title: 'Drones over Kursk',
        firstReadAt: 100 + n,
        readAt: 100 + n,
        text: claim.text,
        entities: [],
        mentions: [],
        claims: [claim],
      });
    }
    await versionSeven(factory, 'today', 'seven');
    const seven = await openDatabase(factory, 'seven', 7);
    const laid = (await seven.getAll('buckets')) as unknown as VersionSixBucket[];
    seven.close();
    expect(laid.some((bucket) => bucket.copies.length > 0)).toBe(true);

    const upgraded = await openHistory(factory, 'seven');
    open.push(upgraded);
    const reports = await today.allReports();
    expect(reports).toHaveLength(v1Reports().length + PER_KEY + 4);
    expect(await upgraded.allReports()).toEqual(reports);
    for (const report of reports) expect(await upgraded.getReport(report.url)).toEqual(report);
    expect(await expectBucketsAgreeWithIndex(factory, 'seven')).toBe(laid.length);
    const exported = await exportHistory(upgraded);
    expect(exported).toEqual(await exportHistory(today));
    const again = await openHistory(factory, 'again');
    open.push(again);
    await importHistory(again, exported);
    expect(await exportHistory(again)).toEqual(exported);

    const lookups = [
      ...reports.flatMap((report) => report.claims.map(lookupKeys)),
      [key],
      [`${key}@12-03`, key],
    ];
    for (const stranger of [
      { url: 'https://elsewhere.example/new', source: 'elsewhere' },
      { url: 'https://crowd.example/4', source: 'Ours' },
    ]) {
      for (const keys of lookups) {
        const found = await upgraded.candidateClaims([keys], stranger);
        expect(found).toEqual(await today.candidateClaims([keys], stranger));
        expect(found.every((claim) => claim.source !== stranger.source)).toBe(true);
        expect(found.every((claim) => claim.reportUrl !== stranger.url)).toBe(true);
      }
    }
    // And it keeps its buckets as today's code does when reports come and go.
    await upgraded.deleteReport('https://crowd.example/3');
    await upgraded.saveReport(reports.at(-1)!);
    await expectBucketsAgreeWithIndex(factory, 'seven');
  });
});

/** A key's twin under a weekday (`lookupKeys`), which version 8 did not file claims under. */
const weekdayTwin = (key: string) => /@[a-z]{3}(?:\+night)?$/.test(key);

/**
 * A history as version 8 left it, holding what `source` (written today) holds: its claim rows
 * without entries under their weekdays, and no bucket for those.
 */
async function versionEight(factory: IDBFactory, source: string, name: string): Promise<void> {
  const from = await openDatabase(factory, source);
  const to = await openDatabase(factory, name, 8);
  try {
    for (const store of [...STORES, 'buckets'] as const) {
      let rows: unknown[] = await from.getAll(store);
      if (store === 'buckets') rows = (rows as ClaimBucket[]).filter((b) => !weekdayTwin(b.key));
      if (store === 'claims')
        rows = (rows as ClaimRow[]).map((row) => ({
          ...row,
          recent: row.recent.filter((entry) => !weekdayTwin(entry.split('\u0000')[0]!)),
        }));
      const tx = to.transaction(store, 'readwrite');
      await Promise.all([...rows.map((row) => tx.store.put(row as never)), tx.done]);
    }
  } finally {
    from.close();
    to.close();
  }
}

describe('a history written by schema version 8', () => {
  it('files its claims under their weekdays too, and finds the same night’s as today', async () => {
    const factory = memoryIndexedDB();
    const today = await openHistory(factory, 'today');
    open.push(today);
    for (const report of v1Reports()) await today.saveReport(report);
    const attack = 'attack|place:ru-bryansk-oblast';
    const damage = 'damage|place:ru-bryansk-oblast';
    const otherNights = ['mon+night', 'tue', 'wed+night', 'thu', 'fri'];
    for (let n = 0; n < 3 * PER_KEY; n++) {
      const url = `https://night.example/${n}`;
      const claim = shootdownClaim({
        url,
        index: 0,
        text: `Drones attacked the Bryansk region, damaging ${n + 1} houses.`,
        // The night into Sunday once, first; other nights after it, under more keys.
        keys: n === 0 ? [attack] : [attack, damage],
        places: ['place:ru-bryansk-oblast'],
        time: n === 0 ? 'night sat+night' : `night ${otherNights[n % otherNights.length]!}`,
      });
      await today.saveReport({
        url,
        source: `Outlet ${n}`,
        title: 'Drones over Bryansk',
        firstReadAt: 100 + n,
        readAt: 100 + n,
        text: claim.text,
        entities: [],
        mentions: [],
        claims: [claim],
      });
    }
    await versionEight(factory, 'today', 'eight');
    const eight = await openDatabase(factory, 'eight', 8);
    const laid = await eight.getAll('buckets');
    eight.close();
    expect(laid.some((bucket) => weekdayTwin(bucket.key))).toBe(false);

    const upgraded = await openHistory(factory, 'eight');
    open.push(upgraded);
    const reports = await today.allReports();
    expect(await upgraded.allReports()).toEqual(reports);
    const filed = await expectBucketsAgreeWithIndex(factory, 'eight');
    expect(filed).toBeGreaterThan(laid.length);

    const stranger = { url: 'https://elsewhere.example/new', source: 'elsewhere' };
    const ours = shootdownClaim({
      url: stranger.url,
      index: 0,
      text: 'Drones struck the Bryansk region overnight into Sunday.',
      keys: [attack, damage],
      places: ['place:ru-bryansk-oblast'],
      time: 'night sat+night',
    });
    const found = await upgraded.candidateClaims([lookupKeys(ours)], stranger);
    expect(found.map((claim) => claim.reportUrl)).toContain('https://night.example/0');
    expect(found).toEqual(await today.candidateClaims([lookupKeys(ours)], stranger));
    // And it keeps its buckets as today's code does when reports come and go.
    await upgraded.deleteReport('https://night.example/0');
    await upgraded.saveReport(reports.at(-1)!);
    await expectBucketsAgreeWithIndex(factory, 'eight');
  });
});
