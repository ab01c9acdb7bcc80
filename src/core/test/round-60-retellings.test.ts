/**
 * Retellings round 60 of the development set showed the check missing, about other places and
 * wording: a hit told in a passive whose subject is the object ("the pumping station was hit",
 * "a hospital in the X district had been hit"), against debris that fell near that object; and a
 * city's own shoot-downs, named like its region, set against the region's whole tally.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('near an object against the object hit, told in a passive', () => {
  it('sets a reported pluperfect passive with the district after the object against debris near it', () => {
    const checked = retold(
      [
        'Drones attack Sumy overnight',
        'Russia attacked Sumy with drones overnight into Friday, the regional administration said. Debris of a drone fell near a hospital in the Kovpakivskyi district; no one was hurt.',
      ],
      [
        'Night strike on Sumy',
        'Drones struck Sumy overnight into Friday, bloggers reported. Local channels claimed that a hospital in the Kovpakivsky district had been hit by a missile.',
      ],
    );
    expect(statusOf(checked, 'had been hit')).toBe('contradicted');
  });

  it('sets "was hit and caught fire" against debris near the same station', () => {
    const checked = retold(
      [
        'Drone attack on Bryansk',
        'Drones attacked Bryansk overnight into Monday, the governor said. Debris fell near the pumping station in Bryansk.',
      ],
      [
        'Bryansk pumping station burns',
        'Ukrainian drones attacked Bryansk overnight into Monday. The pumping station was hit and caught fire, residents wrote.',
      ],
    );
    expect(statusOf(checked, 'was hit and caught fire')).toBe('contradicted');
  });

  it('sets oil tanks hit against a grass fire near a tank', () => {
    const checked = retold(
      [
        'Oil depot struck in Novorossiysk',
        'Drones attacked the oil depot in Novorossiysk overnight into Saturday. Three oil tanks were hit and burned.',
      ],
      [
        'Drones downed over Novorossiysk',
        'Air defence shot down drones over Novorossiysk overnight into Saturday. Debris fell on the depot and set fire to grass near an oil tank.',
      ],
    );
    expect(statusOf(checked, 'near an oil tank')).toBe('contradicted');
  });
});

describe('a passive’s subject placed near something', () => {
  it('does not take the thing it stands near for what was hit', () => {
    const checked = retold(
      [
        'Guided bombs on Kostiantynivka',
        'Russian aircraft dropped guided bombs on Kostiantynivka on Monday, the city administration said. The bombs fell at about 11 a.m. near the railway station.',
      ],
      [
        'Bombs on Konstantinovka',
        'Russian aircraft struck Konstantinovka with guided bombs on Monday. The governor added that a block of flats and shops near the railway station had been damaged.',
      ],
    );
    expect(statusOf(checked, 'near the railway station had been damaged')).not.toBe('contradicted');
  });
});

describe('a city’s shoot-downs are some of its region’s', () => {
  it('meets the region’s tally told again, past one drone downed at the city', () => {
    const checked = retold(
      [
        'Drones over Bryansk',
        'According to the Defence Ministry, 12 drones were destroyed over the Bryansk region overnight into Sunday. One more drone was shot down on the outskirts of Bryansk the same night.',
      ],
      [
        'Bryansk oblast attacked',
        'Russia’s Defence Ministry claimed that twelve drones had been shot down over the Bryansk oblast overnight into Sunday.',
      ],
    );
    expect(statusOf(checked, 'twelve drones')).toBe('corroborated');
  });
});

describe('a fire out within minutes against one fought for hours', () => {
  const depot: [string, string] = [
    'Oil depot ablaze in Novorossiysk',
    'Drones attacked the oil depot in Novorossiysk overnight into Monday. A reservoir caught fire. Firefighters battled the blaze for about six hours.',
  ];

  it('sets them apart at one town', () => {
    const checked = retold(depot, [
      'Drones repelled over Novorossiysk',
      'Debris fell on the oil depot in Novorossiysk overnight into Monday and a reservoir caught fire. The fire was extinguished within fifteen minutes.',
    ]);
    expect(statusOf(checked, 'within fifteen minutes')).toBe('contradicted');
  });

  it('sets them apart when the later fire stands in the region’s tally', () => {
    const checked = retold(depot, [
      'Drones downed over Kuban',
      'Air defence destroyed nine drones over the Krasnodar region overnight into Monday. Debris of one of them fell on a depot and set fire to a shed. The fire was put out within forty minutes.',
    ]);
    expect(statusOf(checked, 'within forty minutes')).toBe('contradicted');
  });
});

describe('a place in the speaker’s words does not place what they told', () => {
  it('places the hurt told by "the region’s health ministry" where the passage was', () => {
    const checked = retold(
      [
        'Tuapse port struck',
        'Drones attacked the port of Tuapse, in the Krasnodar region, overnight into Friday. The governor claimed that drones had been shot down over Tuapse. Two dock workers were injured, the region’s health ministry reported.',
      ],
      [
        'Drones downed over Tuapse, no one hurt',
        'Air defence shot down drones over Tuapse overnight into Friday, the governor said.',
      ],
    );
    expect(statusOf(checked, 'no one hurt')).toBe('contradicted');
  });
});

describe('an hour shown with the earlier report’s nearest hour', () => {
  it('links "shortly after half past two" to "02:40", not to the strike told without one', () => {
    const checked = retold(
      [
        'Drones strike Tuapse refinery overnight',
        'Drones attacked the refinery in Tuapse overnight into Thursday, the town’s headquarters said. Residents heard the first explosions at 02:40, local channels wrote.',
      ],
      [
        'Tuapse refinery attacked',
        'Ukrainian drones struck the refinery in Tuapse overnight into Thursday. The attack began shortly after half past two in the morning.',
      ],
    );
    const hour = checked.find((c) => c.text.includes('half past two'));
    expect(hour?.evidence.map((e) => e.claimText)).toEqual([
      'Residents heard the first explosions at 02:40, local channels wrote',
    ]);
  });
});

describe('a town told by its bearing from another', () => {
  it('is where the claim is, not the landmark town', () => {
    const checked = retold(
      [
        'Drone downed near Anapa',
        'A drone was shot down near Anapa, north-west of Novorossiysk, overnight into Tuesday, the regional headquarters said.',
      ],
      [
        'Drones over Novorossiysk',
        'The governor said that drones had been shot down over Novorossiysk overnight into Tuesday.',
      ],
    );
    expect(statusOf(checked, 'shot down over Novorossiysk')).toBe('new');
  });
});
