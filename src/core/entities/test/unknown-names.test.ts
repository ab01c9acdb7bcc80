import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../recognise.ts';
import { centreNames } from '../centre-names.ts';
import { placeKeyOf } from '../fold.ts';

/** Every mention as [surface, entity id], in text order. */
function idsOf(text: string): Array<[string, string]> {
  return recogniseEntities(text).mentions.map((m) => [m.surface, m.entityId]);
}

function entityOf(text: string, surface: string) {
  const { entities, mentions } = recogniseEntities(text);
  const mention = mentions.find((m) => m.surface === surface);
  return mention && entities.find((e) => e.id === mention.entityId);
}

describe('officials the gazetteer does not know', () => {
  it('merges an unknown governor with the same name in Cyrillic and the bare surname', () => {
    const text =
      'Governor Ivan Petrov of Kursk Oblast said two drones were downed. ' +
      'Иван Петров добавил, что пострадавших нет. Petrov later visited the site.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Ivan Petrov', 'Иван Петров', 'Petrov']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
    expect(entityOf(text, 'Petrov')).toMatchObject({
      name: 'Ivan Petrov',
      description: 'Governor of Kursk Oblast',
      parentId: 'place:ru-kursk-oblast',
      known: false,
    });
  });

  it('finds a headline speaker named in full only in the body', () => {
    const text =
      'Drone attack on Kursk repelled, Sidorenko says\n\n' +
      'The head of the city administration, Pavel Sidorenko, said on Telegram that nobody was hurt.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Sidorenko', 'Pavel Sidorenko']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('takes no speaking word for a person the article never names in full', () => {
    const text = 'Police said nobody was hurt. Ukraine says the attack failed.';
    expect(idsOf(text).filter(([, id]) => id.startsWith('official:'))).toEqual([]);
  });

  it('gives the same id to the unknown official in separate articles and scripts', () => {
    const english = entityOf('Governor Ivan Petrov said drones were downed.', 'Ivan Petrov');
    const russian = entityOf('Губернатор Иван Петров сообщил об атаке.', 'Иван Петров');
    expect(english?.id).toBeDefined();
    expect(russian?.id).toBe(english?.id);
  });

  it('gives one id to an unknown official whose г one outlet writes h and another g', () => {
    const ukrainian = entityOf('Mayor Serhii Hrytsenko said a house was hit.', 'Serhii Hrytsenko');
    const russian = entityOf('Mayor Sergei Gritsenko said a house was hit.', 'Sergei Gritsenko');
    const cyrillic = entityOf('Мэр Сергей Гриценко сообщил об атаке.', 'Сергей Гриценко');
    expect(ukrainian?.id).toBeDefined();
    expect(russian?.id).toBe(ukrainian?.id);
    expect(cyrillic?.id).toBe(ukrainian?.id);
    // A name with kh (х) still has one id in either script.
    expect(entityOf('Mayor Ivan Kharchenko said so.', 'Ivan Kharchenko')?.id).toBe(
      entityOf('Мэр Иван Харченко сообщил.', 'Иван Харченко')?.id,
    );
  });

  it('places an official by the role’s place, in English or Russian word order', () => {
    expect(
      entityOf('Мэр Шебекино Владимир Жданов сообщил о повреждениях.', 'Владимир Жданов')
        ?.description,
    ).toBe('Mayor of Shebekino');
    expect(
      entityOf('Lviv mayor Andriy Sadovyi said a school was hit.', 'Andriy Sadovyi'),
    ).toMatchObject({ description: 'Mayor of Lviv', parentId: 'place:ua-lviv' });
    const head = entityOf(
      'The head of the Starodubsky district, Alexei Kuzmin, said three houses were damaged.',
      'Alexei Kuzmin',
    );
    expect(head).toMatchObject({
      description: 'Head of Starodubsky District',
      parentId: 'place:ru-bryansk-oblast-starodubsky-district',
    });
  });

  it('reads "said X Y, the region’s governor" as the governor of the article’s region', () => {
    const text =
      'Three drones were downed, said Yevhen Lysak, the region’s governor, in Dnipropetrovsk Oblast. ' +
      'Lysak said nobody was hurt.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Yevhen Lysak', 'Lysak']);
    expect(entityOf(text, 'Lysak')?.description).toBe('Governor of Dnipropetrovsk Oblast');
  });

  it('does not let a role word open a district name: "Глава Беловского района"', () => {
    const text =
      'Глава Беловского района Николай Волобуев сообщил о повреждениях в Курской области.';
    expect(entityOf(text, 'Беловского района')?.id).toBe('place:ru-kursk-oblast-belovsky-district');
    expect(entityOf(text, 'Николай Волобуев')?.description).toBe('Head of Belovsky District');
  });

  it('reads an official whose first name it does not know from the role after the name', () => {
    const text =
      'Yuriy Malashko, the regional governor, said drones hit Zaporizhzhia Oblast. Malashko added ' +
      'that Sergei Ivanov, a resident, was unhurt.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Yuriy Malashko', 'Malashko']);
    expect(entityOf(text, 'Malashko')?.description).toBe('Governor of Zaporizhzhia Oblast');
  });

  it('reads "X, who heads …" as the role of an official, after "according to" too', () => {
    for (const text of [
      'Two houses were damaged, according to Ivan Sokolenko, who heads the district administration.',
      'Olena Marchenko, who headed the village council, said the school was closed.',
    ]) {
      const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
      expect(ids, text).toHaveLength(1);
      expect(entityOf(text, ids[0]?.[0] ?? '')?.description, text).toMatch(/^Head\b/);
    }
  });

  it('says an unplaced official was read from context', () => {
    expect(entityOf('Spokesman Ivan Sidorov said nothing.', 'Ivan Sidorov')?.description).toBe(
      'Spokesperson (from context)',
    );
  });

  it('joins a respelt surname to the official named earlier, but not a longer name', () => {
    const text =
      'Kharkiv regional governor Oleh Syniehubov said Izium was shelled. Syniegubov said two ' +
      'people were hurt. Governor Ivan Petrov of Kursk Oblast spoke too; Petrovich and Petrova did not.';
    const ids = idsOf(text);
    const syniehubov = ids.filter(([, id]) => id === 'official:syniehubov-oleh').map(([s]) => s);
    expect(syniehubov).toEqual(['Oleh Syniehubov', 'Syniegubov']);
    expect(ids.map(([s]) => s)).not.toContain('Petrovich');
    expect(ids.map(([s]) => s)).not.toContain('Petrova');
  });

  it('gives an unknown surname one id in its Russian g and Ukrainian h, but keeps other letters apart', () => {
    const russian = entityOf(
      'District head Oleg Gavrilyuk said two houses were hit.',
      'Oleg Gavrilyuk',
    );
    const ukrainian = entityOf(
      'District head Oleh Havryliuk said two houses were hit.',
      'Oleh Havryliuk',
    );
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
    const other = entityOf(
      'District head Oleh Kavryliuk said two houses were hit.',
      'Oleh Kavryliuk',
    );
    expect(other?.id).not.toBe(russian?.id);
  });

  it('gives an unknown surname one id with the Russian е and the Ukrainian є written "ie"', () => {
    const russian = entityOf('Town head Pavel Medvedev said a shop burned.', 'Pavel Medvedev');
    const ukrainian = entityOf(
      'Town head Pavlo Miedviediev said a shop burned.',
      'Pavlo Miedviediev',
    );
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
    const other = entityOf('Town head Pavlo Medvidchuk said a shop burned.', 'Pavlo Medvidchuk');
    expect(other?.id).not.toBe(russian?.id);
  });

  it('gives an unknown surname one id in its Russian -oy and Ukrainian -yi', () => {
    const russian = entityOf('Village head Ivan Zolotoy said a barn burned.', 'Ivan Zolotoy');
    const ukrainian = entityOf('Village head Ivan Zolotyi said a barn burned.', 'Ivan Zolotyi');
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
    const other = entityOf('Village head Ivan Zolota said a barn burned.', 'Ivan Zolota');
    expect(other?.id).not.toBe(russian?.id);
  });

  it('reads a headline’s speaker before a colon as the official the body names', () => {
    const text =
      'Shvetsov: drones hit a depot in Kirov\n\nThe head of the district, Ivan Shvetsov, said no one was hurt.';
    const { mentions } = recogniseEntities(text);
    const ids = mentions.filter((m) => /Shvetsov/.test(m.surface)).map((m) => m.entityId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^official:/);
    expect(ids[1]).toBe(ids[0]);
    expect(idsOf('Update: drones hit a depot in Kirov').map(([s]) => s)).not.toContain('Update');
    const place = idsOf(
      'Engels: drone debris hits a garage\n\nENGELS, Saratov region — A garage was damaged by debris on Monday.',
    );
    expect(place[0]).toEqual(['Engels', 'place:ru-engels']);
  });

  it('links a city’s known mayor by surname in an article about the city’s region', () => {
    const text =
      'Seven people were injured when a missile hit a building in Kharkiv, Terekhov said.';
    expect(entityOf(text, 'Terekhov')?.id).toBe('official:terekhov-ihor');
  });
});

