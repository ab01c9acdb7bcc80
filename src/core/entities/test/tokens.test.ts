import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.ts';

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe('tokens', () => {
  it('keeps hyphenated names and Cyrillic apostrophes whole, but not an English possessive', () => {
    expect(texts('Кам’янське, Rostov-on-Don and Russia’s Купʼянськ')).toEqual([
      'Кам’янське',
      ',',
      'Rostov-on-Don',
      'and',
      'Russia',
      '’',
      's',
      'Купʼянськ',
    ]);
  });

  it('cuts a name off the participle it compounds with, but not off a hyphenated name', () => {
    expect(texts('Odesa-based and Minsk-backed, not Kamianets-Podilskyi')).toEqual([
      'Odesa',
      '-',
      'based',
      'and',
      'Minsk',
      '-',
      'backed',
      ',',
      'not',
      'Kamianets-Podilskyi',
    ]);
  });

  it('reads numbers with their separators and leaves a trailing full stop alone', () => {
    expect(texts('At 20:00, 1,200 homes; 3.5 hours. No 12.')).toEqual([
      'At',
      '20:00',
      ',',
      '1,200',
      'homes',
      ';',
      '3.5',
      'hours',
      '.',
      'No',
      '12',
      '.',
    ]);
  });

  it('gives offsets into the text, across non-Latin space and characters outside the BMP', () => {
    const text = 'Drone\u00a0😀 over\u3000Київ';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(texts(text)).toEqual(['Drone', '😀', 'over', 'Київ']);
  });

  it('reads a word on past its ASCII letters: accents, a non-ASCII hyphen, a dangling hyphen', () => {
    expect(texts('Smolénsk and São\u2011Paulo, naïve Kyiv- Lviv')).toEqual([
      'Smolénsk',
      'and',
      'São\u2011Paulo',
      ',',
      'naïve',
      'Kyiv',
      '-',
      'Lviv',
    ]);
  });

  it('marks words and capitals, in either script', () => {
    const [drone, number, kyiv, stop] = tokenize('drone 12 Київ.');
    expect(drone).toMatchObject({ word: true, upper: false });
    expect(number).toMatchObject({ word: false, upper: false });
    expect(kyiv).toMatchObject({ word: true, upper: true });
    expect(stop).toMatchObject({ word: false, upper: false });
  });
});
