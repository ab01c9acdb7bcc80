/**
 * What every bucket must be, read straight from IndexedDB: the first entries of its key in the
 * `recent` index, in the index's own order, and no bucket for a key nothing is filed under.
 */
import { expect } from 'vitest';
import { entriesOf, lookupKeys } from '../../core/match/lookup.ts';
import { PER_CLAIM, PER_KEY, unpackClaim, unpacked } from '../buckets.ts';
import { claimOf, openDatabase } from '../db.ts';

export async function expectBucketsAgreeWithIndex(
  factory: IDBFactory,
  name: string,
): Promise<number> {
  const db = await openDatabase(factory, name);
  try {
    const tx = db.transaction(['claims', 'buckets']);
    const [rows, buckets] = await Promise.all([
      tx.objectStore('claims').getAll(),
      tx.objectStore('buckets').getAll(),
    ]);
    const keys = [...new Set(rows.flatMap((row) => lookupKeys(row)))].sort();
    expect(buckets.map((bucket) => bucket.key).sort()).toEqual(keys);
    const index = tx.objectStore('claims').index('recent');
    for (const bucket of buckets) {
      const [lower, upper] = entriesOf(bucket.key);
      const range = IDBKeyRange.bound(lower, upper, false, true);
      const newest = await index.getAll(range, PER_KEY);
      const open = unpacked(bucket);
      expect(open.ids).toEqual(newest.map((row) => row.id));
      expect(open.readAt).toEqual(newest.map((row) => row.readAt));
      expect(open.sources).toEqual(newest.map((row) => row.source));
      const copies = open.copies.map(unpackClaim);
      expect(copies).toEqual(newest.slice(0, PER_CLAIM).map(claimOf));
    }
    return buckets.length;
  } finally {
    db.close();
  }
}
