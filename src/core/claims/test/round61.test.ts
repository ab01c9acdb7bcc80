/**
 * The detection misses of round 61 of the development set (articles 353–358), as phenomena: each
 * test tells a fact about other places and in other words than the articles that showed it,
 * through the whole analysis (recognition, detection, the check).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../entities/gazetteer.ts';
import { claimsOf, LATER, retold, statusOf } from '../../test/retold.ts';

// The gazetteer is built once, before the first retelling, so that no test carries its cost.
beforeAll(() => {
  gazetteer();
}, 60_000);

function textsOf(title: string, body: string): string[] {
  return claimsOf(title, body, LATER.url).map((c) => c.text);
}

const BODY = 'Drones hit the refinery in Kstovo on Monday night, the governor said.';

describe('a headline that asks', () => {
  it('is no claim, a label before its colon included', () => {
    const texts = textsOf('Smoke over Kstovo: is the refinery still running?', BODY);
    expect(texts.some((t) => /running|Smoke over/.test(t))).toBe(false);
    const asked = textsOf('Is the Kstovo refinery still burning after Monday’s attack?', BODY);
    expect(asked.some((t) => /burning/.test(t))).toBe(false);
    expect(asked.some((t) => /Drones hit the refinery/.test(t))).toBe(true);
  });

  it('keeps what it tells before the question', () => {
    const texts = textsOf('Drones hit Kstovo refinery overnight: what is known so far?', BODY);
    expect(texts).toContain('Drones hit Kstovo refinery overnight');
    expect(texts.some((t) => /known/.test(t))).toBe(false);
  });
});

describe('an evacuation told as what an official set going', () => {
  it('is a claim, and meets people told as evacuated', () => {
    const checked = retold(
      [
        'Drone debris falls near Kstovo refinery',
        'Residents of three streets next to the refinery in Kstovo were evacuated on Monday night, the governor wrote.',
      ],
      [
        'Kstovo refinery hit by drones',
        'The governor ordered the evacuation of families living next to the refinery in Kstovo on Monday night.',
      ],
    );
    expect(statusOf(checked, 'ordered the evacuation')).toBe('corroborated');
  });

  it('leaves an evacuation’s routes or centres, announced, alone', () => {
    const texts = textsOf(
      'Kstovo prepares shelters',
      'The mayor of Kstovo announced the evacuation routes for the district.',
    );
    expect(texts.some((t) => /routes/.test(t))).toBe(false);
  });
});

describe('people moved out of their homes', () => {
  it('are evacuated, and meet residents told as evacuated', () => {
    const checked = retold(
      [
        'Drones hit depot near Liski',
        'About 200 residents of three streets next to the depot in Liski were evacuated on Monday night, the governor said.',
      ],
      [
        'Liski depot on fire after drone attack',
        'Some two hundred people living next to the depot in Liski were moved out of their homes on Monday night.',
      ],
    );
    expect(statusOf(checked, 'moved out of their homes')).toBe('corroborated');
  });
});
