/**
 * The smaller towns of Russia and Ukraine that towns.json adds from GeoNames: one id across the
 * Russian-style and Ukrainian-style Latin and the Cyrillic, inside the right region; the small ones
 * named only where their region is; and none of them read into English prose about something else.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteer, type Place } from '../gazetteer.ts';
import { recogniseEntities } from '../recognise.ts';
import placesData from '../data/places.json';
import citiesData from '../data/cities.json';
import townsData from '../data/towns.json';

function idOf(text: string, surface: string): string | undefined {
  return recogniseEntities(text).mentions.find((m) => m.surface === surface)?.entityId;
}

function places(text: string): string[] {
  return recogniseEntities(text)
    .mentions.filter((m) => m.entityId.startsWith('place:'))
    .map((m) => m.surface);
}

describe('towns from GeoNames', () => {
  it('knows a Ukrainian town in both Latin spellings and both Cyrillics, in its oblast', () => {
    const texts: Array<[string, string]> = [
      ['A missile strike on Myronivka damaged a school.', 'Myronivka'],
      ['A missile strike on Mironovka damaged a school.', 'Mironovka'],
      ['Вибухи пролунали у місті Миронівка вночі.', 'Миронівка'],
      ['Обстріл біля Миронівки пошкодив школу.', 'Миронівки'],
      ['Ракета попала в школу в Мироновке.', 'Мироновке'],
    ];
    const ids = texts.map(([text, surface]) => idOf(text, surface));
    expect(new Set(ids).size, JSON.stringify(ids)).toBe(1);
    const town = gazetteer().byId.get(ids[0] as string) as Place | undefined;
    expect(town?.kind).toBe('city');
    expect(town?.parentId).toBe('place:ua-kyiv-oblast');
  });

  it('knows a Russian town as Russian-style and Ukrainian-style English write it and in Cyrillic', () => {
    const texts: Array<[string, string]> = [
      ['Drones hit a fuel depot in Usolye-Sibirskoye.', 'Usolye-Sibirskoye'],
      ['Drones hit a fuel depot in Usole-Sybyrske.', 'Usole-Sybyrske'],
      ['Беспилотники атаковали Усолье-Сибирское.', 'Усолье-Сибирское'],
    ];
    const ids = texts.map(([text, surface]) => idOf(text, surface));
    expect(new Set(ids).size, JSON.stringify(ids)).toBe(1);
    expect(gazetteer().byId.get(ids[0] as string)?.parentId).toBe('place:ru-irkutsk-oblast');
  });

  it('names a small village only where its region is named, with the id it has as an unknown one', () => {
    const placed = 'Russian shelling hit Velyka Bilozerka in the Zaporizhzhia region.';
    const id = idOf(placed, 'Velyka Bilozerka');
    expect(id).toBe('place:ua-zaporizhzhia-oblast-vilika-bilozirka');
    expect(idOf('Обстріли Велика Білозерка, Запорізька область.', 'Велика Білозерка')).toBe(id);
    // Unplaced, it is nobody's, and its last word is not the Kherson region's Bilozerka either.
    expect(places('Shelling hit Velyka Bilozerka overnight.')).toEqual([]);
  });

  it('reads no town into English prose that is about something else', () => {
    const text =
      'Sadiq Khan met Nikita and Anna at the Bar on Friday. Star Wars fans say Sharia law, ' +
      'the Mama Mia tour and Tim Burton films are everywhere. The Mir space station, Pobeda Day, ' +
      'a Vostok rocket and the Druzhba pipeline were discussed; Linda Arti and Olga Kola left ' +
      'early, in Lenina Street, for the Zarya module and Sovetsky Sport.';
    const known = new Set(townsData.towns.map(([name]) => name));
    const found = places(text);
    expect(found.filter((surface) => known.has(surface))).toEqual([]);
  });
});

describe('Ukrainian names in -їв in their other cases', () => {
  it('finds Mykolaiv and Kyiv as Ukrainian declines them (ї -> є)', () => {
    const mykolaiv = idOf('Миколаїв під обстрілом.', 'Миколаїв');
    expect(mykolaiv).toBeDefined();
    expect(idOf('Вибухи пролунали у Миколаєві вночі.', 'Миколаєві')).toBe(mykolaiv);
    expect(idOf('Дрони атакували околиці Миколаєва.', 'Миколаєва')).toBe(mykolaiv);
    expect(idOf('Вибухи пролунали у Києві вночі.', 'Києві')).toBe('place:ua-kyiv');
  });
});

describe('towns.json', () => {
  const regions = new Set(placesData.regions.map((r) => r.id));
  const cities = citiesData.cities as string[][];
  const towns = townsData.towns;

  it('places every town in a region of places.json and guards only towns it lists', () => {
    for (const [name, region] of towns) expect(regions.has(region as string), name).toBe(true);
    const listed = new Set(towns.map(([name, region]) => `${name}|${region}`));
    for (const guarded of townsData.guarded) expect(listed.has(guarded), guarded).toBe(true);
  });

  it('gives no hand-checked town a second entry, nor any place a new id', () => {
    const key = (name: string, region: string): string => `${name.toLowerCase()}|${region}`;
    const checked = new Set(cities.map(([name, region]) => key(name as string, region as string)));
    for (const [name, region] of towns)
      expect(checked.has(key(name as string, region as string)), name).toBe(false);
    // Every town got an entity of its own, and the gazetteer's other entities kept theirs.
    const g = gazetteer();
    expect(g.derived.size).toBe(towns.length);
    for (const town of g.derived) expect(town.id.startsWith(`${town.parentId}-`)).toBe(true);
  });

  it('names no town by an English word of the list the script checks against', () => {
    const words = readFileSync(
      resolve(import.meta.dirname, '../../../../scripts/towns-words.txt'),
      'utf8',
    ).split('\n');
    const english = new Set(words.filter((w) => /^[a-z]/.test(w)));
    for (const [name, , ...spellings] of towns)
      for (const s of [name as string, ...spellings])
        expect(english.has(s.toLowerCase()), `${name}: ${s}`).toBe(false);
  });
});
