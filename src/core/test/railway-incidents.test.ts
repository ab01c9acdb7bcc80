/**
 * Events on the railway that are no strike from the air: a train off the rails, and a charge set
 * off under it or sabotage ruled out. Written about other places and in other words than the
 * development set's articles that showed them missed (round 38).
 */
import { describe, expect, it } from 'vitest';
import { FACT } from '../claims/plain-facts.ts';
import { claimsOf, retold, statusOf } from './retold.ts';

const eventOf = (title: string, body: string, words: string) =>
  claimsOf(title, body, 'https://one.test/story').find((c) => c.text.includes(words))?.frame.event;

describe('a derailment, in any of its words', () => {
  it('finds a train that derailed, was derailed or came off the tracks as a claim', () => {
    const body =
      'A passenger train was derailed outside Unecha on Friday night, the Bryansk region governor said. ' +
      'Nine carriages came off the tracks. The derailment occurred at around 11 p.m.';
    expect(eventOf('Train derails in Bryansk region', body, 'Train derails')).toBe('derailment');
    expect(eventOf('Train derails in Bryansk region', body, 'was derailed')).toBe('derailment');
    expect(eventOf('Train derails in Bryansk region', body, 'came off the tracks')).toBe(
      'derailment',
    );
    expect(eventOf('Train derails in Bryansk region', body, 'occurred at around')).toBe(
      'derailment',
    );
  });

  it('reads a verbless headline with its train off the rails', () => {
    expect(
      eventOf(
        'Goods train off the rails near Unecha',
        'Traffic was halted on Friday.',
        'off the rails',
      ),
    ).toBe('derailment');
  });

  it('leaves talks that went off the rails and plans to derail a deal as no derailment', () => {
    const body =
      'The talks went off the rails on Friday, the minister said. Critics hope to derail the deal next week.';
    // Talks that failed on a day are a plain fact (`plain-facts.ts`), not a train off its rails.
    expect(eventOf('Talks stall', body, 'went off the rails')).toBe(FACT);
    expect(eventOf('Talks stall', body, 'derail the deal')).toBeUndefined();
  });

  it('meets one telling of a derailment with another in other words', () => {
    const checked = retold(
      [
        'Freight train derails near Unecha',
        'A freight train derailed near Unecha, in the Bryansk region, on Friday night, the governor said.',
      ],
      [
        'Goods train off the rails in Unecha',
        'A goods train came off the tracks at Unecha in the Bryansk region on Friday night, the railway said.',
      ],
    );
    expect(statusOf(checked, 'came off the tracks')).toBe('corroborated');
  });

  it('contradicts two counts of the wagons that left the rails', () => {
    const checked = retold(
      [
        'Train derails near Unecha',
        'A freight train derailed near Unecha, in the Bryansk region, on Friday night. Twelve wagons left the tracks, the railway said.',
      ],
      [
        'Train off the rails near Unecha',
        'A freight train was derailed near Unecha, in the Bryansk region, on Friday night. 20 wagons came off the rails, the agency said.',
      ],
    );
    expect(statusOf(checked, '20 wagons')).toBe('contradicted');
  });
});

describe('sabotage ruled out against a charge said to have gone off', () => {
  const denied: [string, string] = [
    'Freight train derails near Unecha',
    'A freight train derailed near Unecha, in the Bryansk region, on Friday night. Police found no evidence of sabotage, the governor said.',
  ];

  it('contradicts the denial with a bomb that exploded under the rails, in no shared words', () => {
    const checked = retold(denied, [
      'Blast derails train near Unecha',
      'A freight train was derailed near Unecha, in the Bryansk region, on Friday night. A bomb exploded under the rails, partisans said.',
    ]);
    expect(statusOf(checked, 'A bomb exploded')).toBe('contradicted');
  });

  it('leaves a charge set off another week apart', () => {
    const checked = retold(denied, [
      'Train off the rails near Unecha',
      'A freight train was derailed near Unecha, in the Bryansk region, on Friday night. Last month, a bomb exploded under the rails near Unecha, partisans said.',
    ]);
    expect(statusOf(checked, 'a bomb exploded')).not.toBe('contradicted');
  });
});

describe('drones counted by the weapon’s name', () => {
  it('contradicts "six drones" with "at least nine Shaheds" at one town that night', () => {
    const checked = retold(
      [
        'Drones hit Izium',
        'Russian drones struck Izium in the Kharkiv region overnight into Sunday, the governor said. Six drones hit the town.',
      ],
      [
        'Gerans strike Izium',
        'Russian forces struck Izium in the Kharkiv region overnight into Sunday, bloggers reported. At least nine Shaheds hit the town.',
      ],
    );
    expect(statusOf(checked, 'nine Shaheds')).toBe('contradicted');
  });
});

describe('rolling stock struck at a depot (round 43)', () => {
  const earlier: [string, string] = [
    'Drones hit Kovel depot',
    'Drones struck the railway depot in Kovel, in the Volyn region, overnight into Monday. Three locomotives and a fuel tank were destroyed, bloggers said, and the depot building caught fire.',
  ];

  it('reads a locomotive as a thing struck, not a drone shot down', () => {
    expect(eventOf(...earlier, 'Three locomotives')).toBe('damage');
  });

  it('contradicts three locomotives destroyed with one damaged', () => {
    const checked = retold(earlier, [
      'Kovel depot hit',
      'A drone hit the railway depot in Kovel, in the Volyn oblast, on Monday. One locomotive was damaged, the governor said.',
    ]);
    expect(statusOf(checked, 'One locomotive was damaged')).toBe('contradicted');
  });

  it('tells a damaged wagon and a fire denied as two claims', () => {
    const checked = retold(earlier, [
      'Kovel depot hit',
      'A drone hit the railway depot in Kovel, in the Volyn oblast, on Monday. A wagon was damaged, and the depot building itself did not catch fire.',
    ]);
    expect(statusOf(checked, 'did not catch fire')).toBe('contradicted');
    expect(checked.some((c) => c.text.includes('wagon') && c.text.includes('fire'))).toBe(false);
  });
});

describe('arrests denied (round 43)', () => {
  it('contradicts three men detained with "none of the saboteurs has been detained"', () => {
    const checked = retold(
      [
        'Three detained for railway arson near Melitopol',
        'Three local men who set fire to a railway relay box near Melitopol on Sunday night have been detained, the occupation police said.',
      ],
      [
        'Partisans burn relay box near Melitopol',
        'Partisans set fire to a railway relay box near Melitopol on Sunday night, the movement said. None of the saboteurs has been detained, it added.',
      ],
    );
    expect(statusOf(checked, 'None of the saboteurs')).toBe('contradicted');
  });
});

describe('trains halted all day against trains that ran late (round 44)', () => {
  const ranLate: [string, string] = [
    'Drones hit Korosten junction',
    'Drones struck a traction substation at the Korosten railway junction in the Zhytomyr oblast early on Friday. Ukrzaliznytsia said several passenger trains ran up to three hours late.',
  ];
  const halted = (span: string): [string, string] => [
    'Korosten hub hit',
    `Drones hit the railway junction at Korosten, in the Zhitomir region, on Friday. Train traffic through the junction was suspended ${span}, bloggers claimed.`,
  ];

  it('contradicts "suspended for the entire day" with trains that ran late that day', () => {
    expect(statusOf(retold(ranLate, halted('for the entire day')), 'suspended')).toBe(
      'contradicted',
    );
  });

  it('lets a halt of some hours stand beside late trains', () => {
    expect(statusOf(retold(ranLate, halted('for two hours')), 'suspended')).not.toBe(
      'contradicted',
    );
  });
});
