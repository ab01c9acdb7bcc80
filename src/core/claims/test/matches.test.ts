import { describe, expect, it } from 'vitest';
import { matchesOf } from '../matches.ts';

/** Index and text of each match, as `matchAll` finds them. */
const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
const viaMatchesOf = (pattern: RegExp, text: string) =>
  matchesOf(pattern, text).map((m) => [m.index, m[0]]);

describe('matchesOf', () => {
  const texts = ['', 'a', 'two drones, and one missile', 'x\uD83D\uDE00y\uD83D\uDE00', 'aaa bbb'];
  const patterns = [/\w+/g, /,\s+and\s+/g, /(?:)/g, /(?:)/gu, /\b/g, /a*/giu, /\p{L}?/gu];

  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    for (const pattern of patterns)
      for (const text of texts)
        expect(viaMatchesOf(pattern, text)).toEqual(viaMatchAll(pattern, text));
  });

  it('leaves the pattern ready for the next search', () => {
    const pattern = /o/g;
    expect(matchesOf(pattern, 'two drones').length).toBe(2);
    expect(pattern.lastIndex).toBe(0);
    expect(matchesOf(pattern, 'one').length).toBe(1);
  });
});
