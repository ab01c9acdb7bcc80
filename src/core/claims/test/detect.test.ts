import { describe, expect, it } from 'vitest';
import { claimsOf, PLACES } from './article.ts';
import { analyse } from '../../analyse.ts';
import { FACT } from '../plain-facts.ts';

/** A Belgorod official the shared test names do not hold. */
const ORLOV = {
  surface: ['Pavel Orlov', 'Orlov'],
  id: 'official:orlov-pavel',
  type: 'official' as const,
  parentId: 'place:ru-bel',
};

describe('detectClaims', () => {
  it('keeps the facts of an article and leaves its commentary out', () => {
    const text = [
      'Air defence forces shot down three drones over the Kursk region overnight, Governor Alexei Smirnov said.',
      'The attack underscores the growing reach of long-range drones.',
      'Analysts suggest the campaign is part of a broader strategy to wear down air defences.',
      'Despite the lack of casualties, the fear among residents remains significant.',
      'The incident also raised questions about the readiness of local shelters.',
    ].join(' ');
    const claims = claimsOf(text, PLACES);
    expect(claims.map((c) => c.text)).toEqual([
      'Air defence forces shot down three drones over the Kursk region overnight, Governor Alexei Smirnov said',
    ]);
    const [claim] = claims;
    expect(claim?.frame).toMatchObject({
      event: 'shootdown',
      places: ['place:ru-krs'],
      counts: [{ value: 3, qualifier: 'exact', unit: 'drone' }],
      negated: false,
      time: 'night',
    });
    expect(claim?.attribution).toBe('official:smirnov-alexei');
    expect(claim?.id).toBe('https://example.test/a#0');
  });

  it('gives each clause the speaker it names, and the rest the sentence’s speaker', () => {
    const names = [...PLACES, ORLOV];
    const text =
      'Governor Pavel Orlov reported four drones shot down over the Belgorod region, and Governor ' +
      'Alexei Smirnov said two drones had been destroyed over the Kursk region.';
    const claims = claimsOf(text, names);
    expect(claims.map((c) => [c.frame.places, c.attribution])).toEqual([
      [['place:ru-bel'], 'official:orlov-pavel'],
      [['place:ru-krs'], 'official:smirnov-alexei'],
    ]);
  });

  it('takes the speaker named right after "said" at the end of a sentence', () => {
    const names = [...PLACES, ORLOV];
    const text =
      'In the Belgorod region, a man was injured in the Rylsky district, said Pavel Orlov, head of the region.';
    const claims = claimsOf(text, names);
    expect(claims.map((c) => c.attribution)).toEqual(['official:orlov-pavel']);
  });

  it('splits where debris fell from what it fell near', () => {
    const text =
      'In the Rylsky district, fragments of a missile fell onto Sadovaya Street, near houses 4 and 6.';
    const claims = claimsOf(text, PLACES);
    expect(claims.map((c) => c.text)).toEqual([
      'In the Rylsky district, fragments of a missile fell onto Sadovaya Street',
      'near houses 4 and 6',
    ]);
    expect(claims[1]?.frame).toMatchObject({
      event: 'debris',
      relation: 'near',
      identifiers: ['4', '6'],
    });
    expect(claims[1]?.frame.counts).toEqual([]);
    expect(claims[1]?.frame.places).toContain('place:sadovaya-street');
  });

  it('gives a claim that names no place the place named just before', () => {
    const text =
      'Drones attacked the Bryansk region on the night of March 3rd. Emergency crews were sent to the scene.';
    const [attack, response] = claimsOf(text, PLACES);
    expect(attack?.frame).toMatchObject({ event: 'attack', places: ['place:ru-bry'] });
    expect(attack?.frame.time).toContain('--03-03');
    expect(response?.frame).toMatchObject({ event: 'response', places: ['place:ru-bry'] });
  });

  it('indexes a claim under its place and the place that contains it', () => {
    const [claim] = claimsOf('A drone was shot down over the Rylsky district.', PLACES);
    expect(claim?.keys.sort()).toEqual(['shootdown|place:ru-krs', 'shootdown|place:ru-krs-rylsky']);
  });

  it('reads "no one was injured" as a denial and "two people were injured" as a count', () => {
    const [none] = claimsOf('In Kursk, no one was injured.', PLACES);
    const [two] = claimsOf('In Kursk, two people were injured.', PLACES);
    expect(none?.frame).toMatchObject({ event: 'casualties', negated: true });
    expect(two?.frame).toMatchObject({ event: 'casualties', negated: false });
    expect(two?.frame.counts).toEqual([{ value: 2, qualifier: 'exact', unit: 'person injured' }]);
  });

  it('reads qualified counts, times of day and dates', () => {
    const [claim] = claimsOf(
      'On November 30th, between 20:00 and 23:30, air defences destroyed more than 10 drones over Belgorod Oblast.',
      PLACES,
    );
    expect(claim?.frame.counts).toEqual([{ value: 10, qualifier: 'more-than', unit: 'drone' }]);
    expect(claim?.frame.time).toBe('--11-30 20:00-23:30');
  });

  it('does not count the houses of a street address or the hour of a time', () => {
    const [claim] = claimsOf('At 04:15 debris fell near building 17 in Kursk.', PLACES);
    expect(claim?.frame.identifiers).toEqual(['17']);
    expect(claim?.frame.counts).toEqual([]);
  });

  it('reads "houses" as a verb when people follow its number: a count, no house number', () => {
    const [claim] = claimsOf(
      'A sanatorium in Kursk still houses 140 evacuees from the border villages.',
      PLACES,
    );
    expect(claim?.frame.identifiers).toEqual([]);
    expect(claim?.frame.counts).toEqual([{ value: 140, qualifier: 'exact', unit: 'person' }]);
  });

  it('places "the refinery" where the refinery named before is, not at the last place named', () => {
    const claims = claimsOf(
      'Drones struck the refinery in Kursk on Monday. In Belgorod, debris damaged a school. ' +
        'Firefighters put out the blaze at the refinery by noon.',
      PLACES,
    );
    const blaze = claims.find((c) => c.text.includes('put out the blaze'));
    const refinery = claims.find((c) => c.text.includes('struck the refinery'));
    expect(refinery?.frame.places.length).toBeGreaterThan(0);
    expect(blaze?.frame.places).toEqual(refinery?.frame.places);
  });

  it('reads "the fire at the scene was put out, rescuers said" as the fire, not a response', () => {
    const [claim] = claimsOf(
      'The blaze at the scene in Kursk was extinguished by noon, local rescuers said.',
      PLACES,
    );
    expect(claim?.frame.event).toBe('fire');
  });

  it('reads trains late "while" crews worked as the delay, and minutes as no count of the crews', () => {
    const [claim] = claimsOf(
      'Trains out of Kursk ran up to forty minutes late while sappers examined the line.',
      PLACES,
    );
    expect(claim?.frame.event).toBe('disruption');
    expect(claim?.frame.counts.some((c) => c.unit === 'personnel')).toBe(false);
  });

  it('reads the news in a "while" clause told against an ongoing main clause', () => {
    const [claim] = claimsOf(
      'Air defence crews were intercepting the raid on Kursk while falling wreckage damaged a school.',
      PLACES,
    );
    expect(['damage', 'debris']).toContain(claim?.frame.event);
  });

  it('reads no damage in people "touched" by kindness', () => {
    expect(
      claimsOf('School staff in Kursk were touched by the letters the children sent.', PLACES),
    ).toEqual([]);
  });

  it('reads no harm in lives "in danger" that are a reason to leave', () => {
    expect(
      claimsOf(
        'Families in Kursk must leave because their lives are in danger, officials said.',
        PLACES,
      ),
    ).toEqual([]);
  });

  it('reads no fall in crews that "dropped into" a pit, only a plain fact', () => {
    expect(
      claimsOf('Sappers dropped into the pit in Kursk to make the missile safe.', PLACES).map(
        (c) => c.frame.event,
      ),
    ).toEqual([FACT]);
  });

  it('reads a fire "dealt with" or "out" as a fire put out', () => {
    for (const text of [
      'Firefighters in Kursk dealt with the blaze by noon.',
      'The flames at the Kursk depot were out within an hour.',
    ])
      expect(claimsOf(text, PLACES)[0]?.frame.event, text).toBe('fire');
  });

  it('reads "not a single house was touched" as damage denied, counting no house', () => {
    const [claim] = claimsOf('In Kursk, not a single house was touched, the mayor said.', PLACES);
    expect(claim?.frame).toMatchObject({ event: 'damage', negated: true, counts: [] });
  });

  it('reads "his life is not in danger" as the condition of the hurt, no denial of harm', () => {
    const claims = claimsOf(
      'A man was injured in Kursk on Monday. His life is not in danger, doctors said.',
      PLACES,
    );
    const condition = claims.find((c) => c.text.startsWith('His life'));
    expect(condition?.frame).toMatchObject({ event: 'casualties', negated: false });
  });

  it('counts no hour told in words beside a struck facility', () => {
    const [claim] = claimsOf(
      'Missiles struck a chemical facility in Kursk at around five in the morning.',
      PLACES,
    );
    expect(claim?.frame.time).toMatch(/^05:00/);
    expect(claim?.frame.counts).not.toContainEqual(expect.objectContaining({ value: 5 }));
  });

  it('reads a weapon that "slammed into" a works of any name as a strike', () => {
    for (const object of ['an industrial enterprise', 'a factory', 'the plants', 'a flour mill']) {
      const claims = claimsOf(`A drone slammed into ${object} in Kursk on Monday.`, PLACES);
      expect(
        claims.map((c) => c.frame.event),
        object,
      ).toEqual(['damage']);
    }
  });

  it('takes "the downed drone" as a mention, not as a new shootdown', () => {
    const claims = claimsOf(
      'The debris from downed drones has become part of daily life in Kursk.',
      PLACES,
    );
    expect(claims).toEqual([]);
  });

  it('replaces names by entity ids and folds synonyms in the signature', () => {
    const [a] = claimsOf('Air defence intercepted an unmanned aerial vehicle over Kursk.', PLACES);
    const [b] = claimsOf('A UAV was shot down over the Kursk region.', PLACES);
    expect(a?.terms).toContain('place:ru-krs');
    expect(a?.terms).toContain('drone');
    expect(b?.terms).toContain('drone');
    expect(a?.terms).toContain('shootdown');
    expect(b?.terms).toContain('shootdown');
  });
});

