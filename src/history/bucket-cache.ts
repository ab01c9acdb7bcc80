/**
 * The claim buckets one connection to the history has lately read or written, kept in memory so
 * that a check reads from IndexedDB only the buckets it has not met.
 *
 * A check reads one bucket per lookup key (33 for a long article). In the browser each read is a
 * request to the browser's IndexedDB backend, and their round trips, 4–15 ms by the clock, were a
 * fifth of the time from a page's start to its highlights; the judging itself takes 2 ms. A
 * reader's next article is mostly about the same region and events as the last, so most of its
 * keys' buckets have just been read, or written by the report of the last article.
 *
 * Every write to the history, from this connection or another (the side panel deletes and
 * imports through its own), adds one to the history's count of writes in its own transaction
 * (`countWrite`). The rows kept here are true of one count; a check reads the count in the same
 * transaction as the buckets it lacks, and uses the rows kept only when the count is theirs. The
 * count only grows (clearing the history carries it on), so an older answer never replaces a
 * newer one.
 */
import type { ClaimBucket } from './buckets.ts';
import type { HistorySchema } from './db.ts';
import type { IDBPObjectStore, StoreNames } from 'idb';

/** Enough keys for a few days of a busy reader's articles; beyond it the oldest are let go. */
export const KEPT_KEYS = 4096;

/** The tally that counts writes to the history. */
export const WRITES = 'writes';

/** A key's bucket, or `null` for a key no claim is filed under. */
export type KnownBucket = ClaimBucket | null;

/** What the cache knew of some keys when a check began: `undefined` where it knew nothing. */
export interface Known {
  writes: number | undefined;
  buckets: (KnownBucket | undefined)[];
}

export class BucketCache {
  /** The history's count of writes that the kept rows are true of. */
  #writes: number | undefined;
  #rows = new Map<string, KnownBucket>();

  /** What is kept of `keys`, with the count it is true of, as the check that asks begins. */
  known(keys: readonly string[]): Known {
    return { writes: this.#writes, buckets: keys.map((key) => this.#rows.get(key)) };
  }

  /**
   * Rows read in a transaction that found the count at `writes`: kept beside the others when the
   * count is theirs; in their place when it is newer; let go when older, as a later write has
   * already been taken in.
   */
  settle(writes: number, rows: Iterable<[string, KnownBucket]>): void {
    if (this.#writes !== undefined && writes < this.#writes) return;
    if (writes !== this.#writes) {
      this.#rows.clear();
      this.#writes = writes;
    }
    for (const [key, row] of rows) this.#keep(key, row);
  }

  /**
   * After a write of this connection that found the count at `before` and left it one higher:
   * the buckets it rewrote are taken in, and the rows it left alone stay true.
   */
  advance(before: number, rewritten: Iterable<[string, KnownBucket]>): void {
    if (this.#writes === before) this.#writes = before + 1;
    this.settle(before + 1, rewritten);
  }

  #keep(key: string, row: KnownBucket): void {
    // Re-inserted, so that the map's order is the order of last use and the first is the oldest.
    this.#rows.delete(key);
    this.#rows.set(key, row);
    if (this.#rows.size > KEPT_KEYS) this.#rows.delete(this.#rows.keys().next().value!);
  }
}

type Stores = ArrayLike<StoreNames<HistorySchema>>;

/** The history's count of writes as a transaction sees it. */
export async function writesOf<S extends Stores, Mode extends IDBTransactionMode>(
  tallies: IDBPObjectStore<HistorySchema, S, 'tallies', Mode>,
): Promise<number> {
  return (await tallies.get(WRITES))?.count ?? 0;
}

/** Adds this write to the count, in the write's transaction; the count it found. */
export async function countWrite<S extends Stores>(
  tallies: IDBPObjectStore<HistorySchema, S, 'tallies', 'readwrite'>,
): Promise<number> {
  const before = await writesOf(tallies);
  await tallies.put({ name: WRITES, count: before + 1 });
  return before;
}
