/**
 * The status misses of round 26 of the development set (articles 143–148), as phenomena: each test
 * tells a fact about other places and in other words than the articles that showed it, through the
 * whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { FACT } from '../plain-facts.ts';
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

describe('who hit whom', () => {
  it('does not take a drone that was hit for a drone that hit a ship', () => {
    const checked = retold(
      [
        'Naval drone destroyed off Sevastopol',
        'A naval drone was hit by fire from a patrol boat near Sevastopol overnight, the governor said.',
      ],
      ['Naval drone hits frigate in Sevastopol', 'The frigate was towed to a pier.'],
    );
    expect(statusOf(checked, 'Naval drone hits frigate')).not.toBe('corroborated');
  });

  it('but meets a drone that hit with one that struck', () => {
    const checked = retold(
      [
        'Naval drone hits frigate off Sevastopol',
        'A naval drone hit a frigate near Sevastopol overnight, the source said.',
      ],
      ['Naval drone strikes frigate in Sevastopol', 'The frigate was towed to a pier.'],
    );
    expect(statusOf(checked, 'Naval drone strikes frigate')).toBe('corroborated');
  });
});

describe('damage told by the shells or by what they damaged', () => {
  it('meets "shells hit a house and a shop" with "a house and a store were damaged by the shells"', () => {
    const checked = retold(
      [
        'Russian shelling of Nikopol injures two',
        'Russian forces shelled Nikopol on Friday morning, the governor said. Artillery shells hit a nine-storey apartment building and a shop in the centre of the city, the governor said.',
      ],
      [
        'Two wounded as Russian artillery pounds Nikopol',
        'Russian artillery shelled Nikopol on Friday, the governor said. A multi-storey residential building and a hardware store were damaged by the shells.',
      ],
    );
    expect(statusOf(checked, 'were damaged by the shells')).toBe('corroborated');
  });
});

describe('a fire quickly put out, or burning until a part of the day', () => {
  const earlier: [string, string] = [
    'Drone attack on Bryansk repelled',
    'Debris of a downed drone fell on a warehouse in Bryansk overnight and started a fire. The fire was quickly put out, the governor said.',
  ];

  it('cannot be both', () => {
    const checked = retold(earlier, [
      'Drones hit Bryansk warehouse',
      'Drones struck a warehouse in Bryansk overnight. Residents of Bryansk wrote that the fire burned until noon.',
    ]);
    expect(statusOf(checked, 'the fire burned until noon')).toBe('contradicted');
  });

  it('but a fire put out, at no hour told, may have been put out quickly', () => {
    const checked = retold(earlier, [
      'Drones hit Bryansk warehouse',
      'Drones struck a warehouse in Bryansk overnight. Residents of Bryansk wrote that the fire was put out.',
    ]);
    expect(statusOf(checked, 'the fire was put out')).not.toBe('contradicted');
  });
});

describe('air defences seen firing over a town', () => {
  it('is a claim of drones over it, which meets drones shot down near it that night', () => {
    const checked = retold(
      [
        'Drones downed over Kursk region',
        'Two drones were shot down near Kurchatov overnight, the governor said.',
      ],
      [
        'Drones attack Kursk region',
        'Drones attacked the Kursk region overnight. Air defences were also seen firing over Kurchatov, residents wrote.',
      ],
    );
    expect(statusOf(checked, 'seen firing over Kurchatov')).toBe('corroborated');
  });

  it('but air defences only deployed or seen at a parade are no sighting, only a plain fact', () => {
    const claims = claimsOf(
      'Air defences in Kursk',
      'New air defences were seen at a parade in Kursk.',
      LATER.url,
    );
    expect(claims.map((c) => [c.text, c.frame.event])).toEqual([
      ['New air defences were seen at a parade in Kursk', FACT],
    ]);
  });
});
