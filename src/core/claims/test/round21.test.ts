/**
 * The status misses of round 21 of the development set (articles 113–118), as phenomena: each test
 * retells a fact two ways, about other places and in other words than the articles that showed it,
 * through the whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { claimsOf, LATER, retold, statusOf } from '../../test/retold.ts';

// The gazetteer is built once, before the first retelling, so that no test carries its cost.
beforeAll(() => {
  gazetteer();
}, 60_000);

describe('the day pictures came out is not the day they show', () => {
  it('keeps a later claim on the night the lead names after "footage released on Wednesday"', () => {
    const checked = retold(
      [
        'Drones attack Tuapse',
        'Drones attacked Tuapse overnight into Tuesday, the governor said. Debris damaged the roof of a warehouse in the port of Tuapse.',
      ],
      [
        'Tuapse port hit',
        'Ukrainian drones attacked Tuapse overnight into Tuesday, the General Staff said. Footage released on Wednesday shows two fuel tanks burned out at the port of Tuapse. Debris damaged the roof of a warehouse in the port of Tuapse, the governor said.',
      ],
    );
    expect(statusOf(checked, 'roof of a warehouse')).toBe('corroborated');
  });
});

describe('midnight told as the hour of a strike', () => {
  it('clashes "just after midnight" with "about 3 a.m."', () => {
    const earlier: [string, string] = [
      'Drones attack Tuapse',
      'Drones attacked Tuapse overnight into Tuesday, the governor said. The attack began at about 3 a.m.',
    ];
    const checked = retold(earlier, [
      'Tuapse attacked',
      'Ukrainian drones attacked Tuapse overnight into Tuesday. The strike came just after midnight, according to the General Staff.',
    ]);
    expect(statusOf(checked, 'just after midnight')).toBe('contradicted');
  });
});

describe('an air base, an airfield and an aerodrome are one object', () => {
  it('meets a denial about "the airfield" with a strike on "the air base"', () => {
    const checked = retold(
      [
        'Drones attack Engels',
        'Drones attacked Engels in the Saratov region overnight into Monday, Governor Roman Busargin said. The Engels airfield was not damaged, he said.',
      ],
      [
        'Engels hit',
        'Ukrainian drones hit the Engels air base in the Saratov region overnight into Monday, the General Staff said.',
      ],
    );
    expect(statusOf(checked, 'hit the Engels air base')).toBe('contradicted');
  });
});

describe('an attack on a place is no damage to it', () => {
  it('leaves "drones targeted the aerodrome" standing beside "the aerodrome was not damaged"', () => {
    const checked = retold(
      [
        'Drones attack Engels',
        'Drones attacked Engels in the Saratov region overnight into Monday, Governor Roman Busargin said. The Engels aerodrome was not damaged, he said.',
      ],
      [
        'Engels targeted',
        'Ukrainian drones targeted the Engels military aerodrome in the Saratov region overnight into Monday, the General Staff said.',
      ],
    );
    expect(statusOf(checked, 'targeted the Engels')).not.toBe('contradicted');
  });

  it('still clashes the denial with the aerodrome "attacked and damaged"', () => {
    const checked = retold(
      [
        'Drones attack Engels',
        'Drones attacked Engels in the Saratov region overnight into Monday, Governor Roman Busargin said. The Engels aerodrome was not damaged, he said.',
      ],
      [
        'Engels targeted',
        'Ukrainian drones attacked and damaged the Engels military aerodrome in the Saratov region overnight into Monday, the General Staff said.',
      ],
    );
    expect(statusOf(checked, 'attacked and damaged')).toBe('contradicted');
  });
});

describe('a denial for a village in a raion does not speak for the raion’s centre', () => {
  it('leaves the town’s injured standing beside "near the village of …, without casualties"', () => {
    const checked = retold(
      [
        'Drones attack Brovary district',
        'Russian drones attacked the Kyiv oblast overnight into Sunday. In the Brovarskyi raion, the debris of a downed drone fell in a field near the village of Kalynivka, without casualties.',
      ],
      [
        'Three injured in Brovary',
        'Russian drones attacked Brovary in the Kyiv oblast overnight into Sunday. Three people were injured in Brovary, the mayor said.',
      ],
    );
    expect(statusOf(checked, 'Three people were injured')).not.toBe('contradicted');
  });

  it('still clashes the denial with the village’s own injured', () => {
    const checked = retold(
      [
        'Drones attack Brovary district',
        'Russian drones attacked the Kyiv oblast overnight into Sunday. In the Brovarskyi raion, the debris of a downed drone fell in a field near the village of Kalynivka, without casualties.',
      ],
      [
        'Two injured in Kalynivka',
        'Russian drones attacked the Kyiv oblast overnight into Sunday. Two people were injured in the village of Kalynivka in the Brovarskyi raion, the police said.',
      ],
    );
    expect(statusOf(checked, 'Two people were injured')).toBe('contradicted');
  });
});

describe('a revised count claims its later figure', () => {
  it('does not take "risen to nine from seven" for the earlier outlet’s seven', () => {
    const checked = retold(
      [
        'Drones hit Kherson',
        'Russian drones attacked Kherson overnight into Monday. Seven people were injured in Kherson, the governor said.',
      ],
      [
        'Kherson attacked',
        'Russian drones attacked Kherson overnight into Monday. According to the regional administration, the number of people injured in Kherson has risen to nine from seven.',
      ],
    );
    expect(statusOf(checked, 'risen to nine from seven')).not.toBe('corroborated');
  });

  it('meets the earlier outlet’s nine', () => {
    const checked = retold(
      [
        'Drones hit Kherson',
        'Russian drones attacked Kherson overnight into Monday. Nine people were injured in Kherson, the governor said.',
      ],
      [
        'Kherson attacked',
        'Russian drones attacked Kherson overnight into Monday. Nine people were injured in Kherson, up from seven reported in the morning.',
      ],
    );
    expect(statusOf(checked, 'up from seven')).toBe('corroborated');
  });
});

describe('what an official said only, after what he did not name', () => {
  it('places "said only that debris had fallen" at the enterprise its sentence began with', () => {
    const checked = retold(
      [
        'Drones attack Novomoskovsk',
        'Drones attacked Novomoskovsk in the Tula region overnight into Sunday, Governor Dmitry Milyaev said. Debris fell on the territory of an industrial enterprise in Novomoskovsk, he said.',
      ],
      [
        'Drones hit chemical plant in Novomoskovsk',
        'Ukrainian drones struck the Azot chemical plant in Novomoskovsk in the Tula region early on Sunday, a source said. The plant lies some 200 kilometres south of Moscow. Milyaev did not name the enterprise and said only that debris had fallen on an industrial site.',
      ],
    );
    expect(statusOf(checked, 'said only that debris')).toBe('corroborated');
  });
});

describe('restrictions lifted and a supply back are claims', () => {
  it('reads "The restrictions were lifted" after an airport’s closure', () => {
    const claims = claimsOf(
      'Kazan airport closed',
      'Flights at Kazan airport were suspended overnight into Monday, Rosaviatsia said. The restrictions were lifted in the morning.',
      LATER.url,
    );
    expect(claims.map((c) => c.text)).toContain('The restrictions were lifted in the morning');
  });

  it('meets "electricity was back" with "power was restored"', () => {
    const checked = retold(
      [
        'Drones hit Kharkiv',
        'Russian drones struck a substation in Kharkiv overnight into Monday. Part of the city lost power. Power was restored by noon, the mayor said.',
      ],
      [
        'Kharkiv substation struck',
        'A Russian drone hit a substation in Kharkiv overnight into Monday, leaving homes without power. Electricity was back in homes by noon.',
      ],
    );
    expect(statusOf(checked, 'Electricity was back')).toBe('corroborated');
  });
});

describe('an attack told on a town meets a strike told on what was hit in it', () => {
  it('backs "drones struck the plant in Kineshma" with "drones attacked Kineshma" that night', () => {
    const checked = retold(
      [
        'Drones attack Kineshma',
        'Ukrainian drones attacked Kineshma in the Ivanovo region overnight into Friday, the governor said.',
      ],
      [
        'Plant hit in Kineshma',
        'Ukrainian drones struck a textile plant in Kineshma in the Ivanovo region early on Friday, a source said.',
      ],
    );
    expect(statusOf(checked, 'struck a textile plant')).toBe('corroborated');
  });

  it('backs "drones attacked the airfield near …" with "the attack began at about 2 a.m." there', () => {
    const checked = retold(
      [
        'Drones over Olenegorsk',
        'Air defences shot down five drones near Olenegorsk in the Murmansk region overnight into Friday, the governor said. The attack began at about 2 a.m.',
      ],
      [
        'Olenya targeted',
        'Ukrainian drones attacked the Olenya airfield near Olenegorsk in the Murmansk region overnight into Friday, the General Staff said.',
      ],
    );
    expect(statusOf(checked, 'attacked the Olenya airfield')).toBe('corroborated');
  });
});
