/**
 * One night's event told by the two sides in their own words (rounds 53 and 55): what a struck
 * building was, and how many lost power, in the units each side counts. The sentences are written
 * for these tests, about other places than the articles that revealed each phenomenon.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('a store hit that night, a business in one telling and the army in the other', () => {
  const civilian: [string, string] = [
    'Drones strike Zhytomyr',
    'Russian drones attacked Zhytomyr overnight into Tuesday, the regional governor said. In Zhytomyr, a drone hit a warehouse of a furniture retailer in the industrial zone.',
  ];

  it('contradicts a depot said to hold shells', () => {
    const checked = retold(civilian, [
      'Geran drones strike Zhitomir',
      'A warehouse storing NATO-supplied shells in the industrial zone of Zhitomir was destroyed overnight into Tuesday by Geran drones, bloggers reported.',
    ]);
    expect(statusOf(checked, 'storing NATO-supplied shells')).toBe('contradicted');
  });

  it('backs a telling that keeps the store a business', () => {
    const checked = retold(civilian, [
      'Geran drones strike Zhitomir',
      'A warehouse of a furniture retailer in the industrial zone of Zhitomir was destroyed overnight into Tuesday by Geran drones, bloggers reported.',
    ]);
    expect(statusOf(checked, 'furniture retailer')).toBe('corroborated');
  });
});

describe("one night's airport closure told with other hours", () => {
  const earlier: [string, string] = [
    'Drones attack Gelendzhik',
    'Drones attacked Gelendzhik overnight into Monday. Flights at Gelendzhik airport were suspended from midnight and resumed only after nine, according to Rosaviatsia.',
  ];

  it('contradicts restrictions in force from three to six', () => {
    const checked = retold(earlier, [
      'Air defence repels drones over Gelendzhik',
      'Drones attacked Gelendzhik overnight into Monday. Temporary restrictions at Gelendzhik airport were in force from three to six in the morning, the airport said.',
    ]);
    expect(statusOf(checked, 'were in force')).toBe('contradicted');
  });

  it('backs restrictions told with the same hours', () => {
    const checked = retold(earlier, [
      'Air defence repels drones over Gelendzhik',
      'Drones attacked Gelendzhik overnight into Monday. Temporary restrictions at Gelendzhik airport were in force from midnight to nine in the morning, the airport said.',
    ]);
    expect(statusOf(checked, 'were in force')).toBe('corroborated');
  });
});

describe('an outage counted by a utility and by a town', () => {
  const earlier: [string, string] = [
    'Uman partly without power after night attack on energy facility',
    'Russian drones attacked an energy facility in Uman overnight into Thursday, the regional governor said. About 20,000 households in the city were left without electricity.',
  ];

  it('reads subscribers and households as one count, and contradicts another number', () => {
    const checked = retold(earlier, [
      'Geran drones strike Uman',
      'Geran drones struck a substation in Uman overnight into Thursday, bloggers reported. About 45,000 subscribers lost power, according to the regional utility.',
    ]);
    expect(statusOf(checked, '45,000 subscribers')).toBe('contradicted');
  });

  it('backs the same number of consumers', () => {
    const checked = retold(earlier, [
      'Geran drones strike Uman',
      'Geran drones struck a substation in Uman overnight into Thursday, bloggers reported. About 20,000 consumers lost power, according to the regional utility.',
    ]);
    expect(statusOf(checked, '20,000 consumers')).toBe('corroborated');
  });

  it('meets a substation hit in a headline with the attack on an energy facility', () => {
    const checked = retold(earlier, [
      'Uman substation hit, city in the dark',
      'Bloggers reported strikes on Ukraine overnight into Thursday.',
    ]);
    expect(statusOf(checked, 'Uman substation hit')).toBe('corroborated');
  });
});
