import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';

/** The entity id each mention's surface resolves to, in text order. */
function idsOf(text: string): Array<[string, string]> {
  const { mentions } = recogniseEntities(text);
  return mentions.map((m) => [m.surface, m.entityId]);
}

function entityOf(text: string, surface: string) {
  const { entities, mentions } = recogniseEntities(text);
  const mention = mentions.find((m) => m.surface === surface);
  return mention && entities.find((e) => e.id === mention.entityId);
}

describe('one id across scripts and spellings', () => {
  it('merges a governor written in Cyrillic with the English spelling', () => {
    const cyrillic = entityOf(
      'Губернатор Курской области Александр Хинштейн сообщил об атаке.',
      'Александр Хинштейн',
    );
    const english = entityOf(
      'Kursk governor Alexander Khinshtein said drones were downed.',
      'Alexander Khinshtein',
    );
    const french = entityOf(
      'Le gouverneur Aleksandr Khinshteine a parlé.',
      'Aleksandr Khinshteine',
    );
    expect(cyrillic?.id).toBeDefined();
    expect(english?.id).toBe(cyrillic?.id);
    expect(french?.id).toBe(cyrillic?.id);
    expect(english?.description).toBe('Governor of Kursk Oblast');
  });

  it('links a later bare surname to the full name, in either script', () => {
    const ids = idsOf(
      'Governor Vyacheslav Gladkov spoke at noon. Later Гладков and Gladkov repeated it.',
    );
    const gladkov = ids.filter(([, id]) => id.startsWith('official:'));
    expect(gladkov.map(([s]) => s)).toEqual(['Vyacheslav Gladkov', 'Гладков', 'Gladkov']);
    expect(new Set(gladkov.map(([, id]) => id)).size).toBe(1);
  });

  it('reads Ukrainian Cyrillic region names and Russian-era English ones as one region', () => {
    const ids = [
      entityOf('Харківська область під обстрілом.', 'Харківська область')?.id,
      entityOf('Shelling in the Kharkov region continued.', 'Kharkov region')?.id,
      entityOf('Kharkiv Oblast was shelled.', 'Kharkiv Oblast')?.id,
    ];
    expect(ids[0]).toBe('place:ua-kharkiv-oblast');
    expect(new Set(ids).size).toBe(1);
  });
});

describe('district names', () => {
  it('folds adjectival endings and the word district onto one district', () => {
    const text =
      'Drones fell in Bryansk Oblast: in the Pogarskoye district, in Pogarskiy and in the Погарский район.';
    const districts = idsOf(text).filter(([s]) => /Pogar|Погар/.test(s));
    expect(districts).toHaveLength(3);
    expect(new Set(districts.map(([, id]) => id))).toEqual(
      new Set(['place:ru-bryansk-oblast-pogarsky-district']),
    );
  });

  it('places a garbled district within the region the article talks about', () => {
    const near = entityOf(
      'Over the Belgorod region, drones were downed in several districts, including Shebeknskoye and Valuyskiy.',
      'Shebeknskoye',
    );
    expect(near?.id).toBe('place:ru-belgorod-oblast-shebekinsky-district');
    expect(near?.known).toBe(true);
    // In another region's article the same garble is no Belgorod district.
    const elsewhere = entityOf(
      'In the Tver region, several districts were hit, including Shebeknskoye.',
      'Shebeknskoye',
    );
    expect(elsewhere).toMatchObject({ known: false, parentId: 'place:ru-tver-oblast' });
  });

  it('keeps a district-like word outside a list of districts from becoming a district', () => {
    const { entities } = recogniseEntities(
      'Tchaikovsky and Dostoevsky were read aloud in the Voronezh region.',
    );
    expect(entities.map((e) => e.id)).toEqual(['place:ru-voronezh-oblast']);
  });
});

describe('a Russian town in Ukrainian spelling', () => {
  it('reads its adjective with the Ukrainian ending: "Mineralni Vody", "Naberezhni Chelny"', () => {
    expect(idsOf('A drone fell near Mineralni Vody and Naberezhni Chelny.')).toEqual([
      ['Mineralni Vody', 'place:ru-mineralnye-vody'],
      ['Naberezhni Chelny', 'place:ru-naberezhnye-chelny'],
    ]);
  });
});

