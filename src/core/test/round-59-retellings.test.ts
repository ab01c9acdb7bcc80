/**
 * Retellings round 59 of the development set showed the check missing, about other places and
 * wording: a headline whose teller confirms or admits the event it names ("Navy confirms strike on
 * X"); an area standing beside a town (the Alabuga zone by Yelabuga), which is news of the town's
 * ground; a plant's town as the place of the sentences after it ("Debris fell on the grounds of
 * the X terminal. A small fire broke out there"); and a port named after "port" ("off port
 * Krym"), which is neither the region its last word names nor apart from its town.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from './retold.ts';

describe('a headline whose teller owns up to the event', () => {
  const earlier: [string, string] = [
    'Night attack on Tuapse',
    'Tuapse came under a drone attack overnight into Tuesday, the town’s administration said.',
  ];

  it('meets an earlier report of the attack when the teller confirms it', () => {
    const checked = retold(earlier, [
      'Army confirms strike on Tuapse port',
      'The General Staff said the port had been struck.',
    ]);
    expect(statusOf(checked, 'confirms strike on Tuapse')).toBe('corroborated');
  });

  it('does so when the teller admits it', () => {
    const checked = retold(earlier, [
      'Governor admits drone attack on Tuapse',
      'The governor said there was no damage.',
    ]);
    expect(statusOf(checked, 'admits drone attack on Tuapse')).toBe('corroborated');
  });
});

describe('an area beside a town is news of the town', () => {
  const zone: [string, string] = [
    'Alabuga zone attacked',
    'Four drones attacked the Alabuga special economic zone on Friday morning, the head of Tatarstan said. A warehouse was damaged.',
  ];

  it('sets a count told of the town against the one told of the zone', () => {
    const checked = retold(zone, [
      'Drones over Yelabuga',
      'Six drones attacked an industrial site in Yelabuga on Friday morning, officials said.',
    ]);
    expect(statusOf(checked, 'Six drones attacked')).toBe('contradicted');
  });

  it('meets the same count told of the town', () => {
    const checked = retold(zone, [
      'Drones over Yelabuga',
      'Four drones attacked an industrial site in Yelabuga on Friday morning, officials said.',
    ]);
    expect(statusOf(checked, 'Four drones attacked')).toBe('corroborated');
  });
});

describe('a plant’s town is the place of what follows it', () => {
  it('places "there" after debris on a plant at the plant’s town, not the river named before', () => {
    const checked = retold(
      [
        'Drones over Ulyanovsk',
        'Drones attacked Ulyanovsk overnight into Sunday. Two of them were shot down over the Volga. Debris fell on the grounds of Aviastar-SP. A small fire broke out there and was put out within an hour.',
      ],
      [
        'Fire at Ulyanovsk aircraft plant',
        'A fire broke out at the Aviastar-SP plant in Ulyanovsk overnight into Sunday, Ukrainian channels wrote.',
      ],
    );
    expect(statusOf(checked, 'A fire broke out')).toBe('corroborated');
  });
});

describe('a port named after "port"', () => {
  it('is its own place on its town’s ground, not the region its last word names', () => {
    const checked = retold(
      [
        'Kerch ferry crossing halted',
        'The Kerch ferry crossing was halted overnight into Monday. The ferry Maria waited off port Krym, and the ferry was not damaged, officials said.',
      ],
      [
        'Ferry hit in Kerch',
        'Ukrainian drones hit the ferry Maria at its berth in Kerch overnight into Monday, the Navy said.',
      ],
    );
    expect(statusOf(checked, 'hit the ferry Maria')).toBe('contradicted');
  });
});

describe('a district named after a town in -ga', () => {
  it('meets the town, its adjective in -zhsky', () => {
    const checked = retold(
      [
        'Drones over Onega',
        'Drones attacked the town of Onega in the Arkhangelsk region on Monday. Nobody was hurt, the governor said.',
      ],
      [
        'Onezhsky district attacked',
        'The Onezhsky district of the Arkhangelsk region came under a drone attack on Monday. There were no casualties, officials said.',
      ],
    );
    expect(statusOf(checked, 'no casualties')).toBe('corroborated');
  });
});

describe('a title set between the speaker and the verb', () => {
  it('places nothing: the count after it is still the town’s', () => {
    const checked = retold(
      [
        'Drones hit Shebekino plant',
        'Drones attacked a plant in Shebekino on Tuesday morning. Two workers were injured, officials said.',
      ],
      [
        'Plant in Shebekino attacked',
        'Drones struck a plant in Shebekino on Tuesday morning. Vyacheslav Gladkov, the governor of the Belgorod region, acknowledged that the plant had been attacked. Three workers were injured, he said.',
      ],
    );
    expect(statusOf(checked, 'Three workers were injured')).toBe('contradicted');
  });
});
