/**
 * The detection misses of round 62 of the development set (articles 359–364), as phenomena: each
 * test tells a fact about other places and in other words than the articles that showed it,
 * through the whole analysis (recognition, detection).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import type { Claim } from '../../model.ts';
import { claimsOf, LATER, retold, statusOf } from '../../test/retold.ts';

// The gazetteer is built once, before the first test, so that no test carries its cost.
beforeAll(() => {
  gazetteer();
}, 60_000);

const LEAD = 'A drone was shot down near the television mast outside Belgorod on Sunday night.';

function claimWith(body: string, words: string): Claim | undefined {
  return claimsOf('Drone downed near Belgorod mast', `${LEAD}\n\n${body}`, LATER.url).find((c) =>
    c.text.includes(words),
  );
}

describe('a tower or mast told as damaged or spared', () => {
  it('is a claim of damage, denied or not', () => {
    const spared = claimWith('The mast itself was not damaged, the governor said.', 'mast itself');
    expect(spared?.frame.event).toBe('damage');
    expect(spared?.frame.negated).toBe(true);
    const hit = claimWith('A radio tower on the edge of the city was damaged.', 'radio tower');
    expect(hit?.frame.event).toBe('damage');
    expect(hit?.frame.negated).toBe(false);
  });
});

describe('a tower spared in one telling and struck in another', () => {
  it('is contradicted, and a power line damaged near it is not', () => {
    const checked = retold(
      [
        'Drone downed near Kursk TV tower',
        'A drone was shot down near the TV tower in Kursk on Friday night, the governor said. The tower was not damaged.',
      ],
      [
        'Drone strikes TV tower in Kursk',
        'A drone struck the TV tower in Kursk on Friday night, local channels wrote. A power line near the tower was damaged, leaving two streets without electricity.',
      ],
    );
    expect(statusOf(checked, 'struck the TV tower')).toBe('contradicted');
    expect(statusOf(checked, 'power line near the tower')).toBe('new');
  });
});

describe('broadcasting told as working on', () => {
  it('is a claim that it operated, not a denial', () => {
    for (const [body, words] of [
      [
        'Television and radio broadcasting went on without a break, the operator said.',
        'without a break',
      ],
      ['Regional TV channels were not interrupted.', 'not interrupted'],
      ['The radio station kept broadcasting through the night.', 'kept broadcasting'],
    ] as const) {
      const claim = claimWith(body, words);
      expect(claim?.frame.event, body).toBe('operating');
      expect(claim?.frame.negated, body).toBe(false);
    }
  });

  it('leaves shelling or channels that went on with something else alone', () => {
    expect(
      claimWith('Telegram channels continued to post videos of the blast.', 'continued'),
    ).toBeUndefined();
    expect(
      claimWith('The shelling of the suburbs went on without a break.', 'without a break')?.frame
        .event,
    ).not.toBe('operating');
  });
});

describe('television, radio or the internet gone off the air', () => {
  it('is a claim of a disruption', () => {
    for (const [body, words] of [
      [
        'Two radio stations and the internet went off the air in the city for an hour.',
        'off the air',
      ],
      ['Broadcasting was briefly interrupted in three districts.', 'interrupted'],
    ] as const) {
      const claim = claimWith(body, words);
      expect(claim?.frame.event, body).toBe('disruption');
      expect(claim?.frame.negated, body).toBe(false);
    }
  });
});

describe('mobile internet switched off', () => {
  it('is the restriction another outlet told, not a fact of its own', () => {
    const checked = retold(
      [
        'Drones downed over Kursk',
        'Air defence destroyed three drones over Kursk on Friday night. Mobile internet in Kursk was restricted until morning.',
      ],
      [
        'Drones attack Kursk',
        'Drones attacked Kursk on Friday night. Mobile internet was turned off in Kursk for several hours.',
      ],
    );
    expect(statusOf(checked, 'turned off')).toBe('corroborated');
  });
});
