import { describe, expect, it } from 'vitest';
import { remembered } from '../remembered.ts';

describe('remembered', () => {
  it('answers each word once, an undefined answer included, and forgets all when full', () => {
    const asked: string[] = [];
    const unitOf = remembered((word) => {
      asked.push(word);
      return word === 'drones' ? 'drone' : undefined;
    }, 2);
    expect([unitOf('drones'), unitOf('over'), unitOf('drones'), unitOf('over')]).toEqual([
      'drone',
      undefined,
      'drone',
      undefined,
    ]);
    expect(asked).toEqual(['drones', 'over']);
    // A third word finds the map full: it is emptied, so the first two are worked out again.
    unitOf('region');
    unitOf('drones');
    expect(asked).toEqual(['drones', 'over', 'region', 'drones']);
  });
});