describe('military units named by their number', () => {
  it('reads "the 93rd Mechanized Brigade" as an organisation, one id wherever it is numbered alike', () => {
    const first = idsOf('Shelling hit the positions of the 93rd Mechanized Brigade near Izium.');
    const second = idsOf('The 93rd Mechanized Brigade said it had repelled an assault.');
    expect(first[0]).toEqual([
      '93rd Mechanized Brigade',
      'organization:unit-93rd-mechanized-brigade',
    ]);
    expect(second[0]).toEqual(first[0]);
  });

  it('leaves a number, a year or an ordinal with no unit word alone', () => {
    expect(idsOf('On the 3rd Day of the offensive, 12 Guards were seen in 2023.')).toEqual([]);
  });
});

describe('names announced by context', () => {
  it('recognises a governor the gazetteer does not know and places them in their region', () => {
    const text =
      'Governor Pavel Sidorenko of Kaluga Oblast reported debris. Sidorenko said nobody was hurt.';
    const { entities, mentions } = recogniseEntities(text);
    const official = entities.find((e) => e.type === 'official');
    expect(official).toMatchObject({
      known: false,
      description: 'Governor of Kaluga Oblast',
      parentId: 'place:ru-kaluga-oblast',
    });
    expect(mentions.filter((m) => m.entityId === official?.id).map((m) => m.surface)).toEqual([
      'Pavel Sidorenko',
      'Sidorenko',
    ]);
    // The same person in Cyrillic in another article keeps the id.
    expect(entityOf('Губернатор Павел Сидоренко заявил об атаке.', 'Павел Сидоренко')?.id).toBe(
      official?.id,
    );
  });

  it('recognises an unknown district and street with stable ids', () => {
    const first = recogniseEntities(
      'In the Tambov region, debris fell in the Rasskazovsky district on Sovetskaya Street.',
    );
    const again = recogniseEntities(
      'Tambov region: Sovetskaya Street in the Rasskazovskiy district was damaged.',
    );
    const ids = (r: typeof first) =>
      r.entities
        .filter((e) => !e.known)
        .map((e) => e.id)
        .sort();
    expect(ids(first)).toHaveLength(2);
    expect(ids(again)).toEqual(ids(first));
  });

  it('does not take a title-case headline word after "Governor" for a surname', () => {
    const { entities } = recogniseEntities('Drone Downed Over Kursk Region, Governor Confirms');
    expect(entities.map((e) => e.id)).toEqual(['place:ru-kursk-oblast']);
  });
});

describe('what is not an entity', () => {
  it('skips nationality adjectives, months, weekdays and outlets', () => {
    const { entities } = recogniseEntities(
      'On Monday in December, Russian and Ukrainian sources on Telegram said air defense forces were active.',
    );
    expect(entities).toEqual([]);
  });

  it('names organisations, with the country from the words or the article', () => {
    expect(entityOf('Russian armed forces struck back.', 'Russian armed forces')?.id).toBe(
      'organization:ru-armed-forces',
    );
    expect(entityOf('The Armed Forces of Ukraine said so.', 'Armed Forces of Ukraine')?.id).toBe(
      'organization:ua-armed-forces',
    );
    const kyiv =
      'Drones hit Kharkiv and Sumy overnight. The Ministry of Defense said 40 were downed.';
    expect(entityOf(kyiv, 'Ministry of Defense')?.id).toBe('organization:ua-mod');
  });

  it('gives a company one id under its own name and its English one, and keeps its town apart', () => {
    const ids = idsOf(
      'Ukrainian Railways said trains to Fastiv were delayed. Ukrzaliznytsia later said they ran again.',
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        ['Ukrainian Railways', 'organization:ua-ukrzaliznytsia'],
        ['Ukrzaliznytsia', 'organization:ua-ukrzaliznytsia'],
      ]),
    );
    const plant = idsOf(
      'A fire broke out at the Pavlograd chemical plant, the owner EuroChem said.',
    );
    expect(plant).toEqual([
      ['Pavlograd chemical plant', 'organization:ua-pavlohrad-chemical-plant'],
      ['EuroChem', 'organization:ru-eurochem'],
    ]);
  });
});

