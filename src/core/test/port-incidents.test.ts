/**
 * What a fire or blast at a port or on a ship leads to, told without a strike verb: the crew
 * taken off, oil let out or not, loading stopped, ships waiting; and the hour of a blast or of a
 * fire's start told as a sentence of its own. Written about other places and in other words than
 * the development set's articles that showed them missed (round 38).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, retold, statusOf } from './retold.ts';

const claimWith = (title: string, body: string, words: string) =>
  claimsOf(title, body, 'https://one.test/story').find((c) => c.text.includes(words));

const fireAtTuapse =
  'A fire broke out on the tanker Volna, moored at the port of Tuapse, on Sunday night, the Krasnodar region authorities said.';

describe('the crew of a ship on fire', () => {
  it('meets "the crew was evacuated" with crew members taken off the vessel', () => {
    const checked = retold(
      ['Tanker on fire in Tuapse', `${fireAtTuapse} The crew of 18 was evacuated.`],
      [
        'Blast on tanker in Tuapse',
        'The tanker Volna caught fire in the port of Tuapse on Sunday night, local channels reported. All 18 crew members were taken off the vessel.',
      ],
    );
    expect(statusOf(checked, 'taken off the vessel')).toBe('corroborated');
  });
});

describe('consequences at a port told without a strike verb', () => {
  it('finds oil let out, or said not to be, as a claim', () => {
    const body = `${fireAtTuapse} Fuel leaked into the harbour, they said. There was no diesel spill, the ministry said.`;
    const leaked = claimWith('Tanker on fire', body, 'Fuel leaked');
    expect(leaked?.frame.event).toBe('leak');
    expect(leaked?.frame.negated).toBe(false);
    const denied = claimWith('Tanker on fire', body, 'no diesel spill');
    expect(denied?.frame.event).toBe('leak');
    expect(denied?.frame.negated).toBe(true);
  });

  it('leaves a spill feared or risked as no claim', () => {
    const body = `${fireAtTuapse} There was a risk of spills, ecologists warned.`;
    expect(claimWith('Tanker on fire', body, 'risk of spills')?.frame.event).not.toBe('leak');
  });

  it('finds loading halted at a terminal and tankers waiting at anchor', () => {
    const body = `${fireAtTuapse} Shipments from the terminal were suspended. Four tankers remained at anchor off the port.`;
    expect(claimWith('Tanker on fire', body, 'Shipments')?.frame.event).toBe('disruption');
    expect(claimWith('Tanker on fire', body, 'at anchor')?.frame.event).toBe('disruption');
  });

  it('finds people taken on by bus, water brought in and no pollution found', () => {
    const body =
      'A passenger train was stopped near Kupiansk on Friday after a drone strike on the line, officials said. ' +
      'Coaches took the passengers on to Balakliia. Drinking water was being brought in tanker trucks. ' +
      'Ecologists said no contamination was detected.';
    expect(claimWith('Train stopped', body, 'Coaches took')?.frame.event).toBe('response');
    expect(claimWith('Train stopped', body, 'Drinking water')?.frame.event).toBe('response');
    const reading = claimWith('Train stopped', body, 'no contamination');
    expect(reading?.frame.event).toBe('reading');
    expect(reading?.frame.negated).toBe(true);
  });
});

describe('the hour of a blast or of a fire’s start, told on its own', () => {
  it('finds "the fire began … at about" and "the explosion was at" as claims with their hour', () => {
    const body =
      `${fireAtTuapse} The fire began in the pump room at about 11 p.m. ` +
      'The explosion was at around ten in the evening. The blasts tore through the hold at 10 p.m.';
    expect(claimWith('Tanker on fire', body, 'fire began')?.frame.time).toMatch(/23:00/);
    expect(claimWith('Tanker on fire', body, 'explosion was')?.frame.time).toMatch(/22:00/);
    expect(claimWith('Tanker on fire', body, 'tore through')?.frame.event).toBe('attack');
  });

  it('contradicts a blast at one hour with the attack told at another that night', () => {
    const checked = retold(
      [
        'Drones attack Novozybkov',
        'Drones attacked Novozybkov in the Bryansk region overnight into Monday, the governor said. The attack came at about 1 a.m.',
      ],
      [
        'Blast in Novozybkov',
        'An explosion shook Novozybkov in the Bryansk region overnight into Monday, local channels said. The blast was at around four in the morning.',
      ],
    );
    expect(statusOf(checked, 'The blast was')).toBe('contradicted');
  });
});

describe('when a fire on a ship was out', () => {
  const quickly: [string, string] = [
    'Tanker fire in Tuapse put out',
    `${fireAtTuapse} Firefighters put it out within three hours.`,
  ];

  it('contradicts "within three hours" with "only on Monday afternoon"', () => {
    const checked = retold(quickly, [
      'Tanker burns in Tuapse',
      'The tanker Volna caught fire in the port of Tuapse on Sunday night, local channels reported. The fire was put out only on Monday afternoon.',
    ]);
    expect(statusOf(checked, 'only on Monday afternoon')).toBe('contradicted');
  });

  it('files the fire put out the next day under the day it broke out', () => {
    const body =
      'The tanker Volna caught fire in the port of Tuapse on Sunday night, local channels reported. The fire was put out only on Monday afternoon. Three sailors were injured.';
    for (const words of ['only on Monday afternoon', 'Three sailors'])
      expect(claimWith('Tanker burns in Tuapse', body, words)?.frame.time).toMatch(
        /^(?!.*mon).*sun/,
      );
  });
});

describe('the hurt taken to a hospital in another town', () => {
  it('are hurt where the passage is, not in the hospital’s town', () => {
    const checked = retold(
      ['Tanker fire in Tuapse', `${fireAtTuapse} Nobody was hurt, officials said.`],
      [
        'Tanker burns in Tuapse',
        'The tanker Volna caught fire in the port of Tuapse on Sunday night, local channels reported. Two sailors were injured and taken to hospital in Krasnodar.',
      ],
    );
    expect(statusOf(checked, 'Two sailors')).toBe('contradicted');
  });
});

describe('what a speaker added after the damage they told of', () => {
  it('finds ", who said water was being delivered" as a claim of its own', () => {
    const texts = claimsOf(
      'Drones hit Kupiansk',
      'Russian drones struck Kupiansk in the Kharkiv region overnight into Sunday. A shop and four houses were damaged, according to the mayor, who said water was being delivered by tanker trucks.',
      'https://one.test/story',
    ).map((c) => c.text);
    expect(texts.some((t) => t.startsWith('who said water'))).toBe(true);
    expect(texts.some((t) => t.startsWith('A shop and four houses were damaged'))).toBe(true);
  });
});

describe('a denial told by bloggers', () => {
  it('contradicts "houses were damaged" with "no houses were hit, the bloggers claimed"', () => {
    const checked = retold(
      [
        'Drones attack Kupiansk',
        'Russian drones attacked Kupiansk in the Kharkiv region overnight into Sunday, the governor said. A school and three private houses were damaged, according to the mayor.',
      ],
      [
        'Gerans strike Kupiansk',
        'Russian forces struck Kupiansk in the Kharkiv region overnight into Sunday, military bloggers reported. No residential buildings were hit, the bloggers claimed.',
      ],
    );
    expect(statusOf(checked, 'No residential buildings were hit')).toBe('contradicted');
  });
});
