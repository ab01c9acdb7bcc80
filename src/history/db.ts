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
import { lookupKeys, postingWords, stamped } from '../core/match/lookup.ts';
import { bucketOf, newestFiled, PER_KEY } from './buckets.ts';
import type { ClaimBucket } from './buckets.ts';
import { compactReport, packEvidence } from './evidence-refs.ts';
import type { StoredReport } from './evidence-refs.ts';
import { slimReport } from './slim-claims.ts';
import type { Analysed, SlimReport } from './slim-claims.ts';
import type { SearchableSummary } from './search.ts';
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

/** The list row of a report, and the `pages` row that lists it again with its folded words. */
export interface SummaryRow extends ReportSummary {
  /** Since version 4; absent only while step 3 (below) runs. */
  page?: number;
  /** The folded words search matches against; until version 4, when they moved to `page`. */
  words?: string;
}

/**
 * Reports to a row of the `pages` store. Fewer pages read faster, but a save rewrites the last
 * page whole: in Chromium, ten thousand reports read in about 0.1 s at a hundred to a page (0.3 s
 * at 25), and rewriting a full page took about 4 ms (9 ms at 200), on a loaded machine.
 */
export const PAGE_SIZE = 100;

/**
 * A hundred reports' list rows, each with its folded words: what the panel's search reads whole.
 * A browser's IndexedDB costs far more per row read than per byte: in Chromium, reading ten
 * thousand list rows took about a second, the same rows in a hundred pages about a seventh of
 * that, and a reader who types as the panel opens waits for that read. A report is added to the
 * last page and taken off its own; a page is rewritten whole, so it is kept small.
 */
export interface ListPage {
  page: number;
  rows: SearchableSummary[];
}

/**
 * A claim as the `claims` store keeps it: the claim, and the entries its indexes file it under,
 * each stamped so the newest come first (`core/match/lookup.ts`).
 */
export interface ClaimRow extends StoredClaim {
  /** Its keys, and each again under the days it names: what the claim check looks up. */
  recent: string[];
  /**
   * Its words and its headline's, when it has no keys: what retrieval by words looks up. A claim
   * filed under an event and a place is only ever judged against claims filed alike, so its
   * words would cost an index entry each and find nothing the keys do not.
   */
  postings: string[];
}

/** A claim as the `claims` store keeps it, with the entries its indexes file it under. */
export function claimRow(claim: StoredClaim): ClaimRow {
  const filed = claim.keys.length > 0;
  return {
    ...claim,
    recent: lookupKeys(claim).map((key) => stamped(key, claim.readAt)),
    postings: filed
      ? []
      : postingWords(claim.text, claim.title).map((word) => stamped(word, claim.readAt)),
  };
}

/** The claim as the contract gives it, without the entries only the indexes need. */
export function claimOf(row: ClaimRow): StoredClaim {
  // Left out rather than deleted: an object with deleted properties turns into a slow dictionary
  // for every read the judgement makes of it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { recent, postings, ...claim } = row;
  return claim;
}

/** Running totals, so a lookup never counts the history to learn its size: claims found by words. */
export interface Tally {
  /** `claims`: the claims filed under no key; `writes`: the writes ever made (`bucket-cache.ts`). */
  name: 'claims' | 'writes';
  count: number;
}

