/**
 * How a report's evidence is stored: as references to the earlier claims it cites, not copies.
 *
 * Each Evidence repeats the earlier claim's sentence, headline, outlet and addresses, and was over
 * half of a stored report. The sentence already lives in the `claims` store and the headline and
 * outlet repeat for every claim cited from the same report, so a stored report keeps one row per
 * cited reading (address, outlet, headline, time) and, per evidence item, which claim of it and a
 * digest of the claim's sentence. `getReport` puts the sentence back from the claims store.
 *
 * A cited report can change after it was cited: it may be read again (its claims are rewritten,
 * perhaps with other sentences under the same ids) or deleted by the reader. The digest tells the
 * sentence that was compared from whatever sits under the id now: when they differ, or the claim
 * is gone, the evidence still names the outlet, headline and time of the reading it cited, with an
 * empty `claimText` — the deleted report's words are not kept, since the reader asked them gone.
 *
 * Reports stored by schema version 1 hold whole Evidence objects; the reader takes both shapes,
 * and upgrade step 1 rewrites them as references.
 */
import type { CheckedClaim, Difference, Evidence, Report } from '../core/model.ts';

/** The reading of one report cited by the stored report's evidence, as it was when checked. */
export interface CitedReport {
  url: string;
  source: string;
  title: string;
  readAt: number;
  file?: string;
}

/** One evidence item as stored: what the claims store cannot tell. */
export interface EvidenceRef {
  /** Index into the stored report's `cited`. */
  cited: number;
  /**
   * The cited claim: its index when its id is `${url}#${index}` (as analyse() names claims),
   * else the whole id.
   */
  claim: number | string;
  /** `digestOf` the cited sentence, to notice that the id now holds another one. */
  digest: string;
  relation: Evidence['relation'];
  difference?: Difference;
  attribution?: string;
}

/**
 * An evidence reference as stored since schema version 7: `EvidenceRef`'s values in a fixed
 * order, without its property names, which were half its bytes. Evidence is the one part of a
 * report that grows with the history (a report read later finds more earlier claims to cite, up
 * to what the claim buckets hand the check), so it is kept as small as it can be read back from:
 * `[cited, claim, digest, relation (0 corroborates, 1 contradicts), difference or 0, attribution]`,
 * the last two only when there are.
 */
export type PackedRef =
  | [number, number | string, string, 0 | 1]
  | [number, number | string, string, 0 | 1, Difference | 0]
  | [number, number | string, string, 0 | 1, Difference | 0, string];

export type StoredCheckedClaim = Omit<CheckedClaim, 'evidence'> & {
  evidence: (PackedRef | EvidenceRef | Evidence)[];
};

/** A report as the `reports` store holds it. */
export type StoredReport = Omit<Report, 'claims'> & {
  claims: StoredCheckedClaim[];
  cited?: CitedReport[];
};

/** A short digest (32-bit FNV-1a, hex) of a sentence: enough to tell two sentences apart. */
export function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The reference as an object, whichever way it is stored; whole Evidence as it is. */
function unpacked(item: PackedRef | EvidenceRef | Evidence): EvidenceRef | Evidence {
  if (!Array.isArray(item)) return item;
  const [cited, claim, digest, contradicts, difference, attribution] = item;
  const ref: EvidenceRef = {
    cited,
    claim,
    digest,
    relation: contradicts ? 'contradicts' : 'corroborates',
  };
  if (difference) ref.difference = difference;
  if (attribution !== undefined) ref.attribution = attribution;
  return ref;
}

function isRef(item: EvidenceRef | Evidence): item is EvidenceRef {
  return 'digest' in item;
}

function packed(ref: EvidenceRef): PackedRef {
  const relation = ref.relation === 'contradicts' ? 1 : 0;
  const head: [number, number | string, string, 0 | 1] = [
    ref.cited,
    ref.claim,
    ref.digest,
    relation,
  ];
  if (ref.attribution !== undefined) return [...head, ref.difference ?? 0, ref.attribution];
  if (ref.difference !== undefined) return [...head, ref.difference];
  return head;
}

/** The stored report with every evidence reference packed (`PackedRef`); whole Evidence stays. */
export function packEvidence<R extends { claims: { evidence: StoredCheckedClaim['evidence'] }[] }>(
  report: R,
): R {
  return {
    ...report,
    claims: report.claims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((item) => {
        const ref = unpacked(item);
        return isRef(ref) ? packed(ref) : ref;
      }),
    })),
  };
}

