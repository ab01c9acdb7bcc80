import { describe, expect, it } from 'vitest';
import { roleOf } from '../vocabulary.ts';

describe('roleOf', () => {
  it('knows a role however it is capitalised, and in Cyrillic', () => {
    for (const word of ['governor', 'Governor', 'GOVERNOR']) expect(roleOf(word)).toBe('Governor');
    expect(roleOf('MP')).toBe('Member of Parliament');
    expect(roleOf('Spokeswoman')).toBe('Spokesperson');
    expect(roleOf('губернатора')).toBe('Governor');
    expect(roleOf('Мэр')).toBe('Mayor');
  });

  it('tells other words, and the empty one, from roles', () => {
    // A role is read as written or from a capital; "gOVERNOR" is neither.
    for (const word of [
      'the',
      'Governors',
      'govern',
      'heads',
      'Mayoral',
      'x',
      '',
      'Смоленск',
      'gOVERNOR',
    ])
      expect(roleOf(word)).toBeUndefined();
  });
});
