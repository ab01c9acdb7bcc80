/**
 * The gazetteer's data as a reader relies on it: every place and official has one id, sits in a
 * place that exists, carries its Ukrainian spelling where it is Ukrainian, and no spelling names
 * two different things of one kind in one region. Counts are checked against the official lists
 * (SOURCES.md) so that a lost or doubled line shows.
 */
import { describe, expect, it } from 'vitest';
import { gazetteer, type Place } from '../gazetteer.ts';
import { recogniseEntities } from '../recognise.ts';
import placesData from '../data/places.json';
import citiesData from '../data/cities.json';
import townsData from '../data/towns.json';
import districtsData from '../data/districts.json';
import uaRaionsData from '../data/ua-raions.json';
import officialsData from '../data/officials.json';

interface Raion {
  en: string;
  uk: string;
  ru: string;
  aliases?: string[];
  lists?: string[];
}

const raionsByRegion = Object.entries(uaRaionsData).filter(([k]) => !k.startsWith('_')) as Array<
  [string, Raion[]]
>;
const inList = (r: Raion, list: string): boolean => (r.lists ?? ['2020']).includes(list);

const CYRILLIC = /[\u0400-\u04ff]/;
/** Letters Ukrainian spelling does not use: a "Ukrainian" spelling with one of them is Russian. */
const RUSSIAN_ONLY = /[ыэъёЫЭЪЁ]/;
const ukrainianSpelling = (s: string): boolean => CYRILLIC.test(s) && !RUSSIAN_ONLY.test(s);

function places(): Place[] {
  return [...gazetteer().byId.values()].filter((e): e is Place => e.type === 'place');
}

function mentionsOf(text: string): Array<[string, string]> {
  const { mentions } = recogniseEntities(text);
  return mentions.map((m) => [m.surface, m.entityId]);
}

describe('gazetteer data: identity', () => {
  it('gives every city, district and official its own id', () => {
    const all = places();
    const capitals = placesData.regions.filter((r) => r.capital.length > 0).length;
    expect(all.filter((p) => p.kind === 'city')).toHaveLength(
      citiesData.cities.length + capitals + townsData.towns.length,
    );
    const listed =
      Object.entries(districtsData)
        .filter(([k]) => !k.startsWith('_'))
        .reduce((n, [, list]) => n + (list as unknown[]).length, 0) +
      raionsByRegion.reduce((n, [, list]) => n + list.length, 0);
    expect(all.filter((p) => p.kind === 'district')).toHaveLength(listed);
    const officials = [...gazetteer().byId.values()].filter((e) => e.type === 'official');
    expect(officials).toHaveLength(officialsData.officials.length);
  });

  it('places every entity inside a place that exists', () => {
    const { byId } = gazetteer();
    const orphans = [...byId.values()].filter((e) => e.parentId && !byId.has(e.parentId));
    expect(orphans.map((e) => `${e.id} -> ${e.parentId}`)).toEqual([]);
  });

  it('lets no spelling name two districts of one region', () => {
    const { districtsIn, districtKeys, centreKeys } = gazetteer();
    const clashes: string[] = [];
    for (const [region, districts] of districtsIn) {
      const owner = new Map<string, string>();
      for (const d of districts)
        for (const key of [...(districtKeys.get(d) ?? []), ...(centreKeys.get(d) ?? [])]) {
          const other = owner.get(key);
          if (other && other !== d.id) clashes.push(`${region}: "${key}" is ${other} and ${d.id}`);
          owner.set(key, d.id);
        }
    }
    expect(clashes).toEqual([]);
  });

  it('lets no spelling name two places of one kind in one region, unless the text can tell them apart', () => {
    const clashes: string[] = [];
    for (const [key, named] of gazetteer().places) {
      const targets = [...new Set(named.map((n) => n.target))];
      for (const a of targets)
        for (const b of targets) {
          if (a.id >= b.id || a.kind !== b.kind || a.parentId !== b.parentId) continue;
          // "Altai Krai" / "Altai Republic"; "Moscow" the city / "Moscow Oblast" with its area word.
          const told = a.regionKind !== b.regionKind || !!a.needsAreaWord !== !!b.needsAreaWord;
          if (!told) clashes.push(`"${key}": ${a.id} and ${b.id}`);
        }
    }
    expect(clashes).toEqual([]);
  });

  it('places every official in a region, country or city the gazetteer lists', () => {
    const { byId } = gazetteer();
    const misplaced = officialsData.officials
      .filter((o) => byId.get(`place:${o.region}`)?.type !== 'place')
      .map((o) => `${o.name} -> ${o.region}`);
    expect(misplaced).toEqual([]);
  });

  it('names a current head for every Russian federal subject', () => {
    const headed = new Set(
      officialsData.officials.filter((o) => !/^former\b/.test(o.role)).map((o) => o.region),
    );
    const headless = placesData.regions
      .filter((r) => r.country === 'ru' && !headed.has(r.id))
      .map((r) => r.id);
    expect(headless).toEqual([]);
  });

  it('lets no surname name two officials of one region', () => {
    const clashes: string[] = [];
    for (const [key, officials] of gazetteer().officialsBySurname) {
      const regions = officials.map((o) => o.parentId);
      if (new Set(regions).size < regions.length) clashes.push(key);
    }
    expect(clashes).toEqual([]);
  });
});

