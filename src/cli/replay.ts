/**
 * The `replay --json` output: each file's report as the reader would have seen it after reading
 * the files one after another in a fresh history (format: the eval kit's README).
 */
import { corroborationOf } from '../core/independence.ts';
import type { PageAnnotations } from '../shared/protocol.ts';
import { namesIn } from './names.ts';

export interface ReplayedEntity {
  id: string;
  type: string;
  name: string;
  mentions: { start: number; end: number }[];
}

export interface ReplayedClaim {
  start: number;
  end: number;
  text: string;
  status: string;
  /** Whom the article attributes the claim to, by name (as the panel says it). */
  attribution?: string;
  evidence: {
    url: string;
    file?: string;
    text: string;
    relation: string;
    source: string;
    attribution?: string;
  }[];
  /**
   * For a corroborated claim: the outlets backing it, the sources they cite by name, and the one
   * source all of them cite when it is one ("3 outlets, all citing ...").
   */
  corroboration?: { outlets: string[]; citing: string[]; singleSource?: string };
}

export interface ReplayedReport {
  file: string;
  url: string;
  source: string;
  title: string;
  text: string;
  entities: ReplayedEntity[];
  claims: ReplayedClaim[];
}

export function replayed({ report, cards }: PageAnnotations, file: string): ReplayedReport {
  const nameOf = namesIn(report, cards);
  const entities = new Map<string, ReplayedEntity>();
  for (const entity of report.entities) {
    entities.set(entity.id, { id: entity.id, type: entity.type, name: entity.name, mentions: [] });
  }
  for (const mention of report.mentions) {
    entities.get(mention.entityId)?.mentions.push({ start: mention.start, end: mention.end });
  }
  return {
    file,
    url: report.url,
    source: report.source,
    title: report.title,
    text: report.text,
    entities: [...entities.values()],
    claims: report.claims.map((claim) => {
      const shown: ReplayedClaim = {
        start: claim.start,
        end: claim.end,
        text: claim.text,
        status: claim.status,
        evidence: claim.evidence.map((evidence) => ({
          url: evidence.reportUrl,
          ...(evidence.file !== undefined ? { file: evidence.file } : {}),
          text: evidence.claimText,
          relation: evidence.relation,
          source: evidence.source,
          ...(evidence.attribution !== undefined
            ? { attribution: nameOf(evidence.attribution) }
            : {}),
        })),
      };
      if (claim.attribution !== undefined) shown.attribution = nameOf(claim.attribution);
      if (claim.status === 'corroborated') {
        const { outlets, citing, singleSource } = corroborationOf(claim);
        shown.corroboration = { outlets, citing: citing.map(nameOf) };
        if (singleSource !== undefined) shown.corroboration.singleSource = nameOf(singleSource);
      }
      return shown;
    }),
  };
}
