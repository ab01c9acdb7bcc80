/**
 * Claim buckets: one row per lookup key holding the ids of the newest claims filed under it and
 * copies of the newest few, so a check reads one row per key whatever the history's size.
 *
 * Reading the same claims through the `recent` index costs a walk of the index and a copy of a
 * whole row per claim; both grow with the history (the index deepens, a busy key fills). A
 * bucket is one read by its key. Each bucket is exactly the first entries of its key in the
 * index, in the index's order; a write keeps it so (`refiled`), and the schema upgrade builds it.
 */
import type { StoredClaim } from '../core/model.ts';
import { stamped } from '../core/match/lookup.ts';

/**
 * At most this many claim ids per key, newest first; a key's dated twin (`lookupKeys`) reaches
 * further back for the same day. Ids cost little to read; whole claims cost a copy each, so...
 */
export const PER_KEY = 16;
/**
 * ...of those, at most this many claims per claim of ours are judged: the ones found under most
 * of its keys. This is what bounds the claim check however busy a region is. The bucket holds a
 * copy of the newest this many, which is all a claim found under one key ever needs.
 */
export const PER_CLAIM = 8;

/** One claim of a bucket while it is built or merged; rows hold them packed (`ClaimBucket`). */
interface BucketMember {
  id: string;
  readAt: number;
  /** Its entry in the `recent` index under this key (`stamped`): what orders the bucket. */
  entry: string;
  /**
   * The claim as JSON, for the newest `PER_CLAIM` only. A string because a check reads every
   * bucket of its keys but judges only a few of the claims in them: a string is copied out of
   * the store whole and cheaply, and only the claims chosen are parsed.
   */
  copy?: string;
}

/**
 * A bucket as stored, newest first as the index orders its entries (by entry, then by claim id):
 * parallel arrays rather than an object per claim, because a read copies the row out of the
 * store object by object, and a full bucket of sixteen objects cost more to copy than its strings.
 */
export interface ClaimBucket {
  key: string;
  ids: string[];
  readAt: number[];
  /** The copies of the first `copies.length` claims (at most `PER_CLAIM`), in the same order. */
  copies: string[];
}

function inIndexOrder(a: { id: string; entry: string }, b: { id: string; entry: string }): number {
  if (a.entry !== b.entry) return a.entry < b.entry ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The first `PER_KEY` of `members` in index order, packed, with copies for the first `PER_CLAIM`. */
function trimmed(key: string, members: BucketMember[]): ClaimBucket {
  const kept = members.sort(inIndexOrder).slice(0, PER_KEY);
  const copies: string[] = [];
  // A member pushed below the copied few loses its copy; none moves up, so none lacks one.
  for (const member of kept.slice(0, PER_CLAIM)) {
    if (member.copy === undefined) break;
    copies.push(member.copy);
  }
  return {
    key,
    ids: kept.map((member) => member.id),
    readAt: kept.map((member) => member.readAt),
    copies,
  };
}

function membersOf(bucket: ClaimBucket | undefined): BucketMember[] {
  if (!bucket) return [];
  return bucket.ids.map((id, i) => {
    const readAt = bucket.readAt[i]!;
    const member: BucketMember = { id, readAt, entry: stamped(bucket.key, readAt) };
    const copy = bucket.copies[i];
    if (copy !== undefined) member.copy = copy;
    return member;
  });
}

function uncopied(key: string, claim: StoredClaim): BucketMember {
  return { id: claim.id, readAt: claim.readAt, entry: stamped(key, claim.readAt) };
}

/** Each claim's copy, written once however many keys it is filed under. */
const copies = new WeakMap<StoredClaim, string>();

function memberOf(key: string, claim: StoredClaim): BucketMember {
  let copy = copies.get(claim);
  if (copy === undefined) copies.set(claim, (copy = JSON.stringify(claim)));
  return { ...uncopied(key, claim), copy };
}

/** The newest `PER_KEY` of `claims` filed under `key`, in the index's order. */
export function newestFiled(key: string, claims: StoredClaim[]): StoredClaim[] {
  const entries = claims.map((claim) => ({
    id: claim.id,
    entry: stamped(key, claim.readAt),
    claim,
  }));
  return entries
    .sort(inIndexOrder)
    .slice(0, PER_KEY)
    .map(({ claim }) => claim);
}

/** The bucket of `key` given every claim filed under it (or at least its newest `PER_KEY`). */
export function bucketOf(key: string, claims: StoredClaim[]): ClaimBucket {
  return trimmed(
    key,
    newestFiled(key, claims).map((claim, i) =>
      i < PER_CLAIM ? memberOf(key, claim) : uncopied(key, claim),
    ),
  );
}

/**
 * `bucket` with `claims` filed under its key added. Only additions: a member that goes can
 * uncover an older claim the bucket no longer holds, so removals rebuild from the index.
 */
export function withClaims(
  key: string,
  bucket: ClaimBucket | undefined,
  claims: StoredClaim[],
): ClaimBucket {
  const added = new Map(claims.map((claim) => [claim.id, memberOf(key, claim)]));
  const kept = membersOf(bucket).filter((member) => !added.has(member.id));
  return trimmed(key, [...kept, ...added.values()]);
}

/** The ids in a bucket, newest first: what `likeliest` ranks. */
export function idsOf(bucket: ClaimBucket | undefined): string[] {
  return bucket?.ids ?? [];
}

/** Whether any of `ids` is in the bucket: only then can removing them change it. */
export function holdsAny(bucket: ClaimBucket | undefined, ids: Set<string>): boolean {
  return bucket?.ids.some((id) => ids.has(id)) ?? false;
}
