/**
 * Short factual sentences are claims, whatever they lack: no number, no place, no strike verb.
 * Commentary around them stays out. Each sentence here is written for this test, in the plain
 * wording of wire reports.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model.ts';
import { compareClaims } from '../compare.ts';
import { countsOf, relationObject, relationOf } from '../details.ts';
import { claimTerms } from '../terms.ts';
import { claimsOf, PLACES } from './article.ts';

const at = 'Drones attacked the Rylsky district overnight. ';

/** The one claim `sentence` makes after a sentence that sets the place. */
function claimOf(sentence: string): Claim {
  const claims = claimsOf(at + sentence, PLACES).filter((c) => c.start >= at.length);
  expect(claims.map((c) => c.text)).toHaveLength(1);
  const [claim] = claims;
  if (!claim) throw new Error(`no claim in: ${sentence}`);
  return claim;
}

const eventOf = (sentence: string) => claimOf(sentence).frame.event;

describe('short factual sentences', () => {
  it('reads drones headed for a place, or counted in the raid, as the attack', () => {
    expect(eventOf('The drones were flying towards Lgov.')).toBe('attack');
    expect(eventOf('Twelve drones took part in the raid.')).toBe('attack');
    expect(claimOf('Twelve drones took part in the raid.').frame.counts).toEqual([
      { value: 12, qualifier: 'exact', unit: 'drone' },
    ]);
  });

  it('reads a fire seen from afar as a fire, its "could be" no commentary', () => {
    expect(eventOf('The flames could be seen from the motorway.')).toBe('fire');
    expect(eventOf('Smoke was visible from the neighbouring villages.')).toBe('fire');
  });

  it('reads people moved out of their homes as the evacuation, and a headline "halt" as a stop', () => {
    expect(eventOf('Forty families were moved out of their homes overnight.')).toBe('evacuation');
    expect(eventOf('Drones halt the sugar plant in Rylsk.')).toBe('disruption');
  });

  it('reads no stop in a call "to halt" attacks', () => {
    for (const sentence of [
      'Zelensky called on Russia to halt its attacks on ports in Odesa.',
      'He urged Moscow to immediately halt strikes on Odesa.',
    ]) {
      const events = claimsOf(at + sentence, PLACES)
        .filter((c) => c.start >= at.length)
        .map((c) => c.frame.event);
      expect(events, sentence).not.toContain('disruption');
    }
  });

  it('reads rescue and emergency work at the scene as a response', () => {
    expect(eventOf('Rescue teams worked until dawn to reach people under the debris.')).toBe(
      'response',
    );
    expect(eventOf('Police cordoned off the street while sappers examined the wreckage.')).toBe(
      'response',
    );
    expect(eventOf('The evacuees were given temporary housing in a sports hall.')).toBe('response');
    expect(eventOf('Utility services have started to replace broken windows.')).toBe('response');
  });

  it('reads what became of a fire as a fire claim', () => {
    expect(eventOf('The blaze was extinguished before dawn.')).toBe('fire');
    expect(eventOf('Firefighters needed four hours to bring the flames under control.')).toBe(
      'fire',
    );
    expect(eventOf('A fire broke out at the depot.')).toBe('fire');
  });

  it('reads who was taken to hospital, or is among the hurt, as casualties', () => {
    expect(eventOf('The woman was taken to a local hospital.')).toBe('casualties');
    expect(eventOf('His condition is described as serious.')).toBe('casualties');
    const among = claimOf('A 9-year-old boy is among the injured.');
    expect(among.frame.event).toBe('casualties');
    // One of the injured, not how many were injured: it must not gainsay "nine injured".
    expect(among.frame.counts).toEqual([{ value: 1, qualifier: 'exact', unit: 'person' }]);
  });

  it('reads that nobody was there as a claim of its own', () => {
    expect(eventOf('Nobody was at home at the time.')).toBe('unoccupied');
    expect(eventOf('The shop was empty.')).toBe('unoccupied');
    expect(eventOf('The owners were not at home.')).toBe('unoccupied');
    expect(eventOf('Its tenants were not inside at the time.')).toBe('unoccupied');
  });

  it('reads explosions residents heard, and drones in or kept out of an airspace, as an attack', () => {
    expect(eventOf('People in Mykolaiv said they heard explosions all night.')).toBe('attack');
    expect(eventOf('Residents heard several loud explosions before dawn.')).toBe('attack');
    expect(eventOf('A drone violated Polish airspace for three minutes.')).toBe('attack');
    const denial = claimOf('The ministry in Chisinau said no drone had entered Moldovan airspace.');
    expect(denial.frame).toMatchObject({ event: 'attack', negated: true });
  });

  it('reads explosions residents reported, an hour given to a raid, and what was set fire to', () => {
    expect(eventOf('Townspeople reported explosions at about five in the evening.')).toBe('attack');
    expect(eventOf('Local channels put the raid at about 3 a.m.')).toBe('attack');
    expect(eventOf('Shelling set fire to a grain barge at the pier.')).toBe('fire');
    // Not an hour: a strike put "at risk" tells no time.
    expect(claimsOf('Mud put the attack at risk.', PLACES)).toEqual([]);
  });

  it('reads broken windows, a building set alight and a destroyed home as damage', () => {
    expect(eventOf('The explosion shattered windows in two houses.')).toBe('damage');
    expect(eventOf('Another drone set a hangar at the airfield alight.')).toBe('damage');
    expect(eventOf('A family home was destroyed.')).toBe('damage');
    const none = claimOf('No damage was reported in Lipetsk.');
    expect(none.frame).toMatchObject({ event: 'damage', negated: true });
  });

  it('reads power lost or restored as an outage', () => {
    expect(eventOf('Around 500 homes were left without electricity.')).toBe('outage');
    expect(eventOf('Power engineers restored the supply by noon.')).toBe('outage');
  });

  it('reads schools, transport and services stopped or kept running', () => {
    expect(eventOf('Classes at the village school will be held remotely on Thursday.')).toBe(
      'disruption',
    );
    expect(eventOf('The ferry service was suspended for six hours.')).toBe('disruption');
    expect(eventOf('The airport continued to operate normally.')).toBe('operating');
  });

  it('reads an evacuation told as a noun, and people who left, as an evacuation', () => {
    expect(eventOf('The evacuation of residents from border villages is continuing.')).toBe(
      'evacuation',
    );
    expect(eventOf('About 300 families have left the area this month.')).toBe('evacuation');
  });

  it('reads a count since the start of the day as a claim, not background', () => {
    expect(eventOf('Since the beginning of the day, the army has carried out 15 attacks.')).toBe(
      'attack',
    );
  });

  it('reads attacks told as a noun or in a headline present tense', () => {
    expect(eventOf('Local officials reported shelling of Rylsk.')).toBe('attack');
    expect(eventOf('The army carried out 37 strikes on the district.')).toBe('attack');
    expect(only('Drones strike fuel depot in Bryansk region').frame.event).toBe('damage');
    expect(only('Drones target Kursk overnight').frame.event).toBe('attack');
  });
});

