/**
 * How independent a claim's corroboration is. Three outlets repeating one governor's Telegram post
 * are one witness, not three: the reader should see "3 outlets, all citing Vasily Anokhin" rather
 * than a bare count that overstates the confirmation.
 */
import type { CheckedClaim } from './model.ts';

export interface Corroboration {
  /** Distinct outlets whose earlier reports back the claim, in the order they were read. */
  outlets: string[];
  /** Distinct primary sources those reports attribute the claim to (entity ids or phrases). */
  citing: string[];
  /**
   * The one primary source every corroborating report cites, when they all cite the same one and
   * there are at least two outlets: then the corroboration is only as strong as that source.
   */
  singleSource?: string;
  /** Outlets whose report names no source for the claim. */
  unattributed: number;
}

/** The corroborating side of a claim's evidence, counted by outlet and by cited source. */
export function corroborationOf(claim: Pick<CheckedClaim, 'evidence'>): Corroboration {
  const backing = claim.evidence
    .filter((evidence) => evidence.relation === 'corroborates')
    .sort((a, b) => a.readAt - b.readAt);
  // One outlet's several reports are one voice; its first attributed report speaks for it.
  const byOutlet = new Map<string, string | undefined>();
  for (const evidence of backing) {
    if (!byOutlet.has(evidence.source) || byOutlet.get(evidence.source) === undefined) {
      byOutlet.set(evidence.source, evidence.attribution);
    }
  }
  const sources = [...byOutlet.values()];
  const citing = [...new Set(sources.filter((source) => source !== undefined))];
  const unattributed = sources.filter((source) => source === undefined).length;
  const corroboration: Corroboration = { outlets: [...byOutlet.keys()], citing, unattributed };
  if (byOutlet.size >= 2 && citing.length === 1 && unattributed === 0) {
    corroboration.singleSource = citing[0]!;
  }
  return corroboration;
}
