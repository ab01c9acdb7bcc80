import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model.ts';
import { compareClaims } from '../compare.ts';
import { claimsOf, PLACES } from './article.ts';

/** The only claim of a one-sentence text (or its `index`-th). */
function claim(text: string, index = 0): Claim {
  const found = claimsOf(text, PLACES)[index];
  if (!found) throw new Error(`no claim ${index} in: ${text}`);
  return found;
}

describe('compareClaims', () => {
  it('takes a paraphrase with other words for drone and shootdown as the same claim', () => {
    const ours = claim(
      'Russian forces shot down one Ukrainian unmanned aerial vehicle in the Kursk region.',
    );
    const theirs = claim(
      'Air defence systems intercepted and destroyed a Ukrainian UAV over Kursk, the governor said.',
    );
    expect(compareClaims(ours, theirs).relation).toBe('same');
  });

  it('finds debris that fell near houses contradicted by debris that struck them, in each text’s words', () => {
    const context = 'Fragments of a drone fell onto Sadovaya Street, ';
    const near = claim(`${context}near houses numbered 4 and 6.`, 1);
    const struck = claim(`${context}striking houses 4 and 6.`, 1);
    const result = compareClaims(struck, near);
    expect(result.relation).toBe('contradicts');
    expect(result.difference).toEqual({
      aspect: 'relation',
      ours: 'striking houses 4 and 6',
      theirs: 'near houses numbered 4 and 6',
    });
  });

  it('finds another number of drones over the same place a contradiction', () => {
    const ours = claim('Air defences destroyed 12 drones over the Belgorod region.');
    const theirs = claim('Fifteen drones were shot down over Belgorod Oblast.');
    const result = compareClaims(ours, theirs);
    expect(result.relation).toBe('contradicts');
    expect(result.difference?.aspect).toBe('count');
    expect(result.difference?.ours).toContain('12 drones');
    expect(result.difference?.theirs).toContain('Fifteen drones');
  });

  it('accepts 11 and "several" as agreeing with "more than 10"', () => {
    const more = claim('Air defences destroyed more than 10 drones over the Belgorod region.');
    expect(compareClaims(more, claim('Eleven drones were shot down over Belgorod.')).relation).toBe(
      'same',
    );
    expect(
      compareClaims(more, claim('Several drones were shot down over Belgorod.')).relation,
    ).toBe('same');
    expect(compareClaims(more, claim('Nine drones were shot down over Belgorod.')).relation).toBe(
      'contradicts',
    );
  });

  it('keeps one drone over Kursk and four over Lipetsk apart: two events, no contradiction', () => {
    const kursk = claim('Air defence shot down one drone over the Kursk region.');
    const lipetsk = claim('Air defence shot down four drones over the Lipetsk region.');
    expect(compareClaims(kursk, lipetsk).relation).toBe('unrelated');
    expect(compareClaims(lipetsk, kursk).relation).toBe('unrelated');
  });

  it('does not set a district’s count against the count for its whole region', () => {
    const district = claim('Two drones were shot down over the Rylsky district.');
    const region = claim('Air defence shot down seven drones over the Kursk region.');
    expect(compareClaims(district, region).relation).not.toBe('contradicts');
  });

  it('finds "no one was injured" contradicted by injuries at the same place', () => {
    const none = claim('In Kursk, no one was injured.');
    const two = claim('Two people were injured in Kursk.');
    const result = compareClaims(none, two);
    expect(result.relation).toBe('contradicts');
    expect(result.difference?.aspect).toBe('polarity');
  });

  it('finds the next day’s date for the same shootdown a contradiction', () => {
    const ours = claim('On December 8th, a drone was shot down over the Kursk region.');
    const theirs = claim('On December 9th, air defence downed a drone over Kursk.');
    expect(compareClaims(ours, theirs)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'time' },
    });
  });

  it('takes shootdowns days apart for two events, not a disagreement', () => {
    const ours = claim('On December 8th, a drone was shot down over the Kursk region.');
    const theirs = claim('On December 12th, air defence downed a drone over Kursk.');
    expect(compareClaims(ours, theirs).relation).toBe('unrelated');
  });

  it('never matches claims about different kinds of event', () => {
    const shootdown = claim('A drone was shot down over the Kursk region.');
    const response = claim('Emergency crews were sent to the Kursk region.');
    expect(compareClaims(shootdown, response).relation).toBe('unrelated');
  });
});

describe('compareClaims on casualties', () => {
  it('counts the dead and the injured apart', () => {
    const injured = claim('Two people were injured in Kursk.');
    const killed = claim('One person was killed in Kursk.');
    expect(compareClaims(injured, killed).relation).toBe('unrelated');
    expect(compareClaims(injured, claim('Three people were injured in Kursk.')).relation).toBe(
      'contradicts',
    );
  });
});

