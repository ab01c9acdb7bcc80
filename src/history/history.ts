/**
 * The history of every article read, over IndexedDB. Each report is kept three ways: whole (to
 * show it again), as claim rows under their index keys (to check later claims against it without
 * scanning the history), and as entity sightings (to count and spell entities for hover cards).
 */
import type { CheckedClaim, ClaimStatus, Report, StoredClaim } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';
import { entriesOf, likeliest, lookupKeys } from '../core/match/lookup.ts';
import { readTimeMatters, RETOLD_WITHIN_MS, stamped } from '../core/match/lookup.ts';
import { preselect } from '../core/match/rank.ts';
import { bucketOf, holdsAny, idsOf, isEmpty, PER_CLAIM, PER_KEY } from './buckets.ts';
import { unpackClaim, unpacked, withClaims } from './buckets.ts';
import type { ClaimBucket, OpenBucket } from './buckets.ts';
import { BucketCache, countWrite, writesOf } from './bucket-cache.ts';
import type { KnownBucket } from './bucket-cache.ts';
import { claimOf, claimRow, openDatabase, PAGE_SIZE } from './db.ts';
import type { ClaimRow, HistoryDatabase, HistorySchema, Sighting, SummaryRow } from './db.ts';
import { citedClaimIds, compactReport, packEvidence, rehydrateReport } from './evidence-refs.ts';
import { slimmedClaimIds, slimReport, wholeReport } from './slim-claims.ts';
import type { Analysed, SlimReport } from './slim-claims.ts';
import type { IDBPTransaction } from 'idb';
import { indexReports, searchWords } from './search.ts';
import type { SearchableSummary } from './search.ts';
import type { EntityReport, History, PendingSightings, ReportSummary } from './types.ts';

export { PER_CLAIM, PER_KEY };
/** At most this many postings per word, newest first: a word used more often is common. */
export const PER_WORD = 2000;
/** Claims ranked per query by the words path, after the rarest words picked them. */
export const SIMILAR = 100;

