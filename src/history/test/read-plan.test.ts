import { describe, expect, it } from 'vitest';
import { readPlan } from '../read-plan.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('reading chosen claims in few requests', () => {
  it('reads the newest claims under a key in one request when most of them are chosen', () => {
    const found = [{ key: 'strike|place:a', ids: ids('a', 16) }];
    const plan = readPlan(['a0', 'a1', 'a2', 'a4'], found);
    expect(plan).toEqual({ prefixes: [{ key: 'strike|place:a', count: 5 }], singles: [] });
  });

  it('reads a lone chosen claim far down a key’s list by itself, not with those above it', () => {
    const found = [{ key: 'strike|place:a', ids: ids('a', 16) }];
    expect(readPlan(['a12'], found)).toEqual({ prefixes: [], singles: ['a12'] });
  });

  it('covers every chosen claim once, over several keys, whatever the mix', () => {
    const found = [
      { key: 'k1', ids: ['x', 'y', 'z', 'w'] },
      { key: 'k2', ids: ['y', 'p', 'q', 'r', 's', 't', 'u', 'v', 'far'] },
    ];
    const wanted = ['x', 'y', 'z', 'p', 'q', 'far', 'elsewhere'];
    const plan = readPlan(wanted, found);
    const read = [
      ...plan.prefixes.flatMap(({ key, count }) =>
        found.find((f) => f.key === key)!.ids.slice(0, count),
      ),
      ...plan.singles,
    ];
    for (const id of wanted) expect(read).toContain(id);
    expect(plan.singles).toEqual(expect.arrayContaining(['far', 'elsewhere']));
    // Fewer requests than one per claim.
    expect(plan.prefixes.length + plan.singles.length).toBeLessThan(wanted.length);
  });
});