describe('gazetteer data: Ukrainian spellings', () => {
  it('gives every raion a Ukrainian adjective, a Russian one and an English name', () => {
    const bad: string[] = [];
    for (const [region, list] of raionsByRegion)
      for (const r of list) {
        if (!ukrainianSpelling(r.uk) || !/(?:ський|цький|зький|ий)$/.test(r.uk))
          bad.push(`${region} ${r.en}: uk "${r.uk}"`);
        if (!CYRILLIC.test(r.ru) || /[іїєґʼ]/.test(r.ru))
          bad.push(`${region} ${r.en}: ru "${r.ru}"`);
        if (CYRILLIC.test(r.en)) bad.push(`${region} ${r.en}: en is not Latin`);
      }
    expect(bad).toEqual([]);
  });

  it('gives every Ukrainian region and city a spelling in Ukrainian', () => {
    const missing: string[] = [];
    for (const r of placesData.regions.filter((r) => r.country === 'ua')) {
      if (!r.aliases.some(ukrainianSpelling)) missing.push(r.id);
      if (r.capital.length && !r.capital.some(ukrainianSpelling)) missing.push(`${r.id} capital`);
    }
    for (const [name, region, ...spellings] of citiesData.cities as string[][])
      if (region?.startsWith('ua') && !spellings.some(ukrainianSpelling))
        missing.push(name as string);
    expect(missing).toEqual([]);
  });

  it('writes the Ukrainian spelling first for every official of a Ukrainian place', () => {
    const bad = officialsData.officials
      .filter((o) => o.region.startsWith('ua'))
      .filter((o) => !ukrainianSpelling(o.cyrillic[0] ?? ''))
      .map((o) => o.name);
    expect(bad).toEqual([]);
  });
});

