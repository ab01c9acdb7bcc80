/**
 * The history's IndexedDB schema and its upgrades.
 *
 * Upgrades are an ordered list: step N takes a database at version N to version N + 1, so a
 * reader who skipped releases runs every step they missed, in order. A later version appends a
 * step and never edits an earlier one.
 */
import { wrap } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { EntityType, StoredClaim } from '../core/model.ts';
import { compactReport } from './evidence-refs.ts';
import type { StoredReport } from './evidence-refs.ts';
import type { ReportSummary } from './types.ts';

/** One entity seen in one report: what the hover card adds up over the whole history. */
export interface Sighting {
  entityId: string;
  reportUrl: string;
  firstReadAt: number;
  readAt: number;
  name: string;
  type: EntityType;
  description: string;
  /** Every spelling of the entity in that report, as written. */
  surfaces: string[];
}

/** The list row of a report, plus the folded words that search matches against. */
export interface SummaryRow extends ReportSummary {
  words: string;
}

export interface HistorySchema extends DBSchema {
  reports: { key: string; value: StoredReport; indexes: { readAt: number } };
  summaries: { key: string; value: SummaryRow; indexes: { readAt: number } };
  claims: { key: string; value: StoredClaim; indexes: { keys: string; reportUrl: string } };
  sightings: {
    key: [string, string];
    value: Sighting;
    indexes: { entityId: string; reportUrl: string };
  };
}

export type HistoryDatabase = IDBPDatabase<HistorySchema>;

type Upgrade = (
  db: HistoryDatabase,
  tx: IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>,
) => void;

const upgrades: Upgrade[] = [
  // 0 -> 1: the first schema.
  (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'url' });
    reports.createIndex('readAt', 'readAt');
    const summaries = db.createObjectStore('summaries', { keyPath: 'url' });
    summaries.createIndex('readAt', 'readAt');
    const claims = db.createObjectStore('claims', { keyPath: 'id' });
    claims.createIndex('keys', 'keys', { multiEntry: true });
    claims.createIndex('reportUrl', 'reportUrl');
    const sightings = db.createObjectStore('sightings', { keyPath: ['reportUrl', 'entityId'] });
    sightings.createIndex('entityId', 'entityId');
    sightings.createIndex('reportUrl', 'reportUrl');
  },
  // 1 -> 2: evidence stored as references to the cited claims, not copies (evidence-refs.ts).
  (_db, tx) => {
    const compact = async () => {
      let cursor = await tx.objectStore('reports').openCursor();
      while (cursor) {
        await cursor.update(compactReport(cursor.value));
        cursor = await cursor.continue();
      }
    };
    // A failure must not leave some reports rewritten and others not: aborting leaves the whole
    // database at version 1, this open fails, and the next open runs the step again.
    compact().catch((error: unknown) => {
      console.error('Crosscheck: could not compact the stored reports.', error);
      tx.abort();
    });
  },
];

const SCHEMA_VERSION = upgrades.length;

/**
 * Opens (and upgrades) the history database on the given factory. idb's own `openDB` always
 * uses the global `indexedDB`; opening through the factory lets the CLI and tests each use a
 * private in-memory one.
 */
export function openDatabase(factory: IDBFactory, name: string): Promise<HistoryDatabase> {
  const request = factory.open(name, SCHEMA_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as HistoryDatabase;
    const tx = wrap(request.transaction!) as unknown as Parameters<Upgrade>[1];
    for (let version = event.oldVersion; version < SCHEMA_VERSION; version++) {
      upgrades[version]!(db, tx);
    }
  });
  request.addEventListener('blocked', () => {
    console.warn(`Crosscheck: the history "${name}" is open in an older version elsewhere.`);
  });
  return wrap(request) as unknown as Promise<HistoryDatabase>;
}