function only(text: string, url?: string): Claim {
  const claims = claimsOf(text, PLACES, url);
  expect(claims).toHaveLength(1);
  const [claim] = claims;
  if (!claim) throw new Error(`no claim in: ${text}`);
  return claim;
}

describe('commentary stays out', () => {
  it.each([
    'The psychological toll on families remains significant.',
    'Residents say they are tired of the sirens.',
    'Every strike on a fuel depot drives up prices, traders say.',
    'The risk of drone strikes has become part of daily life.',
    'Even quiet villages can become targets.',
    'The district has been shelled almost daily since 2022.',
    'Schools usually switch to online lessons after night attacks.',
    'Many families have moved away since the war began.',
    'What is missing, as ever, is a way to check the figures.',
    'The refinery processes about eight million tonnes of oil a year.',
    'Residents say the explosions rattled their windows, but they have grown used to it.',
    "The district has become a regular target, the mayor's critics say.",
    'Drones struck the port again last week, some analysts argue.',
    'Critics argue that the district was left without air defence for too long.',
    'Residents of Sumy say that is what scared them most: there were no sirens and no distant explosions before the drone came down.',
    'Local officials, critics note, have fallen into a routine of their own: a tally of drones shot down and no word on damage.',
  ])('%s', (sentence) => {
    expect(claimsOf(at + sentence, PLACES).filter((c) => c.start >= at.length)).toEqual([]);
  });
});

