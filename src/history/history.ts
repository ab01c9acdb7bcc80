/**
 * The history of every article read, over IndexedDB. Each report is kept three ways: whole (to
 * show it again), as claim rows under their index keys (to check later claims against it without
 * scanning the history), and as entity sightings (to count and spell entities for hover cards).
 */
import type { CheckedClaim, ClaimStatus, Report, StoredClaim } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';
import { entriesOf, likeliest } from '../core/match/lookup.ts';
import { preselect } from '../core/match/rank.ts';
import { claimRow, openDatabase, PAGE_SIZE } from './db.ts';
import type { ClaimRow, HistoryDatabase, HistorySchema, Sighting, SummaryRow } from './db.ts';
import { citedClaimIds, compactReport, rehydrateReport } from './evidence-refs.ts';
import type { StoredReport } from './evidence-refs.ts';
import type { IDBPTransaction } from 'idb';
import { indexReports, searchWords } from './search.ts';
import type { SearchableSummary } from './search.ts';
import { readPlan } from './read-plan.ts';
import type { EntityReport, History, ReportSummary } from './types.ts';

/**
 * At most this many claim ids per key, newest first; a key's dated twin (`lookupKeys`) reaches
 * further back for the same day. Ids cost little to read; whole claims cost a copy each, so...
 */
export const PER_KEY = 16;
/**
 * ...of those, at most this many claims per claim of ours are read: the ones found under most of
 * its keys. This is what bounds the claim check however busy a region is.
 */
export const PER_CLAIM = 8;
/** At most this many postings per word, newest first: a word used more often is common. */
export const PER_WORD = 2000;
/** Claims ranked per query by the words path, after the rarest words picked them. */
export const SIMILAR = 100;

function stampedRange(key: string): IDBKeyRange {
  const [lower, upper] = entriesOf(key);
  return IDBKeyRange.bound(lower, upper, false, true);
}

/** The claim as the contract gives it, without the entries only the indexes need. */
function claimOf(row: ClaimRow): StoredClaim {
  // Left out rather than deleted: an object with deleted properties turns into a slow dictionary
  // for every read the judgement makes of it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { recent, postings, ...claim } = row;
  return claim;
}

export async function openHistory(
  factory: IDBFactory = globalThis.indexedDB,
  name = 'crosscheck',
): Promise<History> {
  const db = await openDatabase(factory, name);
  // A newer version of the extension opening the history must not wait on this old connection.
  db.addEventListener('versionchange', () => db.close());
  return historyOver(db);
}

