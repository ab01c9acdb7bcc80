import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';
import { centreNames } from '../centre-names.ts';

function entityOf(text: string, surface: string) {
  const { entities, mentions } = recogniseEntities(text);
  const mention = mentions.find((m) => m.surface === surface);
  return mention && entities.find((e) => e.id === mention.entityId);
}

describe('the region a district lies in', () => {
  it("reads a district named like a town of an unnamed region as the story region's", () => {
    // The Belgorod and Voronezh regions have a Krasnogvardeysky and a Kamensky district; the towns
    // the names recall (Krasnohvardiiske in Crimea, Kamianske) lie in regions the story never
    // names, while it names a Ukrainian region after the district.
    const told = (region: string, district: string) =>
      `Drones attacked the ${region} oblast overnight, the governor wrote. ` +
      `In the ${district} raion, a drone damaged a barn. ` +
      'The drones were launched from the Kharkiv oblast, the channels said.';
    expect(entityOf(told('Belgorod', 'Krasnogvardeysky'), 'Krasnogvardeysky raion')?.id).toBe(
      'place:ru-belgorod-oblast-krasnogvardeysky-district',
    );
    expect(entityOf(told('Voronezh', 'Kamenskyi'), 'Kamenskyi raion')?.id).toBe(
      'place:ru-voronezh-oblast-kamensky-district',
    );
  });

  it('takes the region named before the district over one named in the next sentence', () => {
    // Both regions have a Sovetsky district: the one the text was talking about is meant.
    const text =
      'The Kursk region came under attack at dawn. A school was damaged in the Sovetsky district. ' +
      'Later, in Rostov Oblast, two drones were downed.';
    expect(entityOf(text, 'Sovetsky district')?.id).toBe('place:ru-kursk-oblast-sovetsky-district');
  });

  it('gives an unknown district the region named before it, not the one after', () => {
    const text =
      'Over the Tambov region, nine drones were shot down. Debris fell in the Zarechny district. ' +
      'Meanwhile the Lipetsk region reported no damage.';
    expect(entityOf(text, 'Zarechny district')).toMatchObject({
      known: false,
      parentId: 'place:ru-tambov-oblast',
    });
  });

  it('does not file an unknown district under a capital named just before it', () => {
    const text =
      'Drones attacked the Tambov region on Monday. Trains from Tambov to Moscow were delayed. ' +
      'On Sunday, a drone was destroyed over the Zarechny district.';
    expect(entityOf(text, 'Zarechny district')).toMatchObject({
      known: false,
      parentId: 'place:ru-tambov-oblast',
    });
  });

  it('does not file an unknown district under Kyiv, a city that is its own region, named as a destination', () => {
    const text =
      'Drones attacked the Sumy region overnight. Trains from Sumy to Kyiv were cancelled. ' +
      'Later a drone was downed over the Lisnyi district.';
    expect(entityOf(text, 'Lisnyi district')).toMatchObject({
      known: false,
      parentId: 'place:ua-sumy-oblast',
    });
  });

  it('prefers the region the article names most when the district comes before any region', () => {
    const text =
      'Debris fell in the Zarechny district overnight. The Lipetsk region stayed calm, while the ' +
      'Tambov region counted the damage. Schools in the Tambov region were closed.';
    expect(entityOf(text, 'Zarechny district')?.parentId).toBe('place:ru-tambov-oblast');
  });

  it('looks in the other regions the article names when the nearest has no such district', () => {
    const text =
      // A misspelt name, matched by similarity: first among Belgorod's districts, then Kursk's.
      'Kursk Oblast and Belgorod Oblast were attacked again. Later the Glushkovksy district lost power.';
    expect(entityOf(text, 'Glushkovksy district')).toMatchObject({
      id: 'place:ru-kursk-oblast-glushkovsky-district',
      known: true,
    });
  });

  it('reads the region named right after a comma as the district’s own', () => {
    const text =
      'Kursk Oblast was quiet. A barn burned in the Oktyabrsky district, Rostov region, at night.';
    expect(entityOf(text, 'Oktyabrsky district')?.id).toBe(
      'place:ru-rostov-oblast-oktyabrsky-district',
    );
  });
});

