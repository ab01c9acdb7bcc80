import { describe, expect, it } from 'vitest';
import { checkClaims } from '../check.ts';
import { claimsOf, PLACES, stored } from '../claims/test/article.ts';

const OURS = { url: 'https://ours.test/story', source: 'Ours' };

function earlier(text: string, url: string, source: string, readAt = 1) {
  return claimsOf(text, PLACES, url).map((c) => stored(c, { url, source, readAt }));
}

describe('checkClaims', () => {
  const ours = claimsOf(
    'Air defence shot down three drones over the Kursk region.',
    PLACES,
    OURS.url,
  );

  it('calls a claim new when no earlier report says anything like it', () => {
    const candidates = earlier(
      'Air defence shot down three drones over the Lipetsk region.',
      'https://b.test/1',
      'B',
    );
    const [checked] = checkClaims(ours, candidates, OURS);
    expect(checked).toMatchObject({ status: 'new', evidence: [] });
  });

  it('corroborates with another outlet’s paraphrase and cites it', () => {
    const candidates = earlier(
      'Three UAVs were destroyed by air defences in Kursk.',
      'https://b.test/1',
      'B',
    );
    const [checked] = checkClaims(ours, candidates, OURS);
    expect(checked?.status).toBe('corroborated');
    expect(checked?.evidence).toEqual([
      expect.objectContaining({
        reportUrl: 'https://b.test/1',
        source: 'B',
        relation: 'corroborates',
        claimText: 'Three UAVs were destroyed by air defences in Kursk',
      }),
    ]);
  });

  it('ignores the same outlet and the same URL: a report never corroborates itself', () => {
    const sameOutlet = earlier(
      'Three UAVs were destroyed by air defences in Kursk.',
      'https://ours.test/older',
      'Ours',
    );
    const sameUrl = earlier(
      'Three UAVs were destroyed by air defences in Kursk.',
      OURS.url,
      'Elsewhere',
    );
    const [checked] = checkClaims(ours, [...sameOutlet, ...sameUrl], OURS);
    expect(checked).toMatchObject({ status: 'new', evidence: [] });
  });

  it('lets one contradiction outweigh agreement, and lists it first with the difference', () => {
    const agree = earlier(
      'Three UAVs were destroyed by air defences in Kursk.',
      'https://b.test/1',
      'B',
      1,
    );
    const disagree = earlier(
      'Air defence forces downed five drones over Kursk.',
      'https://c.test/1',
      'C',
      2,
    );
    const [checked] = checkClaims(ours, [...agree, ...disagree], OURS);
    expect(checked?.status).toBe('contradicted');
    expect(checked?.evidence.map((e) => [e.source, e.relation])).toEqual([
      ['C', 'contradicts'],
      ['B', 'corroborates'],
    ]);
    expect(checked?.evidence[0]?.difference).toMatchObject({
      aspect: 'count',
      ours: 'three drones',
    });
  });

  it('cites each earlier report once, by its best-matching claim', () => {
    const candidates = earlier(
      'Air defence shot down three drones over the Kursk region. Three UAVs were destroyed in Kursk, the governor said.',
      'https://b.test/1',
      'B',
    );
    expect(candidates).toHaveLength(2);
    const [checked] = checkClaims(ours, candidates, OURS);
    expect(checked?.evidence).toHaveLength(1);
    expect(checked?.evidence[0]?.claimText).toBe(
      'Air defence shot down three drones over the Kursk region',
    );
  });
});