function stampedRange(key: string): IDBKeyRange {
  const [lower, upper] = entriesOf(key);
  return IDBKeyRange.bound(lower, upper, false, true);
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
  const cache = new BucketCache();
  /**
   * Runs `work` in a write transaction of its own, the write counted beside it (`countWrite`),
   * and, once committed, gives this connection's buckets those the work rewrote. Awaiting the
   * work and the commit together: a failed write (a full disk) aborts the transaction, and both
   * rejections must reach the caller rather than one going unhandled.
   */
  const written = async (
    work: (tx: WriteTransaction) => Promise<Map<string, KnownBucket>>,
  ): Promise<void> => {
    const tx = db.transaction(WRITTEN, 'readwrite');
    const [before, rewritten] = await Promise.all([
      countWrite(tx.objectStore('tallies')),
      work(tx),
      tx.done,
    ]);
    cache.advance(before, rewritten);
  };
  return {
    async saveReport(report) {
      await written(async (tx) => {
        const gone = await forgetReport(tx, report.url);
        const claims = report.claims.map((claim) => storedClaim(report, claim));
        const filed = new Map<string, Analysed>(claims.map((claim) => [claim.id, claim]));
        const stored = slimReport(packEvidence(compactReport(report)), (id) => filed.get(id));
        await Promise.all([
          tx.objectStore('reports').put(stored),
          relist(tx, gone.unlisted, searchableRow(report)),
          addToTally(tx, report.claims.filter(foundByWords).length),
          ...claims.map((claim) => tx.objectStore('claims').put(claimRow(claim))),
          ...sightings(report).map((sighting) => tx.objectStore('sightings').put(sighting)),
        ]);
        // After the claims store holds this reading and no other: a bucket rebuilt reads it.
        return refile(tx, gone.claims, claims);
      });
    },

    async getReport(url) {
      const tx = db.transaction(['reports', 'claims']);
      const stored = await tx.objectStore('reports').get(url);
      return stored && (await rehydrated(tx, [stored]))[0];
    },

    async firstReadAt(url) {
      return (await db.get('summaries', url))?.firstReadAt;
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
      await written(async (tx) => {
        const gone = await forgetReport(tx, url);
        const [, rewritten] = await Promise.all([
          unlist(tx, [gone.unlisted]),
          refile(tx, gone.claims, []),
        ]);
        return rewritten;
      });
    },

    async expireBefore(cutoff) {
      let count = 0;
      await written(async (tx) => {
        const urls = await tx
          .objectStore('summaries')
          .index('readAt')
          .getAllKeys(IDBKeyRange.upperBound(cutoff, true));
        count = urls.length;
        const gone = await Promise.all(urls.map((url) => forgetReport(tx, url)));
        // Once every report has gone: each page is rewritten once, and a key many of them were
        // filed under is rebuilt once.
        const [, rewritten] = await Promise.all([
          unlist(
            tx,
            gone.map((g) => g.unlisted),
          ),
          refile(
            tx,
            gone.flatMap((g) => g.claims),
            [],
          ),
        ]);
        return rewritten;
      });
      return count;
    },

    async clear() {
      const tx = db.transaction(WRITTEN, 'readwrite');
      const empty = async () => {
        // The count of writes outlives the history it counted: a cache of another connection,
        // true of an earlier count, must never find it again.
        const before = await writesOf(tx.objectStore('tallies'));
        await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()));
        await tx.objectStore('tallies').put({ name: 'writes', count: before + 1 });
        return before;
      };
      const [before] = await Promise.all([empty(), tx.done]);
      cache.settle(before + 1, []);
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

    async candidateClaims(keysPerClaim, exclude, readAt) {
      const tx = db.transaction(['buckets', 'claims', 'tallies']);
      // One bucket per key, whatever the history's size: its newest ids and copies.
      const keys = [...new Set(keysPerClaim.flat())];
      const rows = await bucketsOf(tx, keys, cache);
      const found = rows.map((row) => row && unpacked(row));
      // A report read long ago, judged again from the panel: claims read since have filled its
      // keys' buckets, so the ones read near it are found through the index, as many.
      const recent = tx.objectStore('claims').index('recent');
      const nearIds = await Promise.all(
        keys.map((key, i) =>
          readAt !== undefined && passedBy(found[i], key, readAt)
            ? recent.getAllKeys(readNear(key, readAt), PER_KEY)
            : undefined,
        ),
      );
      const idsOfKey = new Map(
        keys.map((key, i) => [key, nearIds[i] ?? idsNear(found[i], key, readAt)]),
      );
      // A claim found under one key takes the newest there; under several, the ones found under
      // most of them.
      const chosen = keysPerClaim.map((claimKeys) =>
        claimKeys.length === 1
          ? (idsOfKey.get(claimKeys[0]!) ?? []).slice(0, PER_CLAIM)
          : likeliest(
              claimKeys.map((key) => ({ key, ids: idsOfKey.get(key) ?? [] })),
              PER_CLAIM,
            ),
      );
      const order = [...new Set(chosen.flat())];
      const copies = copiesOf(found, new Set(order), exclude.source);
      // A claim chosen for being under several keys, but under none among its newest few: read whole.
      const uncopied = order.filter((id) => !copies.has(id));
      const whole = await Promise.all(uncopied.map((id) => tx.objectStore('claims').get(id)));
      const read = new Map<string, StoredClaim>();
      whole.forEach((row) => row && read.set(row.id, claimOf(row)));
      const claims: StoredClaim[] = [];
      for (const id of order) {
        const copy = copies.get(id);
        // The excluded outlet's claims were passed over unparsed (`copiesOf`).
        const claim = copy === undefined ? read.get(id) : copy && unpackClaim(copy);
        if (claim && claim.reportUrl !== exclude.url && claim.source !== exclude.source)
          claims.push(claim);
      }
      return claims;
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

    async entityCards(entityIds, pending) {
      const index = db.transaction('sightings').store.index('entityId');
      const ids = [...new Set(entityIds)];
      const perEntity = await Promise.all(ids.map((id) => index.getAll(id)));
      const mine = pending ? sightings(pending) : [];
      const cards: Record<string, EntityCard> = {};
      ids.forEach((id, i) => {
        let seen = perEntity[i] ?? [];
        if (pending) {
          // As the store will hold them: this URL's old sightings replaced, in key order.
          seen = [
            ...seen.filter((sighting) => sighting.reportUrl !== pending.url),
            ...mine.filter((sighting) => sighting.entityId === id),
          ].sort((a, b) => (a.reportUrl < b.reportUrl ? -1 : a.reportUrl > b.reportUrl ? 1 : 0));
        }
        const card = cardOf(seen);
        if (card) cards[id] = card;
      });
      return cards;
    },

    close() {
      db.close();
    },
  };
}