describe('a district named after its centre', () => {
  it('derives the centre’s names from the Russian adjective', () => {
    expect(centreNames('Глушковский')).toContain('Глушково');
    expect(centreNames('Рыльский')).toContain('Рыльск');
    expect(centreNames('Суджанский')).toContain('Суджа');
    expect(centreNames('Хомутовский')).toContain('Хомутовка');
    expect(centreNames('Усть-Донецкий')).toContain('Усть-Донецк');
    // The -ан- after a soft sign's place, and -ин- before a plural name.
    expect(centreNames('Россошанский')).toContain('Россошь');
    expect(centreNames('Грязинский')).toContain('Грязи');
  });

  it('derives a plural centre’s name from an adjective with -ов-', () => {
    expect(centreNames('Сланцевский')).toContain('Сланцы');
    expect(centreNames('Зимовниковский')).toContain('Зимовники');
    // Not after a vowel, where -ев- belongs to the name (Строевский, from Строево).
    expect(centreNames('Строевский')).not.toContain('Строы');
  });

  it('folds the centre form and the adjectival form onto one district', () => {
    const text =
      'In Kursk Oblast the Glushkovo district, the Rylsk district and the Sudzha district were hit; ' +
      'the Glushkovsky, Rylsky and Sudzhansky districts lost power.';
    const { mentions } = recogniseEntities(text);
    const ids = (stem: string) =>
      new Set(mentions.filter((m) => m.surface.startsWith(stem)).map((m) => m.entityId));
    expect(ids('Glushkov')).toEqual(new Set(['place:ru-kursk-oblast-glushkovsky-district']));
    expect(ids('Ryls')).toEqual(new Set(['place:ru-kursk-oblast-rylsky-district']));
    expect(ids('Sudzha')).toEqual(new Set(['place:ru-kursk-oblast-sudzhansky-district']));
  });
});

describe('the district a village lies in', () => {
  const parentOf = (text: string, village: string) => entityOf(text, village)?.parentId;
  const shebekinsky = 'place:ru-belgorod-oblast-shebekinsky-district';

  it('places a village named after its district in that district', () => {
    expect(
      parentOf(
        'In the Shebekinsky district of Belgorod Oblast, a drone struck the village of Murom.',
        'Murom',
      ),
    ).toBe(shebekinsky);
    expect(
      parentOf(
        'Shelling hit the Shebekinsky district, Belgorod Oblast. In the village of Murom a car burned.',
        'Murom',
      ),
    ).toBe(shebekinsky);
  });

  it('places a village followed by its district in that district', () => {
    expect(
      parentOf('Belgorod Oblast: the village of Murom in the Shebekinsky district.', 'Murom'),
    ).toBe(shebekinsky);
    expect(
      parentOf(
        'In the Belgorod region, the village of Murom, Shebekinsky district, was hit.',
        'Murom',
      ),
    ).toBe(shebekinsky);
  });

  it('keeps the region as parent when another region comes between, and one id either way', () => {
    const text =
      'The Shebekinsky district was shelled. In the Kursk region, the village of Murom lost power.';
    expect(parentOf(text, 'Murom')).not.toBe(shebekinsky);
    const inDistrict = entityOf(
      'Belgorod Oblast: the village of Murom in the Shebekinsky district.',
      'Murom',
    );
    const inRegion = entityOf('In Belgorod Oblast, the village of Murom was hit.', 'Murom');
    expect(inRegion?.parentId).toBe('place:ru-belgorod-oblast');
    expect(inDistrict?.id).toBe(inRegion?.id);
  });
});

