/**
 * An attack told in the passive by what carried it out (round 63's leftover), told about another
 * place and in other words.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from '../../test/retold.ts';

describe('an attack told in the passive by what carried it out', () => {
  it('meets the hour the other outlet gives the attack', () => {
    const checked = retold(
      [
        'Drones attack Uman',
        'Russian drones attacked a warehouse in Uman on Thursday, officials said. The attack came shortly before 4 a.m.',
      ],
      [
        'Uman warehouse hit',
        'Russian drones attacked a warehouse in Uman on Thursday, officials said. The strike was conducted by Shahed drones at around half past one at night.',
      ],
    );
    expect(statusOf(checked, 'conducted by Shahed')).toBe('contradicted');
  });
});