describe('names in Russian and Ukrainian cases', () => {
  it('reads a genitive name after a role as the official in the nominative', () => {
    // Maxim Yegorov (Tambov until 2024) is not in the gazetteer: his name and role come from the text.
    const text =
      'По словам губернатора Тамбовской области Максима Егорова, беспилотники сбиты. Егоров добавил.';
    expect(entityOf(text, 'Максима Егорова')).toMatchObject({
      name: 'Maxim Yegorov',
      description: 'Governor of Tambov Oblast',
      known: false,
    });
    expect(entityOf(text, 'Егоров')?.id).toBe(entityOf(text, 'Максима Егорова')?.id);
    // A known governor in the genitive is still the known governor.
    expect(
      entityOf(
        'Об этом сообщил пресс-секретарь губернатора Вячеслава Гладкова.',
        'Вячеслава Гладкова',
      )?.id,
    ).toBe('official:gladkov-vyacheslav');
  });

  it('takes the region written right after a Russian district as the district’s own', () => {
    const text = 'Купʼянський район Харківської області. Зеленского района Курской области.';
    expect(entityOf(text, 'Зеленского района')).toMatchObject({
      name: 'Zelensky District',
      parentId: 'place:ru-kursk-oblast',
    });
  });

  it('reads a Ukrainian district in another case as the same district, without the preposition', () => {
    const text = 'Купʼянський район Харківської області. У Купʼянському районі горіли будинки.';
    const ids = idsOf(text).filter(([s]) => /Куп/.test(s));
    expect(ids.map(([s]) => s)).toEqual(['Купʼянський район', 'Купʼянському районі']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
    expect(entityOf(text, 'Купʼянський район')?.name).toBe('Kupiansk District');
  });
});

describe('districts by spelling and script', () => {
  it('folds the Ukrainian adjective, its Russian form and the centre’s name onto one district', () => {
    const text =
      'Drones hit the Kupianskyi district of Kharkiv Oblast. In Kupiansk district, the Купʼянський ' +
      'район, Kupyansky raion and the Купянский район, shelling went on.';
    const ids = idsOf(text).filter(([s]) => /Kup|Куп/.test(s));
    expect(ids).toHaveLength(5);
    expect(new Set(ids.map(([, id]) => id))).toEqual(
      new Set(['place:ua-kharkiv-oblast-kupiansk-district']),
    );
    expect(entityOf(text, 'Kupiansk district')?.description).toBe('district, Kharkiv Oblast');
  });

  it('puts a district named after another place in the city the article is about', () => {
    const text = 'Mayor of Kharkiv Ihor Terekhov said drones hit the Kyivskyi district.';
    expect(entityOf(text, 'Kyivskyi district')).toMatchObject({
      id: 'place:ua-kharkiv-kyivskyi-district',
      parentId: 'place:ua-kharkiv',
    });
  });

  it('puts an unknown district in the region the article is about', () => {
    const text =
      'Drones attacked the Belgorod region overnight. Debris fell in the Zarechensky district.';
    expect(entityOf(text, 'Zarechensky district')).toMatchObject({
      known: false,
      parentId: 'place:ru-belgorod-oblast',
    });
  });

  it('gives every Ukrainian adjectival spelling the same key', () => {
    const keys = ['Kupianskyi', 'Kupyansky', 'Kupianskyy', 'Kupiansky', 'Купʼянський', 'Купянский'];
    expect(new Set(keys.map(placeKeyOf))).toEqual(new Set(['kupian']));
  });

  it('gives a district spelt with a word-initial "Ye" or "E" one id', () => {
    const ye = entityOf(
      'Drones attacked the Moscow region overnight. Debris fell in the Yegoryevsky district.',
      'Yegoryevsky district',
    );
    const e = entityOf(
      'Drones attacked the Moscow region overnight. Debris fell in the Egoryevsky district.',
      'Egoryevsky district',
    );
    expect(ye?.id).toBeDefined();
    expect(e?.id).toBe(ye?.id);
    expect(placeKeyOf('Yeysk')).toBe(placeKeyOf('Eysk'));
  });

  it('derives the centre’s names from a Ukrainian adjective', () => {
    expect(centreNames('Купʼянський')).toContain('Купʼянськ');
    expect(centreNames('Ізюмський')).toContain('Ізюм');
    expect(centreNames('Шосткинський')).toContain('Шостка');
    expect(centreNames('Донецький')).toContain('Донецьк');
  });

  it('matches a garbled district within the article’s region, never across regions', () => {
    const rostov =
      'Drones attacked the Rostov region overnight. Debris fell in the Boksskoye district.';
    const belgorod =
      'Drones attacked the Belgorod region overnight. Debris fell in the Boksskoye district.';
    expect(entityOf(rostov, 'Boksskoye district')?.id).toBe(
      'place:ru-rostov-oblast-bokovsky-district',
    );
    // Bokovsky lies in Rostov Oblast: in an article about Belgorod the name stays an unknown district there.
    expect(entityOf(belgorod, 'Boksskoye district')).toMatchObject({
      known: false,
      parentId: 'place:ru-belgorod-oblast',
      description: 'district, Belgorod Oblast',
    });
  });
});

describe('words that are not entities', () => {
  it('finds nothing in numbers, nationality adjectives, weekdays, months, outlets and openers', () => {
    const text =
      'Nine drones were downed. Russian and Ukrainian officials said on Tuesday, in March, ' +
      'that Telegram, Reuters and Interfax reported it. Debris fell. Nobody was hurt. ' +
      'Local residents said. In the morning, Air defences worked.';
    expect(idsOf(text)).toEqual([]);
  });

  it('does not take the place in an outlet’s name for the place', () => {
    const ids = idsOf('The Kyiv Independent and the Moscow Times reported drones over Kyiv.');
    expect(ids).toEqual([['Kyiv', 'place:ua-kyiv']]);
  });
});

describe('places the gazetteer lacks, named by what kind of place they are', () => {
  it('reads a spit, an estuary and an island, capitalised or not, as places of that kind', () => {
    const text =
      'Boats left Ochakiv for the Tendra Spit and the Tylihul estuary, then passed Zmiinyi Island.';
    const features = idsOf(text).filter(([, id]) => !id.includes('ochakiv'));
    expect(features.map(([surface]) => surface)).toEqual([
      'Tendra Spit',
      'Tylihul estuary',
      'Zmiinyi Island',
    ]);
    expect(features.map(([, id]) => id.replace(/^.*-/, ''))).toEqual(['spit', 'estuary', 'island']);
    expect(entityOf(text, 'Tylihul estuary')).toMatchObject({
      type: 'place',
      name: 'Tylihul Estuary',
      description: 'estuary',
      known: false,
    });
  });

  it('does not take a sentence’s first word for a name before a kind of place', () => {
    expect(idsOf('Island residents were evacuated on Monday.')).toEqual([]);
  });

  it('reads a name placed in a region right after it as a settlement of that region', () => {
    const text = 'On Thursday, a drone was shot down near Lipki, in the Tula region.';
    expect(entityOf(text, 'Lipki')).toMatchObject({
      type: 'place',
      description: 'settlement, Tula Oblast',
    });
  });

  it('reads a name struck and placed in a district with no comma as a settlement there', () => {
    expect(
      entityOf('Drones attacked Zhuravlevka in the Belgorodsky district on Monday.', 'Zhuravlevka'),
    ).toMatchObject({
      id: expect.stringMatching(/^place:ru-belgorod-oblast-/),
      description: 'settlement, Belgorodsky District, Belgorod Oblast',
    });
    expect(
      entityOf('Artillery shelled Kucherivka in the Kupianskyi raion overnight.', 'Kucherivka')
        ?.description,
    ).toMatch(/^settlement, Kupiansk District, Kharkiv Oblast/);
    // A town the gazetteer knows stays that town, and only that town.
    expect(
      idsOf('Drones attacked Oleksandriia in the Kirovohrad oblast overnight.').filter(
        ([surface]) => surface === 'Oleksandriia',
      ),
    ).toEqual([['Oleksandriia', 'place:ua-oleksandriia']]);
  });

  it('places a name in the region named right after it, not in a district named a sentence before', () => {
    const text =
      'Drones attacked the Sudzhansky district of the Kursk region overnight. ' +
      'In Pryvillia, Luhansk region, a school was damaged by shelling.';
    expect(entityOf(text, 'Pryvillia')).toMatchObject({
      id: expect.stringMatching(/^place:ua-luhansk-oblast/),
      description: expect.stringMatching(/Luhansk Oblast$/),
    });
    // The region named after it is the district's own: the district still places it.
    const same =
      'Drones attacked the Sudzhansky district of the Kursk region overnight. ' +
      'In Plekhovo, Kursk region, a school was damaged.';
    expect(entityOf(same, 'Plekhovo')?.description).toMatch(/^settlement, Sudzh/);
  });

  it('reads a name called a village right after it as a settlement, in the district named next', () => {
    const text =
      'A drone hit a minibus in Kozinka, a village in the Grayvoronsky district, on Monday.';
    expect(entityOf(text, 'Kozinka')?.description).toMatch(
      /^settlement, Gra[iy]voronsky District, Belgorod Oblast/,
    );
  });

  it('reads a name told by its bearing from a city as a settlement of the city’s region', () => {
    for (const text of [
      'Strikes on Sumy. In Pisarivka, south-east of the city, a barn burned.',
      'Strikes on Sumy. In Pisarivka, north of the city, a barn burned.',
    ])
      expect(entityOf(text, 'Pisarivka')).toMatchObject({
        type: 'place',
        description: 'settlement, Sumy Oblast',
      });
    expect(entityOf('Strikes on Sumy. In March, north of the city, a barn burned.', 'March')).toBe(
      undefined,
    );
  });

  it('reads a town placed in a district of another region as that region’s village, in either spelling', () => {
    const russian = entityOf(
      'Drones attacked Rylsk. In the village of Bataysk, in the Rylsky district, a barn burned.',
      'Bataysk',
    );
    const ukrainian = entityOf(
      'Drones hit Rylsk. In Bataisk, in the Rylskyi raion, a barn burned.',
      'Bataisk',
    );
    expect(russian).toMatchObject({
      known: false,
      parentId: 'place:ru-kursk-oblast-rylsky-district',
    });
    expect(ukrainian?.id).toBe(russian?.id);
    // Named with no district, or with its own region's, the town is the gazetteer's.
    expect(entityOf('A drone fell on Bataysk overnight.', 'Bataysk')?.id).toBe('place:ru-bataysk');
  });

  it('gives an unknown town one id in its Russian Nizhne- / Verkhne- and Ukrainian Nyzhno- / Verkhno-', () => {
    const ids = ['Nizhnesirogozy', 'Nyzhnosirohozy', 'Nyzhniosirohozy'].map(
      (name) => entityOf(`A drone fell near ${name}, in the Kherson region, overnight.`, name)?.id,
    );
    expect(ids[0]).toMatch(/^place:ua-kherson-oblast-/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
  });

  it('gives an unknown village one id in its Russian -oye / -oe and Ukrainian -e', () => {
    const ids = ['Lugovoye', 'Lugovoe', 'Luhove'].map(
      (name) => entityOf(`A drone fell near ${name}, in the Tula region, overnight.`, name)?.id,
    );
    expect(ids[0]).toMatch(/^place:/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
    const other = entityOf('A drone fell near Luhova, in the Tula region, overnight.', 'Luhova');
    expect(other?.id).not.toBe(ids[0]);
  });

  it('gives an unknown village one id in its Russian -eyev- / -ayev- and Ukrainian -eiv- / -aiv-', () => {
    const ids = ['Grebeyevka', 'Hrebeivka', 'Zaborayevskoye', 'Zaboraivske'].map(
      (name) => entityOf(`A drone fell near ${name}, in the Tula region, overnight.`, name)?.id,
    );
    expect(ids[0]).toMatch(/^place:/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toMatch(/^place:/);
    expect(ids[3]).toBe(ids[2]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('gives an unknown village one id in its Russian Aleks- / -eyev- and Ukrainian Oleks- / -iiev-', () => {
    const ids = ['Alekseyevo-Lipovka', 'Oleksiievo-Lypivka', 'Sergeyevo', 'Serhiievo'].map(
      (name) => entityOf(`A drone fell near ${name}, in the Tula region, overnight.`, name)?.id,
    );
    expect(ids[0]).toMatch(/^place:/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toMatch(/^place:/);
    expect(ids[3]).toBe(ids[2]);
    const other = entityOf(
      'A drone fell near Oleksino, in the Tula region, overnight.',
      'Oleksino',
    );
    expect(other?.id).not.toBe(ids[0]);
  });

  it('reads an unknown village placed once as that village where the article names it again', () => {
    const text =
      'Barn in Zarechnoye burns\n\nIn Zarechnoye, a village in the Aleksinsky district, debris set a barn alight. By noon, crews had left Zarechnoye.';
    const ids = idsOf(text).filter(([surface]) => surface === 'Zarechnoye');
    expect(ids).toHaveLength(3);
    expect(ids[0]?.[1]).toMatch(/^place:/);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('reads a name placed in a district right after it as a settlement of that district', () => {
    const text = 'In Mykilske, in the Kherson district, a drone injured a man.';
    const village = entityOf(text, 'Mykilske');
    expect(village).toMatchObject({ type: 'place', known: false });
    expect(village?.description).toMatch(/^settlement, Kherson District, Kherson Oblast/);
  });
});

describe('cities that are regions of their own', () => {
  it('reads "Kyiv City" and "Moscow City" as the city, not the region around it', () => {
    expect(entityOf('Sirens sounded across Kyiv City overnight.', 'Kyiv City')?.id).toBe(
      'place:ua-kyiv',
    );
    expect(entityOf('Drones were downed near Moscow City.', 'Moscow City')?.id).toBe(
      'place:ru-moscow',
    );
  });

  it('reads a city military administration as an organisation of its city', () => {
    const text = 'The head of the Odesa City Military Administration said a port was hit.';
    expect(entityOf(text, 'Odesa City Military Administration')).toMatchObject({
      type: 'organization',
      parentId: 'place:ua-odesa-oblast',
    });
    expect(idsOf(text).some(([, id]) => id.startsWith('place:'))).toBe(false);
  });
});

describe('Russian places in Ukrainian spelling', () => {
  it('reads г as h, as Ukrainian news writes Russian names: one id with the Russian spelling', () => {
    const pairs = [
      ['Drones hit an oil depot in Taganrog.', 'Drones hit an oil depot in Tahanroh.'],
      ['A plant in Nizhny Novgorod was hit.', 'A plant in Nyzhnii Novhorod was hit.'],
      ['Debris fell in the Volgograd region.', 'Debris fell in the Volhohrad region.'],
      ['Debris fell in the Glushkovsky district.', 'Debris fell in the Hlushkovskyi district.'],
    ];
    for (const [russian, ukrainian] of pairs) {
      const ids = idsOf(ukrainian as string).map(([, id]) => id);
      expect(ids).toHaveLength(1);
      expect(ids).toEqual(idsOf(russian as string).map(([, id]) => id));
    }
    expect(idsOf('Debris fell in the Hlushkovskyi district.')[0]?.[1]).toBe(
      'place:ru-kursk-oblast-glushkovsky-district',
    );
  });
});

describe('"ye" and "e" after a vowel', () => {
  it('gives an unknown official spelt Matveyev and Matveev one id', () => {
    const russian = entityOf(
      'A gas pipeline was damaged, said Ilya Matveyev, head of the district administration.',
      'Ilya Matveyev',
    );
    const ukrainian = entityOf(
      'Debris damaged a pipeline, said the district head, Illia Matveev.',
      'Illia Matveev',
    );
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
  });

  it('gives an unknown village spelt Nikolayevka and Nikolaevka one id', () => {
    const one = entityOf('Debris fell in Nikolayevka, in the Belgorod region.', 'Nikolayevka');
    const other = entityOf('Debris fell in Nikolaevka, in the Belgorod region.', 'Nikolaevka');
    expect(one?.id).toBeDefined();
    expect(other?.id).toBe(one?.id);
  });
});

describe('officials the gazetteer knows, named without a title', () => {
  it('finds one after "said" or before "wrote", in either script', () => {
    const text =
      'Three people were hurt in Zaporizhzhia, said Ivan Fedorov, who heads the regional administration. ' +
      'Иван Федоров написал, что удар пришёлся по складу. Fedorov wrote that schools would stay shut.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Ivan Fedorov', 'Иван Федоров', 'Fedorov']);
    expect(new Set(ids.map(([, id]) => id))).toEqual(new Set(['official:fedorov-ivan']));
  });

  it('knows the head of the Kryvyi Rih city military administration', () => {
    expect(entityOf('Oleksandr Vilkul wrote on Telegram.', 'Oleksandr Vilkul')).toMatchObject({
      known: true,
      parentId: 'place:ua-kryvyi-rih',
    });
    expect(idsOf('Александр Вилкул сообщил.')).toEqual([
      ['Александр Вилкул', 'official:vilkul-oleksandr'],
    ]);
  });
});

describe('a district named like a town of another country', () => {
  it('lies in the region the article is about, not in the country of the town', () => {
    const text =
      'A fire broke out at a depot in Primorsky Krai overnight, the governor said. ' +
      'Debris fell in the Chernigovsky district, damaging a house.';
    const district = entityOf(text, 'Chernigovsky district');
    expect(district?.id).not.toMatch(/^place:ua-/);
    expect(district?.parentId).toBe('place:ru-primorsky-krai');
  });
});

describe('a river the gazetteer does not know', () => {
  it('is a river, not the town of that name, when "river" follows a town’s name', () => {
    const text = 'Debris fell into the Tuapse river, some distance from Tuapse itself.';
    const ids = idsOf(text);
    expect(ids.map(([surface]) => surface)).toEqual(['Tuapse river', 'Tuapse']);
    expect(ids[0]?.[1]).not.toBe(ids[1]?.[1]);
    expect(entityOf(text, 'Tuapse river')).toMatchObject({ type: 'place', description: 'river' });
  });

  it('finds the place in "Odesa-based" and "Moscow-backed"', () => {
    const ids = idsOf('Odesa-based analysts and a Moscow-backed official disagree.');
    expect(ids.map(([surface]) => surface)).toEqual(['Odesa', 'Moscow']);
  });

  it('is a place when "river" follows its name, lower case or not', () => {
    const text =
      'The town lies on the Khoper river, some 40 kilometres from Borisoglebsk. ' +
      'Floods on the Belbek River were reported.';
    expect(idsOf(text).map(([surface]) => surface)).toEqual(
      expect.arrayContaining(['Khoper river', 'Belbek River']),
    );
    expect(entityOf(text, 'Khoper river')).toMatchObject({ type: 'place', known: false });
  });
});

describe('a village the gazetteer does not know, spelt from Russian and from Ukrainian', () => {
  it('gets one id whether its г is written g or h', () => {
    const russian = entityOf(
      'In the village of Gorodishche, in the Belgorod region, a roof was damaged.',
      'Gorodishche',
    );
    const ukrainian = entityOf(
      'In the village of Horodishche, in the Belgorod region, a roof was damaged.',
      'Horodishche',
    );
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
  });

  it('gets one id whether a Russian e between consonants is written e or the Ukrainian i', () => {
    const russian = entityOf(
      'In the village of Lesnoye, in the Sumy region, a shop burned down.',
      'Lesnoye',
    );
    const ukrainian = entityOf(
      'In the village of Lisne, in the Sumy region, a shop burned down.',
      'Lisne',
    );
    expect(russian?.id).toBeDefined();
    expect(ukrainian?.id).toBe(russian?.id);
  });
});

describe('a town named in the spelling of the other language', () => {
  it('is the town the gazetteer knows by its Ukrainian name, when placed in its region', () => {
    const ids = idsOf(
      'Drones struck a warehouse near Vinogradov, in the Zakarpattia region. Vynohradiv was last hit in May.',
    ).filter(([surface]) => /^V/.test(surface));
    expect(ids).toEqual([
      ['Vinogradov', 'place:ua-vynohradiv'],
      ['Vynohradiv', 'place:ua-vynohradiv'],
    ]);
  });

  it('gives one id to a village whose Russian ё after ch one outlet writes e, another o', () => {
    const russian = entityOf(
      'Shelling hit the village of Chernomorka in the Mykolaiv region.',
      'Chernomorka',
    );
    const ukrainian = entityOf(
      'Shelling hit the village of Chornomorka in the Mykolaiv region.',
      'Chornomorka',
    );
    expect(russian?.known).toBe(false);
    expect(ukrainian?.id).toBe(russian?.id);
  });
});

describe('a village named only as where a building stands', () => {
  it('reads "a school in X" as a settlement, one with the village of X named elsewhere', () => {
    const text =
      'In the village of Lypivka, in the Kharkiv region, debris fell. Windows of a school in Lypivka were broken.';
    const ids = idsOf(text).filter(([surface]) => surface === 'Lypivka');
    expect(ids).toHaveLength(2);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
    expect(idsOf('Windows of a school in Lypivka were broken.')).toHaveLength(1);
  });

  it('leaves a capitalised word that qualifies a noun after it', () => {
    expect(idsOf('A house in Soviet times was rebuilt.')).toEqual([]);
  });

  it('leaves foreign places and words not shaped like a Russian or Ukrainian village', () => {
    for (const text of [
      'The soldier was flown to a hospital in Landstuhl, the army said.',
      'Pupils at a school in Bristol were evacuated.',
      'Lessons at a school in English and maths were cancelled.',
      'A shooting at a school in Oregon was reported.',
      'A high school in California was closed.',
    ])
      expect(idsOf(text).filter(([, id]) => id.startsWith('place:'))).toEqual([]);
    expect(idsOf('Two houses in Kolyndiany were damaged.')).toHaveLength(1);
  });
});

describe('an official told by the body he heads', () => {
  it('reads "the administration headed by X" as X heading it, and X named again as him', () => {
    const text =
      'Two villages lost power, the district administration headed by Ivan Sidorenko acknowledged. ' +
      'Ivan Sidorenko did not say when it would be back.';
    const ids = idsOf(text).filter(([, id]) => id.startsWith('official:'));
    expect(ids.map(([surface]) => surface)).toEqual(['Ivan Sidorenko', 'Ivan Sidorenko']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });

  it('does not take a commander of forces "led by" X for an official', () => {
    expect(idsOf('Ukrainian forces led by Ivan Sidorenko advanced.')).toEqual([]);
  });

  it('does not take the head of a gang or a commission "headed by" X for an official', () => {
    expect(idsOf('A criminal gang headed by Oleg Sidorenko was detained.')).toEqual([]);
    expect(idsOf('A commission chaired by Ivan Petrenko inspected the school.')).toEqual([]);
  });
});

describe("a governor's namesake with a role of his own", () => {
  it('is an unknown official when the role bound to the name is local or not a governor’s', () => {
    const namesakes: Array<[string, string]> = [
      [
        'Russian shelling damaged two houses in Bilozerka, in the Kherson region. Volodymyr Mazur, the head of the Bilozerka community, said no one was hurt.',
        'Volodymyr Mazur',
      ],
      [
        'A missile struck an industrial facility in Zaporizhzhia, city council secretary Oleksandr Sokolov said.',
        'Oleksandr Sokolov',
      ],
      [
        'A drone hit a farm in the Oryol region, district head Yevgeny Solntsev said.',
        'Yevgeny Solntsev',
      ],
      ['Deputy governor Alexander Sokolov visited the site.', 'Alexander Sokolov'],
    ];
    for (const [text, surface] of namesakes) {
      const official = entityOf(text, surface);
      expect(official?.type).toBe('official');
      expect(official?.known).toBe(false);
    }
  });

  it("still finds a federal city's governor told as the city's head", () => {
    const text = "Debris fell in Sevastopol, the city's head, Mikhail Razvozhayev, said.";
    expect(entityOf(text, 'Mikhail Razvozhayev')).toMatchObject({ known: true });
  });

  it("does not weigh another person's role in the same sentence", () => {
    const text =
      'Defence Minister Rustem Umerov met President Volodymyr Zelensky and Mykolaiv governor Vitaliy Kim on Monday.';
    expect(entityOf(text, 'Vitaliy Kim')).toMatchObject({ known: true });
  });

  it('still finds the governor told as the head of his region', () => {
    const text =
      'Drones were downed over the Tomsk region, the head of the region, Vladimir Mazur, said.';
    expect(entityOf(text, 'Vladimir Mazur')).toMatchObject({ known: true });
    expect(
      entityOf('Governor of Kirov Oblast Alexander Sokolov said.', 'Alexander Sokolov'),
    ).toMatchObject({
      known: true,
    });
  });
});

describe('air bases named by their own name', () => {
  it('reads "the Shagol airfield" and "Shagol air base" as one place, and no nationality as one', () => {
    const text =
      'Drones strike Shagol air base near Chelyabinsk\n\n' +
      'Ukrainian drones struck the Shagol airfield overnight, a source said. ' +
      'The Russian airfield was not damaged, officials said. Military airfields were put on alert.';
    const bases = idsOf(text).filter(([, id]) => id.endsWith('-airfield'));
    expect(bases.map(([surface]) => surface)).toEqual(['Shagol air base', 'Shagol airfield']);
    expect(new Set(bases.map(([, id]) => id)).size).toBe(1);
    expect(entityOf(text, 'Shagol airfield')).toMatchObject({ type: 'place', known: false });
  });
});

describe('an unknown village and the places around it (round 54)', () => {
  it('places a village by the region the story names, not by the dateline', () => {
    const text =
      "Russian shelling wounds farmer in Ukraine's Sumy region\n\n" +
      "ODESA, May 3 (Westwire) - Russian shelling hit a farm in the village of Kozhushkivka in Ukraine's northern Sumy region on Friday, wounding a farmer, officials said.";
    const village = entityOf(text, 'Kozhushkivka');
    expect(village?.id).toMatch(/^place:ua-sumy-oblast-/);
  });

  it('finds a village named again in the other script', () => {
    const text =
      'A drone struck a barn in the village of Kozhushkivka, in the Sumy region, on Friday. ' +
      'Кожушківка lies six kilometres from the border.';
    const ids = idsOf(text).filter(([surface]) => /Kozhushkivka|Кожушківка/.test(surface));
    expect(ids.map(([surface]) => surface)).toEqual(['Kozhushkivka', 'Кожушківка']);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(1);
  });
});

describe("Russia's own kinds of village before a name the gazetteer lacks", () => {
  it('reads the name after "the khutor of" or "the sloboda of" as a place, and its later mentions too', () => {
    const text =
      'Grass fire reaches Krutoyarka\n\n' +
      'A grass fire broke out near the khutor of Krutoyarka, in the Chertkovsky district of the ' +
      'Rostov region. Krutoyarka lost power for three hours. The sloboda of Kamyshevatka sent ' +
      'two fire engines.';
    const places = idsOf(text).filter(([, id]) => id.startsWith('place:'));
    const surfaces = places.map(([surface]) => surface);
    expect(surfaces.filter((s) => s === 'Krutoyarka')).toHaveLength(3);
    expect(surfaces).toContain('Kamyshevatka');
    expect(new Set(places.filter(([s]) => s === 'Krutoyarka').map(([, id]) => id)).size).toBe(1);
  });
});