function historyOver(db: HistoryDatabase): History {
  return {
    async saveReport(report) {
      const tx = db.transaction(WRITTEN, 'readwrite');
      const writes = async () => {
        const gone = await forgetReport(tx, report.url);
        await Promise.all([
          tx.objectStore('reports').put(compactReport(report)),
          relist(tx, gone, searchableRow(report)),
          addToTally(tx, report.claims.filter(foundByWords).length),
          ...report.claims.map((claim) =>
            tx.objectStore('claims').put(claimRow(storedClaim(report, claim))),
          ),
          ...sightings(report).map((sighting) => tx.objectStore('sightings').put(sighting)),
        ]);
      };
      // Awaiting the writes and the commit together: a failed write (a full disk) aborts the
      // transaction, and both rejections must reach the caller rather than one going unhandled.
      await Promise.all([writes(), tx.done]);
    },

    async getReport(url) {
      const tx = db.transaction(['reports', 'claims']);
      const stored = await tx.objectStore('reports').get(url);
      return stored && (await rehydrated(tx, [stored]))[0];
    },

    async listReports(limit) {
      if (limit === undefined) return (await newestFirst(db)).map(summaryOf);
      return (await newestFew(db, limit)).map(summaryOf);
    },

    async searchReports(query) {
      return indexReports(await listedRows(db)).search(query);
    },

    async searchIndex() {
      return indexReports(await listedRows(db));
    },

    async reindex(index, urls) {
      const tx = db.transaction(['summaries', 'pages']);
      const summaries = await Promise.all(urls.map((url) => tx.objectStore('summaries').get(url)));
      const pageNumbers = [...new Set(summaries.map((row) => row?.page))];
      const pages = await Promise.all(
        pageNumbers.map((page) =>
          page === undefined ? undefined : tx.objectStore('pages').get(page),
        ),
      );
      const rows = new Map(pages.flatMap((page) => page?.rows ?? []).map((row) => [row.url, row]));
      for (const url of urls) {
        const row = rows.get(url);
        if (row) index.put(row);
        else index.remove(url);
      }
    },

    async deleteReport(url) {
      const tx = db.transaction(WRITTEN, 'readwrite');
      const forget = async () => unlist(tx, [await forgetReport(tx, url)]);
      await Promise.all([forget(), tx.done]);
    },

    async expireBefore(cutoff) {
      const tx = db.transaction(WRITTEN, 'readwrite');
      const expire = async () => {
        const urls = await tx
          .objectStore('summaries')
          .index('readAt')
          .getAllKeys(IDBKeyRange.upperBound(cutoff, true));
        await unlist(tx, await Promise.all(urls.map((url) => forgetReport(tx, url))));
        return urls.length;
      };
      const [count] = await Promise.all([expire(), tx.done]);
      return count;
    },

    async clear() {
      const tx = db.transaction(WRITTEN, 'readwrite');
      await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
      await tx.done;
    },

    async allReports() {
      const tx = db.transaction(['reports', 'claims']);
      return rehydrated(tx, await tx.objectStore('reports').index('readAt').getAll());
    },

    async entityReports(entityId) {
      const tx = db.transaction(['sightings', 'summaries']);
      const seen = await tx.objectStore('sightings').index('entityId').getAll(entityId);
      const rows = await Promise.all(
        seen.map((sighting) => tx.objectStore('summaries').get(sighting.reportUrl)),
      );
      const found: EntityReport[] = [];
      seen.forEach((sighting, i) => {
        const row = rows[i];
        if (row) found.push({ summary: summaryOf(row), surfaces: sighting.surfaces });
      });
      return found.sort((a, b) => b.summary.readAt - a.summary.readAt);
    },

    async candidateClaims(keysPerClaim, exclude) {
      const store = db.transaction('claims').store;
      const index = store.index('recent');
      const read = (key: string, count: number) => index.getAll(stampedRange(key), count);
      // A claim found under one key takes the newest there: nothing to rank, so its claims are
      // read at once, in one request. Under several keys, ids first, each key looked up once,
      // and a claim is read (and copied) only when chosen.
      const direct = [...new Set(keysPerClaim.filter((k) => k.length === 1).map((k) => k[0]!))];
      const ranked = [...new Set(keysPerClaim.filter((k) => k.length > 1).flat())];
      const [directRows, perKey] = await Promise.all([
        Promise.all(direct.map((key) => read(key, PER_CLAIM))),
        Promise.all(ranked.map((key) => index.getAllKeys(stampedRange(key), PER_KEY))),
      ]);
      const rows = new Map<string, ClaimRow>();
      const newestOf = new Map<string, string[]>();
      direct.forEach((key, i) => {
        const found = directRows[i] ?? [];
        for (const row of found) rows.set(row.id, row);
        newestOf.set(
          key,
          found.map((row) => row.id),
        );
      });
      const found = ranked.map((key, i) => ({ key, ids: perKey[i] ?? [] }));
      const idsOf = new Map(found.map(({ key, ids }) => [key, ids]));
      const chosen = keysPerClaim.map((claimKeys) =>
        claimKeys.length === 1
          ? (newestOf.get(claimKeys[0]!) ?? [])
          : likeliest(
              claimKeys.map((key) => ({ key, ids: idsOf.get(key) ?? [] })),
              PER_CLAIM,
            ),
      );
      const order = [...new Set(chosen.flat())];
      const plan = readPlan(
        order.filter((id) => !rows.has(id)),
        found,
      );
      const [prefixRows, singleRows] = await Promise.all([
        Promise.all(plan.prefixes.map(({ key, count }) => read(key, count))),
        Promise.all(plan.singles.map((id) => store.get(id))),
      ]);
      for (const row of [...prefixRows.flat(), ...singleRows])
        if (row && !rows.has(row.id)) rows.set(row.id, row);
      return order
        .map((id) => rows.get(id))
        .filter((row): row is ClaimRow => row !== undefined)
        .filter((row) => row.reportUrl !== exclude.url && row.source !== exclude.source)
        .map(claimOf);
    },

    async similarClaims(words, exclude, limit = SIMILAR) {
      const tx = db.transaction(['claims', 'tallies']);
      const index = tx.objectStore('claims').index('postings');
      const unique = [...new Set(words)];
      const [tally, ...perWord] = await Promise.all([
        tx.objectStore('tallies').get('claims'),
        ...unique.map((word) => index.getAllKeys(stampedRange(word), PER_WORD)),
      ]);
      const postings = new Map(unique.map((word, i) => [word, perWord[i] ?? []]));
      const stats = {
        documents: Math.max(tally?.count ?? 0, 1),
        frequency: (word: string) => postings.get(word)?.length ?? 0,
      };
      // A claim of the excluded report or outlet may be among the best: ask for a few more.
      const ids = preselect(postings, stats, limit + 8);
      const rows = await Promise.all(ids.map((id) => tx.objectStore('claims').get(id)));
      const claims = rows
        .filter((row): row is ClaimRow => row !== undefined)
        .filter((row) => row.reportUrl !== exclude.url && row.source !== exclude.source)
        .slice(0, limit)
        .map(claimOf);
      return { claims, stats };
    },

    async entityCards(entityIds) {
      const index = db.transaction('sightings').store.index('entityId');
      const ids = [...new Set(entityIds)];
      const perEntity = await Promise.all(ids.map((id) => index.getAll(id)));
      const cards: Record<string, EntityCard> = {};
      ids.forEach((id, i) => {
        const card = cardOf(perEntity[i] ?? []);
        if (card) cards[id] = card;
      });
      return cards;
    },

    close() {
      db.close();
    },
  };
}