/** Every store a write can touch: a report is stored and forgotten whole, in one transaction. */
const WRITTEN: ['reports', 'summaries', 'pages', 'claims', 'sightings', 'tallies', 'buckets'] = [
  'reports',
  'summaries',
  'pages',
  'claims',
  'sightings',
  'tallies',
  'buckets',
];

type WriteTransaction = IDBPTransaction<HistorySchema, typeof WRITTEN, 'readwrite'>;

type CheckTransaction = IDBPTransaction<
  HistorySchema,
  ['buckets', 'claims', 'tallies'],
  'readonly'
>;

/**
 * The bucket of each of `keys` (`undefined` where no claim is filed): the cache's where it is
 * true of the history as `tx` sees it, the rest read; the cache is told what was read.
 */
async function bucketsOf(
  tx: CheckTransaction,
  keys: string[],
  cache: BucketCache,
): Promise<(ClaimBucket | undefined)[]> {
  const buckets = tx.objectStore('buckets');
  const known = cache.known(keys);
  const unknown = keys.filter((_, i) => known.buckets[i] === undefined);
  const [writes, ...rows] = await Promise.all([
    writesOf(tx.objectStore('tallies')),
    ...unknown.map((key) => buckets.get(key)),
  ]);
  const read = new Map<string, KnownBucket>(unknown.map((key, i) => [key, rows[i] ?? null]));
  if (writes !== known.writes) {
    // What the cache holds is of another count of writes: read the rest too, in this transaction.
    const rest = keys.filter((key) => !read.has(key));
    const more = await Promise.all(rest.map((key) => buckets.get(key)));
    rest.forEach((key, i) => read.set(key, more[i] ?? null));
  }
  cache.settle(writes, read);
  return keys.map((key, i) => (read.has(key) ? read.get(key) : known.buckets[i]) ?? undefined);
}

/**
 * Stored reports as the rest of Crosscheck sees them: their own claims made whole from the
 * claims store (`slim-claims.ts`), and their evidence's sentences read from it, in the caller's
 * transaction, so the report and what it cites are one snapshot.
 */
async function rehydrated(
  tx: IDBPTransaction<HistorySchema, ['reports', 'claims'], 'readonly'>,
  slim: SlimReport[],
): Promise<Report[]> {
  const claims = tx.objectStore('claims');
  const ownIds = slim.flatMap(slimmedClaimIds);
  const own = await Promise.all(ownIds.map((id) => claims.get(id)));
  const rows = new Map<string, ClaimRow>();
  own.forEach((row, i) => {
    if (row) rows.set(ownIds[i]!, row);
  });
  const stored = slim.map((report) => wholeReport(report, rows));
  const ids = [...new Set(stored.flatMap(citedClaimIds))];
  // A report citing a claim of a report read in the same batch: that row is already at hand.
  const found = await Promise.all(ids.map((id) => rows.get(id) ?? claims.get(id)));
  const sentences = new Map<string, string>();
  found.forEach((claim, i) => {
    if (claim) sentences.set(ids[i]!, claim.text);
  });
  return stored.map((report) => rehydrateReport(report, sentences));
}

/**
 * The ids of a bucket read within `RETOLD_WITHIN_MS` of `readAt` (all of them under a calendar
 * day's key, or when no time is given), newest first.
 */
function idsNear(bucket: OpenBucket | undefined, key: string, readAt?: number): string[] {
  const ids = idsOf(bucket);
  if (!bucket || readAt === undefined || !readTimeMatters(key)) return ids;
  const times = bucket.readAt;
  return ids.filter((_, i) => Math.abs(times[i]! - readAt) <= RETOLD_WITHIN_MS);
}

/**
 * Whether a full bucket holds only claims read after the span around `readAt`, so that the
 * claims read within it, if any, are no longer among its newest.
 */
function passedBy(bucket: OpenBucket | undefined, key: string, readAt: number): boolean {
  if (!bucket || bucket.ids.length < PER_KEY || !readTimeMatters(key)) return false;
  return Math.min(...bucket.readAt) > readAt + RETOLD_WITHIN_MS;
}