describe('what a name means in its context', () => {
  it('reads the place a mayor governs as the city, named as its region is', () => {
    const mayor = (text: string) => entityOf(text, 'Ihor Terekhov');
    for (const text of [
      'Kharkiv Mayor Ihor Terekhov spoke at noon.',
      'Mayor of Kharkiv Ihor Terekhov spoke.',
    ]) {
      expect(mayor(text)?.description).toBe('Mayor of Kharkiv');
      expect(entityOf(text, 'Kharkiv')?.id).toBe('place:ua-kharkiv-oblast');
    }
  });

  it('knows national capitals', () => {
    expect(entityOf('Watched from Riga, the raids looked familiar.', 'Riga')).toMatchObject({
      id: 'place:lv-riga',
      parentId: 'place:lv',
    });
    expect(entityOf('Talks in Vilnius ended.', 'Vilnius')?.parentId).toBe('place:lt');
  });

  it('reads a river only where the text makes it one', () => {
    expect(entityOf('Villages along the lower Don lost power.', 'Don')?.id).toBe('place:don-river');
    expect(entityOf('Boats crossed the Dnipro River at night.', 'Dnipro River')?.id).toBe(
      'place:dnipro-river',
    );
    expect(entityOf('A drone hit Dnipro at night.', 'Dnipro')?.id).toBe('place:ua-dnipro');
    const { entities } = recogniseEntities(
      'Don’t expect calm, Don Petrov wrote. The Volga Monitor agreed.',
    );
    expect(entities.filter((e) => e.id.endsWith('-river'))).toEqual([]);
  });
});

describe('a river named without the word "river"', () => {
  const idOf = (text: string, surface: string) => entityOf(text, surface)?.id;

  it('is the river after "the", "on the", "across the" and "the banks of the"', () => {
    expect(idOf('The town of some 30,000 people lies on the Ikva.', 'Ikva')).toBe(
      'place:ikva-river',
    );
    expect(idOf('Units pulled back across the Inhulets overnight.', 'Inhulets')).toBe(
      'place:inhulets-river',
    );
    expect(idOf('Fields on the banks of the Akhtuba were flooded.', 'Akhtuba')).toBe(
      'place:akhtuba-river',
    );
    expect(idOf('Shelling continued along the Southern Bug.', 'Southern Bug')).toBe(
      'place:southern-buh-river',
    );
  });

  it('is one river in every spelling and script', () => {
    expect(idOf('Troops reached the Ingulets, officials said.', 'Ingulets')).toBe(
      'place:inhulets-river',
    );
    expect(idOf('Бои шли у реки Ингулец.', 'Ингулец')).toBe('place:inhulets-river');
    expect(idOf('Мости через річку Інгулець пошкоджено.', 'Інгулець')).toBe('place:inhulets-river');
    expect(idOf('Ice jams on the Pripyat and on the Prypiat.', 'Pripyat')).toBe(
      idOf('Ice jams on the Pripyat and on the Prypiat.', 'Prypiat'),
    );
  });

  it('is the town, not the river, where the name is a town’s thing', () => {
    expect(idOf('A drone struck the Samara refinery overnight.', 'Samara')).toBe(
      'place:ru-samara-oblast',
    );
    expect(idOf('The Samara governor said two people were hurt.', 'Samara')).toBe(
      'place:ru-samara-oblast',
    );
    expect(idOf('Russian units tried to cross the Samara near Samar.', 'Samara')).toBe(
      'place:samara-river',
    );
  });

  it('is the river before a verb of those on it, and no river in a front named for it', () => {
    expect(idOf('Fishermen on the Samara said the water was low.', 'Samara')).toBe(
      'place:samara-river',
    );
    expect(idOf('Soviet troops broke through the Mius front in 1943.', 'Mius')).toBeUndefined();
    expect(idOf('A bridge across the Mius was damaged.', 'Mius')).toBe('place:mius-river');
  });

  it('is the river before "bridge", where no town has its name', () => {
    expect(idOf('Engels shelled; Volga bridge shut', 'Volga')).toBe('place:volga-river');
  });

  it('is the river before "port", where no town has its name, and a town’s port stays the town’s', () => {
    expect(idOf('Barges left the Dniester port at dawn.', 'Dniester')).toBe('place:dniester-river');
    expect(idOf('Drones hit Volga port of Kamyshin', 'Volga')).toBe('place:volga-river');
    expect(idOf('A drone hit the Samara port overnight.', 'Samara')).toBe('place:ru-samara-oblast');
  });

  it('is the river at the end of a headline, whatever word opens the body', () => {
    expect(idOf('Barges sunk on the Dniester\n\nThree barges sank overnight.', 'Dniester')).toBe(
      'place:dniester-river',
    );
  });
});

