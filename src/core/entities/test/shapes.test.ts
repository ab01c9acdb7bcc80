/**
 * Every entity the recogniser meets has one layout (shapes.ts): a field added to some entities
 * only gives them a hidden class of their own, and the first article naming one throws the
 * readers' optimised code away. These tests catch such a field before a profile would.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../gazetteer.ts';
import { newEntity } from '../shapes.ts';

const layout = (o: object): string => Object.keys(o).join(',');

describe('one layout for every entity', () => {
  it('gives places, officials and organisations of the gazetteer the same fields in one order', () => {
    const layouts = new Set([...gazetteer().byId.values()].map(layout));
    expect([...layouts]).toHaveLength(1);
  });

  it('gives an entity read from context only the layout of the gazetteer’s', () => {
    const known = gazetteer().byId.values().next().value as object;
    const unknown = newEntity({
      id: 'place:xx-somewhere',
      type: 'place',
      name: 'Somewhere',
      description: 'settlement',
    });
    expect(layout(unknown)).toBe(layout(known));
  });

  it('gives every phrase entry of the gazetteer the same fields in one order', () => {
    const layouts = new Set<string>();
    for (const named of gazetteer().places.values()) for (const n of named) layouts.add(layout(n));
    expect([...layouts]).toHaveLength(1);
  });
});
