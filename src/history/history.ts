/**
 * The history of every article read, over IndexedDB. Each report is kept three ways: whole (to
 * show it again), as claim rows under their index keys (to check later claims against it without
 * scanning the history), and as entity sightings (to count and spell entities for hover cards).
 */
import type { CheckedClaim, ClaimStatus, Report, StoredClaim } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';
import { openDatabase } from './db.ts';
import { citedClaimIds, compactReport, rehydrateReport } from './evidence-refs.ts';
import type { StoredReport } from './evidence-refs.ts';
import type { HistoryDatabase, HistorySchema, Sighting, SummaryRow } from './db.ts';
import type { IDBPTransaction } from 'idb';
import { matchesEvery, queryWords, searchWords } from './search.ts';
import type { EntityReport, History, ReportSummary } from './types.ts';

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
      const tx = db.transaction(['reports', 'summaries', 'claims', 'sightings'], 'readwrite');
      const writes = async () => {
        await forgetReport(tx, report.url);
        await Promise.all([
          tx.objectStore('reports').put(compactReport(report)),
          tx.objectStore('summaries').put(summaryRow(report)),
          ...report.claims.map((claim) => tx.objectStore('claims').put(storedClaim(report, claim))),
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

    async listReports() {
      return (await newestFirst(db)).map(summaryOf);
    },

    async searchReports(query) {
      const words = queryWords(query);
      const rows = await newestFirst(db);
      return rows.filter((row) => matchesEvery(row.words, words)).map(summaryOf);
    },

    async deleteReport(url) {
      const tx = db.transaction(['reports', 'summaries', 'claims', 'sightings'], 'readwrite');
      await Promise.all([forgetReport(tx, url), tx.done]);
    },

    async expireBefore(cutoff) {
      const tx = db.transaction(['reports', 'summaries', 'claims', 'sightings'], 'readwrite');
      const expire = async () => {
        const urls = await tx
          .objectStore('summaries')
          .index('readAt')
          .getAllKeys(IDBKeyRange.upperBound(cutoff, true));
        await Promise.all(urls.map((url) => forgetReport(tx, url)));
        return urls.length;
      };
      const [count] = await Promise.all([expire(), tx.done]);
      return count;
    },

    async clear() {
      const tx = db.transaction(['reports', 'summaries', 'claims', 'sightings'], 'readwrite');
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

    async candidateClaims(keys, exclude) {
      const index = db.transaction('claims').store.index('keys');
      const found = new Map<string, StoredClaim>();
      const perKey = await Promise.all([...new Set(keys)].map((key) => index.getAll(key)));
      for (const claims of perKey) {
        for (const claim of claims) {
          if (claim.reportUrl === exclude.url || claim.source === exclude.source) continue;
          found.set(claim.id, claim);
        }
      }
      return [...found.values()];
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

type WriteTransaction = IDBPTransaction<
  HistorySchema,
  ['reports', 'summaries', 'claims', 'sightings'],
  'readwrite'
>;

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

/** Removes a report and everything derived from it, inside the caller's transaction. */
async function forgetReport(tx: WriteTransaction, url: string): Promise<void> {
  const claims = tx.objectStore('claims');
  const sightings = tx.objectStore('sightings');
  const [claimIds, sightingKeys] = await Promise.all([
    claims.index('reportUrl').getAllKeys(url),
    sightings.index('reportUrl').getAllKeys(url),
  ]);
  await Promise.all([
    tx.objectStore('reports').delete(url),
    tx.objectStore('summaries').delete(url),
    ...claimIds.map((id) => claims.delete(id)),
    ...sightingKeys.map((key) => sightings.delete(key)),
  ]);
}

async function newestFirst(db: HistoryDatabase): Promise<SummaryRow[]> {
  const rows = await db.getAllFromIndex('summaries', 'readAt');
  return rows.reverse();
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

function summaryRow(report: Report): SummaryRow {
  const claimCounts: Record<ClaimStatus, number> = { new: 0, corroborated: 0, contradicted: 0 };
  for (const claim of report.claims) claimCounts[claim.status]++;
  const row: SummaryRow = {
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

function summaryOf(row: SummaryRow): ReportSummary {
  const summary: ReportSummary & { words?: string } = { ...row };
  delete summary.words;
  return summary;
}