/** The entries of `key` read within `RETOLD_WITHIN_MS` of `readAt`, newest first. */
function readNear(key: string, readAt: number): IDBKeyRange {
  return IDBKeyRange.bound(
    stamped(key, readAt + RETOLD_WITHIN_MS),
    stamped(key, readAt - RETOLD_WITHIN_MS),
  );
}

/**
 * The packed copy of each of `wanted` that a bucket holds, still unparsed; an empty string for
 * one of `outlet`'s, which the check would only drop once parsed.
 */
function copiesOf(
  buckets: (OpenBucket | undefined)[],
  wanted: Set<string>,
  outlet: string,
): Map<string, string> {
  const copies = new Map<string, string>();
  for (const bucket of buckets) {
    if (!bucket) continue;
    const mixed = bucket.holdsOutlet(outlet);
    bucket.copies.forEach((copy, i) => {
      const id = bucket.ids[i]!;
      if (wanted.has(id)) copies.set(id, mixed && bucket.sources[i] === outlet ? '' : copy);
    });
  }
  return copies;
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

/** What forgetting a report leaves for its caller to tidy once every removal is done. */
interface Forgotten {
  /** The claims removed: their buckets are rebuilt (`refile`). */
  claims: StoredClaim[];
  /** Its row, still on its page: pages are rewritten whole, each once (`unlist`). */
  unlisted: Unlisted;
}

/**
 * Removes a report and everything derived from it, inside the caller's transaction, but for its
 * buckets and its row on its page, which the caller tidies once for every report it forgets.
 */
async function forgetReport(tx: WriteTransaction, url: string): Promise<Forgotten> {
  const claims = tx.objectStore('claims');
  const sightings = tx.objectStore('sightings');
  const [rows, sightingKeys, old, listed] = await Promise.all([
    claims.index('reportUrl').getAll(url),
    sightings.index('reportUrl').getAllKeys(url),
    tx.objectStore('reports').get(url),
    tx.objectStore('summaries').get(url),
  ]);
  // Counted from the claims store: a stored report's claims leave their keys to it.
  const unfiled = old ? rows.filter(foundByWords).length : 0;
  await Promise.all([
    tx.objectStore('reports').delete(url),
    tx.objectStore('summaries').delete(url),
    unfiled ? addToTally(tx, -unfiled) : undefined,
    ...rows.map((row) => claims.delete(row.id)),
    ...sightingKeys.map((key) => sightings.delete(key)),
  ]);
  return { claims: rows.map(claimOf), unlisted: { url, page: listed?.page } };
}

/**
 * Brings the bucket of every key of `gone` and `added` in line with the claims store as it now
 * stands. An addition is merged in; a removal from a bucket rebuilds it from the index, since the
 * claim that takes its place may be one the bucket never held. Gives back the buckets it
 * rewrote, `null` for one left empty, for this connection's cache.
 */
async function refile(
  tx: WriteTransaction,
  gone: StoredClaim[],
  added: StoredClaim[],
): Promise<Map<string, KnownBucket>> {
  const goneIds = new Map<string, Set<string>>();
  for (const claim of gone)
    for (const key of lookupKeys(claim))
      goneIds.set(key, (goneIds.get(key) ?? new Set()).add(claim.id));
  const addedTo = new Map<string, StoredClaim[]>();
  for (const claim of added)
    for (const key of lookupKeys(claim)) addedTo.set(key, [...(addedTo.get(key) ?? []), claim]);
  const buckets = tx.objectStore('buckets');
  const index = tx.objectStore('claims').index('recent');
  const rewritten = new Map<string, KnownBucket>();
  const update = async (key: string) => {
    const bucket = await buckets.get(key);
    let next: ClaimBucket | undefined;
    if (holdsAny(bucket, goneIds.get(key) ?? new Set())) {
      const rows = await index.getAll(stampedRange(key), PER_KEY);
      next = bucketOf(key, rows.map(claimOf));
    } else if (addedTo.has(key)) {
      next = withClaims(key, bucket, addedTo.get(key)!);
    } else return;
    rewritten.set(key, isEmpty(next) ? null : next);
    await (isEmpty(next) ? buckets.delete(key) : buckets.put(next));
  };
  await Promise.all([...new Set([...goneIds.keys(), ...addedTo.keys()])].map(update));
  return rewritten;
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

function sightings(report: PendingSightings): Sighting[] {
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