describe('gazetteer data: counts against the official lists', () => {
  it("has Ukraine's 136 raions of the 2020 reform, oblast by oblast", () => {
    const count = (region: string): number =>
      raionsByRegion.find(([id]) => id === region)?.[1].filter((r) => inList(r, '2020')).length ??
      0;
    // Verkhovna Rada resolution 807-IX of 17 July 2020.
    const expected: Record<string, number> = {
      'ua-vinnytsia-oblast': 6,
      'ua-volyn-oblast': 4,
      'ua-dnipropetrovsk-oblast': 7,
      'ua-donetsk-oblast': 8,
      'ua-zhytomyr-oblast': 4,
      'ua-zakarpattia-oblast': 6,
      'ua-zaporizhzhia-oblast': 5,
      'ua-ivano-frankivsk-oblast': 6,
      'ua-kyiv-oblast': 7,
      'ua-kirovohrad-oblast': 4,
      'ua-luhansk-oblast': 8,
      'ua-lviv-oblast': 7,
      'ua-mykolaiv-oblast': 4,
      'ua-odesa-oblast': 7,
      'ua-poltava-oblast': 4,
      'ua-rivne-oblast': 4,
      'ua-sumy-oblast': 5,
      'ua-ternopil-oblast': 3,
      'ua-kharkiv-oblast': 7,
      'ua-kherson-oblast': 5,
      'ua-khmelnytskyi-oblast': 3,
      'ua-cherkasy-oblast': 4,
      'ua-chernivtsi-oblast': 3,
      'ua-chernihiv-oblast': 5,
      'ua-crimea': 10,
    };
    for (const [region, n] of Object.entries(expected))
      expect([region, count(region)]).toEqual([region, n]);
    const total = raionsByRegion.reduce(
      (n, [, l]) => n + l.filter((r) => inList(r, '2020')).length,
      0,
    );
    expect(total).toBe(136);
  });

  it("has Crimea's 14 raions and Sevastopol's 4 districts as the Russian administration names them", () => {
    const crimea = raionsByRegion.find(([id]) => id === 'ua-crimea')?.[1] ?? [];
    expect(crimea.filter((r) => inList(r, 'crimea-14'))).toHaveLength(14);
    const sevastopol = raionsByRegion.find(([id]) => id === 'ua-sevastopol')?.[1] ?? [];
    expect(sevastopol.filter((r) => inList(r, 'sevastopol'))).toHaveLength(4);
  });

  it('has the districts of Kharkiv and Kyiv cities', () => {
    const districtsOf = (id: string): Raion[] => raionsByRegion.find(([r]) => r === id)?.[1] ?? [];
    expect(districtsOf('ua-kharkiv').filter((r) => inList(r, 'kharkiv-city'))).toHaveLength(9);
    expect(districtsOf('ua-kyiv').filter((r) => inList(r, 'kyiv-city'))).toHaveLength(10);
  });

  it('has the municipal districts of Oryol, Kaluga and Krasnodar Krai', () => {
    const { districtsIn } = gazetteer();
    const count = (id: string): number => districtsIn.get(`place:${id}`)?.length ?? 0;
    expect(count('ru-oryol-oblast')).toBe(24);
    expect(count('ru-kaluga-oblast')).toBe(24);
    expect(count('ru-krasnodar-krai')).toBe(37);
  });

  it('has all 83 federal subjects of Russia (pre-2014 count) and the 27 regions of Ukraine', () => {
    expect(placesData.regions.filter((r) => r.country === 'ru')).toHaveLength(83);
    expect(placesData.regions.filter((r) => r.country === 'ua')).toHaveLength(27);
  });
});

