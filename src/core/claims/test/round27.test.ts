/**
 * The status misses of round 27 of the development set (articles 149–154), as phenomena: each test
 * tells a fact about other places and in other words than the articles that showed it, through the
 * whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { retold, statusOf } from '../../test/retold.ts';

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
