/**
 * The history's contract, as the background, the side panel and the CLI use it.
 * Implemented over IndexedDB in `history.ts`; the same code runs on fake-indexeddb in Node.
 */
import type { ClaimStatus, Report, StoredClaim } from '../core/model.ts';
import type { TermStats } from '../core/match/rank.ts';
import type { EntityCard } from '../shared/protocol.ts';
import type { ReportIndex } from './search.ts';

/** One row of the history list: enough to list, search and filter without loading whole reports. */
export interface ReportSummary {
  url: string;
  source: string;
  title: string;
  publishedAt?: string;
  firstReadAt: number;
  readAt: number;
  claimCounts: Record<ClaimStatus, number>;
  /** Canonical names of the entities it mentions, for search and chips. */
  entityNames: string[];
  entityIds: string[];
}

/** One report's mention of one entity: a row of the entity view. */
export interface EntityReport {
  summary: ReportSummary;
  /** The entity's spellings in that report, as written. */
  surfaces: string[];
}

/** What of a report the hover cards count: which entities it mentions, how, and when it was read. */
export type PendingSightings = Pick<
  Report,
  'url' | 'firstReadAt' | 'readAt' | 'entities' | 'mentions'
>;

export interface SimilarClaims {
  claims: StoredClaim[];
  stats: TermStats;
}

export interface History {
  /** Stores a report, replacing any earlier one with the same URL in one transaction. */
  saveReport(report: Report): Promise<void>;
  getReport(url: string): Promise<Report | undefined>;
  /** When the URL was first read, from its list row: what reading it again needs, without the report. */
  firstReadAt(url: string): Promise<number | undefined>;
  /** Every report newest read first, or only the newest `limit` (a first screenful). */
  listReports(limit?: number): Promise<ReportSummary[]>;
  /** Reports whose headline, claim text or entity names contain every word of the query. */
  searchReports(query: string): Promise<ReportSummary[]>;
  /**
   * Every report's list row with an in-memory index to search them by (as `searchReports`):
   * read once, then searched at each keystroke without reading the history again.
   */
  searchIndex(): Promise<ReportIndex>;
  /** Brings such an index up to date with these reports as stored now: saved again, or gone. */
  reindex(index: ReportIndex, urls: string[]): Promise<void>;
  deleteReport(url: string): Promise<void>;
  /** Deletes every report read before `cutoff` (ms since epoch); resolves to how many went. */
  expireBefore(cutoff: number): Promise<number>;
  /** Deletes the whole history. */
  clear(): Promise<void>;
  /** Every stored report, oldest read first: what an export writes. */
  allReports(): Promise<Report[]>;
  /** Every report that mentions the entity, newest read first, with the spellings it used there. */
  entityReports(entityId: string): Promise<EntityReport[]>;
  /**
   * Earlier claims filed under the keys of our claims (one list per claim, `lookupKeys`: its keys
   * and their dated twins): the newest few per key, read as one bucket row per key, and of those
   * the few per claim found under most of its keys, so the reads and the set are bounded whatever
   * the history's size; never from `exclude`. With `readAt`, the time our claims were read, only
   * claims read within `RETOLD_WITHIN_MS` of it, unless found under a calendar day ours names:
   * reports read weeks apart tell other nights' events.
   */
  candidateClaims(
    keysPerClaim: string[][],
    exclude: { url: string; source: string },
    readAt?: number,
  ): Promise<StoredClaim[]>;
  /**
   * Up to `limit` earlier claims sharing the rarest of `words` (stems, `matchWords`), found
   * through the word postings (a bounded number per word, newest first), with how rare each word
   * is: what `rankClaims` needs to order them. Never from `exclude`.
   */
  similarClaims(
    words: string[],
    exclude: { url: string; source: string },
    limit?: number,
  ): Promise<SimilarClaims>;
  /**
   * What the hover cards show for these entities, over the whole history. With `pending`, as
   * they will stand once that report is stored (replacing its URL's earlier reading): the page
   * is answered before its report is written, and its cards must already count it.
   */
  entityCards(entityIds: string[], pending?: PendingSightings): Promise<Record<string, EntityCard>>;
  close(): void;
}
