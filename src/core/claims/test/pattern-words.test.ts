/**
 * The words read off a pattern (`pattern-words.ts`) and the screen built from them
 * (`screened.ts`). A word list that missed a word some match holds would make its pattern
 * silently blind wherever the text lacks the listed words, so the lists are proven against every
 * text we have and against texts written to sit on the edges of words.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse.ts';
import { wordsEveryMatchHolds } from '../pattern-words.ts';
import { execs, mayMatch, screened, screenedPatterns, screenedTest, tests } from '../screened.ts';
import { corpusTexts } from './corpus.ts';

describe('words every match holds', () => {
  it('reads whole words where the pattern bounds them, and prefixes where a word may run on', () => {
    expect(wordsEveryMatchHolds(/\b(?:shelled|bombed)\b/i)).toEqual(['shelled', 'bombed']);
    expect(wordsEveryMatchHolds(/\bwarehouses?/i)).toEqual(['warehouse*']);
    expect(wordsEveryMatchHolds(/\bpower (?:cuts?|outages?)\b/i)).toEqual(['power']);
  });

  it('takes the rarer words of a sequence, and all the words of an alternation', () => {
    expect(wordsEveryMatchHolds(/\b(?:at|near) (?:the )?(?:sunrise|sunset)\b/i)).toEqual([
      'sunrise',
      'sunset',
    ]);
    expect(wordsEveryMatchHolds(/\bferry\b|\bbarges?\b/i)).toEqual(['ferry', 'barge*']);
  });

  it('reads words after a look-around or an optional word, as the text holds them', () => {
    expect(wordsEveryMatchHolds(/\b(?=\w)(?:silo|granary)\b/i)).toEqual(['silo', 'granary']);
    expect(wordsEveryMatchHolds(/\b(?:a |the )?convoy\b/i)).toEqual(['convoy']);
    expect(wordsEveryMatchHolds(/(?=\w)(?<=\bdrones )hit\b/i)).toEqual(['drones']);
  });

  it('gives no words where the pattern does not say a word starts there', () => {
    // "railway" may be the end of "narrow-gauge…railway" or of "subrailway": no edge before it.
    expect(wordsEveryMatchHolds(/railway/i)).toBeUndefined();
    expect(wordsEveryMatchHolds(/\w+ crossing\b|dam\b/i)).toBeUndefined();
    expect(wordsEveryMatchHolds(/[Ss]ubstation\b/)).toBeUndefined();
  });

  it('gives no words where some match needs none, or only the commonest', () => {
    expect(wordsEveryMatchHolds(/\b(?:pylon|\d+)\b/i)).toBeUndefined();
    expect(wordsEveryMatchHolds(/\b(?:pylon|\d+ km)\b/i)).toEqual(['pylon', 'km']);
    expect(wordsEveryMatchHolds(/\b(?:the|a) \w+/i)).toBeUndefined();
    expect(wordsEveryMatchHolds(/\b(?:tower)?\b/i)).toBeUndefined();
    expect(wordsEveryMatchHolds(/\b(?!tower)\w+/i)).toBeUndefined();
  });
});

/** Texts that sit on the edges the screen reads words by. */
const EDGE_TEXTS = [
  'Smoke rose over the_depot near Yelets.',
  'The power_cuts lasted into the night.',
  'Debris fell on a warehouse2 in Lipetsk.',
  'A ſhelled village, and a \u212Aherson suburb struck.',
  'ſtruck near the ſilo',
  'Struck, struck! STRUCK; struck—struck',
  'shelledbombed and bombedshelled',
];

