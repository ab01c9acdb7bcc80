/**
 * Facts the lexicon has no event for: rationing, exchanges, turnout, a ferry's timetable. Written
 * about other places and in other words than the development set's articles (rounds 48–50) and
 * the blind rounds before them that showed such facts missed.
 */
import { describe, expect, it } from 'vitest';
import { FACT, statesFact, wordsUpTo } from '../plain-facts.ts';
import { corpusTexts } from './corpus.ts';
import { claimsOf, retold, statusOf } from '../../test/retold.ts';

describe('a clause that states a fact the lexicon has no event for', () => {
  it('is a fact when it tells, in the past, the perfect or a passive, of something named or counted', () => {
    for (const clause of [
      'The ferry between Kavkaz and Port Krym made only four crossings on Sunday',
      'Bread deliveries to the shops of Novozybkov resumed after two days',
      'The regional electoral commission put turnout at 48 per cent',
      'Bakeries in Klintsy have been limited to one loaf per customer',
      'The limit is 15 litres per car at every station in Kerch',
    ])
      expect(statesFact(clause, false, true), clause).toBe(true);
  });

  it('needs something another outlet could name too: a name, a number, a day', () => {
    expect(statesFact('The queue moved slowly past the old market', false, false)).toBe(false);
    expect(statesFact('The queue moved slowly past the old market on Monday', false, false)).toBe(
      true,
    );
  });

  it('is no fact when it speculates, asks, feels or only attributes', () => {
    for (const clause of [
      'The ferry could resume its crossings from Kavkaz on Monday',
      'Drivers in Kerch feared that petrol would run out by the weekend',
      'How many crossings the ferry made on Sunday is not yet known',
      'Governor Sergei Aksyonov said on his Telegram channel',
      'Passengers in Kerch were touched by the volunteers who brought them tea',
    ])
      expect(statesFact(clause, false, true), clause).toBe(false);
  });

  it('is colour, not a fact, when it tells of habits, slow change, moods or the unnamed many', () => {
    for (const clause of [
      'The ferry regularly carries lorries across the strait to Kerch',
      'Drivers in Kerch have learned to fill their tanks whenever they can',
      'In Kerch, the mood was one of weary patience',
      'For the ferry crews of Kavkaz, the winter brought no rest',
      'Residents of Kerch say the queues were longer than last year',
      'That patience, one driver said, ran out on Sunday',
      'Local bloggers described the shortage in Kerch as a disgrace',
    ])
      expect(statesFact(clause, false, true), clause).toBe(false);
  });

  it('reads a headline in the present or without a verb, but not a short label', () => {
    expect(statesFact('Kerch drivers face a 15-litre limit', true, true)).toBe(true);
    expect(statesFact('Ferry crossings to Kerch cut to four a day', true, true)).toBe(true);
    expect(statesFact('Petrol queues in Kerch', true, true)).toBe(false);
  });
});

describe('plain facts retold', () => {
  const earlier: [string, string] = [
    'Kerch limits petrol to 15 litres a car',
    'Filling stations in Kerch limited petrol sales to 15 litres per car on Sunday, the city ' +
      'administration said. The ferry between Kavkaz and Port Krym made only four crossings that day.',
  ];

  it('are found in a telling of an event the lexicon does not know', () => {
    const claims = claimsOf(...earlier, 'https://one.test/story');
    expect(claims.map((c) => c.frame.event)).toEqual([FACT, FACT, FACT]);
  });

  it('meet the same fact in other words, and a changed number contradicts it', () => {
    const checked = retold(earlier, [
      'Fuel rationed in Kerch',
      'On Sunday the filling stations of Kerch limited sales of petrol to 20 litres per car, ' +
        'according to the city administration.',
    ]);
    expect(statusOf(checked, 'limited sales of petrol to 20 litres')).toBe('contradicted');
    const evidence = checked.find((c) => c.text.includes('20 litres'))?.evidence[0];
    expect(evidence?.difference).toMatchObject({ aspect: 'count' });
  });

  it('are corroborated by the same fact told in other words', () => {
    const checked = retold(earlier, [
      'Ferry makes four crossings',
      'Only four crossings were made on Sunday by the ferry between Port Krym and Kavkaz, the ' +
        'operator said.',
    ]);
    expect(statusOf(checked, 'Only four crossings were made')).toBe('corroborated');
  });

  it('stay new for the same kind of fact at another town that day', () => {
    const checked = retold(earlier, [
      'Petrol limited in Feodosia',
      'Filling stations in Feodosia limited petrol sales to 20 litres per car on Sunday, the ' +
        'town administration said.',
    ]);
    expect(statusOf(checked, 'Filling stations in Feodosia')).toBe('new');
  });

  it('never meet a claim of an event the lexicon knows', () => {
    const checked = retold(earlier, [
      'Drone attack on Kerch',
      'Drones struck a filling station in Kerch on Sunday, the city administration said.',
    ]);
    expect(statusOf(checked, 'Drones struck a filling station')).toBe('new');
  });
});

