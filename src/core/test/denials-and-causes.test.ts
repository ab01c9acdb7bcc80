/**
 * Denials told in few words against the fact they deny: a collapse denied of "it", written about
 * other places and in other words than the development set's articles that showed them missed
 * (rounds 38–42).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, retold, statusOf } from './retold.ts';

const bridgeStruck =
  'Russian drones struck the road bridge over the Oskil in Kupiansk on Monday, the governor said.';

describe('a collapse denied of a pronoun after "but"', () => {
  it('reads "but it did not collapse" as a denial of damage', () => {
    const denial = claimsOf(
      'Bridge hit in Kupiansk',
      `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      'https://one.test/story',
    ).find((c) => c.text.includes('did not collapse'));
    expect(denial?.frame).toMatchObject({ event: 'damage', negated: true });
  });

  it('contradicts "the span fell … collapsed into the river" told there that day', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      ['Kupiansk bridge knocked out', `${bridgeStruck} The span collapsed into the water.`],
    );
    expect(statusOf(checked, 'span collapsed')).toBe('contradicted');
  });

  it('leaves the strike itself standing beside the denied collapse', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      ['Kupiansk bridge struck', bridgeStruck],
    );
    expect(statusOf(checked, 'drones struck the road bridge')).toBe('corroborated');
  });

  it('does not set a collapse a week earlier against it', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      [
        'Kupiansk bridge knocked out',
        `${bridgeStruck} A week earlier, a rail bridge in Kupiansk collapsed after shelling.`,
      ],
    );
    expect(statusOf(checked, 'A week earlier')).not.toBe('contradicted');
  });
});

const blockHit =
  'A Russian drone struck an apartment block in Izium, in the Kharkiv region, on Tuesday night, officials said.';

describe('an attack on a place denied outright', () => {
  it('contradicts the strike there that day with "There was no Russian attack on the city"', () => {
    const checked = retold(
      ['Drone hits block in Izium', blockHit],
      [
        'Blast in Izium block',
        'A blast damaged an apartment block in Izium on Tuesday night. There was no Russian attack on the city, the mayor said.',
      ],
    );
    expect(statusOf(checked, 'There was no Russian attack')).toBe('contradicted');
  });

  it('reads no denial into "there was no warning of an attack"', () => {
    const claims = claimsOf(
      'Izium hit',
      `${blockHit} There was no warning of an attack on the city, residents said.`,
      'https://one.test/story',
    );
    expect(claims.some((c) => c.text.includes('no warning') && c.frame.negated)).toBe(false);
  });
});

describe('a toll told as "up to" a number', () => {
  it('contradicts "up to twenty soldiers were killed" with "Three residents were killed"', () => {
    const checked = retold(
      [
        'Strike on Izium block',
        `${blockHit} Up to twenty soldiers were killed, the channels claimed.`,
      ],
      ['Izium block hit', `${blockHit} Three residents were killed, the police said.`],
    );
    expect(statusOf(checked, 'Three residents')).toBe('contradicted');
  });

  it('still lets "up to five people were injured" meet "four were injured"', () => {
    const checked = retold(
      ['Strike on Izium block', `${blockHit} Up to five people were injured.`],
      ['Izium block hit', `${blockHit} Four people were injured.`],
    );
    expect(statusOf(checked, 'Four people')).toBe('corroborated');
  });
});

const tankerOnMine =
  'A tanker carrying sunflower oil struck a sea mine off Pivdennyi, in the Odesa oblast, on Friday morning, the navy said.';

describe('a vessel on a mine, and what became of it', () => {
  it('finds "Tanker strikes mine off X", "was blown up by a mine" and "Explosion aboard tanker" as one strike', () => {
    const checked = retold(
      ['Tanker strikes mine off Pivdennyi', tankerOnMine],
      [
        'Explosion aboard tanker near Pivdennyi',
        'A foreign tanker was blown up by a mine near Pivdennyi, in the Odesa region, on Friday, channels reported.',
      ],
    );
    expect(statusOf(checked, 'Explosion aboard tanker')).toBe('corroborated');
    expect(statusOf(checked, 'blown up by a mine')).toBe('corroborated');
  });

  it('contradicts "stayed afloat" with "ran aground" for the vessel struck there that day', () => {
    const checked = retold(
      ['Tanker strikes mine', `${tankerOnMine} The vessel remained afloat and reached the port.`],
      ['Tanker hit near Pivdennyi', `${tankerOnMine} The tanker listed badly and ran aground.`],
    );
    expect(statusOf(checked, 'ran aground')).toBe('contradicted');
  });
});

const depotRaid =
  'Drones struck a fuel depot on the edge of Liski, in the Voronezh region, overnight into Sunday, the governor said.';

describe('a strike’s hour told inside another fact', () => {
  it('contradicts "The strike, which came at about 1 a.m., set a tank on fire" with an attack at half past four', () => {
    const checked = retold(
      ['Drones hit Liski depot', `${depotRaid} The attack was at about half past four.`],
      [
        'Fire at Liski depot',
        `${depotRaid} The strike, which came at about 1 a.m., set a fuel tank on fire.`,
      ],
    );
    expect(statusOf(checked, 'which came at about 1 a.m.')).toBe('contradicted');
  });

  it('lets the same hour told both ways agree', () => {
    const checked = retold(
      ['Drones hit Liski depot', `${depotRaid} The attack was at around one in the morning.`],
      [
        'Fire at Liski depot',
        `${depotRaid} The strike, which came at about 1 a.m., set a fuel tank on fire.`,
      ],
    );
    expect(statusOf(checked, 'which came at about 1 a.m.')).not.toBe('contradicted');
  });
});

const trainOff =
  'A fuel train derailed near Unecha, in the Bryansk region, on Friday, the railway said.';

describe('a derailment’s hour against a blast’s', () => {
  it('contradicts "The derailment occurred at around 2 a.m." with "The explosion happened at about four"', () => {
    const checked = retold(
      ['Train derails near Unecha', `${trainOff} The derailment occurred at around 2 a.m.`],
      [
        'Blast under train near Unecha',
        `${trainOff} The explosion happened at about four in the morning, partisans said.`,
      ],
    );
    expect(statusOf(checked, 'The explosion happened')).toBe('contradicted');
  });

  it('does not set a drone strike’s hour there against the derailment', () => {
    const checked = retold(
      ['Train derails near Unecha', `${trainOff} The derailment occurred at around 2 a.m.`],
      [
        'Drones over Unecha',
        `${trainOff} Drones struck the station at about four in the morning, the governor said.`,
      ],
    );
    expect(statusOf(checked, 'Drones struck the station')).not.toBe('contradicted');
  });
});

const droneOnHouse =
  'A Russian drone hit a two-storey house in Shostka, in the Sumy oblast, on Monday evening, officials said.';

describe('a blast put down to gas against a strike', () => {
  it('contradicts the drone with "Household gas blast, not a drone, damaged house" and its lead', () => {
    const checked = retold(
      ['Drone hits house in Shostka', droneOnHouse],
      [
        'Household gas blast, not a drone, damaged Shostka house',
        'A household gas explosion damaged a two-storey house in Shostka on Monday evening, the emergency service said.',
      ],
    );
    expect(statusOf(checked, 'not a drone')).toBe('contradicted');
    expect(statusOf(checked, 'A household gas explosion')).toBe('contradicted');
  });

  it('leaves a gas blast the strike itself caused standing beside it', () => {
    const checked = retold(
      ['Drone hits house in Shostka', droneOnHouse],
      [
        'Drone sets off gas blast in Shostka',
        'A Russian drone hit a gas pipe beside a house in Shostka on Monday evening, and a gas explosion damaged the house.',
      ],
    );
    expect(statusOf(checked, 'gas explosion damaged')).not.toBe('contradicted');
  });
});

describe('a detour’s route is not the scene after it', () => {
  it('places "a woman was injured" told after "diverted through X" at the town struck', () => {
    const shelled = 'Russian shelling hit the centre of Vovchansk on Tuesday, the governor said.';
    const checked = retold(
      ['Vovchansk shelled', `${shelled} A woman was injured by shrapnel in Vovchansk.`],
      [
        'Shelling in Vovchansk',
        `${shelled} Trucks are being diverted through Vilkhivka, in the Kharkiv district. A woman was injured by shrapnel, police said.`,
      ],
    );
    expect(statusOf(checked, 'A woman was injured')).toBe('corroborated');
  });
});

describe('a headline’s present-tense artillery strike after a speaker’s colon', () => {
  it('reads "Balitsky: artillery hits Ukrainian positions in X" as the shelling told there', () => {
    const checked = retold(
      [
        'Huliaipole shelled',
        'Russian forces shelled Huliaipole, in the Zaporizhzhia oblast, on Monday morning, officials said.',
      ],
      [
        'Balitsky: artillery hits Ukrainian positions in Huliaipole',
        'Officials in the region said on Monday that the town had been quiet since.',
      ],
    );
    expect(statusOf(checked, 'artillery hits')).toBe('corroborated');
  });
});

describe('a denial of two kinds joined by "or"', () => {
  it('reads "No residential or industrial buildings were damaged" as a denial', () => {
    const denial = claimsOf(
      'Drones over Rylsk',
      'Drones attacked Rylsk, in the Kursk region, on Monday night, the governor said. No residential or industrial buildings were damaged.',
      'https://one.test/story',
    ).find((c) => c.text.includes('No residential'));
    expect(denial?.frame).toMatchObject({ event: 'damage', negated: true });
  });
});

describe('reports denied by name: "denied reports that X had been hit"', () => {
  const depotHit: [string, string] = [
    'Army confirms strike on Liski oil depot tank',
    'A fuel tank at the oil depot in Liski, in the Voronezh region, was struck on Thursday night, the army said.',
  ];

  it('reads the denial as the strike denied, which contradicts it', () => {
    const checked = retold(depotHit, [
      'Drones downed over Liski',
      'Air defences downed drones over Liski on Thursday night. The mayor denied claims circulating online that a fuel tank at the oil depot had been struck.',
    ]);
    expect(statusOf(checked, 'denied claims')).toBe('contradicted');
  });

  it('leaves the strike on the whole depot standing when only its tank was denied', () => {
    const checked = retold(
      [
        'Liski depot struck',
        'Drones struck the Liski oil depot in the Voronezh region on Thursday night, the army said.',
      ],
      [
        'Drones downed over Liski',
        "The mayor denied rumours on local channels that the depot's largest fuel tank had been hit, on Thursday night.",
      ],
    );
    expect(statusOf(checked, 'denied rumours')).toBe('new');
  });

  it('takes a denial with no clause after it for a statement still', () => {
    const claims = claimsOf(
      'Liski mayor speaks',
      'The mayor of Liski, in the Voronezh region, denied the reports on Thursday.',
      'https://one.test/story',
    );
    expect(claims.find((c) => c.text.includes('denied'))?.frame.event).toBe('statement');
  });
});

describe('aircraft damaged on the ground, denied or counted (round 58)', () => {
  const raid: [string, string] = [
    'Drones over Morozovsk',
    'Drones attacked Morozovsk in the Rostov region overnight into Friday, the governor said. ' +
      'No planes were damaged, a source in the ministry said.',
  ];

  it('reads "no planes were damaged" as a denial of damage, though planes are no building', () => {
    const denial = claimsOf(...raid, 'https://one.test/story').find((c) =>
      c.text.includes('No planes'),
    );
    expect(denial?.frame).toMatchObject({ event: 'damage', negated: true });
  });

  it('counts the aircraft by their kind past the model ("three Su-24 bombers")', () => {
    const claim = claimsOf(
      'Bombers hit at Morozovsk',
      'At least three Su-24 bombers parked at Morozovsk were damaged, a Ukrainian source said.',
      'https://two.test/story',
    ).find((c) => c.text.includes('bombers parked'));
    expect(claim?.frame.event).toBe('damage');
    expect(claim?.frame.counts).toMatchObject([
      { value: 3, qualifier: 'at-least', unit: 'bomber' },
    ]);
  });

  it('tells the denial and the count of damaged bombers apart', () => {
    const checked = retold(raid, [
      'Strike on Morozovsk',
      'Drones struck Morozovsk in the Rostov region overnight into Friday. Three Su-24 bombers ' +
        'were damaged, a Ukrainian source said.',
    ]);
    expect(statusOf(checked, 'Three Su-24 bombers')).toBe('contradicted');
  });

  it('leaves aircraft that strike as the attack they tell', () => {
    const claim = claimsOf(
      'Air strike',
      'Russian aircraft struck a dam near Kupiansk on Sunday, the governor said.',
      'https://three.test/story',
    )[0];
    expect(claim?.frame.event).toBe('attack');
  });
});
