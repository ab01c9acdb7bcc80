/**
 * Attributions arrive either as a short phrase ("Russian military reports") or as an entity id
 * (`official:anokhin-vasily`); the reader should see a name, never an id. The report's own
 * entities name most of them; an official that only an earlier report cites is named from the
 * history (`CitedNames`, provided by the App).
 */
import { createContext } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Entity } from '../core/model.ts';

const ENTITY_ID = /^(place|official|organization):[\w-]+$/;

export type NameOf = (attribution: string) => string | undefined;

/** Names of entities outside the report, looked up in the history on first use. */
export const CitedNames = createContext<NameOf>(() => undefined);

/** Resolves an attribution to what the panel shows: a name, the phrase, or nothing for an unknown id. */
export function nameResolver(entities: readonly Entity[], cited: NameOf = () => undefined): NameOf {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return (attribution) => {
    const name =
      names.get(attribution) ?? (ENTITY_ID.test(attribution) ? cited(attribution) : undefined);
    if (name) return name;
    return ENTITY_ID.test(attribution) ? undefined : attribution;
  };
}

/**
 * A `NameOf` over the history: ids asked for the first time during a render are looked up
 * together, and the panel renders again once their names are in.
 */
export function useHistoryNames(
  lookup: (ids: string[]) => Promise<Record<string, string>>,
): NameOf {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const waiting = useRef<string[]>([]);
  const flush = useCallback(() => {
    const ids = waiting.current;
    waiting.current = [];
    void lookup(ids).then(
      (found) => setNames((before) => new Map([...before, ...Object.entries(found)])),
      (error: unknown) => console.error('Crosscheck: could not name the cited sources', error),
    );
  }, [lookup]);
  return useCallback(
    (id: string) => {
      const name = names.get(id);
      if (name === undefined && !asked.current.has(id)) {
        asked.current.add(id);
        // Rendering must not set state: the lookup starts once this render is over.
        if (waiting.current.push(id) === 1) queueMicrotask(flush);
      }
      return name;
    },
    [names, flush],
  );
}