describe('a death toll told with words between "toll" and its verb', () => {
  it('is a claim counting the dead, in the present tense too', () => {
    const { claims } = analyse({
      url: 'https://toll.test/a',
      source: 'toll.test',
      title: 'Shelling of Kherson',
      body: 'The death toll from Sunday’s shelling of Kherson rises to 11, the regional administration said.',
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]?.frame).toMatchObject({
      event: 'casualties',
      counts: [{ value: 11, qualifier: 'exact', unit: 'person killed' }],
    });
  });
});

describe('a relative clause that tells an event of its own', () => {
  it('reads ", which …" as a claim about the noun before it', () => {
    const text =
      'A drone hit a warehouse in the Kursk region and started a fire, which firefighters put out by morning.';
    const claims = claimsOf(text, PLACES);
    expect(claims.map((c) => [c.text, c.frame.event])).toEqual([
      ['A drone hit a warehouse in the Kursk region and started a fire', 'damage'],
      ['which firefighters put out by morning', 'fire'],
    ]);
    expect(claims[1]?.frame.places).toEqual(['place:ru-krs']);
  });

  it('leaves a relative clause that only describes as part of its claim', () => {
    const text = 'A drone hit a warehouse in the Kursk region, which stores grain.';
    expect(claimsOf(text, PLACES).map((c) => c.text)).toEqual([
      'A drone hit a warehouse in the Kursk region',
    ]);
  });
});

