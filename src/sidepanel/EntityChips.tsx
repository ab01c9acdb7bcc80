import type { Entity, EntityType } from '../core/model.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

const KINDS: { type: EntityType; heading: MessageKey }[] = [
  { type: 'place', heading: 'entityPlaces' },
  { type: 'official', heading: 'entityOfficials' },
  { type: 'organization', heading: 'entityOrganisations' },
];

export interface EntityChipsProps {
  entities: readonly Entity[];
  /** Opens the entity's view: its spellings, reports, claims and timeline. */
  onOpen?: (entityId: string) => void;
  /** Present only for the active tab's page, which can scroll to an entity's first mention. */
  onReveal?: (entityId: string) => void;
}

/**
 * The places, officials and organisations a report mentions, one row of chips per kind. A chip
 * opens the entity's view; on the active tab's page a small target beside it scrolls the page
 * to the entity.
 */
export function EntityChips({ entities, onOpen, onReveal }: EntityChipsProps) {
  const kinds = KINDS.map((kind) => ({
    ...kind,
    entities: entities.filter((e) => e.type === kind.type),
  })).filter((kind) => kind.entities.length > 0);
  if (kinds.length === 0) return null;
  return (
    <div class="entities">
      {kinds.map((kind) => (
        <div class="entity-kind" key={kind.type} role="group" aria-label={t(kind.heading)}>
          <h3 class="entity-kind-heading">{t(kind.heading)}</h3>
          <ul class="chips">
            {kind.entities.map((entity) => (
              <li key={entity.id} class={`chip chip--${entity.type}`} data-entity={entity.id}>
                {onOpen ? (
                  <button
                    type="button"
                    class="chip-open"
                    title={entity.description}
                    aria-label={t('entityOpen', entity.name)}
                    onClick={() => onOpen(entity.id)}
                  >
                    {entity.name}
                  </button>
                ) : (
                  <span class="chip-name" title={entity.description}>
                    {entity.name}
                  </span>
                )}
                {onReveal ? (
                  <button
                    type="button"
                    class="chip-locate"
                    title={t('entityLocate', entity.name)}
                    aria-label={t('entityLocate', entity.name)}
                    onClick={() => onReveal(entity.id)}
                  >
                    <span aria-hidden="true">⌖</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