/** A copy of a screened pattern that the screen knows nothing of: the search as it was. */
function unscreened(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

describe('the screen of the claim rules', () => {
  const patterns = screenedPatterns();

  it('screens the claim rules by the words read off them', () => {
    expect(patterns.length).toBeGreaterThan(60);
  });

  it('never rules out a text that a screened pattern matches', () => {
    const texts = [
      ...EDGE_TEXTS,
      ...corpusTexts().flatMap((text) => [text, ...text.split(/(?<=[.!?])\s+|\n+|,\s+/)]),
    ];
    const blind: string[] = [];
    for (const { pattern } of patterns) {
      const plain = unscreened(pattern);
      for (const text of texts)
        if (plain.test(text) && !mayMatch(pattern, text))
          blind.push(`${pattern.source.slice(0, 60)} in "${text.slice(0, 60)}"`);
    }
    expect(blind).toEqual([]);
  });

  it('rules out a text lacking the words, and answers as the pattern does where it holds one', () => {
    const pattern = screened(/\b(?:sank|capsized)\b/gi);
    expect(mayMatch(pattern, 'The tug was towed to port.')).toBe(false);
    pattern.lastIndex = 5;
    expect(tests(pattern, 'The tug was towed to port.')).toBe(false);
    expect(pattern.lastIndex).toBe(0);
    expect(execs(pattern, 'The barge capsized at dawn.')?.[0]).toBe('capsized');
    pattern.lastIndex = 0;
    expect(tests(pattern, 'The barge SANK.')).toBe(true);
  });

  it('leaves a case-blind Unicode pattern to search a text holding "ſ" or the Kelvin sign', () => {
    const pattern = screened(/\bsank\b/iu);
    expect(unscreened(pattern).test('The tug ſank.')).toBe(true);
    expect(tests(pattern, 'The tug ſank.')).toBe(true);
    expect(tests(pattern, 'The tug sailed.')).toBe(false);
  });

  it('answers a union cut into its alternatives as the whole union does', () => {
    const union =
      /\b(?:often|routinely) shelled\b|^\s*for\s+[^,]{1,40},|(?:^|,\s*)(?:some|few)\b|\bmood\b/i;
    const cut = screenedTest(union);
    const texts = [
      ...EDGE_TEXTS,
      'For the villagers of Tetkino, the nights are loud.',
      'Some say the shelling is routine, few leave.',
      'The mood in Sudzha was grim.',
      'Tetkino is often shelled at night.',
      'Tetkino was shelled overnight.',
      ...corpusTexts().flatMap((text) => text.split(/(?<=[.!?])\s+/)),
    ];
    const disagree = texts.filter((text) => cut(text) !== union.test(text));
    expect(disagree).toEqual([]);
    expect(texts.filter((text) => cut(text)).length).toBeGreaterThan(4);
  });

  it('answers a stretch of a sentence by the words of the sentence as by its own', () => {
    const union = /\b(?:often|routinely) shelled\b|^\s*for\s+[^,]{1,40},|(?:^|,\s*)(?:some|few)\b/i;
    const cut = screenedTest(union);
    const sentences = [
      'Tetkino is often shelled, some say, and few leave for Kursk.',
      ...corpusTexts().flatMap((text) => text.split(/(?<=[.!?])\s+/)),
    ];
    const pairs = sentences.flatMap((sentence) =>
      sentence.split(/(?<=,)\s+/).map((stretch) => [stretch, sentence] as const),
    );
    const disagree = pairs.filter(
      ([stretch, sentence]) => cut(stretch, sentence) !== union.test(stretch),
    );
    expect(disagree).toEqual([]);
    expect(pairs.filter(([stretch, sentence]) => cut(stretch, sentence)).length).toBeGreaterThan(2);
  });

  it('reads the same article the same way as often as it is read', () => {
    const article = {
      url: 'https://example.test/yelets',
      source: 'example.test',
      title: 'Drone debris fell near a depot in Yelets',
      body: 'Debris from a downed drone fell near an oil depot in Yelets overnight, the Lipetsk governor said. No one was hurt. A fire broke out at the depot and was put out by morning.',
    };
    const first = JSON.stringify(analyse(article));
    expect(JSON.stringify(analyse(article))).toBe(first);
    expect(JSON.parse(first).claims.length).toBeGreaterThan(0);
  });
});