describe('sentences with two claims', () => {
  it('splits independent clauses joined by ", and"', () => {
    const claims = claimsOf(
      'Two drones were downed over Kursk, and a third hit a warehouse in Rylsk.',
      PLACES,
    );
    expect(claims.map((c) => [c.text, c.frame.event])).toEqual([
      ['Two drones were downed over Kursk', 'shootdown'],
      ['a third hit a warehouse in Rylsk', 'damage'],
    ]);
  });

  it('splits "and" with no comma when a subject of its own follows', () => {
    const claims = claimsOf('A drone hit a car in Rylsk and the driver was injured.', PLACES);
    expect(claims.map((c) => [c.text, c.frame.event])).toEqual([
      ['A drone hit a car in Rylsk', 'damage'],
      ['the driver was injured', 'casualties'],
    ]);
    // One subject doing two things is one claim.
    expect(claimsOf('A fire broke out in Rylsk and was put out by rescuers.', PLACES)).toHaveLength(
      1,
    );
  });

  it('splits a headline at a bare comma between two statements, and only a headline', () => {
    const headline = claimsOf(
      'Debris damages house in Rylsk, drones target Bryansk depot\n\nThe body follows.',
      PLACES,
    );
    expect(headline.map((c) => c.text)).toEqual([
      'Debris damages house in Rylsk',
      'drones target Bryansk depot',
    ]);
    const body = claimsOf(
      'Kursk: night raid\n\nDebris damages house in Rylsk, drones target Bryansk depot.',
      PLACES,
    );
    expect(body.map((c) => c.text)).toEqual([
      'Debris damages house in Rylsk, drones target Bryansk depot',
    ]);
  });

  it('splits two reported statements joined by "and that"', () => {
    const claims = claimsOf(
      'The mayor said the school in Rylsk would stay closed and that pupils would study online.',
      PLACES,
    );
    expect(claims.map((c) => c.frame.event)).toEqual(['disruption', 'disruption']);
  });

  it('splits the fire a strike started from the strike', () => {
    const claims = claimsOf('Drones attacked a fuel depot in Bryansk, starting a fire.', PLACES);
    expect(claims.map((c) => c.frame.event)).toEqual(['damage', 'fire']);
  });

  it('splits a damaged substation from the homes left without power', () => {
    const claims = claimsOf(
      'In Rylsk, shelling damaged a substation, and about 800 homes were left without power.',
      PLACES,
    );
    expect(claims.map((c) => c.frame.event)).toEqual(['damage', 'outage']);
  });
});