describe('new gazetteer names in text', () => {
  const kupiansk = 'place:ua-kharkiv-oblast-kupiansk-district';

  it('finds the Kupiansk raion in every spelling, and keeps the city apart', () => {
    expect(mentionsOf('Shelling hit the Kupiansk district of Kharkiv region.')).toContainEqual([
      'Kupiansk district',
      kupiansk,
    ]);
    expect(mentionsOf('Ворог обстріляв Купʼянський район.')).toContainEqual([
      'Купʼянський район',
      kupiansk,
    ]);
    expect(mentionsOf("Удари по Куп'янському району.")).toContainEqual([
      "Куп'янському району",
      kupiansk,
    ]);
    expect(mentionsOf('In the Kupianskyi raion, and in the Kupyansky district.')).toEqual([
      ['Kupianskyi raion', kupiansk],
      ['Kupyansky district', kupiansk],
    ]);
    expect(mentionsOf('Russian troops shelled Kupiansk, Kharkiv Oblast.')).toContainEqual([
      'Kupiansk',
      'place:ua-kupiansk',
    ]);
  });

  it('reads the Ukrainian genitive and a Ukrainian spelling without і', () => {
    expect(mentionsOf('Ворог обстріляв околиці Харківського району.')).toContainEqual([
      'Харківського району',
      'place:ua-kharkiv-oblast-kharkiv-district',
    ]);
    const zvenyhorodka = 'place:ua-cherkasy-oblast-zvenyhorodka-district';
    expect(
      mentionsOf('Cherkasy Oblast: the Zvenyhorodskyi raion and the Звенигородський район.'),
    ).toEqual([
      ['Cherkasy Oblast', 'place:ua-cherkasy-oblast'],
      ['Zvenyhorodskyi raion', zvenyhorodka],
      ['Звенигородський район', zvenyhorodka],
    ]);
  });

  it('finds Crimean, Oryol and Krasnodar districts and the Tractor Factory District', () => {
    expect(mentionsOf('Drones hit the Dzhankoy district overnight.')).toContainEqual([
      'Dzhankoy district',
      'place:ua-crimea-dzhankoi-district',
    ]);
    expect(mentionsOf('Debris fell in the Bolkhovsky district of Oryol Oblast.')).toContainEqual([
      'Bolkhovsky district',
      'place:ru-oryol-oblast-bolkhovsky-district',
    ]);
    expect(
      mentionsOf('In Krasnodar Krai, drones attacked the Tuapsinsky district.'),
    ).toContainEqual(['Tuapsinsky district', 'place:ru-krasnodar-krai-tuapsinsky-district']);
    expect(mentionsOf('In Volgograd a drone hit the Tractor Factory District.')).toContainEqual([
      'Tractor Factory District',
      'place:ru-volgograd-traktorozavodsky-district',
    ]);
  });

  it("finds a city's district in the city's region", () => {
    expect(
      mentionsOf('Terekhov said a drone hit the Saltivskyi district of Kharkiv.'),
    ).toContainEqual(['Saltivskyi district', 'place:ua-kharkiv-saltivskyi-district']);
    expect(mentionsOf('Kyiv: debris fell in the Pecherskyi district.')).toContainEqual([
      'Pecherskyi district',
      'place:ua-kyiv-pecherskyi-district',
    ]);
  });

  it('reads a Russian border town and its governor as Ukrainian outlets spell them', () => {
    expect(
      mentionsOf('In Shebekyne, governor Viacheslav Hladkov said a shop burned. Шебекине is near.'),
    ).toEqual([
      ['Shebekyne', 'place:ru-shebekino'],
      ['Viacheslav Hladkov', 'official:gladkov-vyacheslav'],
      ['Шебекине', 'place:ru-shebekino'],
    ]);
  });

  it('reads the Red Cross, and a national Red Cross, as one organisation', () => {
    expect(mentionsOf('A Red Cross warehouse in Izium was hit.')).toContainEqual([
      'Red Cross',
      'organization:red-cross',
    ]);
    expect(mentionsOf('Ukrainian Red Cross staff helped in Izium.')).toContainEqual([
      'Ukrainian Red Cross',
      'organization:red-cross',
    ]);
  });

  it('tells a renamed raion by its old name', () => {
    expect(
      mentionsOf('Dnipropetrovsk region: strikes on the Novomoskovsk district.'),
    ).toContainEqual([
      'Novomoskovsk district',
      'place:ua-dnipropetrovsk-oblast-samarivskyi-district',
    ]);
  });

  it('keeps a district of the same name in the region the article is about', () => {
    expect(mentionsOf('Drones attacked the Kirovsky district of Crimea.')).toContainEqual([
      'Kirovsky district',
      'place:ua-crimea-kirovskyi-district',
    ]);
    expect(
      mentionsOf('In the Kaluga region, debris fell in the Kirovsky district.'),
    ).toContainEqual(['Kirovsky district', 'place:ru-kaluga-oblast-kirovsky-district']);
  });

  it('does not take a city named like an adjective, or an everyday adjective, for a raion', () => {
    expect(mentionsOf('Drones attacked Kropyvnytskyi overnight.')).toEqual([
      ['Kropyvnytskyi', 'place:ua-kropyvnytskyi'],
    ]);
    expect(mentionsOf('Крым: атакован корабль Черноморского флота.')).toEqual([
      ['Крым', 'place:ua-crimea'],
    ]);
    expect(mentionsOf('Explosions in Kamianske, Dnipropetrovsk region.')).toContainEqual([
      'Kamianske',
      'place:ua-kamianske',
    ]);
  });

  it('knows a renamed city by its Soviet name in either spelling', () => {
    expect(mentionsOf('Ilyichevsk port was shelled; Іллічівськ is Chornomorsk now.')).toEqual([
      ['Ilyichevsk', 'place:ua-chornomorsk'],
      ['Іллічівськ', 'place:ua-chornomorsk'],
      ['Chornomorsk', 'place:ua-chornomorsk'],
    ]);
  });

  it('names a town on its river as English writes it', () => {
    expect(mentionsOf('Drones were shot down near Kamen-on-Ob, Altai Krai.')).toContainEqual([
      'Kamen-on-Ob',
      'place:ru-altai-krai-kamin-na-obi',
    ]);
  });

  it('finds frontline towns and their Russian-era names', () => {
    const ids = mentionsOf(
      'Fighting near Kurakhove, Selydove and Artemovsk; drones over Yelabuga and Tuapse.',
    ).map(([, id]) => id);
    expect(ids).toEqual([
      'place:ua-kurakhove',
      'place:ua-selydove',
      'place:ua-bakhmut',
      'place:ru-yelabuga',
      'place:ru-tuapse',
    ]);
  });

  it('finds a Russian region head in two transliterations and in Cyrillic as one official of the region', () => {
    const heads: Array<[string, string, string[]]> = [
      [
        'official:melikov-sergei',
        'place:ru-dagestan',
        ['Sergei Melikov', 'Sergey Melikov', 'Сергей Меликов'],
      ],
      [
        'official:texler-alexei',
        'place:ru-chelyabinsk-oblast',
        ['Alexei Texler', 'Alexey Teksler', 'Алексей Текслер'],
      ],
      [
        'official:zaitsev-yury',
        'place:ru-mari-el',
        ['Yury Zaitsev', 'Yuri Zaytsev', 'Юрий Зайцев'],
      ],
      // Korolyov is also a town of Moscow Oblast: with a first name it is the governor.
      [
        'official:korolyov-vitaly',
        'place:ru-tver-oblast',
        ['Vitaly Korolyov', 'Vitaliy Korolev', 'Виталий Королёв'],
      ],
    ];
    for (const [id, region, spellings] of heads)
      for (const name of spellings) {
        const text = /[а-я]/i.test(name)
          ? `${name} заявил, что ночью были сбиты беспилотники.`
          : `${name} said on Telegram that drones were shot down overnight.`;
        const { entities, mentions } = recogniseEntities(text);
        expect(mentions.find((m) => m.surface === name)?.entityId, name).toBe(id);
        expect(entities.find((e) => e.id === id)?.parentId, name).toBe(region);
      }
  });

  // A first name the name list lacked left only the surname marked; the heads of the North
  // Caucasus and the Far East carry names Russian news does not share with the rest.
  it('marks a head whole, first name included, when the first name is a rarer one', () => {
    for (const name of ['Kazbek Kokov', 'Murat Kumpilov', 'Айсен Николаев', 'Batu Khasikov'])
      expect(
        mentionsOf(`${name} said two drones had been shot down.`).map(([surface]) => surface),
        name,
      ).toContain(name);
  });

  it('finds the heads of Ukrainian oblasts in either script', () => {
    expect(mentionsOf('Голова Луганської ОВА Артем Лисогор повідомив.')).toContainEqual([
      'Артем Лисогор',
      'official:lysohor-artem',
    ]);
    expect(mentionsOf('Andrii Hnatov, the Chief of the General Staff, said.')).toContainEqual([
      'Andrii Hnatov',
      'official:hnatov-andrii',
    ]);
  });
});
