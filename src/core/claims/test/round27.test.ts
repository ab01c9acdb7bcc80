/**
 * The status misses of round 27 of the development set (articles 149–154), as phenomena: each test
 * tells a fact about other places and in other words than the articles that showed it, through the
 * whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { claimsOf, LATER, retold, statusOf } from '../../test/retold.ts';

// The gazetteer is built once, before the first retelling, so that no test carries its cost.
beforeAll(() => {
  gazetteer();
}, 60_000);

describe('near an object or struck on it', () => {
  it('meets a missile that hit an enterprise with debris that fell near one', () => {
    const checked = retold(
      [
        'Debris falls near enterprise in Kremenchuk',
        'Debris of a downed drone fell near an enterprise on the edge of Kremenchuk overnight into Monday.',
      ],
      [
        'Drone strikes Kremenchuk',
        'A drone hit an enterprise in Kremenchuk overnight into Monday, the ministry said.',
      ],
    );
    expect(statusOf(checked, 'A drone hit an enterprise')).toBe('contradicted');
  });

  it('meets a drone that hit a barracks with debris that fell near the building', () => {
    const checked = retold(
      [
        'Drone attack on Kaspiysk repelled',
        'Two drones were shot down over Kaspiysk on Monday. Debris of one of them fell near the building of the naval academy and damaged the roof of a garage.',
      ],
      [
        'Drones strike naval academy in Kaspiysk',
        'Drones struck the naval academy in Kaspiysk on Monday. According to the channels, a drone hit the academy’s barracks.',
      ],
    );
    expect(statusOf(checked, 'hit the academy’s barracks')).toBe('contradicted');
  });
});

describe('a district the gazetteer lacks', () => {
  it('is one district in its Ukrainian form with h for g', () => {
    const checked = retold(
      [
        'Drones downed in Udmurtia',
        'Three drones were shot down over the Glazovsky district of Udmurtia on Monday, the head of the republic said.',
      ],
      [
        'Udmurtia says drones downed',
        'The head of Udmurtia claimed that all the drones had been shot down over the Hlazovskyi raion on Monday.',
      ],
    );
    expect(statusOf(checked, 'Hlazovskyi raion')).toBe('corroborated');
  });

  it('is the ground of the town it is named after', () => {
    const checked = retold(
      [
        'Drone attack on Udmurtia repelled',
        'Two drones were shot down over the Glazovsky district of Udmurtia on Monday. Debris fell near a school and damaged its fence.',
      ],
      ['Drone hits school in Glazov', 'A drone hit a school in Glazov on Monday, residents wrote.'],
    );
    expect(statusOf(checked, 'A drone hit a school in Glazov')).toBe('contradicted');
  });
});

describe('an attack on a site named with the town it lies near', () => {
  it('meets the attack on its region that night', () => {
    const checked = retold(
      [
        'Drone attack on Rostov region repelled',
        'Air defences repelled a drone attack on the Rostov region overnight into Monday, the governor said.',
      ],
      [
        'Drones attack Russian air base',
        'Ukrainian drones attacked the military airfield near Millerovo, in Russia’s Rostov oblast, overnight into Monday, a source said.',
      ],
    );
    expect(statusOf(checked, 'attacked the military airfield near Millerovo')).toBe('corroborated');
  });
});

describe('a tally and where most of it came down', () => {
  it('counts over the region, not over the town where most fell', () => {
    const checked = retold(
      [
        'Drone attack on Klintsy repelled',
        'Air defences repelled a drone attack on the Bryansk region overnight. According to the governor, 14 drones were destroyed over the region, most of them on the outskirts of Klintsy.',
      ],
      [
        'Bryansk governor reports drones downed',
        'The Bryansk governor said overnight that 20 drones had been shot down.',
      ],
    );
    expect(statusOf(checked, '20 drones had been shot down')).toBe('contradicted');
  });
});

describe('two things said in one sentence, the second "insisted"', () => {
  it('reads each as a claim, and meets the second with another outlet’s denial', () => {
    const checked = retold(
      [
        'Drone attack on Engels',
        'Drones attacked Engels overnight. The airfield in Engels was not damaged, the Saratov governor said.',
      ],
      [
        'Drones strike Engels',
        'The Saratov governor claimed that ten drones had been shot down over Engels overnight and insisted that the airfield had not been damaged.',
      ],
    );
    const denial = checked.find((c) => c.text.startsWith('insisted that the airfield'));
    expect(denial?.status).toBe('corroborated');
  });
});

describe('weapons that destroyed something', () => {
  it('struck it, unless what they destroyed were weapons', () => {
    const [struck] = claimsOf(
      'Bombers lost at Russian air base',
      'In May, drones hidden in a truck destroyed two hangars at the air base near Morozovsk.',
      LATER.url,
    ).filter((c) => c.text.includes('hangars'));
    expect(struck?.frame.event).toBe('damage');
    const [downed] = claimsOf(
      'Drones downed over Kyiv',
      'Interceptor drones destroyed 30 attack drones over Kyiv overnight, protecting homes in the city.',
      LATER.url,
    ).filter((c) => c.text.includes('Interceptor'));
    expect(downed?.frame.event).toBe('shootdown');
  });
});

describe('where a fire burned', () => {
  it('in a field in one telling and on a site’s grounds in the other is not one fire', () => {
    const checked = retold(
      [
        'Drone debris falls near Kremenchuk depot',
        'Debris of a downed drone fell near a depot in Kremenchuk overnight into Monday. A fire broke out in a field and was put out by morning.',
      ],
      [
        'Drone hits depot in Kremenchuk',
        'A drone hit a depot in Kremenchuk overnight into Monday. A large fire broke out on its grounds.',
      ],
    );
    expect(statusOf(checked, 'A large fire broke out on its grounds')).toBe('contradicted');
  });
});

describe('a month told with its year', () => {
  it('is an earlier event, not a day of that month', () => {
    const checked = retold(
      [
        'Drones attack Morozovsk air base',
        'Ukrainian drones attacked the military airfield near Morozovsk overnight into Sunday.',
      ],
      [
        'Drones strike Morozovsk air base again',
        'Drones struck the military airfield near Morozovsk overnight into Sunday, sources said. In June 2024, drones hidden in a truck destroyed several bombers at the airfield near Morozovsk.',
      ],
    );
    expect(statusOf(checked, 'In June 2024')).toBe('new');
  });
});
