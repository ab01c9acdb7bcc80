/**
 * The readable form of a report for `analyze`: what the side panel would show, as plain text.
 */
import { corroborationOf } from '../core/independence.ts';
import type { EntityType } from '../core/model.ts';
import type { PageAnnotations } from '../shared/protocol.ts';
import { corroborationLine } from '../shared/wording.ts';
import { namesIn } from './names.ts';

const HEADINGS: Record<EntityType, string> = {
  place: 'Places',
  official: 'Officials',
  organization: 'Organisations',
};

const MARKS = { new: 'new', corroborated: 'corroborated', contradicted: 'CONTRADICTED' };

export function describeReport({ report, cards }: PageAnnotations): string {
  const nameOf = namesIn(report, cards);
  const lines = [`${report.title || '(no headline)'}`, `  ${report.source} — ${report.url}`, ''];
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const entities = report.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    lines.push(`${HEADINGS[type]} (${entities.length})`);
    for (const entity of entities) {
      const mentions = report.mentions.filter((mention) => mention.entityId === entity.id);
      const spellings = [...new Set(mentions.map((mention) => mention.surface))];
      const about = entity.description ? `, ${entity.description}` : '';
      lines.push(
        `  ${entity.name} [${entity.id}]${about}${entity.known ? '' : ' (not in gazetteer)'}`,
      );
      lines.push(`    ${mentions.length}× as ${spellings.map((s) => `"${s}"`).join(', ')}`);
    }
    lines.push('');
  }
  lines.push(`Claims (${report.claims.length})`);
  for (const claim of report.claims) {
    lines.push(`  [${MARKS[claim.status]}] ${claim.text}`);
    if (claim.attribution !== undefined)
      lines.push(`      according to ${nameOf(claim.attribution)}`);
    const independence = corroborationLine(corroborationOf(claim), nameOf);
    if (independence) lines.push(`      ${independence}`);
    for (const evidence of claim.evidence) {
      const verb = evidence.relation === 'contradicts' ? 'contradicted by' : 'also in';
      const where = evidence.file ?? evidence.reportUrl;
      lines.push(`      ${verb} ${evidence.source} (${where}): ${evidence.claimText}`);
      if (evidence.difference) {
        const { aspect, ours, theirs } = evidence.difference;
        lines.push(`        ${aspect}: "${ours}" here, "${theirs}" there`);
      }
    }
  }
  return lines.join('\n');
}
