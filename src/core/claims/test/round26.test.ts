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

describe('a denial told in the perfect, by a region’s governor', () => {
  it('reads "no … had been damaged" as a denial', () => {
    const claim = claimsOf(
      'Drones attack Belgorod region',
      'The regional governor claimed that no houses had been damaged.',
      LATER.url,
    ).find((c) => c.text.includes('no houses'));
    expect(claim?.frame.negated).toBe(true);
  });

  it('meets a town’s denial with the governor’s, "the Voronezh governor" being the region’s', () => {
    const checked = retold(
      [
        'Drones downed near Liski',
        'Three drones were shot down near Liski overnight. No houses were damaged in Liski, the district head said.',
      ],
      [
        'Voronezh region repels drones',
        'The Voronezh governor Alexander Gusev said that no houses had been damaged.',
      ],
    );
    expect(statusOf(checked, 'no houses had been damaged')).toBe('corroborated');
  });
});