describe('habits and indirect questions told beside the facts', () => {
  it('leaves out what happens after every attack, and what nobody asks', () => {
    const text = [
      'A drone hit a house in the Kursk region on Monday.',
      'Residents fear most the fragments that fall on the roofs after each strike.',
      'Few neighbours still ask which street was hit this time, a local priest said.',
    ].join(' ');
    expect(claimsOf(text, PLACES).map((c) => c.text)).toEqual([
      'A drone hit a house in the Kursk region on Monday',
    ]);
  });

  it('keeps a fact told with "each" that is no habit', () => {
    const text = 'Windows were blown out on each floor of a building in the Kursk region.';
    expect(claimsOf(text, PLACES)).toHaveLength(1);
  });
});

describe('background told as a history of strikes', () => {
  it('leaves out a place "targeted repeatedly" or hit "over the past two years"', () => {
    const text = [
      'A drone hit a warehouse in the Kursk region on Monday.',
      'The depot, the largest in the region, has been attacked repeatedly.',
      'Warehouses in the region were struck more than 40 times over the past two years.',
    ].join(' ');
    expect(claimsOf(text, PLACES).map((c) => c.text)).toEqual([
      'A drone hit a warehouse in the Kursk region on Monday',
    ]);
  });
});

describe('transport back on its timetable', () => {
  it('reads services said to run on schedule or on time as working, a claim', () => {
    const text =
      'Ferries at the port were halted overnight. Ferries were sailing on schedule again by noon. Flights were departing on time.';
    const working = claimsOf(text, PLACES).filter((c) => c.frame.event === 'operating');
    expect(working.map((c) => c.text)).toEqual([
      'Ferries were sailing on schedule again by noon',
      'Flights were departing on time',
    ]);
  });
});