describe('a region named by its capital’s old name', () => {
  it('reads the old name alone as the city, and with "region" as the region', () => {
    const text =
      'Drones hit Aleksandriya in the Kirovograd region. Aleksandriya lies east of Kirovograd.';
    expect(idsOf(text).map(([, id]) => id)).toEqual([
      'place:ua-oleksandriia',
      'place:ua-kirovohrad-oblast',
      'place:ua-oleksandriia',
      'place:ua-kropyvnytskyi',
    ]);
    expect(entityOf('The Dnepropetrovsk oblast was attacked.', 'Dnepropetrovsk oblast')?.id).toBe(
      'place:ua-dnipropetrovsk-oblast',
    );
  });
});

describe('mention spans', () => {
  it('takes the region word into the mention, in any case', () => {
    const ids = idsOf(
      'The Bryansk region, Bryansk Region and Bryansk Oblast are one place; Брянская область too.',
    );
    expect(ids).toEqual([
      ['Bryansk region', 'place:ru-bryansk-oblast'],
      ['Bryansk Region', 'place:ru-bryansk-oblast'],
      ['Bryansk Oblast', 'place:ru-bryansk-oblast'],
      ['Брянская область', 'place:ru-bryansk-oblast'],
    ]);
  });

  it('reads a capital named like its region as the region, whether or not the text says city', () => {
    const ids = idsOf('Kursk was attacked; in the city of Kursk and in Kursk city windows broke.');
    expect(ids).toEqual([
      ['Kursk', 'place:ru-kursk-oblast'],
      ['Kursk', 'place:ru-kursk-oblast'],
      ['Kursk city', 'place:ru-kursk-oblast'],
    ]);
    // A town named otherwise than its region stays a town.
    expect(idsOf('In the city of Shebekino windows broke.')).toEqual([
      ['Shebekino', 'place:ru-shebekino'],
    ]);
  });

  it('finds the country inside a possessive and the district with its word', () => {
    const ids = idsOf('Russia’s Leningrad Oblast: drones over the Kirishsky district.');
    expect(ids).toEqual([
      ['Russia', 'place:ru'],
      ['Leningrad Oblast', 'place:ru-leningrad-oblast'],
      ['Kirishsky district', 'place:ru-leningrad-oblast-kirishsky-district'],
    ]);
  });

  it('reads a country after "the city of" as the country', () => {
    expect(idsOf('Kharkiv is the second city of Ukraine.')).toEqual([
      ['Kharkiv', 'place:ua-kharkiv-oblast'],
      ['Ukraine', 'place:ua'],
    ]);
  });

  it('places the seat of the nuclear watchdog in Austria, in English and German', () => {
    expect(idsOf('The agency’s board met in Vienna; Austria hosts it in Wien.')).toEqual([
      ['Vienna', 'place:at-vienna'],
      ['Austria', 'place:at'],
      ['Wien', 'place:at-vienna'],
    ]);
  });

  it('leaves a sentence’s first word out of the district name after it', () => {
    expect(idsOf('Обстріл Купʼянський район не вщухав.')).toEqual([
      ['Купʼянський район', 'place:ua-kharkiv-oblast-kupiansk-district'],
    ]);
  });

  it('knows a Ukrainian region’s military administration under its names, as a body of the region', () => {
    const text =
      'The Kharkiv Regional Military Administration said so; the Kharkov Oblast Military Administration agreed.';
    expect(idsOf(text)).toEqual([
      ['Kharkiv Regional Military Administration', 'organization:ua-kharkiv-rma'],
      ['Kharkov Oblast Military Administration', 'organization:ua-kharkiv-rma'],
    ]);
    // An adjective followed by its noun is a whole name, not the region's adjective alone.
    expect(idsOf('Про обстріл повідомила Харківська обласна військова адміністрація.')).toEqual([
      ['Харківська обласна військова адміністрація', 'organization:ua-kharkiv-rma'],
    ]);
  });
});