export interface HistorySchema extends DBSchema {
  /** Whole claims until version 7; since then slim (`slim-claims.ts`), read as either. */
  reports: { key: string; value: SlimReport; indexes: { readAt: number } };
  summaries: { key: string; value: SummaryRow; indexes: { readAt: number } };
  pages: { key: number; value: ListPage };
  claims: {
    key: string;
    value: ClaimRow;
    /** `keys` is version 1's index, dropped by step 1 (named here so step 0 still reads as written). */
    indexes: { keys: string; reportUrl: string; recent: string; postings: string };
  };
  tallies: { key: string; value: Tally };
  /** Per lookup key, its newest claims (`buckets.ts`): what the claim check reads. */
  buckets: { key: string; value: ClaimBucket };
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
  /**
   * Asks for the buckets to be filed again from the claims (`refileBuckets`) once every step
   * has run: a history several versions old would otherwise build them once per step that
   * changed their shape, each time from the same claims with today's code.
   */
  refile: () => void,
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
  // 1 -> 2: claims found newest first under each key (and its dates), and by their words, so a
  // busy region or a common word never hands the check more than a bounded set; the plain key
  // index they replace goes; the claims already stored get their entries, and the number of
  // claims is kept rather than counted.
  (db, tx) => {
    const claims = tx.objectStore('claims');
    claims.deleteIndex('keys');
    claims.createIndex('recent', 'recent', { multiEntry: true });
    claims.createIndex('postings', 'postings', { multiEntry: true });
    db.createObjectStore('tallies', { keyPath: 'name' });
    let count = 0;
    const backfill = async () => {
      for (let cursor = await claims.openCursor(); cursor; cursor = await cursor.continue()) {
        if (!cursor.value.keys.length) count++;
        await cursor.update(claimRow(cursor.value));
      }
      await tx.objectStore('tallies').put({ name: 'claims', count });
    };
    // A failed write aborts the upgrade, and opening the history fails with its error.
    backfill().catch(() => undefined);
  },
  // 2 -> 3: evidence stored as references to the cited claims, not copies (evidence-refs.ts).
  (_db, tx) => {
    const compact = async () => {
      let cursor = await tx.objectStore('reports').openCursor();
      while (cursor) {
        // Written before claims were slimmed (step 6): its claims are whole.
        await cursor.update(compactReport(cursor.value as StoredReport));
        cursor = await cursor.continue();
      }
    };
    // A failure must not leave some reports rewritten and others not: aborting undoes every step
    // of this upgrade, this open fails, and the next open runs them again.
    compact().catch((error: unknown) => {
      console.error('Crosscheck: could not compact the stored reports.', error);
      tx.abort();
    });
  },
  // 3 -> 4: the list rows again, a hundred to a page with their folded words (`ListPage`), so
  // the panel reads the whole list for its search in a hundred reads rather than ten thousand;
  // each list row notes its page and no longer keeps the words.
  (db, tx) => {
    db.createObjectStore('pages', { keyPath: 'page' });
    const paginate = async () => {
      const pages = tx.objectStore('pages');
      let page: ListPage = { page: 0, rows: [] };
      let cursor = await tx.objectStore('summaries').index('readAt').openCursor();
      while (cursor) {
        if (page.rows.length === PAGE_SIZE) {
          await pages.put(page);
          page = { page: page.page + 1, rows: [] };
        }
        const { words = '', ...summary } = cursor.value;
        page.rows.push({ ...summary, words });
        await cursor.update({ ...summary, page: page.page });
        cursor = await cursor.continue();
      }
      if (page.rows.length > 0) await pages.put(page);
    };
    // As step 2: all or nothing, and the next open tries again.
    paginate().catch((error: unknown) => {
      console.error('Crosscheck: could not page the history list.', error);
      tx.abort();
    });
  },
  // 4 -> 5: a bucket per lookup key, built from the claims already stored, so the claim check
  // reads one row per key however many claims the history holds (`buckets.ts`).
  (db, _tx, refile) => {
    db.createObjectStore('buckets', { keyPath: 'key' });
    refile();
  },
  // 5 -> 6: buckets packed as parallel arrays rather than an object per claim (`ClaimBucket`),
  // which a check copies out of the store several times faster; filed again from the claims.
  (_db, _tx, refile) => refile(),
  // 6 -> 7: each stored report's claims without their sentence (a slice of the report's text)
  // and without the frame, keys and terms their rows in the claims store hold (`slim-claims.ts`),
  // and its evidence references packed without their property names (`PackedRef`).
  (_db, tx) => {
    const slim = async () => {
      const claims = tx.objectStore('claims');
      let cursor = await tx.objectStore('reports').openCursor();
      while (cursor) {
        const report = cursor.value;
        const rows = await Promise.all(report.claims.map((claim) => claims.get(claim.id)));
        const filed = new Map<string, Analysed>();
        rows.forEach((row) => {
          // Only a row of this very report stands in for its claim.
          if (row && row.reportUrl === report.url) filed.set(row.id, row);
        });
        await cursor.update(slimReport(packEvidence(report), (id) => filed.get(id)));
        cursor = await cursor.continue();
      }
    };
    // As above: all or nothing, and the next open tries again.
    slim().catch((error: unknown) => {
      console.error('Crosscheck: could not slim the stored reports.', error);
      tx.abort();
    });
  },
  // 7 -> 8: each bucket in one string, its claims packed without their property names
  // (`ClaimBucket`, `packClaim`) and beside each id its outlet: a check copies far less out of
  // the store, parses only the claims it chose, and none of its own outlet's; filed again.
  (_db, _tx, refile) => refile(),
  // 8 -> 9: claims filed again under the halves of day their weekdays may mean as well
  // (`lookupKeys`): each claim row gets its entries anew, and the buckets are filed again.
  (_db, tx, refile) => {
    const claims = tx.objectStore('claims');
    const reenter = async () => {
      for (let cursor = await claims.openCursor(); cursor; cursor = await cursor.continue())
        await cursor.update(claimRow(claimOf(cursor.value)));
    };
    // As step 2 -> 3: all or nothing, and the next open tries again.
    reenter().catch((error: unknown) => {
      console.error('Crosscheck: could not file the stored claims under their weekdays.', error);
      tx.abort();
    });
    refile();
  },
];

