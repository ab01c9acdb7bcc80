/**
 * A service gone off the air against the same service told as uninterrupted (round 62's leftover),
 * told about another place and in other words.
 */
import { describe, expect, it } from 'vitest';
import { retold, statusOf } from '../../test/retold.ts';

describe('a broadcast cut against the same broadcast told as uninterrupted', () => {
  it('is a contradiction, whichever is read first', () => {
    const cut: [string, string] = [
      'Drones hit TV tower in Cherkasy',
      'Russian drones struck a television tower in Cherkasy overnight on Friday, the governor said. Following the attack, two radio stations and the local TV channel were knocked off the air in Cherkasy until the morning.',
    ];
    const uninterrupted: [string, string] = [
      'Cherkasy tower attacked',
      'Russian drones struck a television tower in Cherkasy overnight on Friday, the governor said. Radio and television in Cherkasy kept broadcasting uninterruptedly, the regional broadcasting network said.',
    ];
    expect(statusOf(retold(cut, uninterrupted), 'uninterruptedly')).toBe('contradicted');
    expect(statusOf(retold(uninterrupted, cut), 'knocked off the air')).toBe('contradicted');
  });
});
