/**
 * Retellings round 63 of the development set showed the check missing, about other places and
 * wording: blasts heard at an hour in a passage whose last place named is the region, against a
 * shooting-down at a town in it told at another hour.
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
