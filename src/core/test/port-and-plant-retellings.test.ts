/**
 * A port attack and a plant attack, each told by both sides: weapons counted by their part in the
 * operation, a denial about a class of vessels against one vessel hit or burning, a bay the
 * gazetteer lacks as the lead town's harbour, a plant's buildings by other nouns, and a speaker's
 * title set between commas after the name. Written about other places and in other words than
 * the development set's articles that showed them missed (round 59).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, retold, statusOf } from './retold.ts';

const portAttacked: [string, string] = [
  'Night attack on Feodosia',
  'Feodosia came under an attack by uncrewed boats and drones overnight into Tuesday, the head ' +
    'of the city said. Six sea drones attacked the port, and all of them were destroyed in ' +
    'Dvuyakornaya Bay. A small fire broke out there and was put out within an hour. The loading ' +
    'of fuel was not suspended, officials said. No vessels in the port were damaged.',
];

/** The same attack with no bay named: the port is the lead town's. */
const portHeld: [string, string] = [
  'Night attack on Feodosia',
  'Feodosia came under an attack by uncrewed boats and drones overnight into Tuesday, the head ' +
    'of the city said. Six sea drones attacked the port of Feodosia, and all of them were ' +
    'destroyed. No vessels in the port were damaged.',
];

const portStruck = (body: string): [string, string] => [
  'Navy says strike hit Feodosia oil depot, ferry on fire',
  `Ukrainian sea drones struck the oil depot in Feodosia overnight into Tuesday, the Navy said. ${body}`,
];

describe('a port attack told by both sides', () => {
  it('contradicts six drones that attacked with eleven that took part in the operation', () => {
    const checked = retold(portHeld, portStruck('Eleven sea drones took part in the operation.'));
    expect(statusOf(checked, 'took part')).toBe('contradicted');
  });

  it('reads weapons taking part as an attack only when weapons are counted', () => {
    const claims = claimsOf(
      'Talks in Feodosia',
      'Feodosia hosted talks on Tuesday, the head of the city said. Eleven delegations took part in the operation of the forum.',
      'https://one.test/story',
    );
    expect(claims.find((c) => c.text.includes('took part'))?.frame.event).not.toBe('attack');
  });

  it('contradicts "no vessels in the port were damaged" with a ferry hit and a ferry on fire', () => {
    const checked = retold(
      portHeld,
      portStruck('One of them hit a ferry moored at the pier, and the ferry caught fire.'),
    );
    expect(statusOf(checked, 'hit a ferry')).toBe('contradicted');
    expect(statusOf(checked, 'the ferry caught fire')).toBe('contradicted');
    expect(statusOf(checked, 'ferry on fire')).toBe('contradicted');
  });

  it('does not take the ship that shot for a ship struck', () => {
    const denied: [string, string] = [
      'Drones attack Feodosia',
      'Drones attacked Feodosia overnight into Tuesday, the head of the city said. No vessels in the port were damaged.',
    ];
    const checked = retold(denied, [
      'Sea drone destroyed off Feodosia',
      'A sea drone was hit by fire from a patrol ship off Feodosia overnight into Tuesday, the head of the city said.',
    ]);
    expect(statusOf(checked, 'patrol ship')).not.toBe('contradicted');
  });

  it('does not set a denial about vessels against a burning house', () => {
    const checked = retold(portHeld, [
      'House on fire in Feodosia',
      'Drones attacked Feodosia overnight into Tuesday, officials said.',
    ]);
    expect(statusOf(checked, 'House on fire')).not.toBe('contradicted');
  });

  it('tells what happened in a bay the gazetteer lacks as told of the lead town', () => {
    const checked = retold(
      portAttacked,
      portStruck(
        'A fire also broke out at the depot itself. The loading of tankers in Feodosia was halted until noon, local channels reported.',
      ),
    );
    expect(statusOf(checked, 'A fire also broke out')).toBe('corroborated');
    expect(statusOf(checked, 'loading of tankers')).toBe('contradicted');
  });
});

const plantStruck: [string, string] = [
  'Drones hit Izhevsk plant',
  'Drones struck the Kupol plant in Izhevsk on Wednesday morning, local channels reported. ' +
    'According to the source, two drones hit a workshop where missiles are assembled, and a fire ' +
    'broke out. Aleksandr Brechalov, the head of Udmurtia, acknowledged that the plant had been ' +
    'attacked. Four workers were injured, he said.',
];

const attackRepelled = (body: string): [string, string] => [
  'Drone attack on Izhevsk repelled',
  `Air defences repelled a drone attack on Izhevsk on Wednesday morning, officials said. ${body}`,
];

describe('a plant attack told by both sides', () => {
  it('contradicts debris near an assembly hall with drones that hit a workshop', () => {
    const checked = retold(
      plantStruck,
      attackRepelled('Debris of one drone fell near an assembly hall, which was not damaged.'),
    );
    expect(statusOf(checked, 'near an assembly hall')).toBe('contradicted');
  });

  it('does not set debris near a production building against a hit on a home', () => {
    const checked = retold(
      [
        'Drone hits house in Izhevsk',
        'A drone hit a residential building in Izhevsk on Wednesday morning, officials said.',
      ],
      attackRepelled('Debris of one drone fell near a production building.'),
    );
    expect(statusOf(checked, 'near a production building')).not.toBe('contradicted');
  });

  it('counts the hurt at the plant, not across the region its speaker heads', () => {
    const checked = retold(
      plantStruck,
      attackRepelled(
        'Two employees of the plant received minor injuries and were treated on site.',
      ),
    );
    expect(statusOf(checked, 'Two employees')).toBe('contradicted');
  });
});

describe('a headline that counts after its colon', () => {
  it('contradicts "21 downed" with seventeen drones destroyed over the region', () => {
    const checked = retold(
      [
        'Drones downed over Tula region',
        'Seventeen drones were intercepted and destroyed over the Tula region overnight into Monday, the governor said.',
      ],
      [
        'Drones attack Tula region: 21 downed, depot on fire',
        'Air defences repelled an attack on the Tula region overnight into Monday, officials said.',
      ],
    );
    expect(statusOf(checked, '21 downed')).toBe('contradicted');
    expect(
      claimsOf('Drones attack Tula region: 21 downed', 'No more.', 'https://one.test/')[0]?.frame
        .counts,
    ).toEqual([{ value: 21, qualifier: 'exact', unit: 'drone' }]);
  });
});