/** The report as stored: evidence as references. Takes a Report or an already stored one. */
export function compactReport(report: Report | StoredReport): StoredReport {
  const cited: CitedReport[] = 'cited' in report ? [...(report.cited ?? [])] : [];
  // A report is cited as one reading: its outlet, headline and time are the same for each claim.
  const readingOf = (row: { url: string; readAt: number }) => `${row.readAt} ${row.url}`;
  const citedIndex = new Map(cited.map((row, i) => [readingOf(row), i]));
  const indexOf = (evidence: Evidence): number => {
    const reading = readingOf({ url: evidence.reportUrl, readAt: evidence.readAt });
    const known = citedIndex.get(reading);
    if (known !== undefined) return known;
    const row: CitedReport = {
      url: evidence.reportUrl,
      source: evidence.source,
      title: evidence.title,
      readAt: evidence.readAt,
    };
    if (evidence.file !== undefined) row.file = evidence.file;
    cited.push(row);
    citedIndex.set(reading, cited.length - 1);
    return cited.length - 1;
  };
  const claimOf = (evidence: Evidence): number | string => {
    const prefix = `${evidence.reportUrl}#`;
    const index = evidence.claimId.slice(prefix.length);
    return evidence.claimId.startsWith(prefix) && /^(0|[1-9]\d{0,8})$/.test(index)
      ? Number(index)
      : evidence.claimId;
  };
  const claims = report.claims.map((claim) => ({
    ...claim,
    evidence: claim.evidence.map((stored): EvidenceRef | PackedRef => {
      if (Array.isArray(stored)) return stored;
      const item = stored;
      if (isRef(item)) return item;
      const ref: EvidenceRef = {
        cited: indexOf(item),
        claim: claimOf(item),
        digest: digestOf(item.claimText),
        relation: item.relation,
      };
      if (item.difference !== undefined) ref.difference = item.difference;
      if (item.attribution !== undefined) ref.attribution = item.attribution;
      return ref;
    }),
  }));
  const stored: StoredReport = { ...report, claims };
  if (cited.length > 0) stored.cited = cited;
  else delete stored.cited;
  return stored;
}

function claimIdOf(ref: EvidenceRef, cited: CitedReport[] = []): string {
  return typeof ref.claim === 'string' ? ref.claim : `${cited[ref.cited]?.url ?? ''}#${ref.claim}`;
}

/** Every claim id the stored report's evidence refers to, each once. */
export function citedClaimIds(stored: StoredReport): string[] {
  const ids = new Set<string>();
  for (const claim of stored.claims) {
    for (const entry of claim.evidence) {
      const item = unpacked(entry);
      if (isRef(item)) ids.add(claimIdOf(item, stored.cited));
    }
  }
  return [...ids];
}

/**
 * The Report the rest of Crosscheck sees, from a stored one and the cited claims' current
 * sentences (by claim id; absent when the claim is gone).
 */
export function rehydrateReport(stored: StoredReport, sentences: Map<string, string>): Report {
  const { cited = [], claims, ...rest } = stored;
  const evidenceOf = (stored: PackedRef | EvidenceRef | Evidence): Evidence => {
    const item = unpacked(stored);
    if (!isRef(item)) return item;
    // Written together with the refs, so the row is there; the fallbacks only satisfy the types.
    const row = cited[item.cited];
    const claimId = claimIdOf(item, cited);
    const sentence = sentences.get(claimId);
    const evidence: Evidence = {
      reportUrl: row?.url ?? '',
      source: row?.source ?? '',
      title: row?.title ?? '',
      readAt: row?.readAt ?? 0,
      claimId,
      claimText: sentence !== undefined && digestOf(sentence) === item.digest ? sentence : '',
      relation: item.relation,
    };
    if (row?.file !== undefined) evidence.file = row.file;
    if (item.difference !== undefined) evidence.difference = item.difference;
    if (item.attribution !== undefined) evidence.attribution = item.attribution;
    return evidence;
  };
  return {
    ...rest,
    claims: claims.map((claim) => ({ ...claim, evidence: claim.evidence.map(evidenceOf) })),
  };
}
