/**
 * How to read a chosen set of claims in few requests. IndexedDB reads only by one key or by a
 * range, and each request costs far more than a row it hands back (a round trip and an event in
 * a browser, a task in fake-indexeddb), so reading fifty claims one by one costs most of a check.
 * The claims chosen under a key are mostly the first few filed there, newest first: one read of
 * that key's first entries through the index brings them all, and a few unchosen rows with them.
 */

/** A request costs as much as reading this many rows more: what an unchosen row in a read may cost. */
export const REQUEST_ROWS = 3;

export interface ReadPlan {
  /** Read the first `count` claims filed under `key`, newest first, in one request. */
  prefixes: { key: string; count: number }[];
  /** The rest, read one by one. */
  singles: string[];
}

/**
 * Covers `wanted` ids with reads of the first entries under keys (each key's ids newest first,
 * as the index holds them) where one read saves requests, and single reads for the rest.
 */
export function readPlan(
  wanted: Iterable<string>,
  found: { key: string; ids: string[] }[],
  requestRows = REQUEST_ROWS,
): ReadPlan {
  const left = new Set(wanted);
  const prefixes: ReadPlan['prefixes'] = [];
  for (;;) {
    let best = { gain: 0, key: '', count: 0 };
    for (const { key, ids } of found) {
      let covered = 0;
      for (let i = 0; i < ids.length; i++) {
        if (!left.has(ids[i]!)) continue;
        covered++;
        // One request and i + 1 rows, in place of a request and a row for each covered claim.
        const gain = covered * (requestRows + 1) - (requestRows + i + 1);
        if (gain > best.gain) best = { gain, key, count: i + 1 };
      }
    }
    if (best.gain <= 0) break;
    prefixes.push({ key: best.key, count: best.count });
    const ids = found.find((entry) => entry.key === best.key)!.ids;
    for (const id of ids.slice(0, best.count)) left.delete(id);
  }
  return { prefixes, singles: [...left] };
}
