/**
 * Denials told in few words against the fact they deny: a collapse denied of "it", written about
 * other places and in other words than the development set's articles that showed them missed
 * (rounds 38–42).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, retold, statusOf } from './retold.ts';

const bridgeStruck =
  'Russian drones struck the road bridge over the Oskil in Kupiansk on Monday, the governor said.';

describe('a collapse denied of a pronoun after "but"', () => {
  it('reads "but it did not collapse" as a denial of damage', () => {
    const denial = claimsOf(
      'Bridge hit in Kupiansk',
      `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      'https://one.test/story',
    ).find((c) => c.text.includes('did not collapse'));
    expect(denial?.frame).toMatchObject({ event: 'damage', negated: true });
  });

  it('contradicts "the span fell … collapsed into the river" told there that day', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      ['Kupiansk bridge knocked out', `${bridgeStruck} The span collapsed into the water.`],
    );
    expect(statusOf(checked, 'span collapsed')).toBe('contradicted');
  });

  it('leaves the strike itself standing beside the denied collapse', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      ['Kupiansk bridge struck', bridgeStruck],
    );
    expect(statusOf(checked, 'drones struck the road bridge')).toBe('corroborated');
  });

  it('does not set a collapse a week earlier against it', () => {
    const checked = retold(
      [
        'Bridge hit in Kupiansk',
        `${bridgeStruck} One span was damaged, but it did not collapse, the mayor said.`,
      ],
      [
        'Kupiansk bridge knocked out',
        `${bridgeStruck} A week earlier, a rail bridge in Kupiansk collapsed after shelling.`,
      ],
    );
    expect(statusOf(checked, 'A week earlier')).not.toBe('contradicted');
  });
});
