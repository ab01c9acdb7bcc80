/**
 * How two plain facts (the event the lexicon has no name for) are judged against each other:
 * shares, spans, areas and sums told two ways, a fact told as so and as not so, and facts of one
 * place that share only a generic word and their speaker. Written about other places and in other
 * words than the development set's articles (rounds 48–50) that showed them.
 */
import { describe, expect, it } from 'vitest';
import { clashingMeasure, deniesFact, measuresOf, sharedTopic } from '../fact-measures.ts';
import { FACT } from '../plain-facts.ts';
import { claimTerms } from '../terms.ts';
import { claimsOf, retold, statusOf } from '../../test/retold.ts';

describe('the measures a plain fact states', () => {
  it('reads shares, spans, areas and sums, in digits or words', () => {
    expect(measuresOf('turnout reached 47.2 per cent')).toMatchObject([
      { low: 47.2, unit: 'percent' },
    ]);
    expect(measuresOf('the ferry sailed once every two days')).toMatchObject([
      { low: 2, unit: 'day' },
    ]);
    expect(measuresOf('queues of five to seven hours')).toMatchObject([
      { low: 5, high: 7, unit: 'hour' },
    ]);
    expect(measuresOf('farmers sowed one hundred and twenty hectares')).toMatchObject([
      { low: 120, unit: 'hectare' },
    ]);
    expect(measuresOf('each family got 12,000 hryvnias')).toMatchObject([
      { low: 12000, unit: 'hryvnia' },
    ]);
  });

  it('leaves a number that names the thing rather than an amount', () => {
    expect(measuresOf('volunteers handed out 300 ten-litre canisters')).toEqual([]);
  });

  it('holds a number in words and in digits to be one number', () => {
    expect(
      clashingMeasure('paid twelve thousand hryvnias', 'paid 12,000 hryvnias'),
    ).toBeUndefined();
    expect(clashingMeasure('paid twelve thousand hryvnias', 'paid 15,000 hryvnias')).toMatchObject({
      unit: 'hryvnia',
      ours: 'twelve thousand hryvnias',
      theirs: '15,000 hryvnias',
    });
  });

  it('lets an amount told roughly meet one near it', () => {
    expect(clashingMeasure('about 52 per cent voted', 'turnout was 55%')).toBeUndefined();
    expect(clashingMeasure('about 52 per cent voted', 'turnout was 38%')).toBeDefined();
  });
});

describe('what two plain facts share', () => {
  it('is a denial only where the fact is told as not so', () => {
    expect(deniesFact('the well had not been tested')).toBe(true);
    expect(deniesFact('sales were limited to no more than 20 litres')).toBe(false);
  });

  it('sets aside the words of who told them', () => {
    const told = (text: string) => ({ text, terms: claimTerms(text, 0, []) });
    const a = told("Lessons ended at noon, the school's head teacher, Iryna Koval, said");
    const b = told(
      'The school has been closed for the winter, head teacher Iryna Koval told reporters',
    );
    expect(sharedTopic(a, b).shared).toBe(0);
  });
});

describe('plain facts judged against each other', () => {
  const timetable: [string, string] = [
    'Bilopillia gets tap water every two days',
    'In Bilopillia, the water utility has switched the town to tap water once every two days, ' +
      'starting on Thursday.',
  ];

  it('contradict when they state a different span of one measure', () => {
    const claims = claimsOf(...timetable, 'https://one.test/story');
    expect(claims.map((c) => c.frame.event)).toContain(FACT);
    const checked = retold(timetable, [
      'Bilopillia water cut',
      'In Bilopillia, the water utility has switched the town to tap water once every five days, ' +
        'starting on Thursday.',
    ]);
    expect(statusOf(checked, 'once every five days')).toBe('contradicted');
    const evidence = checked.find((c) => c.text.includes('five days'))?.evidence[0];
    expect(evidence?.difference).toMatchObject({
      aspect: 'count',
      ours: 'five days',
      theirs: 'two days',
    });
  });

  it('contradict when one tells as not so what the other tells as so', () => {
    const checked = retold(
      ['Romny well', 'The old well in Romny had been tested by the water company in March.'],
      ['Romny well untested', 'The old well in Romny had not been tested by the water company.'],
    );
    expect(statusOf(checked, 'had not been tested')).toBe('contradicted');
  });

  it('stay apart when they share only the place, a generic word and the speaker', () => {
    const checked = retold(
      [
        'Okhtyrka clinic moved',
        "The move of the clinic's patients in Okhtyrka began at nine and was over by noon, the clinic's chief doctor, Iryna Koval, said.",
      ],
      [
        'Okhtyrka clinic shut',
        'The whole clinic in Okhtyrka, the pharmacy included, has been shut indefinitely, chief doctor Iryna Koval told local media.',
      ],
    );
    expect(statusOf(checked, 'has been shut indefinitely')).toBe('new');
  });
});

describe('shares of different things told in percent', () => {
  const turnout =
    'Turnout in the mayoral election in Tver reached 38.4 percent when polling stations closed on Sunday.';

  it('does not set a winner’s share of the vote against the turnout', () => {
    expect(
      clashingMeasure(
        'Pavel Ivanov won the mayoral election in Tver with nearly 72 percent.',
        turnout,
      ),
    ).toBeUndefined();
  });

  it('still sets one turnout against another', () => {
    expect(
      clashingMeasure('Real turnout in the Tver mayoral election was barely 29 percent.', turnout)
        ?.unit,
    ).toBe('percent');
  });
});