describe('a fire told by how far it reached', () => {
  it('reads "the flames spread over" and "the fire covered" an area as a fire', () => {
    const text =
      'A drone hit a warehouse in Kursk overnight. The flames spread over two floors. The fire covered about 300 sq m.';
    const fires = claimsOf(text, PLACES).filter((c) => c.frame.event === 'fire');
    expect(fires.map((c) => c.text)).toEqual([
      'The flames spread over two floors',
      'The fire covered about 300 sq m',
    ]);
  });
});

describe('two things said in one sentence', () => {
  it('reads "confirmed that A and that B" as two claims, and a fire "had broken out" as a fire', () => {
    const text =
      'Governor Alexei Smirnov confirmed that a school in Rylsk had been hit and that a fire had broken out there.';
    const claims = claimsOf(text, PLACES);
    expect(claims.map((c) => c.frame.event)).toEqual(['damage', 'fire']);
    expect(claims[1]?.text).toBe('that a fire had broken out there');
  });
});

describe("a region in a speaker's title", () => {
  it('is where the speaker serves, not where the event was', () => {
    const text =
      'A drone hit a warehouse in Rylsk overnight. The head of the Kursk regional administration, Alexei Smirnov, said that a fire had broken out.';
    const fire = claimsOf(text, PLACES).find((c) => c.frame.event === 'fire');
    expect(fire?.frame.places).toEqual(['place:ru-krs-rylsky']);
  });

  it('is where the speaker serves when the title leads and the name follows it', () => {
    const text =
      'A drone hit a warehouse in Rylsk overnight. The head of the Kursk region, Smirnov, said that three people were injured.';
    const hurt = claimsOf(text, PLACES).find((c) => c.text.includes('three people'));
    expect(hurt?.frame.places).toEqual(['place:ru-krs-rylsky']);
  });
});

describe('a denial of harm after an airport closed', () => {
  it('speaks of the place the article is about, not of the airport', () => {
    const { claims } = analyse({
      url: 'https://example.test/a',
      source: 'example.test',
      title: 'Drones attack Novorossiysk',
      body: 'Drones attacked Novorossiysk early on Monday. Debris fell near the port.\n\nFlights at Krasnodar airport were suspended for two hours. Local channels reported that no one had been hurt.',
    });
    const unhurt = claims.find((c) => c.text.includes('no one had been hurt'));
    expect(unhurt?.frame.places).toEqual(['place:ru-novorossiysk']);
  });

  it('still speaks of the place struck in the sentence before', () => {
    const { claims } = analyse({
      url: 'https://example.test/a',
      source: 'example.test',
      title: 'Drones attack Novorossiysk',
      body: 'Drones attacked Novorossiysk early on Monday. A drone hit a warehouse in Tuapse. No one was hurt.',
    });
    const unhurt = claims.find((c) => c.text.includes('No one was hurt'));
    expect(unhurt?.frame.places).toEqual(['place:ru-tuapse']);
  });
});

