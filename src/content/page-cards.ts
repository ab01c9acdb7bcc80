/** Chooses what the hover card of a mark shows, from the report the background returned. */
import type { EntityCard, MarkedReport, PageView } from '../shared/protocol.ts';
import { claimCardContent, entityCardContent } from './card-content.ts';
import type { CardContent } from './hover-card.ts';

export function cardsFor(doc: Document, view: PageView): CardContent {
  const { report, cards } = view;
  const claims = new Map<string, MarkedReport['claims'][number]>(
    report.claims.map((claim) => [claim.id, claim]),
  );
  // The page can put any data-entity on a mark it writes ("__proto__"): own keys only.
  const cardOf = (id: string) => (Object.hasOwn(cards, id) ? cards[id] : undefined);
  const nameOf = (id: string) =>
    cardOf(id)?.name ?? report.entities.find((entity) => entity.id === id)?.name;
  return (mark) => {
    const claimId = mark.getAttribute('data-claim');
    if (claimId !== null) {
      const claim = claims.get(claimId);
      return claim ? claimCardContent(doc, claim, nameOf) : null;
    }
    const entityId = mark.getAttribute('data-entity');
    const card = entityId === null ? undefined : (cardOf(entityId) ?? thisPageOnly(view, entityId));
    return card ? entityCardContent(doc, card) : null;
  };
}

/** A card from this page alone, for an entity the background sent no card for. */
function thisPageOnly({ report }: PageView, id: string): EntityCard | undefined {
  const entity = report.entities.find((candidate) => candidate.id === id);
  if (!entity) return undefined;
  const spellings = [
    ...new Set(report.mentions.filter((m) => m.entityId === id).map((m) => m.surface)),
  ];
  return {
    id,
    type: entity.type,
    name: entity.name,
    description: entity.description,
    spellings,
    reportCount: 0,
  };
}
