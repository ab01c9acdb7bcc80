/**
 * Claim buckets: one row per lookup key holding the ids of the newest claims filed under it and
 * copies of the newest few, so a check reads one row per key whatever the history's size.
 *
 * Reading the same claims through the `recent` index costs a walk of the index and a copy of a
 * whole row per claim; both grow with the history (the index deepens, a busy key fills). A
 * bucket is one read by its key. Each bucket is exactly the first entries of its key in the
 * index, in the index's order; a write keeps it so (`refiled`), and the schema upgrade builds it.
 */
import type { ClaimFrame, Count, StoredClaim } from '../core/model.ts';
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
  /** Its report's outlet: a check passes over the claims of its own outlet without parsing them. */
  source: string;
  /** Its entry in the `recent` index under this key (`stamped`): what orders the bucket. */
  entry: string;
  /** The claim packed (`packClaim`), for the newest `PER_CLAIM` only. */
  copy?: string;
}

/**
 * A bucket as stored since schema version 8: its key, and the rest in one string (`unpacked`).
 * A check reads every bucket of its keys but judges only some of the claims in them, and a
 * read copies a row out of the store value by value: one string is copied whole and cheaply,
 * where parallel arrays of ids and copies cost a copy each. Only the copies chosen are parsed.
 */
export interface ClaimBucket {
  key: string;
  row: string;
}

/**
 * Between the parts of a row: the ids, the reading times and the outlets (each a JSON array),
 * then each copy. JSON writes a control character escaped, so no part holds it.
 */
const PART = '\u0001';

function packed(key: string, bucket: OpenBucket): ClaimBucket {
  const { ids, readAt, sources, copies } = bucket;
  const parts = [ids, readAt, sources].map((part) => JSON.stringify(part));
  return { key, row: [...parts, ...copies].join(PART) };
}

/**
 * A bucket as a check reads it: its ids, and its copies still packed; the reading times and
 * outlets are read only when asked for, which a check seldom does.
 */
export class OpenBucket {
  readonly ids: string[];
  readonly copies: string[];
  #readAt: string | number[];
  #sources: string | string[];

  constructor(
    ids: string[],
    readAt: string | number[],
    sources: string | string[],
    copies: string[],
  ) {
    this.ids = ids;
    this.#readAt = readAt;
    this.#sources = sources;
    this.copies = copies;
  }