describe('when a fire was over', () => {
  it('sets a fire put out by noon against one that burned until the evening, in their words', () => {
    const noon = claim('The fire at the warehouse in Belgorod was put out by noon.');
    const evening = claim('The blaze at the warehouse in Belgorod burned until the evening.');
    const result = compareClaims(evening, noon);
    expect(result.relation).toBe('contradicts');
    expect(result.difference).toEqual({
      aspect: 'time',
      ours: 'burned until the evening',
      theirs: 'put out by noon',
    });
    const afternoon = claim(
      'The fire at the warehouse in Belgorod was extinguished in the afternoon.',
    );
    expect(compareClaims(afternoon, noon).relation).not.toBe('contradicts');
  });

  it('reads no end in "broke out in the evening"', () => {
    const midnight = claim(
      'The fire at the warehouse in Belgorod broke out in the evening and was put out by midnight.',
    );
    const noon = claim('The fire at the warehouse in Belgorod was put out by noon.');
    const night = claim('The blaze at the warehouse in Belgorod burned into the night.');
    expect(compareClaims(midnight, noon).relation).not.toBe('contradicts');
    expect(compareClaims(midnight, night).relation).not.toBe('contradicts');
  });

  it('takes two deadlines, or a deadline the morning after, as agreeing', () => {
    const midnight = claim('The fire at the warehouse in Belgorod was extinguished by midnight.');
    const morning = claim('The fire at the warehouse in Belgorod was extinguished by morning.');
    const night = claim('The blaze at the warehouse in Belgorod burned into the night.');
    expect(compareClaims(midnight, morning).relation).not.toBe('contradicts');
    expect(compareClaims(night, morning).relation).not.toBe('contradicts');
  });
});

describe('compareClaims on what was struck (round 20), at other places', () => {
  const IZHEVSK = [
    ...PLACES,
    { surface: 'Izhevsk', id: 'place:ru-izhevsk', parentId: 'place:ru' },
    {
      surface: 'Kupol plant',
      id: 'organization:ru-kupol',
      type: 'organization' as const,
      parentId: 'place:ru-izhevsk',
      description: 'organisation, Russia',
    },
  ];
  const at = (text: string, url = 'https://example.test/a') => {
    const found = claimsOf(text, IZHEVSK, url)[0];
    if (!found) throw new Error(`no claim in: ${text}`);
    return found;
  };

  it('places a plant named as an organisation in its town', () => {
    expect(at('On Monday the Kupol plant was not hit, the mayor said.').frame.places).toEqual([
      'place:ru-izhevsk',
    ]);
  });

  it('keeps a named plant apart from a target left unnamed in its town, either way', () => {
    const unnamed = at('On Monday an energy facility in Izhevsk was hit.');
    const denied = at(
      'On Monday the Kupol plant was not hit, the mayor said.',
      'https://example.test/b',
    );
    const struck = at('On Monday drones struck the Kupol plant.', 'https://example.test/c');
    expect(compareClaims(unnamed, denied).relation).toBe('unrelated');
    expect(compareClaims(struck, unnamed).relation).toBe('unrelated');
    expect(compareClaims(struck, denied).relation).toBe('contradicts');
    // "An industrial enterprise" may be the plant itself.
    const enterprise = at('On Monday drones hit an industrial enterprise in Izhevsk.');
    expect(compareClaims(struck, enterprise).relation).toBe('same');
  });

  it('keeps two things of other kinds struck at one place apart', () => {
    const station = claim('On Monday, in Rylsk, the bus station was struck, local channels said.');
    const depot = claim('On Monday, in Rylsk, a drone hit a fuel depot.');
    expect(compareClaims(station, depot).relation).toBe('unrelated');
  });

  it('finds an object said to be undamaged contradicted by one of its kind struck there', () => {
    const intact = claim('On Monday, in Rylsk, the station building was not damaged.');
    const struck = claim(
      'On Monday, in Rylsk, the railway station was struck, residents wrote online.',
    );
    expect(compareClaims(struck, intact).relation).toBe('contradicts');
  });

  it('leaves a fronted "contrary to claims …" out of the denial it opens', () => {
    const [denial] = claimsOf(
      'Contrary to reports on social media, the Rylsk bridge was not damaged, the governor said.',
      PLACES,
    );
    expect(denial?.text.startsWith('the Rylsk bridge')).toBe(true);
  });
});

describe('a part spared, the whole struck', () => {
  it('takes no denial from a part of the object named by its possessive, unless the other claim names that part', () => {
    const struck = claim('Drones struck the chemical plant in Lipetsk overnight.');
    const spared = claim("In Lipetsk, the plant's storage tanks had not been damaged.");
    expect(compareClaims(struck, spared).relation).not.toBe('contradicts');
    const tanks = claim('In Lipetsk, two storage tanks at the plant were damaged.');
    expect(compareClaims(tanks, spared).relation).toBe('contradicts');
  });
});

describe('a tally over a sea and a region', () => {
  const names = [...PLACES, { surface: 'Black Sea', id: 'place:black-sea', description: 'sea' }];
  const one = (text: string) => claimsOf(text, names)[0]!;

  it("is not what was repelled over one district of the region, though the region's own count is", () => {
    const tally = one(
      'Air defences destroyed 30 drones over the Black Sea and the Kursk region overnight.',
    );
    const district = one('Air defence forces repelled a drone attack on Rylsk overnight.');
    expect(compareClaims(tally, district).relation).toBe('unrelated');
    expect(compareClaims(district, tally).relation).toBe('unrelated');
    const region = one('Air defences destroyed 30 drones over the Kursk region overnight.');
    expect(compareClaims(region, tally).relation).toBe('same');
  });
});