describe('a surname that is also the Russian name of a city', () => {
  it('is a person after a first name, before "says", and named again', () => {
    const text =
      'Rostov says no one was hurt. Drones were downed over the Belgorod region, its governor, ' +
      'Ivan Rostov, said. "The fire is out," Rostov wrote, adding that Rostov-on-Don was calm.';
    const ids = idsOf(text);
    const rostov = ids.filter(([surface]) => surface === 'Rostov' || surface === 'Ivan Rostov');
    expect(rostov.length).toBe(3);
    expect(new Set(rostov.map(([, id]) => id)).size).toBe(1);
    expect(rostov[0]?.[1]).toMatch(/^official:/);
  });

  it('is still the place where the text places it', () => {
    expect(idsOf('Drones were downed near Rostov on Monday.')).toContainEqual([
      'Rostov',
      expect.stringMatching(/^place:/),
    ]);
  });
});

describe('a military district', () => {
  it('is the organisation, not the town its adjective names, in any case', () => {
    // "Южный" alone is Pivdennyi near Odesa; the Southern Military District is no town.
    for (const [text, surface] of [
      ['Пресс-служба Южного военного округа сообщила о перехвате.', 'Южного военного округа'],
      ['Бойцы передали трофеи Южному военному округу.', 'Южному военному округу'],
      ['Штаб Південного військового округу повідомив про втрати.', 'Південного військового округу'],
      ['The Southern Military District said two drones were downed.', 'Southern Military District'],
    ] as const) {
      expect(idsOf(text)).toEqual([[surface, 'organization:ru-southern-military-district']]);
    }
  });

  it('is one body in English, Russian and by its acronym', () => {
    const english = entityOf(
      'Units of the Leningrad Military District moved north.',
      'Leningrad Military District',
    );
    const russian = entityOf(
      'Части Ленинградского военного округа.',
      'Ленинградского военного округа',
    );
    const acronym = entityOf('Командование ЛенВО сообщило.', 'ЛенВО');
    expect(english?.type).toBe('organization');
    expect(russian?.id).toBe(english?.id);
    expect(acronym?.id).toBe(english?.id);
  });

  it('is no "ЗВО" or "МВО", which Ukrainian writes for a university', () => {
    expect(idsOf('Студенти ЗВО отримають стипендії з вересня.')).toEqual([]);
    expect(idsOf('Викладачі МВО провели конференцію.')).toEqual([]);
  });

  it('is not a raion named "Military", nor a surname after a role', () => {
    expect(idsOf('Officers of the Military District declined to comment.')).toEqual([]);
    // One the gazetteer lacks is no raion of a place called "Turkestan Military".
    expect(idsOf('He served in the Turkestan Military District.')).toEqual([]);
    // Nor is a known one the macro-region its name begins with.
    expect(idsOf('He served in the North Caucasus Military District.')).toEqual([
      ['North Caucasus Military District', 'organization:ru-north-caucasus-military-district'],
    ]);
    expect(idsOf('Глава Западного военного округа прибыл в Курск.')).toEqual([
      ['Западного военного округа', 'organization:ru-western-military-district'],
      ['Курск', 'place:ru-kursk-oblast'],
    ]);
  });
});

describe('Ukrainian and English forms of a known name', () => {
  it('finds a Ukrainian town in -ово by its Ukrainian neuter in -ове', () => {
    const ids = idsOf('Закарпатська область. У селі Рокосове пошкоджено будинок.');
    expect(ids).toContainEqual(['Рокосове', 'place:ua-zakarpattia-oblast-rokosovo']);
  });

  it('finds a region named in English in -ia by its adjective in -ian before the region word', () => {
    const ids = idsOf(
      'The head of the Volhynian region said debris fell. Karelian birch is a wood.',
    );
    expect(ids).toContainEqual(['Volhynian region', 'place:ua-volyn-oblast']);
    expect(ids.filter(([s]) => s.startsWith('Karelian'))).toEqual([]);
  });
});

describe('a macro-region and a capital beyond the neighbours', () => {
  it('reads "the North Caucasus" as one area, not the Caucasus nor Port Kavkaz', () => {
    expect(idsOf('Kizlyar has an airfield that serves the North Caucasus.')).toContainEqual([
      'North Caucasus',
      'place:north-caucasus',
    ]);
    expect(idsOf('Аэродром под Кизляром — один из крупнейших на Северном Кавказе.')).toContainEqual(
      ['Северном Кавказе', 'place:north-caucasus'],
    );
  });

  it('reads "the Caucasus" and Baku as places', () => {
    expect(idsOf('The pipeline runs from Baku across the Caucasus.')).toEqual([
      ['Baku', 'place:az-baku'],
      ['Caucasus', 'place:caucasus'],
    ]);
  });
});