/** The stores a report is written to, all in one transaction. */
const WRITTEN: ['reports', 'summaries', 'pages', 'claims', 'sightings', 'tallies'] = [
  'reports',
  'summaries',
  'pages',
  'claims',
  'sightings',
  'tallies',
];

type WriteTransaction = IDBPTransaction<HistorySchema, typeof WRITTEN, 'readwrite'>;

/**
 * Stored reports as the rest of Crosscheck sees them, their evidence's sentences read from the
 * claims store in the caller's transaction, so the report and what it cites are one snapshot.
 */
async function rehydrated(
  tx: IDBPTransaction<HistorySchema, ['reports', 'claims'], 'readonly'>,
  stored: StoredReport[],
): Promise<Report[]> {
  const ids = [...new Set(stored.flatMap(citedClaimIds))];
  const claims = tx.objectStore('claims');
  const found = await Promise.all(ids.map((id) => claims.get(id)));
  const sentences = new Map<string, string>();
  found.forEach((claim, i) => {
    if (claim) sentences.set(ids[i]!, claim.text);
  });
  return stored.map((report) => rehydrateReport(report, sentences));
}

/** Claims filed under no key are found by their words (`claimRow`): the ones the tally counts. */
const foundByWords = (claim: { keys: string[] }) => claim.keys.length === 0;

async function addToTally(tx: WriteTransaction, change: number): Promise<void> {
  const tallies = tx.objectStore('tallies');
  const tally = (await tallies.get('claims')) ?? { name: 'claims', count: 0 };
  await tallies.put({ name: 'claims', count: Math.max(0, tally.count + change) });
}

/** A report gone from the list, and the page that still lists it. */
interface Unlisted {
  url: string;
  page?: number;
}

/**
 * Removes a report and everything derived from it, inside the caller's transaction, but for
 * its row on its page: pages are rewritten whole, so the caller takes every report it forgets
 * off its page at once (`unlist`) rather than each rewriting the same page.
 */
async function forgetReport(tx: WriteTransaction, url: string): Promise<Unlisted> {
  const claims = tx.objectStore('claims');
  const sightings = tx.objectStore('sightings');
  const [claimIds, sightingKeys, old, listed] = await Promise.all([
    claims.index('reportUrl').getAllKeys(url),
    sightings.index('reportUrl').getAllKeys(url),
    tx.objectStore('reports').get(url),
    tx.objectStore('summaries').get(url),
  ]);
  const unfiled = old?.claims.filter(foundByWords).length ?? 0;
  await Promise.all([
    tx.objectStore('reports').delete(url),
    tx.objectStore('summaries').delete(url),
    unfiled ? addToTally(tx, -unfiled) : undefined,
    ...claimIds.map((id) => claims.delete(id)),
    ...sightingKeys.map((key) => sightings.delete(key)),
  ]);
  return { url, page: listed?.page };
}

/** Takes forgotten reports off their pages: each page read and written once, or deleted when empty. */
async function unlist(tx: WriteTransaction, gone: readonly Unlisted[]): Promise<void> {
  const byPage = new Map<number, Set<string>>();
  for (const { url, page } of gone) {
    if (page !== undefined) byPage.set(page, (byPage.get(page) ?? new Set()).add(url));
  }
  const pages = tx.objectStore('pages');
  await Promise.all(
    [...byPage].map(async ([number, urls]) => {
      const page = await pages.get(number);
      if (!page) return;
      const rows = page.rows.filter((row) => !urls.has(row.url));
      await (rows.length > 0 ? pages.put({ page: number, rows }) : pages.delete(number));
    }),
  );
}

