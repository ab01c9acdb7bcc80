import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model.ts';
import { corroborationOf } from '../independence.ts';

function evidence(source: string, readAt: number, extra: Partial<Evidence> = {}): Evidence {
  return {
    reportUrl: `https://${source}.example/${readAt}`,
    source,
    title: 'Drones downed',
    readAt,
    claimId: `https://${source}.example/${readAt}#0`,
    claimText: 'Four drones were shot down.',
    relation: 'corroborates',
    ...extra,
  };
}

describe('corroborationOf', () => {
  it('says when every corroborating outlet cites one primary source', () => {
    const found = corroborationOf({
      evidence: [
        evidence('c', 3, { attribution: 'official:anokhin-vasily' }),
        evidence('a', 1, { attribution: 'official:anokhin-vasily' }),
        evidence('b', 2, { attribution: 'official:anokhin-vasily' }),
      ],
    });
    expect(found.outlets).toEqual(['a', 'b', 'c']);
    expect(found.singleSource).toBe('official:anokhin-vasily');
  });

  it('sees independent sources when the outlets cite different people', () => {
    const found = corroborationOf({
      evidence: [
        evidence('a', 1, { attribution: 'official:anokhin-vasily' }),
        evidence('b', 2, { attribution: 'organization:ru-mod' }),
      ],
    });
    expect(found.citing).toEqual(['official:anokhin-vasily', 'organization:ru-mod']);
    expect(found.singleSource).toBeUndefined();
  });

  it('does not claim a single source when an outlet names none, or there is one outlet', () => {
    const unnamed = corroborationOf({
      evidence: [evidence('a', 1, { attribution: 'official:anokhin-vasily' }), evidence('b', 2)],
    });
    expect(unnamed.unattributed).toBe(1);
    expect(unnamed.singleSource).toBeUndefined();
    const alone = corroborationOf({
      evidence: [
        evidence('a', 1, { attribution: 'official:anokhin-vasily' }),
        evidence('a', 5, { attribution: 'official:anokhin-vasily' }),
      ],
    });
    expect(alone.outlets).toEqual(['a']);
    expect(alone.singleSource).toBeUndefined();
  });

  it('counts an outlet once and ignores contradicting evidence', () => {
    const found = corroborationOf({
      evidence: [
        evidence('a', 1),
        evidence('a', 2, { attribution: 'organization:ru-mod' }),
        evidence('b', 3, { relation: 'contradicts', attribution: 'official:x' }),
      ],
    });
    expect(found).toEqual({ outlets: ['a'], citing: ['organization:ru-mod'], unattributed: 0 });
  });
});
