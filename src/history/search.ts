/**
 * Word search over the history list: a reader typing "smolensk anokhin" expects the reports that
 * mention both, whatever the case or accents ("Anokhine", "Smolénsk") in the stored text.
 */
import { foldAccents } from '../core/entities/accents.ts';
import type { Report } from '../core/model.ts';

/** The text a report is searched by: headline, claim texts, entity names and every spelling. */
export function searchWords(report: Report): string {
  const parts = [report.title, ...report.claims.map((claim) => claim.text)];
  for (const entity of report.entities) parts.push(entity.name);
  for (const mention of report.mentions) parts.push(mention.surface);
  return foldAccents(parts.join('\n'));
}

export function queryWords(query: string): string[] {
  return foldAccents(query)
    .split(/[\s,;]+/u)
    .filter((word) => word.length > 0);
}

export function matchesEvery(words: string, query: string[]): boolean {
  return query.every((word) => words.includes(word));
}
