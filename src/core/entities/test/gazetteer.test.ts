import { describe, expect, it } from 'vitest';
import { gazetteer, placeAncestors, type Place } from '../gazetteer.ts';

describe('gazetteer', () => {
  it('gives the chain of containing places', () => {
    expect(placeAncestors('place:ru-rostov-oblast-bokovsky-district')).toEqual([
      'place:ru-rostov-oblast',
      'place:ru',
    ]);
    expect(placeAncestors('place:ru-volgograd-traktorozavodsky-district')).toEqual([
      'place:ru-volgograd',
      'place:ru-volgograd-oblast',
      'place:ru',
    ]);
    expect(placeAncestors('place:nowhere')).toEqual([]);
  });

  it('covers every Russian federal subject and Ukrainian oblast', () => {
    const regions = [...gazetteer().byId.values()].filter(
      (e) => e.type === 'place' && e.description.includes(', '),
    );
    const inRussia = regions.filter(
      (e) =>
        e.parentId === 'place:ru' && !e.id.includes('district') && e.id.match(/^place:ru-[a-z-]+$/),
    );
    expect(inRussia.length).toBeGreaterThanOrEqual(83);
    const ukraine = [...gazetteer().byId.values()].filter(
      (e) => e.parentId === 'place:ua' && e.type === 'place',
    );
    expect(ukraine.map((e) => e.id)).toEqual(
      expect.arrayContaining(['place:ua-crimea', 'place:ua-sevastopol', 'place:ua-kyiv']),
    );
    expect(ukraine.filter((e) => e.id.endsWith('-oblast'))).toHaveLength(24);
  });

  it('lists the districts of the regions war news names most', () => {
    const { districtsIn } = gazetteer();
    const count = (id: string) => districtsIn.get(`place:${id}`)?.length ?? 0;
    expect(count('ru-rostov-oblast')).toBe(43);
    expect(count('ru-belgorod-oblast')).toBe(21);
    expect(count('ru-kursk-oblast')).toBe(28);
    expect(count('ru-bryansk-oblast')).toBe(27);
    expect(count('ru-leningrad-oblast')).toBe(17);
    expect(count('ru-voronezh-oblast')).toBe(31);
    expect(count('ru-smolensk-oblast')).toBe(25);
    expect(count('ru-volgograd-oblast')).toBe(8);
  });

  it('knows each region’s capital, and the regions that are cities are their own', () => {
    const capitalOf = (id: string) => (gazetteer().byId.get(id) as Place | undefined)?.capital;
    expect(capitalOf('place:ru-kursk-oblast')).toBe('place:ru-kursk');
    expect(capitalOf('place:ua-kharkiv-oblast')).toBe('place:ua-kharkiv');
    expect(capitalOf('place:ua-kyiv-oblast')).toBe('place:ua-kyiv');
    for (const city of [
      'place:ru-moscow',
      'place:ru-saint-petersburg',
      'place:ua-kyiv',
      'place:ua-sevastopol',
    ])
      expect(capitalOf(city)).toBe(city);
  });
});