describe('people counted, not their ages', () => {
  it('counts "a 47-year-old man" as one man', () => {
    expect(countsOf('a 47-year-old man was injured', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(countsOf('a woman aged 81 was killed', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'person killed' },
    ]);
  });

  it('reads "a man of 70" as one man of that age, not 70 people', () => {
    expect(countsOf('a man of 70 and his wife were injured', [])).toEqual([
      { value: 2, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(countsOf('a pensioner of 83 was killed', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'person killed' },
    ]);
  });

  it('counts the part, not the total: "27 of 35 drones" downed is 27', () => {
    expect(countsOf('air defences destroyed 27 of 35 drones', [])).toEqual([
      { value: 27, qualifier: 'exact', unit: 'drone' },
    ]);
  });

  it('counts a number written straight after an underscore as after a space', () => {
    const spaced = countsOf('crews at sector 12 drones were shot down', []);
    expect(spaced).toEqual([{ value: 12, qualifier: 'exact', unit: 'drone' }]);
    expect(countsOf('crews at sector_12 drones were shot down', [])).toEqual(spaced);
  });

  it('counts people by their trade', () => {
    expect(countsOf('three railway workers were wounded', [])).toEqual([
      { value: 3, qualifier: 'exact', unit: 'person injured' },
    ]);
  });
});

describe('near, or struck', () => {
  it('reads hits, direct hits and landings on a building as contact', () => {
    expect(relationOf('the shell landed on a kindergarten')).toBe('struck');
    expect(relationOf('the house was destroyed by a direct hit')).toBe('struck');
    expect(relationOf('a missile slammed into a shopping centre')).toBe('struck');
  });

  it('reads a headline\'s weapons that "strike" a site as contact, and the noun "strike" as none', () => {
    expect(relationOf('Missiles strike oil depot in Bryansk')).toBe('struck');
    expect(relationOf('a strike on the depot was reported')).toBe(undefined);
  });

  it('reads distances as near', () => {
    expect(relationOf('fragments fell 50 metres from a hospital')).toBe('near');
    expect(relationOf('the drone came down in the vicinity of a school')).toBe('near');
  });

  it('reads a landing in a garden or field a distance from a building as near it', () => {
    expect(relationOf('a shell landed in a field about two hundred metres from a school')).toBe(
      'near',
    );
    expect(relationOf('debris landed in the garden, some thirty yards from the house')).toBe(
      'near',
    );
    expect(relationObject('debris came down in an orchard 40 metres from a kindergarten')).toBe(
      'kindergarten',
    );
    // A landing in a yard that then damages the house is still contact.
    expect(relationOf('debris fell in a yard, damaging a house')).toBe('struck');
  });

  it('names the object of the relation in one word', () => {
    expect(relationObject('debris fell near two schools')).toBe('school');
    expect(relationObject('landed on the roof of a house')).toBe('building');
  });

  it('sets "fell near a school" against "hit a school" in the same village', () => {
    const near = only('Debris fell near a school in Rylsk');
    const hit = only('Fragments of a drone hit a school in Rylsk', 'https://example.test/b');
    expect(compareClaims(hit, near)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'relation' },
    });
  });

  it('sets debris near a kindergarten against a drone that hit it', () => {
    const near = only('Debris fell near a kindergarten in Rylsk');
    const hit = only('A drone hit a kindergarten in Rylsk', 'https://example.test/b');
    expect(near.frame.event).toBe('debris');
    expect(hit.frame.event).toBe('damage');
    expect(compareClaims(hit, near).relation).toBe('contradicts');
  });

  it('does not set a school against a car', () => {
    const near = only('Debris fell near a school in Rylsk');
    const car = only('A drone hit a car in Rylsk');
    expect(compareClaims(car, near).relation).not.toBe('contradicts');
  });
});

describe('a day taken from the article', () => {
  const a = claimsOf(
    'Drones hit Kursk, two injured\n\nDrones struck Kursk on Sunday, injuring two people.',
    PLACES,
    'https://one.test/a',
  );
  const b = claimsOf(
    'Drone raid on Kursk leaves two wounded\n\nTwo people were wounded when drones struck Kursk on Monday. No one was hurt in Lipetsk.',
    PLACES,
    'https://two.test/b',
  );

  it('lets a headline that names no day agree with another day’s report', () => {
    const headlineA = a.find((c) => c.text === 'two injured');
    const headlineB = b.find((c) => c.text.startsWith('Drone raid'));
    if (!headlineA || !headlineB) throw new Error('headlines missing');
    expect(compareClaims(headlineB, headlineA).relation).toBe('same');
  });

  it('still sets two stated days against each other', () => {
    const bodyA = a.find((c) => c.text.includes('Sunday'));
    const bodyB = b.find((c) => c.text.includes('Monday'));
    if (!bodyA || !bodyB) throw new Error('bodies missing');
    expect(compareClaims(bodyB, bodyA)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'time' },
    });
  });

  it('takes a day told aside in a report on another day for another event', () => {
    // Its writer tells of Monday in Lipetsk and sets Saturday's strike on Kursk apart from it.
    const aside = claimsOf(
      'Drone raid on Lipetsk\n\nDrones struck Lipetsk on Monday. On Saturday, drones also struck Kursk, injuring two people.',
      PLACES,
      'https://five.test/e',
    );
    const bodyA = a.find((c) => c.text.includes('Sunday'));
    const saturday = aside.find((c) => c.text.includes('Saturday'));
    if (!bodyA || !saturday) throw new Error('claims missing');
    expect(compareClaims(saturday, bodyA).relation).toBe('unrelated');
  });

  it('takes reports of days far apart for two events, headlines and all', () => {
    const earlier = claimsOf(
      'Drones hit Kursk, two injured\n\nDrones struck Kursk on Thursday night, injuring two people.',
      PLACES,
      'https://four.test/d',
    );
    for (const ours of b)
      for (const theirs of earlier) expect(compareClaims(ours, theirs).relation).toBe('unrelated');
  });

  it('never contradicts a claim on a day it only takes from its article', () => {
    const other = claimsOf(
      'Drone raid on Lipetsk\n\nOn Tuesday, a drone struck Lipetsk. A man was hurt in Lipetsk.',
      PLACES,
      'https://three.test/c',
    );
    const denial = b.find((c) => c.frame.negated);
    const hurt = other.find((c) => c.text.startsWith('A man was hurt'));
    if (!denial || !hurt) throw new Error('claims missing');
    expect(compareClaims(denial, hurt).relation).not.toBe('contradicts');
  });
});