describe('a town after its country’s possessive', () => {
  it('is placed by the word before the possessive: "in Russia’s Otradny"', () => {
    expect(idsOf("Drones hit a fuel depot in Russia's Otradny.")).toContainEqual([
      'Otradny',
      'place:ru-otradny',
    ]);
  });

  it('is not placed by another country’s possessive', () => {
    expect(idsOf("Shelling was reported in Ukraine's Otradny.").map(([, id]) => id)).not.toContain(
      'place:ru-otradny',
    );
  });
});

describe('a republic named by its people’s adjective', () => {
  it('is no place in the adjective alone: "the Udmurt authorities"', () => {
    expect(idsOf('A drone was shot down near Izhevsk, the Udmurt authorities said.')).toEqual([
      ['Izhevsk', 'place:ru-izhevsk'],
    ]);
  });

  it('is the republic by its whole name and its own noun', () => {
    expect(
      idsOf('Drones hit Votkinsk in the Udmurt Republic, officials in Udmurtia said.'),
    ).toEqual([
      ['Votkinsk', expect.stringMatching(/^place:/)],
      ['Udmurt Republic', 'place:ru-udmurtia'],
      ['Udmurtia', 'place:ru-udmurtia'],
    ]);
  });
});

describe('bodies news names by their own names', () => {
  it('finds a design bureau by its name and by its acronym, one id', () => {
    const ids = idsOf(
      'The Machine-Building Design Bureau develops missiles. A workshop of KBM caught fire.',
    );
    expect(ids).toContainEqual(['Machine-Building Design Bureau', 'organization:ru-kbm']);
    expect(ids).toContainEqual(['KBM', 'organization:ru-kbm']);
  });

  it('finds a Ukrainian defence command in either spelling', () => {
    expect(idsOf('The Southern Defense Forces said four drones were downed.')).toContainEqual([
      'Southern Defense Forces',
      'organization:ua-southern-defence-forces',
    ]);
  });
});

describe('a road between two towns', () => {
  it('reads both ends as the towns, not the second as a street', () => {
    expect(
      idsOf('Traffic on the Dzhankoi–Armiansk highway was restricted, and on Lenin Street.'),
    ).toEqual([
      ['Dzhankoi', 'place:ua-dzhankoi'],
      ['Armiansk', 'place:ua-armiansk'],
      ['Lenin Street', expect.stringMatching(/-street$/)],
    ]);
  });
});

describe('a Russian urban okrug in its Ukrainian form', () => {
  it('is the urban district the Russian form names, one id', () => {
    const ids = idsOf(
      'Drones were downed over the Serpukhov urban district of the Moscow region. In Russia’s Moscow oblast, drones were downed over the Serpukhovskyi okruh.',
    );
    const district = ids.find(([surface]) => surface === 'Serpukhov urban district')?.[1];
    expect(district).toMatch(/^place:ru-moscow-oblast-.*district$/);
    expect(ids).toContainEqual(['Serpukhovskyi okruh', district]);
  });
});

describe('round 38’s names beyond the strikes', () => {
  it('knows Asia as a continent where oil is carried', () => {
    expect(entityOf('The tanker carries Russian crude to Asia each month.', 'Asia')?.type).toBe(
      'place',
    );
  });

  it('knows a branch of Russian Railways by its own name', () => {
    expect(
      entityOf(
        'Trains were delayed, according to the South-Eastern Railway.',
        'South-Eastern Railway',
      )?.type,
    ).toBe('organization');
  });

  it('gives a Russian governor written the Ukrainian way the one id of his Russian spelling', () => {
    const russian = entityOf('Voronezh governor Alexander Gusev said.', 'Alexander Gusev');
    const ukrainian = entityOf('Governor Oleksandr Husiev did not comment.', 'Oleksandr Husiev');
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
  });

  it('knows the Druzhba pipeline, agencies, a partisan movement, an oil company and a drone commander', () => {
    const said = (text: string, name: string) => entityOf(text, name)?.type;
    expect(said('Oil through Druzhba reached Slovakia again on Monday.', 'Druzhba')).toBe('place');
    expect(said('Rospotrebnadzor took samples in Kirishi.', 'Rospotrebnadzor')).toBe(
      'organization',
    );
    expect(said('Atesh said its agents had scouted the depot.', 'Atesh')).toBe('organization');
    expect(said('Deliveries were cut, MOL said.', 'MOL')).toBe('organization');
    expect(
      said(
        'The Centre for Countering Disinformation called it a fake.',
        'Centre for Countering Disinformation',
      ),
    ).toBe('organization');
    expect(said('The Unmanned Systems Forces hit a radar.', 'Unmanned Systems Forces')).toBe(
      'organization',
    );
    expect(said('The strike was filmed, Robert Brovdi said on Telegram.', 'Robert Brovdi')).toBe(
      'official',
    );
  });
});

