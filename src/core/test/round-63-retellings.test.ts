/**
 * Retellings round 63 of the development set showed the check missing, about other places and
 * wording: blasts heard at an hour in a passage whose last place named is the region, against a
 * shooting-down at a town in it told at another hour; harm told with no place of its own, in a
 * passage that last named the region, against "no one was hurt" at a district within it; a supply
 * back or a fire out by an hour, against the same supply off or fire burning until a part of the
 * day hours later; an attack "targeting the bridge over the X river", the river read as a place
 * the drones came down over.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('blasts heard at an hour, placed by the passage at the region', () => {
  const earlier: [string, string] = [
    'Drones downed over Novorossiysk, no damage',
    'Drones attacked Novorossiysk overnight into Friday, the mayor said. The drones were shot down at about midnight, residents of Novorossiysk wrote in local chats.',
  ];

  it('sets explosions heard at three in the morning against drones downed at midnight', () => {
    const checked = retold(earlier, [
      'Novorossiysk port hit by drones',
      'Novorossiysk came under a drone attack overnight into Friday, monitoring channels reported. Russia’s Defence Ministry claimed that twenty drones had been shot down over the Krasnodar Krai. The first explosions were heard at about three in the morning, local channels wrote.',
    ]);
    expect(statusOf(checked, 'first explosions were heard')).toBe('contradicted');
  });

  it('keeps explosions heard at the same hour as the same night', () => {
    const checked = retold(earlier, [
      'Novorossiysk port hit by drones',
      'Novorossiysk came under a drone attack overnight into Friday, monitoring channels reported. Russia’s Defence Ministry claimed that twenty drones had been shot down over the Krasnodar Krai. The first explosions were heard shortly after midnight, local channels wrote.',
    ]);
    expect(statusOf(checked, 'first explosions were heard')).not.toBe('contradicted');
  });
});

describe('harm told with no place of its own, against a denial within the passage’s region', () => {
  const earlier: [string, string] = [
    'Drones shot down over Anapa district, no one hurt',
    'Air defence repelled a drone attack on the Anapa district overnight into Monday, the governor said. No one was hurt.',
  ];

  it('sets two passengers injured by fragments against "No one was hurt"', () => {
    const checked = retold(earlier, [
      'Drones attack Kuban resort',
      'Drones attacked the Anapa district overnight into Monday, Telegram channels reported. One of the drones fell on a beach on the Krasnodar Krai coast, the channels wrote. Fragments hit a parked lorry and injured two passengers.',
    ]);
    expect(statusOf(checked, 'injured two passengers')).toBe('contradicted');
  });

  it('keeps harm told at a named town of the region apart from the district’s denial', () => {
    const checked = retold(earlier, [
      'Drones attack Kuban',
      'Drones attacked the Krasnodar Krai overnight into Monday, Telegram channels reported. In Tuapse, fragments hit a parked lorry and injured two passengers.',
    ]);
    expect(statusOf(checked, 'injured two passengers')).not.toBe('contradicted');
  });

  it('keeps a headline’s hurt over a region apart from a town’s denial within it', () => {
    const checked = retold(
      [
        'Drones downed over Novoshakhtinsk',
        'Air defences repelled a drone attack on Novoshakhtinsk overnight into Saturday, the governor said. No one was injured, the governor said.',
      ],
      [
        'Governor: 14 drones downed over Rostov region, three workers hurt',
        'Air defence forces shot down 14 drones over the Rostov region overnight into Saturday, the governor said.',
      ],
    );
    expect(statusOf(checked, 'three workers hurt')).not.toBe('contradicted');
  });
});

describe('a supply back at an hour, against the same supply off until a part of that day', () => {
  const earlier: [string, string] = [
    'Drone debris damages boiler house in Shebekino',
    'Drones attacked Shebekino overnight into Monday, the governor said. Debris damaged the roof of a boiler house. Heating in Shebekino was restored by eight in the morning, the town administration said.',
  ];

  it('sets "stayed without heating until the evening" against heating restored by eight', () => {
    const checked = retold(earlier, [
      'Drones hit Shebekino boiler house',
      'Shebekino came under a drone attack overnight into Monday, monitoring channels reported. Part of Shebekino stayed without heating until the evening, residents complained.',
    ]);
    expect(statusOf(checked, 'without heating until the evening')).toBe('contradicted');
  });

  it('keeps "without heating until the morning" beside heating restored by eight', () => {
    const checked = retold(earlier, [
      'Drones hit Shebekino boiler house',
      'Shebekino came under a drone attack overnight into Monday, monitoring channels reported. Part of Shebekino stayed without heating until the morning, residents complained.',
    ]);
    expect(statusOf(checked, 'without heating until the morning')).not.toBe('contradicted');
  });
});

describe('a fire put out by an hour, against the same fire burning until a later part of the day', () => {
  const earlier: [string, string] = [
    'Drones hit fuel depot in Kropyvnytskyi',
    'Russian drones struck a fuel depot in Kropyvnytskyi overnight into Saturday, the regional administration said. A fire broke out at the depot; firefighters put it out by 8 a.m.',
  ];

  it('sets "burned until the evening" against a fire put out by 8 a.m.', () => {
    const checked = retold(earlier, [
      'Fuel depot in Kropyvnytskyi destroyed',
      'A precision strike destroyed a fuel depot in Kropyvnytskyi overnight into Saturday, the ministry said. The fire at the depot burned until the evening, local channels said.',
    ]);
    expect(statusOf(checked, 'burned until the evening')).toBe('contradicted');
  });

  it('keeps "burned until the morning" beside a fire put out by 8 a.m.', () => {
    const checked = retold(earlier, [
      'Fuel depot in Kropyvnytskyi destroyed',
      'A precision strike destroyed a fuel depot in Kropyvnytskyi overnight into Saturday, the ministry said. The fire at the depot burned until the morning, local channels said.',
    ]);
    expect(statusOf(checked, 'burned until the morning')).not.toBe('contradicted');
  });
});

describe('a bridge over a river named as the target of an attack', () => {
  it('meets the attack told as repelled, the river no place a drone came down over', () => {
    const checked = retold(
      [
        'Drones shot down over Kamensky district',
        'Air defence repelled a drone attack on the Kamensky district of the Rostov region overnight into Friday, the governor said.',
      ],
      [
        'Drones target bridge in Rostov region',
        'Drones attacked the Kamensky district of Russia’s Rostov region overnight into Friday, targeting the road bridge over the Seversky Donets river, Russian Telegram channels reported.',
      ],
    );
    expect(statusOf(checked, 'targeting the road bridge')).toBe('corroborated');
  });
});