describe('what was hit, in other words', () => {
  it('counts a warehouse or a facility as a building', () => {
    expect(countsOf('a drone hit a warehouse', [])).toContainEqual({
      value: 1,
      qualifier: 'exact',
      unit: 'building',
    });
    expect(countsOf('a storage facility was set ablaze', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'building' },
    ]);
  });

  it('takes "set a storage building alight" to tell "hit a warehouse and set it on fire"', () => {
    const first = only('A drone hit a warehouse in Rylsk and set it on fire');
    const second = only(
      'Another drone set a storage building in Rylsk alight',
      'https://example.test/b',
    );
    expect(compareClaims(second, first).relation).toBe('same');
  });
});

describe('a denial of casualties', () => {
  it('contradicts injured workers at the same place', () => {
    const [, injured] = claimsOf(
      'Drones struck the port in Rylsk. Two dock workers were injured.',
      PLACES,
    );
    const denial = only('In Rylsk, there were no casualties.', 'https://example.test/b');
    if (!injured) throw new Error('claim missing');
    expect(injured.frame.counts).toEqual([
      { value: 2, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(compareClaims(denial, injured)).toMatchObject({
      relation: 'contradicts',
      difference: { aspect: 'polarity' },
    });
  });
});

describe('a fire put out, in other words', () => {
  it('takes "the blaze was put out" to tell "the fire has been extinguished"', () => {
    const first = claimOf('Firefighters put out the blaze by morning.');
    const second = claimsOf(
      `${at}The fire has since been extinguished.`,
      PLACES,
      'https://example.test/b',
    ).find((c) => c.frame.event === 'fire');
    if (!second) throw new Error('claim missing');
    expect(compareClaims(second, first).relation).toBe('same');
  });
});

describe('more of the plain facts of a strike', () => {
  it.each([
    ['Medics are at the scene.', 'response'],
    ['Two cars were burnt out.', 'damage'],
    ['Her condition remains serious.', 'casualties'],
    ['He was treated for shock.', 'casualties'],
    ['A 60-year-old woman sustained shrapnel injuries.', 'casualties'],
    ['The air raid alert lasted three hours.', 'alert'],
    ['Sirens sounded across the city.', 'alert'],
    ['The road to the border was blocked for two hours.', 'disruption'],
    ['Gas supply to 200 households was cut off.', 'outage'],
    ['A criminal case has been opened.', 'investigation'],
    ['The governor declared a regional state of emergency.', 'emergency'],
    ['The attack lasted about three hours.', 'attack'],
    ['A missile landed just next to a school.', 'debris'],
    ['Doctors are treating a man for burns.', 'casualties'],
    ['The body of a woman was found under the rubble.', 'casualties'],
    ['Four people are still missing.', 'casualties'],
    ['The search operation is continuing.', 'response'],
    ['Families from two houses were moved to a temporary shelter.', 'evacuation'],
    ['Sappers defused an unexploded warhead.', 'response'],
    ['The raid involved 40 drones and three missiles.', 'attack'],
    ['An explosion was reported near the airfield.', 'attack'],
    ['The mayor said schools would reopen on Monday.', 'operating'],
    ['Police closed the road to traffic.', 'disruption'],
    ['The city declared three days of mourning.', 'mourning'],
    ['His car was riddled with shrapnel.', 'damage'],
    ['Some 500 tonnes of fuel were stored at the depot.', 'amount'],
  ])('%s', (sentence, event) => {
    expect(eventOf(sentence)).toBe(event);
  });

  it('reads "no reports of" as a denial', () => {
    expect(claimOf('There were no reports of casualties.').frame).toMatchObject({
      event: 'casualties',
      negated: true,
    });
    expect(claimOf('No reports of damage were received.').frame).toMatchObject({
      event: 'damage',
      negated: true,
    });
  });

  it('counts a toll by the harm it names', () => {
    expect(countsOf('The death toll rose to five', [])).toEqual([
      { value: 5, qualifier: 'exact', unit: 'person killed' },
    ]);
    expect(countsOf('the number of injured has risen to 12', [])).toEqual([
      { value: 12, qualifier: 'exact', unit: 'person injured' },
    ]);
    // Someone among the dead is one of them, not the toll.
    expect(countsOf('Among the dead is a teenager', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'person' },
    ]);
  });

  it('counts households whose supply was cut as homes without it', () => {
    expect(countsOf('Gas supply to 200 households was cut off', [])).toEqual([
      { value: 200, qualifier: 'exact', unit: 'home without power' },
    ]);
  });

  it('reads where a weapon came down as near, whatever the blast then broke', () => {
    expect(relationOf('debris fell near a house, damaging its windows')).toBe('near');
    expect(relationOf('the missile landed just next to a school')).toBe('near');
    // The car was hit; the town is only where.
    expect(relationOf('a drone hit a car near Rylsk')).toBe('struck');
  });
});

describe('headlines and turns of the narrative', () => {
  it('reads harm told in the present tense', () => {
    expect(only('Shelling kills one in Kursk').frame.event).toBe('casualties');
    expect(only('Missile strike on Bryansk leaves three wounded').frame.event).toBe('casualties');
  });

  it('does not place "separately" in the town the passage named before', () => {
    const claims = claimsOf(
      'A drone hit a house in Rylsk on Monday. Separately, a woman was killed in Sudzhino on Sunday.',
      PLACES,
    );
    const separate = claims.find((c) => c.text.startsWith('Separately'));
    expect(separate?.frame.places).toEqual([]);
  });

  it('dates a headline by its lead when the article names more than one day', () => {
    const claims = claimsOf(
      'Drones hit Kursk\n\nDrones struck Kursk on Monday. On Sunday, a shell hit Rylsk.',
      PLACES,
    );
    expect(claims[0]?.frame.time).toBe('~mon');
  });

  it('keeps apart claims of other days that count differently, or count against nothing', () => {
    const monday = claimsOf(
      'Drones hit Kursk\n\nOn Monday, drones struck Kursk. Two people were wounded.',
      PLACES,
      'https://one.test/a',
    );
    const tuesday = claimsOf(
      'Kursk: man dies\n\nOn Tuesday, a man died in Kursk after shelling. Three people were wounded.',
      PLACES,
      'https://two.test/b',
    );
    const two = monday.find((c) => c.text.startsWith('Two'));
    const three = tuesday.find((c) => c.text.startsWith('Three'));
    const dies = tuesday.find((c) => c.text.startsWith('Kursk: man dies'));
    if (!two || !three || !dies) throw new Error('claims missing');
    expect(compareClaims(three, two).relation).toBe('unrelated');
    expect(compareClaims(dies, two).relation).toBe('unrelated');
  });
});

describe('"the city" when no city is known', () => {
  it('places the claim where the official named with it governs, not in the last place named', () => {
    const claims = claimsOf(
      'Drones were downed over the Rylsky district. The city’s governor, Alexei Smirnov, reported no casualties.',
      PLACES,
    );
    const denial = claims.find((c) => c.frame.negated);
    expect(denial?.frame.places).toEqual(['place:ru-krs']);
  });
});

describe('strikes, rescues and the hurt, in more words', () => {
  it('reads "slammed into" a building as a strike on it', () => {
    const claim = claimOf('A missile slammed into a block of flats, injuring four people.');
    expect(claim.frame.event).toBe('damage');
    expect(claim.frame.relation).toBe('struck');
    expect(claim.frame.counts).toContainEqual({
      value: 4,
      qualifier: 'exact',
      unit: 'person injured',
    });
  });

  it('reads harm told only by a participle', () => {
    expect(eventOf('The night raid ended before dawn, wounding three.')).toBe('casualties');
  });

  it('reads who is among the hurt', () => {
    expect(eventOf('Two of the wounded are teenagers.')).toBe('casualties');
  });

  it('reads someone brought out of the rubble as a rescue, apart from an evacuation', () => {
    const rescue = claimOf('A man was pulled alive from the rubble.');
    expect(rescue.frame.event).toBe('rescue');
    const evacuated = claimsOf(
      `${at}Ninety residents were evacuated.`,
      PLACES,
      'https://example.test/b',
    ).find((c) => c.start >= at.length);
    if (!evacuated) throw new Error('claim missing');
    expect(compareClaims(evacuated, rescue).relation).toBe('unrelated');
  });

  it('counts the helpers apart from the people they help, unless they are hurt', () => {
    expect(countsOf('the ministry sent 50 firefighters', [])).toEqual([
      { value: 50, qualifier: 'exact', unit: 'personnel' },
    ]);
    expect(countsOf('two firefighters were injured', [])).toEqual([
      { value: 2, qualifier: 'exact', unit: 'person injured' },
    ]);
  });
});

describe('lessons moved online, in other words', () => {
  it('takes "pupils will study remotely" to tell "lessons will be held online"', () => {
    const first = claimOf('Lessons will be held online.');
    const second = claimsOf(
      `${at}Pupils will study remotely this week.`,
      PLACES,
      'https://example.test/b',
    ).find((c) => c.start >= at.length);
    if (!second) throw new Error('claim missing');
    expect(compareClaims(second, first).relation).toBe('same');
  });
});

describe('an age in the signature', () => {
  it('keeps "a 12-year-old" apart from "12 drones", and one age alike in two reports', () => {
    const girl = claimTerms('a 12-year-old girl was hurt', 0, []);
    expect(girl).not.toContain('12');
    expect(claimTerms('twelve drones were downed', 0, []).some((t) => girl.includes(t))).toBe(
      false,
    );
    expect(claimTerms('a 12 year old girl', 0, [])).toContain(girl.find((t) => t.includes('12')));
  });
});

describe('a duration in the signature', () => {
  it('gives one duration in minutes and in hours one term, and two durations two', () => {
    const shared = (a: string, b: string) => {
      const theirs = claimTerms(b, 0, []);
      return claimTerms(a, 0, []).filter((t) => theirs.includes(t));
    };
    // Delayed and shut share no verb term (closed and shut do: one halt), only the duration.
    expect(shared('delayed for ninety minutes', 'shut for an hour and a half')).toHaveLength(1);
    expect(shared('delayed for 90 minutes', 'shut for one and a half hours')).toHaveLength(1);
    expect(shared('delayed for thirty minutes', 'shut for half an hour')).toHaveLength(1);
    expect(shared('delayed for thirty minutes', 'shut for an hour and a half')).toHaveLength(0);
  });
});

describe('people named together', () => {
  it('counts the members of a group joined by "and"', () => {
    expect(countsOf('A woman and her two children were injured in Chuhuiv', [])).toEqual([
      { value: 3, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(countsOf('An elderly man and his 12-year-old grandson were wounded', [])).toEqual([
      { value: 2, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(countsOf('Two men and a woman were killed', [])).toEqual([
      { value: 3, qualifier: 'exact', unit: 'person killed' },
    ]);
    // How many children, nobody says: at least three people in all.
    expect(countsOf('A woman and her children were injured', [])).toEqual([
      { value: 3, qualifier: 'at-least', unit: 'person injured' },
    ]);
  });

  it('does not count a part of a count told before it', () => {
    expect(countsOf('Five people were hurt in Lozova, among them a man and his son', [])).toEqual([
      { value: 5, qualifier: 'exact', unit: 'person injured' },
    ]);
    expect(countsOf('Four people were killed, including two children', [])).toEqual([
      { value: 4, qualifier: 'exact', unit: 'person killed' },
    ]);
  });

  it('leaves a person and a thing apart', () => {
    expect(countsOf('A man and his car were hit', [])).toEqual([
      { value: 1, qualifier: 'exact', unit: 'person' },
    ]);
  });
});

describe('the words two tellings share', () => {
  it('leave out when it happened, which the time of the claim compares', () => {
    const terms = claimTerms(
      'A drone hit a school in the town overnight into Thursday morning',
      0,
      [],
    );
    for (const when of ['overnight', 'thursday', 'morn', 'morning'])
      expect(terms).not.toContain(when);
    expect(terms).toContain('school');
  });
});

describe('a trigger asked about or generalised', () => {
  it('reads no event in rumours about where a drone came down', () => {
    const claims = claimsOf(
      'In Kursk, people trade guesses about where the last missile landed; others argue over it.',
      PLACES,
    );
    expect(claims).toEqual([]);
  });

  it('reads no event in what is said of most drones, but keeps most drones downed last night', () => {
    expect(
      claimsOf('Officials say most of the drones are shot down over the Kursk region.', PLACES),
    ).toEqual([]);
    expect(
      claimsOf('Most of the drones were shot down over the Kursk region last night.', PLACES).map(
        (c) => c.frame.event,
      ),
    ).toEqual(['shootdown']);
  });
});

describe('facts told in other words (round 20), at other places', () => {
  it('reads a reading against a limit as a claim, "within limits" as its denial', () => {
    const high = claimOf('Chlorine levels in the air of Rylsk exceeded the permissible limits.');
    expect(high.frame).toMatchObject({ event: 'reading', negated: false });
    const safe = claimOf('Radiation levels in Rylsk remained within safe limits, officials said.');
    expect(safe.frame).toMatchObject({ event: 'reading', negated: true });
    expect(claimOf('Residents of Rylsk complained of a smell of burning.').frame.event).toBe(
      'reading',
    );
  });

  it('reads fighter jets scrambled, people trapped in a mine and lifted out as claims', () => {
    expect(eventOf('Romania scrambled two F-16 jets as drones neared its border.')).toBe(
      'scramble',
    );
    expect(eventOf('Hungary raised its military aircraft over the border.')).toBe('scramble');
    expect(eventOf('Some 90 workers were stuck underground after the attack.')).toBe('trapped');
    expect(eventOf('By dawn all the workers had been hoisted to the surface.')).toBe('surfaced');
  });

  it('takes two tellings of people trapped, or brought up, at one place that day as one fact', () => {
    const trapped = only('In Rylsk, 60 workers were trapped underground on Monday.');
    const left = only(
      'In Rylsk, sixty miners were left underground on Monday after the lift lost power.',
      'https://example.test/b',
    );
    expect(compareClaims(left, trapped).relation).toBe('same');
    const brought = only('On Monday the Rylsk miners were brought to the surface.');
    const lifted = only(
      'On Monday the Rylsk men were lifted to the surface, the company said.',
      'https://example.test/b',
    );
    expect(compareClaims(lifted, brought).relation).toBe('same');
  });

  it('reads a fire an authority confirmed or reported as a fire claim', () => {
    expect(eventOf('The regional authorities confirmed a fire at a warehouse in Rylsk.')).toBe(
      'fire',
    );
    expect(eventOf('The governor reported a large blaze at the depot.')).toBe('fire');
  });

  it('reads a strike that put something out of action as damage, and it as no fire put out', () => {
    expect(eventOf('In May, a strike on the Rylsk depot put it out of action for a month.')).toBe(
      'damage',
    );
    expect(eventOf('The strike put the substation out of service as the fire spread.')).toBe(
      'damage',
    );
  });

  it('reads an event closed by "without casualties" as that event, which a bare telling meets', () => {
    expect(eventOf('Fragments fell near a barn outside Rylsk, without casualties.')).toBe('debris');
    const told = only(
      'On Monday fragments of a drone fell near a barn in Rylsk, without casualties.',
    );
    const fell = claimsOf(
      'On Monday a drone was downed over Rylsk, and its debris fell near a barn.',
      PLACES,
      'https://example.test/b',
    ).find((c) => c.frame.event === 'debris');
    expect(fell && compareClaims(fell, told).relation).toBe('same');
    // Alone, the denial is still a denial.
    expect(claimOf('The attack ended without casualties.').frame).toMatchObject({
      event: 'casualties',
      negated: true,
    });
  });

  it('reads a supply working normally as a place operating, in reported speech too', () => {
    expect(eventOf('The mayor said that the gas supply in Rylsk was working normally.')).toBe(
      'operating',
    );
  });

  it('reads a strike carried out on a facility, in ministry words, as that facility struck', () => {
    const claim = claimOf(
      'The Ministry of Defence said troops carried out a strike with precision weapons on a military-industrial facility in Rylsk.',
    );
    expect(claim.frame.relation).toBe('struck');
    // A target left unnamed is no count of one building that a depot or a plant would not match.
    expect(claim.frame.counts).toEqual([]);
    expect(relationOf('Troops carried out a strike on Rylsk overnight.')).not.toBe('struck');
  });
});
