/**
 * Attributions arrive either as a short phrase ("Russian military reports") or as an entity id
 * (`official:anokhin-vasily`); the reader should see a name, never an id.
 */
import type { Entity } from '../core/model.ts';

const ENTITY_ID = /^(place|official|organization):[\w-]+$/;

export type NameOf = (attribution: string) => string | undefined;

/** Resolves an attribution to what the panel shows: a name, the phrase, or nothing for an unknown id. */
export function nameResolver(entities: readonly Entity[]): NameOf {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return (attribution) => {
    const name = names.get(attribution);
    if (name) return name;
    return ENTITY_ID.test(attribution) ? undefined : attribution;
  };
}
