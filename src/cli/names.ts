/**
 * Names for what the command line prints: an attribution is an entity id or a phrase, and the
 * reader should see a name either way, as the panel shows it.
 */
import type { Report } from '../core/model.ts';
import type { EntityCard } from '../shared/protocol.ts';

/** The entity's name from the report or the history's cards; a phrase (or unknown id) as is. */
export function namesIn(report: Report, cards: Record<string, EntityCard>): (id: string) => string {
  const names = new Map(report.entities.map((entity) => [entity.id, entity.name]));
  return (id) => names.get(id) ?? (Object.hasOwn(cards, id) ? cards[id]?.name : undefined) ?? id;
}
