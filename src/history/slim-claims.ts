/**
 * How a stored report keeps its own claims: without what the rest of the history already holds.
 *
 * Every claim of a report is stored twice: in the report, to show it again, and as a row of the
 * `claims` store, to check later claims against (`db.ts`). Both are written and deleted together,
 * in one transaction, from the same claim. So the report keeps of each claim only what is its
 * own reading (where it sits, its status, its evidence, its attribution) and leaves out:
 * - its sentence, which is the report's text between the claim's offsets: the text is kept once;
 * - its frame, keys and terms, which its row in the `claims` store holds (under the same id).
 * Reading the report puts them back. A claim whose sentence is not its slice of the text, or
 * (while upgrading) whose row does not hold the same frame, keys and terms, keeps them inline.
 *
 * Together they were about a third of a stored report record (17.6 KB of the demo corpus's, on
 * average), and a sixth of its report, list row, claim rows and sightings together.
 * Reports stored by schema version 6 or earlier hold whole claims; the reader takes both shapes,
 * and upgrade step 6 slims them.
 */
import type { Claim, ClaimFrame } from '../core/model.ts';
import type { StoredCheckedClaim, StoredReport } from './evidence-refs.ts';

/** What a stored claim may leave to the report's text and to the claims store. */
type Slimmed = 'text' | 'frame' | 'keys' | 'terms';

/** A claim as a stored report holds it since schema version 7. */
export type SlimClaim = Omit<StoredCheckedClaim, Slimmed> & Partial<Pick<Claim, Slimmed>>;

/** A stored report whose claims may be slim. */
export type SlimReport = Omit<StoredReport, 'claims'> & { claims: SlimClaim[] };

/** What the claims store holds of a claim that a slim one leaves out. */
export type Analysed = Pick<Claim, 'frame' | 'keys' | 'terms'>;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The report with its claims slimmed. `analysed` gives what the claims store holds under a
 * claim's id (undefined when it holds nothing for it): only what it holds identically is left
 * out, so nothing is lost whatever wrote the two stores.
 */
export function slimReport(
  report: StoredReport | SlimReport,
  analysed: (id: string) => Analysed | undefined,
): SlimReport {
  const claims = report.claims.map((claim): SlimClaim => {
    const slim: SlimClaim = { ...claim };
    if (claim.text !== undefined && report.text.slice(claim.start, claim.end) === claim.text)
      delete slim.text;
    const row = analysed(claim.id);
    if (
      row &&
      claim.frame !== undefined &&
      sameJson(row.frame, claim.frame) &&
      sameJson(row.keys, claim.keys) &&
      sameJson(row.terms, claim.terms)
    ) {
      delete slim.frame;
      delete slim.keys;
      delete slim.terms;
    }
    return slim;
  });
  return { ...report, claims };
}

/** Ids of the claims whose frame, keys and terms are in the claims store, not the report. */
export function slimmedClaimIds(report: SlimReport): string[] {
  return report.claims.filter((claim) => claim.frame === undefined).map((claim) => claim.id);
}

/**
 * A frame with nothing in it, for a claim whose row is missing. The row is written and deleted
 * with its report in one transaction, so this only gives the types an answer.
 */
const UNKNOWN: Analysed = {
  frame: { event: '', places: [], actors: [], counts: [], negated: false, identifiers: [] },
  keys: [],
  terms: [],
};

/** The stored report with whole claims again, from its text and the rows of its slim claims. */
export function wholeReport(report: SlimReport, rows: Map<string, Analysed>): StoredReport {
  const claims = report.claims.map((claim): StoredCheckedClaim => {
    const text = claim.text ?? report.text.slice(claim.start, claim.end);
    if (claim.frame !== undefined && claim.keys !== undefined && claim.terms !== undefined) {
      return { ...claim, text, frame: claim.frame, keys: claim.keys, terms: claim.terms };
    }
    const row = rows.get(claim.id) ?? UNKNOWN;
    const frame: ClaimFrame = row.frame;
    return { ...claim, text, frame, keys: row.keys, terms: row.terms };
  });
  return { ...report, claims };
}