const SCHEMA_VERSION = upgrades.length;

/**
 * Files every stored claim again, in buckets as today's code packs them (steps 4 -> 5, 5 -> 6,
 * 7 -> 8 and 8 -> 9). As for step 2 -> 3, a failure undoes the whole upgrade rather than leave
 * buckets missing, and the next open tries again.
 */
function refileBuckets(tx: Parameters<Upgrade>[1]): void {
  const refile = async () => {
    await tx.objectStore('buckets').clear();
    await fileByKey(tx);
  };
  refile().catch((error: unknown) => {
    console.error('Crosscheck: could not file the stored claims by key.', error);
    tx.abort();
  });
}

/** Fills the `buckets` store from the claims already stored: a bucket for every lookup key. */
async function fileByKey(tx: Parameters<Upgrade>[1]): Promise<void> {
  const filed = new Map<string, StoredClaim[]>();
  for (
    let cursor = await tx.objectStore('claims').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const claim = claimOf(cursor.value);
    for (const key of lookupKeys(claim)) {
      let claims = filed.get(key);
      if (!claims) filed.set(key, (claims = []));
      claims.push(claim);
      // Only the newest few of a busy key are kept: trimmed now and then, not held whole.
      if (claims.length >= 4 * PER_KEY) filed.set(key, newestFiled(key, claims));
    }
  }
  const buckets = tx.objectStore('buckets');
  await Promise.all([...filed].map(([key, claims]) => buckets.put(bucketOf(key, claims))));
}

/**
 * Opens (and upgrades) the history database on the given factory. idb's own `openDB` always
 * uses the global `indexedDB`; opening through the factory lets the CLI and tests each use a
 * private in-memory one. `version` is for tests that need a history as an older release left it.
 */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version = SCHEMA_VERSION,
): Promise<HistoryDatabase> {
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as HistoryDatabase;
    const tx = wrap(request.transaction!) as unknown as Parameters<Upgrade>[1];
    let refile = false;
    for (let step = event.oldVersion; step < version; step++) {
      upgrades[step]!(db, tx, () => (refile = true));
    }
    // After the steps: no step reads the buckets, and the claims they are filed from are in
    // their final shape since step 1 -> 2, so filing once gives what filing at each step did.
    if (refile) refileBuckets(tx);
  });
  request.addEventListener('blocked', () => {
    console.warn(`Crosscheck: the history "${name}" is open in an older version elsewhere.`);
  });
  return wrap(request) as unknown as Promise<HistoryDatabase>;
}