/** Adds a report's row to the last page, or starts a page when that one is full; its number. */
async function list(tx: WriteTransaction, row: SearchableSummary): Promise<number> {
  const pages = tx.objectStore('pages');
  const cursor = await pages.openCursor(null, 'prev');
  if (cursor && cursor.value.rows.length < PAGE_SIZE) {
    await cursor.update({ page: cursor.value.page, rows: [...cursor.value.rows, row] });
    return cursor.value.page;
  }
  const page = cursor ? cursor.value.page + 1 : 0;
  await pages.put({ page, rows: [row] });
  return page;
}

/**
 * The report's list row, on the last page and off the one it was on: its page is known only
 * once that page is read, so its row in `summaries` is written here too.
 */
async function relist(tx: WriteTransaction, gone: Unlisted, row: SearchableSummary): Promise<void> {
  await unlist(tx, [gone]);
  const page = await list(tx, row);
  await tx.objectStore('summaries').put({ ...summaryOf(row), page });
}

/** Every report's list row with its folded words, in no particular order: the pages, read whole. */
async function listedRows(db: HistoryDatabase): Promise<SearchableSummary[]> {
  return (await db.getAll('pages')).flatMap((page) => page.rows);
}

async function newestFirst(db: HistoryDatabase): Promise<SummaryRow[]> {
  const rows = await db.getAllFromIndex('summaries', 'readAt');
  return rows.reverse();
}

/**
 * The newest `limit` rows, newest first, in two reads whatever the history's size: a key cursor
 * steps back to the `limit`-th newest reading time, and the rows from then on are read at once.
 */
async function newestFew(db: HistoryDatabase, limit: number): Promise<SummaryRow[]> {
  if (limit <= 0) return [];
  const index = db.transaction('summaries').store.index('readAt');
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  // Fewer rows than asked for: all of them.
  const rows = await index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : undefined);
  // Rows read at the same moment as the last one kept may come along: only `limit` are wanted.
  return rows.reverse().slice(0, limit);
}

function storedClaim(report: Report, claim: CheckedClaim): StoredClaim {
  // The status and evidence belong to this reading; a later reading judges the claim afresh.
  const stored: StoredClaim = {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    frame: claim.frame,
    keys: claim.keys,
    terms: claim.terms,
    reportUrl: report.url,
    source: report.source,
    title: report.title,
    readAt: report.readAt,
  };
  if (claim.attribution !== undefined) stored.attribution = claim.attribution;
  if (report.file !== undefined) stored.file = report.file;
  return stored;
}

function sightings(report: Report): Sighting[] {
  return report.entities.map((entity) => ({
    entityId: entity.id,
    reportUrl: report.url,
    firstReadAt: report.firstReadAt,
    readAt: report.readAt,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    surfaces: [
      ...new Set(
        report.mentions
          .filter((mention) => mention.entityId === entity.id)
          .map((mention) => mention.surface),
      ),
    ],
  }));
}

function cardOf(seen: Sighting[]): EntityCard | undefined {
  if (seen.length === 0) return undefined;
  // The latest reading names and describes the entity best: the gazetteer may have improved since.
  const latest = seen.reduce((a, b) => (b.readAt > a.readAt ? b : a));
  return {
    id: latest.entityId,
    type: latest.type,
    name: latest.name,
    description: latest.description,
    spellings: [...new Set(seen.flatMap((sighting) => sighting.surfaces))],
    reportCount: seen.length,
    firstSeen: Math.min(...seen.map((sighting) => sighting.firstReadAt)),
    lastSeen: Math.max(...seen.map((sighting) => sighting.readAt)),
  };
}

/** The report's list row with the words search matches it by, as its page lists it. */
function searchableRow(report: Report): SearchableSummary {
  const claimCounts: Record<ClaimStatus, number> = { new: 0, corroborated: 0, contradicted: 0 };
  for (const claim of report.claims) claimCounts[claim.status]++;
  const row: SearchableSummary = {
    url: report.url,
    source: report.source,
    title: report.title,
    firstReadAt: report.firstReadAt,
    readAt: report.readAt,
    claimCounts,
    entityNames: report.entities.map((entity) => entity.name),
    entityIds: report.entities.map((entity) => entity.id),
    words: searchWords(report),
  };
  if (report.publishedAt !== undefined) row.publishedAt = report.publishedAt;
  return row;
}

/** The list row as the contract gives it, without the page it is on or (before version 4) its words. */
function summaryOf(row: SummaryRow | SearchableSummary): ReportSummary {
  const summary: ReportSummary & { words?: string; page?: number } = { ...row };
  delete summary.words;
  delete summary.page;
  return summary;
}
