/**
 * The `replay --json` output: each file's report as the reader would have seen it after reading
 * the files one after another in a fresh history (format: the eval kit's README).
 */
import type { Report } from '../core/model.ts';

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
  evidence: { url: string; file?: string; text: string; relation: string }[];
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

export function replayed(report: Report, file: string): ReplayedReport {
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
    claims: report.claims.map((claim) => ({
      start: claim.start,
      end: claim.end,
      text: claim.text,
      status: claim.status,
      evidence: claim.evidence.map((evidence) => ({
        url: evidence.reportUrl,
        ...(evidence.file !== undefined ? { file: evidence.file } : {}),
        text: evidence.claimText,
        relation: evidence.relation,
      })),
    })),
  };
}
