import { describe, expect, it } from 'vitest';
import { isAdjectivalOf, jaroWinkler, nameKey, placeKeyOf, wordKeysOf } from '../fold.ts';
import { transliterate } from '../transliterate.ts';

describe('transliteration', () => {
  it('spells Russian the way English-language news does', () => {
    expect(transliterate('Василий Анохин')).toBe('Vasily Anokhin');
    expect(transliterate('Верхнедонской')).toBe('Verkhnedonskoy');
    expect(transliterate('Андрей Воробьёв')).toBe('Andrey Vorobyov');
    expect(transliterate('Елена')).toBe('Yelena');
  });

  it('spells Ukrainian by the national scheme', () => {
    expect(transliterate('Харків')).toBe('Kharkiv');
    expect(transliterate('Запоріжжя')).toBe('Zaporizhzhia');
    expect(transliterate('Їжакевич')).toBe('Yizhakevych');
    expect(transliterate('Згурівка')).toBe('Zghurivka');
  });
});

describe('folding', () => {
  it('gives one key to the spellings of a surname', () => {
    expect(new Set(['Anokhin', 'Anokhine', 'Анохин'].map(nameKey)).size).toBe(1);
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Зеленський'].map(nameKey)).size).toBe(1);
  });

  it('gives one key to a Russian ё written "yo" or "e" after a consonant', () => {
    expect(new Set(['Ozyory', 'Ozery', 'Озёры'].map(placeKeyOf)).size).toBe(1);
    expect(new Set(['Fyodorovka', 'Fedorovka', 'Фёдоровка'].map(placeKeyOf)).size).toBe(1);
  });

  it('removes adjectival endings from place words', () => {
    const keys = [
      'Chertkovsky',
      'Chertkovskoye',
      'Chertkovskiy',
      'Чертковский',
      'Чертковского',
    ].map(placeKeyOf);
    expect(new Set(keys)).toEqual(new Set(['chertkov']));
    expect(placeKeyOf('Kursk')).toBe('kursk');
  });

  it('scores a garbled district closer to its own name than to its neighbours', () => {
    const garbled = placeKeyOf('Boksskoye');
    expect(jaroWinkler(garbled, placeKeyOf('Bokovsky'))).toBeGreaterThan(0.85);
    expect(jaroWinkler(garbled, placeKeyOf('Bogucharsky'))).toBeLessThan(0.8);
  });
});

describe('the keys of a word folded once', () => {
  it('are the keys each question gives on its own, in either script', () => {
    const words = [
      'Anokhine',
      'Анохин',
      'Chertkovskoye',
      'Чертковский',
      'Kharkivska',
      'Kotove',
      'Kotovo',
      'Rivne',
      'Sierhieiev',
      'Zelenskyy',
      'Купʼянський',
      'Marks',
      'the',
      'Lobachevsky',
    ];
    for (const word of words)
      expect(wordKeysOf(word)).toEqual({
        placeKey: placeKeyOf(word),
        nameKey: nameKey(word),
        adjectival: isAdjectivalOf(word),
      });
  });
});
