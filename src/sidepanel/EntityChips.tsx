import type { Entity, EntityType } from '../core/model.ts';

const KINDS: { type: EntityType; heading: string }[] = [
  { type: 'place', heading: 'Places' },
  { type: 'official', heading: 'Officials' },
  { type: 'organization', heading: 'Organisations' },
];

export interface EntityChipsProps {
  entities: readonly Entity[];
  /** Present only for the active tab's page, which can scroll to an entity's first mention. */
  onReveal?: (entityId: string) => void;
}

/** The places, officials and organisations a report mentions, one row of chips per kind. */
export function EntityChips({ entities, onReveal }: EntityChipsProps) {
  const kinds = KINDS.map((kind) => ({
    ...kind,
    entities: entities.filter((e) => e.type === kind.type),
  })).filter((kind) => kind.entities.length > 0);
  if (kinds.length === 0) return null;
  return (
    <div class="entities">
      {kinds.map((kind) => (
        <div class="entity-kind" key={kind.type} role="group" aria-label={kind.heading}>
          <h3 class="entity-kind-heading">{kind.heading}</h3>
          <ul class="chips">
            {kind.entities.map((entity) => (
              <li key={entity.id} class={`chip chip--${entity.type}`} data-entity={entity.id}>
                {onReveal ? (
                  <button
                    type="button"
                    title={entity.description}
                    onClick={() => onReveal(entity.id)}
                  >
                    {entity.name}
                  </button>
                ) : (
                  <span title={entity.description}>{entity.name}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
