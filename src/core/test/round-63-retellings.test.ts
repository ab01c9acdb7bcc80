/**
 * Retellings round 63 of the development set showed the check missing, about other places and
 * wording: blasts heard at an hour in a passage whose last place named is the region, against a
 * shooting-down at a town in it told at another hour; harm told with no place of its own, in a
 * passage that last named the region, against "no one was hurt" at a district within it.
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