describe('a denial of harm after a disruption that is not an airport', () => {
  const lead = 'Russian missiles struck Kyiv overnight, damaging several buildings.';

  it('stays with the place of trains halted in the sentence before', () => {
    const { claims } = analyse({
      url: 'https://example.test/a',
      source: 'example.test',
      title: 'Missiles strike Kyiv',
      body: `${lead} Trains in the Odesa region were halted for two hours as a precaution. No one was hurt.`,
    });
    const unhurt = claims.find((c) => c.text.includes('No one was hurt'));
    const trains = claims.find((c) => c.text.includes('Trains in the Odesa region'));
    expect(unhurt?.frame.places[0]).toMatch(/^place:ua-odesa/);
    expect(unhurt?.frame.places).toEqual(trains?.frame.places);
  });

  it('keeps "no one was hurt there" with the airport\'s city named before', () => {
    const { claims } = analyse({
      url: 'https://example.test/a',
      source: 'example.test',
      title: 'Drones attack Novorossiysk',
      body: 'Drones attacked Novorossiysk early on Monday. Flights at Sochi airport were suspended for two hours. No one was hurt there.',
    });
    const unhurt = claims.find((c) => c.text.includes('No one was hurt'));
    expect(unhurt?.frame.places).toEqual(['place:ru-sochi']);
  });
});

describe('a grain elevator struck', () => {
  it('reads a headline\'s "hits grain elevator in" as a strike, as "hits depot in" is', () => {
    const text =
      'Missile hits grain elevator in Lipetsk\n\nA missile hit the port of Bryansk on Friday night.';
    expect(claimsOf(text, PLACES).map((c) => c.text)).toEqual([
      'Missile hits grain elevator in Lipetsk',
      'A missile hit the port of Bryansk on Friday night',
    ]);
  });
});

describe('a verbless headline after its teller', () => {
  it('reads "Speaker: strike on X" and "Y claims drone attack on X" as attacks', () => {
    for (const head of [
      'Governor: strike on fuel depot in Rylsk',
      'Kyiv claims drone attack on Rylsk',
      'Ministry of Defence: fire at depot in Rylsk',
    ]) {
      const claims = claimsOf(`${head}\n\nA drone hit a house in Bryansk on Friday night.`, PLACES);
      expect(claims.map((c) => c.text)).toContain(head);
      const headline = claims.find((c) => c.text === head);
      expect(headline?.frame.places).toEqual(['place:ru-krs-rylsky']);
    }
  });

  it("still reads no event in a teller's headline that names none", () => {
    const claims = claimsOf(
      'Governor: residents should use shelters\n\nA drone hit a house in Bryansk on Friday night.',
      PLACES,
    );
    expect(claims.map((c) => c.text)).toEqual(['A drone hit a house in Bryansk on Friday night']);
  });
});

describe('a fire put out, told after a semicolon', () => {
  it('reads "crews put it out" as the fire the clause before told of', () => {
    const text =
      'A drone hit a warehouse in Rylsk on Monday. A fire broke out in the hangar; local crews put it out by noon.';
    const fires = claimsOf(text, PLACES).filter((c) => c.frame.event === 'fire');
    expect(fires.map((c) => c.text)).toEqual([
      'A fire broke out in the hangar',
      'local crews put it out by noon',
    ]);
  });
});

describe('a roof torn off', () => {
  it('is damage, told in the passive with the cause and the source after it', () => {
    const text =
      'Drones attacked the Kursk region overnight. In Rylsk, a roof was torn off a garage by debris, residents wrote.';
    const roof = claimsOf(text, PLACES).find((c) => c.text.includes('roof'));
    expect(roof?.frame.event).toBe('damage');
  });
});

describe('a habit grown used to', () => {
  it('is no event: "crews have grown used to working under fire"', () => {
    const text =
      'A drone hit a house in Rylsk on Monday. Repair crews in Rylsk have grown used to working under fire, and residents say the queues at the shop have become a small act of defiance.';
    expect(claimsOf(text, PLACES).map((c) => c.text)).toEqual([
      'A drone hit a house in Rylsk on Monday',
    ]);
  });
});