  get readAt(): number[] {
    if (typeof this.#readAt === 'string') this.#readAt = JSON.parse(this.#readAt) as number[];
    return this.#readAt;
  }

  get sources(): string[] {
    if (typeof this.#sources === 'string') this.#sources = JSON.parse(this.#sources) as string[];
    return this.#sources;
  }

  /** Whether any of its claims is `outlet`'s, without reading the outlets unless one may be. */
  holdsOutlet(outlet: string): boolean {
    if (typeof this.#sources === 'string' && !this.#sources.includes(JSON.stringify(outlet)))
      return false;
    return this.sources.includes(outlet);
  }
}

export function unpacked(bucket: ClaimBucket): OpenBucket {
  const [ids = '[]', readAt = '[]', sources = '[]', ...copies] = bucket.row.split(PART);
  return new OpenBucket(JSON.parse(ids) as string[], readAt, sources, copies);
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
  return packed(
    key,
    new OpenBucket(
      kept.map((member) => member.id),
      kept.map((member) => member.readAt),
      kept.map((member) => member.source),
      copies,
    ),
  );
}

function membersOf(bucket: ClaimBucket | undefined): BucketMember[] {
  if (!bucket) return [];
  const { ids, readAt, sources, copies } = unpacked(bucket);
  return ids.map((id, i) => {
    const at = readAt[i]!;
    const member: BucketMember = {
      id,
      readAt: at,
      source: sources[i]!,
      entry: stamped(bucket.key, at),
    };
    const copy = copies[i];
    if (copy !== undefined) member.copy = copy;
    return member;
  });
}

function uncopied(key: string, claim: StoredClaim): BucketMember {
  return {
    id: claim.id,
    readAt: claim.readAt,
    source: claim.source,
    entry: stamped(key, claim.readAt),
  };
}

/** Each claim's copy, written once however many keys it is filed under. */
const copies = new WeakMap<StoredClaim, string>();

function memberOf(key: string, claim: StoredClaim): BucketMember {
  let copy = copies.get(claim);
  if (copy === undefined) copies.set(claim, (copy = packClaim(claim)));
  return { ...uncopied(key, claim), copy };
}

/**
 * Every field of a stored claim and of its frame (and below, of a count), in the order a packed claim holds them. Typed
 * so that a field added to the model and not here fails to compile rather than go missing from
 * the claims a check reads.
 */
export const CLAIM_FIELDS = [
  'id',
  'start',
  'end',
  'text',
  'frame',
  'attribution',
  'keys',
  'terms',
  'reportUrl',
  'file',
  'source',
  'title',
  'readAt',
] as const satisfies readonly (keyof StoredClaim)[];
export const FRAME_FIELDS = [
  'event',
  'places',
  'actors',
  'counts',
  'relation',
  'negated',
  'cityOnly',
  'time',
  'identifiers',
] as const satisfies readonly (keyof ClaimFrame)[];
/** Every field of a count, in the order a packed count holds them (`PackedCount`). */
export const COUNT_FIELDS = [
  'value',
  'qualifier',
  'unit',
] as const satisfies readonly (keyof Count)[];
type Every<Listed, All> = [Exclude<All, Listed>] extends [never] ? true : false;
const everyField: [
  Every<(typeof CLAIM_FIELDS)[number], keyof StoredClaim>,
  Every<(typeof FRAME_FIELDS)[number], keyof ClaimFrame>,
  Every<(typeof COUNT_FIELDS)[number], keyof Count>,
] = [true, true, true];
void everyField;

/** A count as `[value, qualifier, unit]` (`COUNT_FIELDS`). */
type PackedCount = [number, Count['qualifier'], string];

/**
 * A claim as a JSON array of its fields in `CLAIM_FIELDS` order, the frame's in `FRAME_FIELDS`
 * order and each count as an array: without the property names, a fifth shorter and parsed in
 * about two thirds of the time (3.2 µs a claim rather than 4.8), and read back into objects of
 * one shape. An optional field left out is `0`, which no field holds.
 */
export function packClaim(claim: StoredClaim): string {
  const f = claim.frame;
  const frame = [
    f.event,
    f.places,
    f.actors,
    f.counts.map((c): PackedCount => [c.value, c.qualifier, c.unit]),
    f.relation ?? 0,
    f.negated,
    f.cityOnly ?? 0,
    f.time ?? 0,
    f.identifiers,
  ];
  return JSON.stringify([
    claim.id,
    claim.start,
    claim.end,
    claim.text,
    frame,
    claim.attribution ?? 0,
    claim.keys,
    claim.terms,
    claim.reportUrl,
    claim.file ?? 0,
    claim.source,
    claim.title,
    claim.readAt,
  ]);
}

type PackedFrame = [
  string,
  string[],
  string[],
  PackedCount[],
  ClaimFrame['relation'] | 0,
  boolean,
  boolean | 0,
  string | 0,
  string[],
];

type PackedClaim = [
  string,
  number,
  number,
  string,
  PackedFrame,
  string | 0,
  string[],
  string[],
  string,
  string | 0,
  string,
  string,
  number,
];

/** The claim `packClaim` packed, with the same fields, the optional ones only where it had them. */
export function unpackClaim(copy: string): StoredClaim {
  const [
    id,
    start,
    end,
    text,
    f,
    attribution,
    keys,
    terms,
    reportUrl,
    file,
    source,
    title,
    readAt,
  ] = JSON.parse(copy) as PackedClaim;
  const [event, places, actors, counts, relation, negated, cityOnly, time, identifiers] = f;
  const frame: ClaimFrame = {
    event,
    places,
    actors,
    counts: counts.map(([value, qualifier, unit]) => ({ value, qualifier, unit })),
    negated,
    identifiers,
  };
  if (relation !== 0) frame.relation = relation;
  if (cityOnly !== 0) frame.cityOnly = cityOnly;
  if (time !== 0) frame.time = time;
  const claim: StoredClaim = {
    id,
    start,
    end,
    text,
    frame,
    keys,
    terms,
    reportUrl,
    source,
    title,
    readAt,
  };
  if (attribution !== 0) claim.attribution = attribution;
  if (file !== 0) claim.file = file;
  return claim;
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
export function idsOf(bucket: OpenBucket | undefined): string[] {
  return bucket?.ids ?? [];
}

/** Whether the bucket holds no claim: a key nothing is filed under keeps no row. */
export function isEmpty(bucket: ClaimBucket): boolean {
  return unpacked(bucket).ids.length === 0;
}

/** Whether any of `ids` is in the bucket: only then can removing them change it. */
export function holdsAny(bucket: ClaimBucket | undefined, ids: Set<string>): boolean {
  return bucket ? unpacked(bucket).ids.some((id) => ids.has(id)) : false;
}
