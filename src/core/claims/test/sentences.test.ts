import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break at decimals, abbreviations or initials', () => {
    expect(split('Over 3.5 hours Gov. A. V. Bogomaz counted drones. Dr. Ivanova agreed.')).toEqual([
      'Over 3.5 hours Gov. A. V. Bogomaz counted drones.',
      'Dr. Ivanova agreed.',
    ]);
  });

  it('keeps a quotation with the words that attribute it', () => {
    expect(
      split('‘One UAV was neutralised,’ the governor wrote. “No one was hurt.” Then silence.'),
    ).toEqual([
      '‘One UAV was neutralised,’ the governor wrote.',
      '“No one was hurt.”',
      'Then silence.',
    ]);
  });

  it('breaks before Cyrillic capitals and at every line break', () => {
    expect(split('Сбит беспилотник. Пострадавших нет\nHeadline here\n\nBody.')).toEqual([
      'Сбит беспилотник.',
      'Пострадавших нет',
      'Headline here',
      'Body.',
    ]);
  });

  it('keeps a clock and the zone named after "a.m." or "p.m." in one sentence', () => {
    expect(split('Shelling began at 9:10 p.m. Kyiv time, he said. Then it stopped.')).toEqual([
      'Shelling began at 9:10 p.m. Kyiv time, he said.',
      'Then it stopped.',
    ]);
    expect(split('Sirens sounded at 7 a.m. The all-clear came later.')).toEqual([
      'Sirens sounded at 7 a.m.',
      'The all-clear came later.',
    ]);
  });

  it('ends a sentence at "!", "?", an ellipsis or a run of marks, and at the end of the text', () => {
    expect(split('Was it a drone? Nobody knew… Then sirens!!! A blast.. Smoke rose')).toEqual([
      'Was it a drone?',
      'Nobody knew…',
      'Then sirens!!!',
      'A blast..',
      'Smoke rose',
    ]);
  });
});
