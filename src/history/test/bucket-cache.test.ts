import * as fake from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckedClaim, Report } from '../../core/model.ts';
import { BucketCache, KEPT_KEYS } from '../bucket-cache.ts';
import type { ClaimBucket } from '../buckets.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';
import { shootdownClaim } from './shootdowns.ts';

const KEY = 'shootdown|place:ua-odesa-oblast';
const OTHER_KEY = 'shootdown|place:ua-mykolaiv-oblast';
const ours = { url: 'https://ours.test/1', source: 'Ours' };

function report(url: string, source: string, text: string, keys = [KEY]): Report {
  const claim: CheckedClaim = shootdownClaim({ url, index: 0, text, keys, places: [] });
  const readAt = Date.UTC(2026, 10, 20, 6);
  return {
    url,
    source,
    title: text,
    firstReadAt: readAt,
    readAt,
    text,
    entities: [],
    mentions: [],
    claims: [claim],
  };
}

const opened: History[] = [];
afterEach(() => opened.splice(0).forEach((history) => history.close()));

/** Two connections to one history, as the worker and the side panel hold. */
async function twoConnections(): Promise<[worker: History, panel: History]> {
  const factory = memoryIndexedDB();
  const worker = await openHistory(factory, 'shared');
  const panel = await openHistory(factory, 'shared');
  opened.push(worker, panel);
  return [worker, panel];
}

const urlsOf = async (history: History, keys: string[]) =>
  (await history.candidateClaims([keys], ours)).map((claim) => claim.reportUrl).sort();

/** How many buckets `run` reads from the store. */
async function bucketReads(run: () => Promise<unknown>): Promise<number> {
  const store = fake.IDBObjectStore.prototype;
  const get = store.get;
  let reads = 0;
  store.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    if (this.name === 'buckets') reads++;
    return get.call(this, key);
  };
  try {
    await run();
  } finally {
    store.get = get;
  }
  return reads;
}

describe('the buckets a connection keeps', () => {
  it('spare a check the reads of the keys it has met, its own writes included', async () => {
    const [worker] = await twoConnections();
    await worker.saveReport(report('https://a.test/1', 'A', 'Air defence downed a drone.'));
    // The key its own write filed under is known; the other, where nothing is filed, read once.
    expect(await bucketReads(() => urlsOf(worker, [KEY, OTHER_KEY]))).toBe(1);
    expect(await bucketReads(() => urlsOf(worker, [KEY, OTHER_KEY]))).toBe(0);
    // A report written by this connection leaves the buckets it rewrote known.
    await worker.saveReport(report('https://b.test/1', 'B', 'A drone was shot down.'));
    let urls: string[] = [];
    expect(await bucketReads(async () => (urls = await urlsOf(worker, [KEY])))).toBe(0);
    expect(urls).toEqual(['https://a.test/1', 'https://b.test/1']);
  });

  it('are read again once another connection has written, and show its report', async () => {
    const [worker, panel] = await twoConnections();
    await worker.saveReport(report('https://a.test/1', 'A', 'Air defence downed a drone.'));
    expect(await urlsOf(worker, [KEY])).toEqual(['https://a.test/1']);
    // The side panel imports a report and deletes another, through its own connection.
    await panel.saveReport(report('https://b.test/1', 'B', 'A drone was shot down.'));
    expect(await urlsOf(worker, [KEY])).toEqual(['https://a.test/1', 'https://b.test/1']);
    await panel.deleteReport('https://a.test/1');
    expect(await urlsOf(worker, [KEY])).toEqual(['https://b.test/1']);
  });

  it('are never taken for true again after the history was cleared and as often rewritten', async () => {
    const [worker, panel] = await twoConnections();
    await worker.saveReport(report('https://a.test/1', 'A', 'Air defence downed a drone.'));
    await worker.saveReport(report('https://a.test/2', 'A', 'Two drones were downed.'));
    expect(await urlsOf(worker, [KEY])).toEqual(['https://a.test/1', 'https://a.test/2']);
    // As many writes after the clear as before it: a count begun again would match the old one.
    await panel.clear();
    await panel.saveReport(report('https://c.test/1', 'C', 'A drone fell in a field.'));
    await panel.saveReport(report('https://c.test/2', 'C', 'Debris fell near a school.'));
    expect(await urlsOf(worker, [KEY])).toEqual(['https://c.test/1', 'https://c.test/2']);
  });

  it('forget what the history forgets when this connection clears it', async () => {
    const [worker] = await twoConnections();
    await worker.saveReport(report('https://a.test/1', 'A', 'Air defence downed a drone.'));
    expect(await urlsOf(worker, [KEY])).toEqual(['https://a.test/1']);
    await worker.clear();
    expect(await urlsOf(worker, [KEY])).toEqual([]);
  });
});

describe('BucketCache', () => {
  const bucket = (key: string): ClaimBucket => ({ key, row: `[]\u0001[]\u0001[]` });

  it('lets the longest unused key go once it holds more than it keeps', () => {
    const cache = new BucketCache();
    const keys = Array.from({ length: KEPT_KEYS }, (_, i) => `key ${i}`);
    cache.settle(
      1,
      keys.map((key) => [key, bucket(key)]),
    );
    // The first key used again: the second is now the longest unused.
    cache.settle(1, [[keys[0]!, bucket(keys[0]!)]]);
    cache.settle(1, [['one more', null]]);
    const known = cache.known([keys[0]!, keys[1]!, keys[2]!, 'one more']);
    expect(known.buckets.map((row) => row === undefined)).toEqual([false, true, false, false]);
  });

  it('keeps rows true of the newest count of writes it has seen, whatever order they come in', () => {
    const cache = new BucketCache();
    cache.settle(3, [['a', null]]);
    // Read by a check that began before a write already taken in: older, let go.
    cache.settle(2, [['b', bucket('b')]]);
    expect(cache.known(['a', 'b'])).toEqual({ writes: 3, buckets: [null, undefined] });
    // This connection's write found the count at 3: what it left alone stays true after it.
    cache.advance(3, [['c', bucket('c')]]);
    expect(cache.known(['a', 'c'])).toEqual({ writes: 4, buckets: [null, bucket('c')] });
    // Another connection wrote meanwhile: a later count, and only what was read of it is known.
    cache.advance(6, [['d', null]]);
    expect(cache.known(['a', 'c', 'd'])).toEqual({
      writes: 7,
      buckets: [undefined, undefined, null],
    });
  });
});