describe('a fact told of days to come, of how things stand, or of a rule', () => {
  it('is a fact when an authority sets a date, a measure or a timetable', () => {
    for (const clause of [
      'The ferry terminal in Kavkaz will close on 3 March',
      'The bridge to Chonhar is to reopen on Friday',
      'Fuel deliveries to Armiansk are expected by Wednesday',
      'Trains between Kerch and Dzhankoi will run only twice a week',
      'Residents of Chonhar may return to their homes from Sunday',
      'Lorries can no longer cross the Chonhar bridge after 9 p.m.',
      'Residents of Armiansk must stay indoors from 11 p.m. to 5 a.m.',
      'The shelter in Armiansk still houses 140 people',
      'The Chonhar checkpoint remains in force for lorries',
      'Bread is unavailable in the shops of Armiansk',
    ])
      expect(statesFact(clause, false, true), clause).toBe(true);
  });

  it('is still no fact when it guesses at days to come', () => {
    for (const clause of [
      'The ferry could resume its crossings from Kavkaz on Monday',
      'Fuel deliveries to Armiansk might come by Wednesday',
      'The bridge to Chonhar will reopen, officials hope',
      'Drivers wonder whether the bridge to Chonhar will reopen on Friday',
      'Ferries to Kerch may resume at some point',
    ])
      expect(statesFact(clause, false, true), clause).toBe(false);
  });

  it('names a cause, or a count moved by ambulances, without taking them for feelings', () => {
    expect(statesFact('Aksyonov blamed the shortage on the weather', false, true)).toBe(true);
    expect(
      statesFact(
        'Those who cannot walk, nine patients, were moved by ambulance to Armiansk',
        false,
        true,
      ),
    ).toBe(true);
  });
});

describe('plain facts cut from their sentence', () => {
  it('keep a statement that follows a fronted phrase, where an apposition would be shed', () => {
    const claims = claimsOf(
      'Fuel in Crimea',
      'Petrol ran short in Feodosia on Monday. In the neighbouring Kirovske district, a limit of ' +
        '15 litres per car was introduced on Wednesday.',
      'https://one.test/story',
    );
    expect(claims.some((c) => c.text.includes('a limit of 15 litres per car was introduced'))).toBe(
      true,
    );
  });

  it('keep a count that opens the clause, which no fronted participle is, before a hedge', () => {
    for (const clause of [
      'Seven boats reached the far bank of the Dnipro, according to the bloggers',
      'Eight shells landed in the fields outside Vovchansk, the police said',
      'Fifteen trucks crossed into Kupiansk overnight, a volunteer wrote',
      'Twenty-seven drones reached Konotop, said the mayor',
    ])
      expect(statesFact(clause, false, false), clause).toBe(true);
    // A participle still heads the phrase it opens, counted or not.
    expect(statesFact('Beaten by the storm, seven boats stayed in port', false, false)).toBe(true);
    expect(statesFact('Seen from Kupiansk, the river looked quiet', false, false)).toBe(false);
  });

  it('tell a hedged count retold with another number as contradicted', () => {
    const checked = retold(
      [
        'Boats on the Dnipro',
        'Seven boats reached the bank near Kherson on Friday, the regional administration said.',
      ],
      [
        'Crossing near Kherson',
        'Eleven boats reached the bank near Kherson on Friday, according to the bloggers.',
      ],
    );
    expect(statusOf(checked, 'Eleven boats reached')).toBe('contradicted');
  });

  it('take a clause whose subject points back at the town named before', () => {
    const claims = claimsOf(
      'Water in Feodosia',
      'A pumping station near Feodosia was damaged on Monday. The town now relies on its reserve wells.',
      'https://one.test/story',
    );
    const wells = claims.find((c) => c.text.includes('reserve wells'));
    expect(wells?.frame.event).toBe(FACT);
  });
});

describe('counting the words of a clause', () => {
  it('counts runs of letters and digits as a match for them does, up to the most asked', () => {
    const texts = [
      'Two drones, 3 missiles — and 𝐀𝐁 𝐂 (bold letters) near Ялта',
      'a\ud835 b\udc00 c 𝟏𝟐 d',
      ...corpusTexts().flatMap((text) => text.split(/(?<=[.!?,;])\s+/)),
    ];
    const matched = (text: string, most: number) =>
      Math.min(most, (text.match(/[\p{L}\p{N}]+/gu) ?? []).length);
    for (const most of [4, 5, 1000])
      expect(texts.filter((text) => wordsUpTo(text, most) !== matched(text, most))).toEqual([]);
  });
});
