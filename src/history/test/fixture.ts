/**
 * The schema-version-1 fixture: every record of a history that the code at schema version 1
 * wrote after reading the five demo articles (see fixtures/make-v1-fixture.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, StoredClaim } from '../../core/model.ts';
import type { Sighting, SummaryRow } from '../db.ts';

export interface V1Fixture {
  version: 1;
  stores: {
    reports: Report[];
    summaries: SummaryRow[];
    claims: StoredClaim[];
    sightings: Sighting[];
  };
}

export function v1Fixture(): V1Fixture {
  const file = join(import.meta.dirname, 'fixtures/history-v1.json');
  return JSON.parse(readFileSync(file, 'utf8')) as V1Fixture;
}

/** The fixture's reports in the order they were read: the order a history must be given them. */
export function v1Reports(): Report[] {
  return [...v1Fixture().stores.reports].sort((a, b) => a.readAt - b.readAt);
}

/**
 * A history as schema version 1 laid it out, written with the raw IndexedDB API (not through
 * db.ts, whose later steps must not help), holding `stores`' records.
 */
export async function versionOneDatabase(
  factory: IDBFactory,
  name: string,
  stores: Record<string, unknown[]>,
): Promise<void> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
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
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [store, records] of Object.entries(stores)) {
    for (const record of records) tx.objectStore(store).put(record);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
