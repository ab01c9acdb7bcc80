/**
 * The status misses of round 25 of the development set (articles 137–142), as phenomena: each test
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

describe('shelling told by what was fired at a place', () => {
  it('reads "fired … rockets at" and a headline’s "troops shell" as claims', () => {
    const claims = claimsOf(
      'Russian troops shell Nikopol with artillery',
      'Russian forces fired 30 rockets at Nikopol late on Monday, the regional governor said.',
      LATER.url,
    );
    expect(claims.map((c) => c.text)).toEqual([
      'Russian troops shell Nikopol with artillery',
      'Russian forces fired 30 rockets at Nikopol late on Monday, the regional governor said',
    ]);
  });

  it('leaves shells that fell, and rockets fired at nothing named, as they were', () => {
    const claims = claimsOf(
      'Nikopol',
      'Russian shells fell on fields. The crew fired flares at dusk to mark the spot.',
      LATER.url,
    );
    expect(claims.map((c) => c.text)).not.toContain(
      'The crew fired flares at dusk to mark the spot',
    );
  });

  it('meets a strike on the same town that night', () => {
    const checked = retold(
      [
        'Russian troops shell Nikopol with artillery',
        'Russian forces fired 30 Grad rockets at Nikopol late on Monday, the head of the Dnipropetrovsk region said.',
      ],
      [
        'Strike on Nikopol',
        'Russian forces struck Ukrainian positions in Nikopol, in the Dnipropetrovsk oblast, on Monday night, the head of the regional military administration said on Telegram.',
      ],
    );
    expect(statusOf(checked, 'Russian forces struck Ukrainian positions')).toBe('corroborated');
  });
});

describe('a district "of" a city is in that city', () => {
  it('puts debris near a refinery in a city district against drones that struck it in the city', () => {
    const checked = retold(
      [
        'Drones downed over Saratov region',
        'Debris fell near the oil refinery in the Leninsky district of Saratov overnight into Monday, the governor said.',
      ],
      [
        'Drones hit refinery in Saratov',
        'Ukrainian drones struck the oil refinery in Saratov overnight into Monday, a source said.',
      ],
    );
    expect(statusOf(checked, 'Ukrainian drones struck the oil refinery')).toBe('contradicted');
  });

  it('but not a district of the region told without its city', () => {
    const checked = retold(
      [
        'Drones downed over Saratov region',
        'Debris fell near an oil depot in the Engelssky district of the Saratov region overnight into Monday, the governor said.',
      ],
      [
        'Drones hit depot in Saratov',
        'Ukrainian drones struck an oil depot in Saratov overnight into Monday, a source said.',
      ],
    );
    expect(statusOf(checked, 'Ukrainian drones struck an oil depot')).not.toBe('contradicted');
  });
});

describe('a drone that fell near a town came down there', () => {
  it('meets a drone shot down near that town the same night', () => {
    const checked = retold(
      [
        'Drones attack Belgorod region',
        'Russian air defences were active over the Belgorod region overnight into Sunday. Another drone fell near Shebekino, in the Shebekinsky district.',
      ],
      [
        'Drones downed over Belgorod region',
        'One more drone was shot down near Shebekino, in the Shebekino district, overnight into Sunday, according to the governor.',
      ],
    );
    expect(statusOf(checked, 'One more drone was shot down')).toBe('corroborated');
  });

  it('but not one that fell onto a house there', () => {
    const checked = retold(
      [
        'Drone hits house in Shebekino',
        'A drone fell onto the roof of a house in Shebekino overnight into Sunday, the governor said.',
      ],
      [
        'Drone downed near Shebekino',
        'A drone was shot down near Shebekino overnight into Sunday, according to the governor.',
      ],
    );
    expect(statusOf(checked, 'A drone was shot down')).not.toBe('corroborated');
  });
});

describe('drones seen over a town were over it', () => {
  const earlier: [string, string] = [
    'Drones downed over Rostov region',
    'Air defences shot down drones over the Rostov region overnight into Tuesday. Two of the drones were downed over the Kamensky district, near Kamensk-Shakhtinsky.',
  ];

  it('meets drones shot down over that town the same night', () => {
    const checked = retold(earlier, [
      'Drones hit depot in Rostov region',
      'Ukrainian drones struck an oil depot in the Rostov region overnight into Tuesday. Drones were also seen over Kamensk-Shakhtinsky, in the Kamensky district.',
    ]);
    expect(statusOf(checked, 'Drones were also seen over')).toBe('corroborated');
  });

  it('but not drones seen over another town', () => {
    const checked = retold(earlier, [
      'Drones hit depot in Rostov region',
      'Ukrainian drones struck an oil depot in the Rostov region overnight into Tuesday. Drones were also seen over Novoshakhtinsk.',
    ]);
    expect(statusOf(checked, 'Drones were also seen over')).toBe('new');
  });
});

describe('explosions in a city from an hour, the attack on a town of its region at that hour', () => {
  const earlier: [string, string] = [
    'Drones shot down over Tambov region',
    'Air defences shot down five drones over the Tambov region overnight, Governor Yevgeny Pervyshov said. In the town of Rasskazovo, debris damaged the roof of a barn. The attack began at about 2 a.m., residents said.',
  ];

  it('meets the one with the other, though they share no word', () => {
    const checked = retold(earlier, [
      'Drones attack Tambov',
      'Drones attacked the Tambov region overnight. Several explosions were heard in the city from about two in the morning, local channels wrote.',
    ]);
    expect(statusOf(checked, 'Several explosions were heard')).toBe('corroborated');
  });

  it('but not at an hour two hours later', () => {
    const checked = retold(earlier, [
      'Drones attack Tambov',
      'Drones attacked the Tambov region overnight. Several explosions were heard in the city from about four in the morning, local channels wrote.',
    ]);
    expect(statusOf(checked, 'Several explosions were heard')).not.toBe('corroborated');
  });
});

describe('"the building of" a school is the school', () => {
  it('meets a strike on the school told without "the building of"', () => {
    const checked = retold(
      [
        'Two injured in Horlivka',
        'Two missiles hit the building of a former kindergarten in the centre of Horlivka on Sunday, the city administration said.',
      ],
      [
        'Strike on Horlivka',
        'On Sunday the strike in Horlivka hit the former kindergarten, the city administration said.',
      ],
    );
    expect(statusOf(checked, 'hit the former kindergarten')).toBe('corroborated');
  });
});