describe('a regional railway of Russian Railways', () => {
  it('is the railway, not the macro-region its name begins with', () => {
    const ids = idsOf('Trains to Krasnodar ran late, the North Caucasus Railway said.');
    expect(ids).toContainEqual(['North Caucasus Railway', 'organization:ru-rzd-north-caucasus']);
    expect(ids.map(([surface]) => surface)).not.toContain('North Caucasus');
  });
});

describe('a capital named like its region but for its river', () => {
  it('gives Rostov-on-Don the Rostov region’s id, as Kursk has the Kursk region’s', () => {
    const ids = idsOf(
      'Drones were downed over Rostov-on-Don and over Taganrog in the Rostov region.',
    );
    expect(ids).toContainEqual(['Rostov-on-Don', 'place:ru-rostov-oblast']);
    expect(ids).toContainEqual(['Rostov region', 'place:ru-rostov-oblast']);
  });

  it('leaves a town on a river apart from a region named otherwise', () => {
    expect(idsOf('A drone fell in Kalach-na-Donu, in the Volgograd region.')).not.toContainEqual([
      'Kalach-na-Donu',
      'place:ru-volgograd-oblast',
    ]);
  });
});

describe('a town and the reservoir named after it, in either language', () => {
  it('gives Pechenihy one id in Ukrainian, Russian and Cyrillic, and its reservoir another', () => {
    const town = ['Pechenihy hromada', 'the Pechenegi settlement', 'Печеніги lies east'].map(
      (text) => recogniseEntities(text).mentions[0]?.entityId,
    );
    expect(new Set(town).size).toBe(1);
    expect(town[0]).toBeDefined();
    const reservoir = ['the Pechenihy reservoir', 'the Pechenezhskoye reservoir'].map(
      (text) => recogniseEntities(text).mentions[0]?.entityId,
    );
    expect(reservoir[0]).toBe(reservoir[1]);
    expect(reservoir[0]).not.toBe(town[0]);
  });
});

describe('a steel works by its acronym and its full names', () => {
  it('gives NLMK one organisation id by its acronym and its English names', () => {
    const ids = [
      'NLMK said the plant works',
      'the Novolipetsk Metallurgical Plant was hit',
      'the Novolipetsk steel plant burned',
    ].map((text) => recogniseEntities(text).mentions[0]?.entityId);
    expect(ids[0]).toMatch(/^organization:/);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('bodies written in lower case', () => {
  it("reads a kind of body after a country's possessive as that country's body", () => {
    expect(idsOf("Russia's defence ministry said thirty drones were downed.")).toContainEqual([
      'defence ministry',
      'organization:ru-mod',
    ]);
    // Without a country's possessive the words name no one in particular.
    expect(idsOf('The air force said thirty drones were downed over the Sumy oblast.')).toEqual([
      ['Sumy oblast', 'place:ua-sumy-oblast'],
    ]);
  });

  it("reads a country's border police, capitalised or not", () => {
    expect(
      idsOf('Officers of the Romanian border police closed the crossing at Galati.'),
    ).toContainEqual(['Romanian border police', 'organization:ro-border-police']);
  });
});

describe("a channel's title", () => {
  it('reads no place in the name of a channel that recalls a region', () => {
    expect(
      idsOf('Blasts were heard at night, according to the Telegram channel Donetskyi Viter.'),
    ).toEqual([]);
    expect(
      idsOf('Sirens sounded in Sumy, the channel Kurskiy Front wrote.').some(([, id]) =>
        id.includes('kursk'),
      ),
    ).toBe(false);
  });
});
