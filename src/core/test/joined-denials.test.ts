/**
 * A denial or a count joined to another statement in one sentence or headline, each of which
 * must be read apart to meet what other reports tell: written about other places and in other
 * words than the development set's articles that showed them missed (rounds 56–57).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, retold, statusOf } from './retold.ts';

describe('"no power cuts" after "and" or after a headline comma', () => {
  const denied: [string, string] = [
    'Drone attack on Shakhty: fragments near a boiler house, no power cuts',
    'Fragments of a drone fell near a boiler house in Shakhty on Tuesday night. A window of the ' +
      'boiler house was broken, and there were no power cuts in the town, the mayor said.',
  ];

  it('reads "no power cuts" as a denied outage of its own', () => {
    const claims = claimsOf(...denied, 'https://one.test/story');
    const outages = claims.filter((c) => c.frame.event === 'outage');
    expect(outages.map((c) => c.text)).toEqual([
      'no power cuts',
      'there were no power cuts in the town, the mayor said',
    ]);
    expect(outages.every((c) => c.frame.negated)).toBe(true);
  });

  it('keeps the headline piece with no verb with the piece before it', () => {
    const claims = claimsOf(...denied, 'https://one.test/story');
    expect(claims[0]?.text).toBe('Drone attack on Shakhty: fragments near a boiler house');
  });

  it('contradicts homes left without electricity there that night', () => {
    const checked = retold(denied, [
      'Shakhty homes left without power after drone attack',
      'Some 2,500 households in Shakhty were left without electricity on Tuesday night, local channels wrote.',
    ]);
    expect(statusOf(checked, 'households in Shakhty')).toBe('contradicted');
  });
});

describe('a count told as a plain fact, then ", and" a denial', () => {
  const earlier: [string, string] = [
    'Drones over Izmail repelled',
    'Air defences repelled a drone attack on Izmail on Sunday night, the regional governor said. ' +
      'The barge Dunai waited at the Izmail pier with 40 containers aboard, and the barge was not damaged, the port said.',
  ];

  it('reads the denial apart from the count', () => {
    const claims = claimsOf(...earlier, 'https://one.test/story');
    const denial = claims.find((c) => c.text.startsWith('the barge was not damaged'));
    expect(denial?.frame).toMatchObject({ event: 'damage', negated: true });
    const count = claims.find((c) => c.text.endsWith('with 40 containers aboard'));
    expect(count?.frame.counts.map((n) => n.value)).toEqual([40]);
  });

  it('contradicts the barge struck at the pier there that night', () => {
    const checked = retold(earlier, [
      'Barge hit in Izmail',
      'Russian drones struck the barge Dunai at the Izmail pier on Sunday night, the navy said.',
    ]);
    expect(statusOf(checked, 'struck the barge')).toBe('contradicted');
  });
});

describe('a headline telling a fire in the present tense', () => {
  it('reads "oil depot burns" between a colon and a comma as a fire of its own', () => {
    const claims = claimsOf(
      'Drone hits Nikopol plant: oil depot burns, roads closed',
      'An oil depot in Nikopol caught fire after shelling on Monday, the governor said.',
      'https://one.test/story',
    );
    const fire = claims.find((c) => c.text === 'oil depot burns');
    expect(fire?.frame.event).toBe('fire');
  });

  it('leaves "with burns" an injury, not a fire', () => {
    const claims = claimsOf(
      'Shelling of Nikopol',
      'A man was taken to hospital in Nikopol with burns, the governor said.',
      'https://one.test/story',
    );
    expect(claims.find((c) => c.frame.event === 'fire')).toBeUndefined();
  });
});

describe('a thing said not to be there, against it destroyed there', () => {
  const absent: [string, string] = [
    'Missiles strike Lozova rail depot',
    'Russian missiles struck the rail depot in Lozova on Wednesday evening, the mayor said. ' +
      'There was no train at the depot when the missiles hit, the railway company said.',
  ];

  it('contradicts the strike told with a train destroyed as its participle', () => {
    const checked = retold(absent, [
      'Lozova depot struck',
      'Russian missiles struck the rail depot in Lozova on Wednesday evening, destroying a train with ammunition, ' +
        'war correspondents wrote.',
    ]);
    expect(statusOf(checked, 'destroying a train')).toBe('contradicted');
  });

  it('contradicts a headline piece ending on "train destroyed"', () => {
    const checked = retold(absent, [
      'Lozova rail depot struck, ammunition train destroyed',
      'Russian missiles struck the rail depot in Lozova on Wednesday evening, war correspondents wrote.',
    ]);
    expect(statusOf(checked, 'ammunition train destroyed')).toBe('contradicted');
  });
});
