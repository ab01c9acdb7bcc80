/**
 * Refining companies the gazetteer does not list, named as such companies are: by a town's stem
 * and the trade, maybe after the owner's name and a hyphen.
 */
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';

function mentionsOf(text: string): [string, string][] {
  return recogniseEntities(text).mentions.map((m) => [m.surface, m.entityId]);
}

describe('a refining company named by its trade', () => {
  it('finds the owner-prefixed name whole, with one id for the name without the owner', () => {
    const found = mentionsOf(
      'Drones attacked the Lukoil-Volgogradneftepererabotka refinery. Volgogradneftepererabotka said production continued.',
    );
    const ids = found.filter(([surface]) => surface.includes('Volgograd')).map(([, id]) => id);
    expect(found.map(([surface]) => surface)).toContain('Lukoil-Volgogradneftepererabotka');
    expect(new Set(ids)).toEqual(new Set(['organization:ru-volgogradneftepererabotka']));
  });

  it('keeps a listed company’s own id', () => {
    expect(mentionsOf('Orsknefteorgsintez said the fire was out.')).toContainEqual([
      'Orsknefteorgsintez',
      'organization:ru-orsknefteorgsintez',
    ]);
  });

  it('finds a steelmaker by its name in Latin and Cyrillic, with one id', () => {
    const found = mentionsOf(
      "Severstal's press service said the works ran. «Северсталь» не комментирует.",
    );
    expect(found).toContainEqual(['Severstal', 'organization:ru-severstal']);
    expect(found).toContainEqual(['Северсталь', 'organization:ru-severstal']);
  });

  it('does not take a hyphenated place or person for a company', () => {
    const found = mentionsOf('Debris fell in Rostov-on-Don, Rimsky-Korsakov street was closed.');
    expect(found.some(([, id]) => id.startsWith('organization:'))).toBe(false);
  });
});

describe('an aircraft plant news names', () => {
  it('is one body by its full name, its short name and in Cyrillic, standing in its city', () => {
    const found = recogniseEntities(
      'Debris fell near Aviastar-SP. Aviastar said work went on. Завод «Авиастар-СП» не пострадал.',
    );
    const ids = found.mentions
      .filter((m) => /aviastar|авиастар/i.test(m.surface))
      .map((m) => m.entityId);
    expect(ids).toEqual(Array(3).fill('organization:ru-aviastar-sp'));
    expect(found.entities.find((e) => e.id === 'organization:ru-aviastar-sp')?.parentId).toBe(
      'place:ru-ulyanovsk',
    );
  });
});
