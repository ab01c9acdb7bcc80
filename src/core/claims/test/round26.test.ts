/**
 * The status misses of round 26 of the development set (articles 143–148), as phenomena: each test
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

describe('ships as what a strike damaged', () => {
  it('reads a headline’s drone that hits a warship, and ships denied damaged, as claims', () => {
    const claims = claimsOf(
      'Naval drone hits frigate in Novorossiysk',
      'No vessels were damaged in the port of Tuapse, the port authority said.',
      LATER.url,
    );
    expect(claims.map((c) => c.text)).toEqual([
      'Naval drone hits frigate in Novorossiysk',
      'No vessels were damaged in the port of Tuapse, the port authority said',
    ]);
  });

  it('meets one outlet’s denial with another’s', () => {
    const checked = retold(
      [
        'Drones attack Tuapse port',
        'Two naval drones were destroyed off Tuapse overnight. No ships were damaged in the port of Tuapse, the port authority said.',
      ],
      [
        'Tuapse port repels drone attack',
        'No vessels were damaged in the port of Tuapse overnight, the regional governor said.',
      ],
    );
    expect(statusOf(checked, 'No vessels were damaged')).toBe('corroborated');
  });
});
