/**
 * Retellings round 58 of the development set showed the check missing, about other places and
 * wording: the town the witnesses live in ("residents of nearby X wrote") taken for the scene of
 * the strike, and carried on to the sentences after it, so that what they tell of the base
 * struck never meets the other outlet's telling of that base.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('the town the witnesses write from, beside the scene', () => {
  const denial: [string, string] = [
    'Drone attack on Millerovo repelled',
    'Air defence repelled a drone attack on the Millerovo air base overnight into Monday, Governor Yuri Slyusar said. A fire broke out at the base and was quickly put out. No aircraft were damaged, a source in the ministry said.',
  ];

  it('keeps the aircraft told after "residents of nearby X wrote" at the base, against its denial', () => {
    const checked = retold(denial, [
      'Drones hit Millerovo air base',
      'Drones struck the Millerovo air base in the Rostov region overnight into Monday, a source told journalists. Explosions were heard from about two in the morning, residents of nearby Kamensk-Shakhtinsky wrote on social media. Three Su-30 fighters parked at the base were damaged.',
    ]);
    expect(statusOf(checked, 'Three Su-30 fighters')).toBe('contradicted');
  });

  it('still places a strike on the nearby town itself there', () => {
    const checked = retold(denial, [
      'Drones hit Kamensk-Shakhtinsky',
      'Drones struck nearby Kamensk-Shakhtinsky overnight into Monday, local channels wrote. Three houses were damaged there.',
    ]);
    expect(statusOf(checked, 'Three houses')).toBe('new');
  });
});
