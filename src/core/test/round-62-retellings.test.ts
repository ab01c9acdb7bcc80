/**
 * Retellings round 62 of the development set showed the check missing, about other places and
 * wording: a drone shot down near an object against one that hit it; a site's parts denied damage
 * together ("neither its buildings nor its equipment") against a workshop hit and burning; a clock
 * in words with its minutes ("twenty to three in the morning"); a shootdown told by its hour against
 * the blast heard; a fire "sparked" with an adjective before it; mobile internet "switched off"; an
 * attack or a shootdown told as the noun after a verb of telling ("confirmed the strike", "spoke only
 * of a downed drone"); a fire in a site's "technical building" against the object it housed; and one
 * official's denials of harm placed at two places of the region he heads.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('a site’s parts denied damage together', () => {
  const earlier: [string, string] = [
    'Drones repelled over Nevinnomyssk',
    'Air defence repelled a drone attack on Nevinnomyssk overnight into Thursday, the governor said. Wreckage fell on the grounds of a chemical plant in the town. Neither its buildings nor its equipment were damaged, he said.',
  ];

  it('sets a workshop of the plant hit and burning against the denial', () => {
    const checked = retold(earlier, [
      'Azot plant in Nevinnomyssk burns after drone strike',
      'Drones struck the Azot plant in Nevinnomyssk overnight into Thursday, monitoring channels reported. A workshop of the plant was hit and caught fire.',
    ]);
    expect(statusOf(checked, 'A workshop of the plant')).toBe('contradicted');
  });

  it('leaves a strike on the plant, told alone, standing beside the debris on its grounds', () => {
    const checked = retold(earlier, [
      'Drones over Nevinnomyssk',
      'Drones struck the Azot plant in Nevinnomyssk overnight into Thursday, monitoring channels reported.',
    ]);
    expect(statusOf(checked, 'Drones struck the Azot plant')).not.toBe('contradicted');
  });

  it('sets a school hit against "neither the school nor the houses were hit"', () => {
    const checked = retold(
      [
        'Shelling of Vovchansk',
        'Russian forces shelled Vovchansk on Saturday, the regional governor said. Neither the school nor the nearby houses were hit, he said.',
      ],
      [
        'Shell hits school in Vovchansk',
        'Russian forces shelled Vovchansk on Saturday. A shell hit the school in the town centre, local media reported.',
      ],
    );
    expect(statusOf(checked, 'A shell hit the school')).toBe('contradicted');
  });
});