describe('places across the Danube', () => {
  const idOf = (text: string, surface: string) => entityOf(text, surface)?.id;

  it('knows a Romanian county, with its area word, and its capital under one key', () => {
    expect(idOf('Debris was found in the Tulcea county on Monday.', 'Tulcea county')).toBe(
      'place:ro-tulcea-county',
    );
    expect(idOf('The port of Tulcea was closed.', 'Tulcea')).toBe('place:ro-tulcea-county');
  });

  it('knows Romanian towns on the river, with and without diacritics', () => {
    expect(idOf('Sirens sounded in Galați overnight.', 'Galați')).toBe(
      idOf('Sirens sounded in Galati overnight.', 'Galati'),
    );
    expect(idOf('Ferries to Isaccea were suspended.', 'Isaccea')).toMatch(/^place:ro-/);
  });
});

describe('places across the Polish border', () => {
  const idOf = (text: string, surface: string) => entityOf(text, surface)?.id;

  it('knows a voivodeship by its name with the area word and alone', () => {
    expect(
      idOf(
        'Farmers in the Podkarpackie voivodeship marched on Friday.',
        'Podkarpackie voivodeship',
      ),
    ).toBe('place:pl-podkarpackie-voivodeship');
    expect(idOf('Farmers from Podkarpackie joined the protest.', 'Podkarpackie')).toBe(
      'place:pl-podkarpackie-voivodeship',
    );
  });

  it('knows the crossings on either side, and the Polish spelling of a Ukrainian town', () => {
    expect(idOf('Queues grew at Medyka on Monday.', 'Medyka')).toMatch(/^place:pl-/);
    expect(idOf('Lorries waited at Zosin overnight.', 'Zosin')).toMatch(/^place:pl-/);
    expect(idOf('The Szeginie crossing was blocked.', 'Szeginie')).toBe(
      idOf('The Shehyni crossing was blocked.', 'Shehyni'),
    );
    expect(idOf('The road to Ustyluh was closed.', 'Ustyluh')).toMatch(/^place:ua-/);
  });

  it('spells a Polish town with ł the same as without it, in its id too', () => {
    expect(idOf('Farmers rallied in Chełm on Monday.', 'Chełm')).toBe('place:pl-chelm');
    expect(idOf('Farmers rallied in Chelm on Monday.', 'Chelm')).toBe('place:pl-chelm');
  });
});

describe('an unknown village named again', () => {
  const mentionsOf = (text: string, surface: string) =>
    recogniseEntities(text).mentions.filter((m) => m.surface === surface);

  it('is one mention at each place it is named, all of one village', () => {
    const text =
      'Shelling damaged a school in the village of Krasnoyarovka in the Bryansk region. ' +
      'Hours later the village of Krasnoyarovka came under fire again.';
    const found = mentionsOf(text, 'Krasnoyarovka');
    expect(found.map((m) => m.start)).toEqual([
      text.indexOf('Krasnoyarovka'),
      text.lastIndexOf('Krasnoyarovka'),
    ]);
    expect(new Set(found.map((m) => m.entityId)).size).toBe(1);
    expect(found[0]?.entityId).toMatch(/^place:ru-bryansk-oblast-/);
  });

  it('is named once per sentence on a live blog that places it in every sentence', () => {
    const line = 'Drones struck the village of Krasnoyarovka in the Bryansk region overnight. ';
    const text = line.repeat(300);
    const found = mentionsOf(text, 'Krasnoyarovka');
    expect(found).toHaveLength(300);
    expect(new Set(found.map((m) => m.start)).size).toBe(300);
  });
});
