/**
 * The status and detection misses of round 37 of the development set (articles 209–214), as
 * phenomena: each test tells a fact about other places and in other words than the articles that
 * showed it, through the whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { claimsOf, LATER, retold, statusOf } from '../../test/retold.ts';

// The gazetteer is built once, before the first retelling, so that no test carries its cost.
beforeAll(() => {
  gazetteer();
}, 60_000);

function textsOf(title: string, body: string): string[] {
  return claimsOf(title, body, LATER.url).map((c) => c.text);
}

describe('what air defences did, told in few words', () => {
  it('reads a headline whose verb is "down" as a claim', () => {
    const texts = textsOf(
      'Gladkov: air defences down drones over Shebekino',
      'Air defences shot down three drones over Shebekino on Tuesday night, the governor said.',
    );
    expect(texts).toContain('Gladkov: air defences down drones over Shebekino');
  });

  it('reads air defences firing at drones over a town, whatever became of them, as a claim', () => {
    const texts = textsOf(
      'Drones attack Kremenchuk',
      'Russian drones attacked Kremenchuk overnight into Friday. On the same night, air defences fired at drones over Lubny, local channels wrote.',
    );
    expect(texts.some((t) => t.includes('fired at drones over Lubny'))).toBe(true);
  });
});

describe('a quote cut by its attribution', () => {
  const earlier: [string, string] = [
    'Russian drones attack Kremenchuk',
    'Russian drones attacked Kremenchuk, in the Poltava oblast, overnight into Friday, the regional governor said. "The first drones," said Yurii Ihnat, spokesman for the Air Force, "came at around 3 a.m."',
  ];

  it('reads the two halves as one statement of when the attack came', () => {
    const texts = textsOf(...earlier);
    expect(texts.some((t) => t.includes('"The first drones," said Yurii Ihnat'))).toBe(true);
  });

  it('so that another hour for that strike contradicts it', () => {
    const checked = retold(earlier, [
      'Geran drones strike Kremenchuk',
      'Russian Geran drones struck Kremenchuk overnight into Friday, the Defence Ministry said. The strikes came shortly before midnight.',
    ]);
    expect(statusOf(checked, 'The strikes came shortly before midnight')).toBe('contradicted');
  });
});

describe('power cut told as what a strike did', () => {
  it('meets "cutting power to parts of the town" with "part of the town was left without power"', () => {
    const checked = retold(
      [
        'Drones attack Shostka',
        'Russian drones attacked Shostka in the Sumy region overnight into Monday. A drone hit an energy facility, and part of the town was left without power.',
      ],
      [
        'Drones hit Shostka',
        'Russian drones struck Shostka overnight into Monday, bloggers wrote. A substation in the town was hit, cutting power to parts of Shostka.',
      ],
    );
    expect(statusOf(checked, 'cutting power to parts of Shostka')).toBe('corroborated');
  });
});

describe('a plant near which debris fell, or struck', () => {
  const earlier: [string, string] = [
    'Drones downed over Izhevsk',
    'Air defences shot down drones over Izhevsk overnight into Monday, the head of Udmurtia said. Debris fell near an industrial enterprise, according to him.',
  ];

  it('sets a strike on the plant a town is known for against debris near an enterprise', () => {
    const checked = retold(earlier, [
      'Drones hit Izhevsk plant',
      'Ukrainian drones struck the Kupol Electromechanical Plant in Izhevsk overnight into Monday, Telegram channels reported.',
    ]);
    expect(statusOf(checked, 'struck the Kupol Electromechanical Plant')).toBe('contradicted');
  });

  it('and so a headline striking a design bureau there', () => {
    const checked = retold(earlier, [
      'Drones strike design bureau in Izhevsk',
      'A workshop caught fire in Izhevsk overnight into Monday, Telegram channels reported.',
    ]);
    expect(statusOf(checked, 'Drones strike design bureau in Izhevsk')).toBe('contradicted');
  });
});

describe('a road between two towns', () => {
  it('meets "traffic briefly restricted" on the highway with "the road between them closed"', () => {
    const checked = retold(
      [
        'Drone attack on Dzhankoi repelled',
        'Air defences repelled a drone attack on Dzhankoi in Crimea on Sunday evening. Traffic on the Dzhankoi–Armiansk highway was briefly restricted, officials said.',
      ],
      [
        'Dzhankoi airfield hit',
        'Ukrainian forces struck the Dzhankoi airfield in occupied Crimea on Sunday evening. The road between Dzhankoi and Armiansk was closed for a time.',
      ],
    );
    expect(statusOf(checked, 'The road between Dzhankoi and Armiansk')).toBe('corroborated');
  });
});

describe('a denial after debris fell in the open', () => {
  // The denials follow a field near a village: they sum up the attack on the district.
  const earlier: [string, string] = [
    'Drone attack on Dzhankoi district repelled',
    'Air defences repelled a drone attack on the Dzhankoi district of Crimea on Sunday evening, the republic’s head said. Debris fell on an empty field near Azovske. No facilities were damaged. No one was injured, his adviser added.',
  ];

  it('is contradicted by a strike on an airfield in the district’s town', () => {
    const checked = retold(earlier, [
      'Dzhankoi airfield hit',
      'Ukrainian forces struck the military airfield at Dzhankoi in Crimea on Sunday evening, the Navy said.',
    ]);
    expect(statusOf(checked, 'struck the military airfield at Dzhankoi')).toBe('contradicted');
  });

  it('and by wounded reported there', () => {
    const checked = retold(earlier, [
      'Dzhankoi airfield hit',
      'Ukrainian forces struck Dzhankoi in Crimea on Sunday evening. Residents reported at least three wounded soldiers.',
    ]);
    expect(statusOf(checked, 'at least three wounded soldiers')).toBe('contradicted');
  });

  it('but a denial after debris that fell on a village speaks only of that village', () => {
    const checked = retold(
      [
        'Drone attack on Dzhankoi district repelled',
        'Air defences repelled a drone attack on the Dzhankoi district of Crimea on Sunday evening. Debris fell on a house in Azovske. No one was injured.',
      ],
      [
        'Dzhankoi hit',
        'Ukrainian forces struck Dzhankoi in Crimea on Sunday evening. Residents reported at least three wounded soldiers.',
      ],
    );
    expect(statusOf(checked, 'at least three wounded soldiers')).toBe('new');
  });
});

describe('a speaker’s title before a verb of claiming', () => {
  it('places the claim at the town the passage is about, not in the title’s region', () => {
    const claims = claimsOf(
      'Drones hit oil depot in Melitopol',
      'Ukrainian drones struck an oil depot in occupied Melitopol on Sunday night. The Russian-installed head of the Zaporizhzhia region, Yevgeny Balitsky, claimed that all drones had been shot down.',
      LATER.url,
    );
    const claim = claims.find((c) => c.text.includes('all drones had been shot down'));
    expect(claim?.frame.places).toEqual(['place:ua-melitopol']);
  });
});
