import { describe, expect, it } from 'vitest';
import { checkClaims, JUDGED } from '../../check.ts';
import { claimsOf, PLACES, stored } from '../../claims/test/article.ts';
import type { StoredClaim } from '../../model.ts';
import { rankClaims, statsOf, type Rankable } from '../rank.ts';
import { cleanText, matchWords } from '../words.ts';

const claim = (text: string, title = '', readAt = 0): Rankable => ({ text, title, readAt });

describe('matchWords', () => {
  it('reads a post as what it says: no links, hashtags split into words, the signature’s date gone', () => {
    const post =
      'Illinois #GOPBill attacks single moms https://t.co/wDGczl94dF pic.twitter.com/abc — Morgan Fairchild (@morgfair) February 25, 2016';
    const words = matchWords(post);
    expect(words).toEqual(
      expect.arrayContaining(matchWords('Illinois GOP bill attacks single moms')),
    );
    expect(words).toContain('photo');
    expect(words.join(' ')).not.toMatch(/t\.co|wdgczl|february|2016/);
    // Who posted it may be whom the claim is about.
    expect(words).toEqual(expect.arrayContaining(['morgan', 'fairchild']));
  });

  it('meets the same word in its inflections, and keeps short words whole', () => {
    expect(matchWords('vaccines vaccinated vaccination')).toEqual(['vaccin', 'vaccin', 'vaccin']);
    expect(matchWords('the news about a bus')).toEqual(['news', 'bus']);
    expect(matchWords('water border nation')).toEqual(['water', 'border', 'nation']);
  });

  it('reads "70%" and "70 per cent" alike', () => {
    expect(matchWords('70% of them')).toEqual(matchWords('70 per cent of them'));
    expect(cleanText('5,000 drones')).toContain('5000');
  });
});

describe('rankClaims', () => {
  const earlier = [
    claim(
      'A photograph shows a giant ammonite fossil from southeastern British Columbia.',
      'Is This Giant Fossil Real?',
      1,
    ),
    claim(
      'Wombats are inviting animals into their burrows to escape the Australian fires.',
      'Wombats and the fires',
      2,
    ),
    claim(
      'Illinois Republicans proposed a bill denying birth certificates to children of single mothers.',
      'Illinois birth certificate bill',
      3,
    ),
    claim('Pope Francis endorsed Donald Trump for president.', 'Pope endorsement', 4),
  ];

  it('puts the paraphrase of a post first, far ahead of claims that merely share a word', () => {
    const post =
      'Nice find by the team today! A giant #ammonite fossil from south eastern British Columbia! pic.twitter.com/x';
    const [first, second] = rankClaims(post, earlier, statsOf(earlier));
    expect(first?.item).toBe(earlier[0]);
    expect(first!.score).toBeGreaterThan(2 * second!.score);
  });

  it('finds a claim told in other words by the rare words they share', () => {
    const ranked = rankClaims(
      'Republicans in Illinois don’t want the child of a single mother to get a birth certificate.',
      earlier,
      statsOf(earlier),
    );
    expect(ranked[0]?.item).toBe(earlier[2]);
  });

  it('of two claims told alike, puts the one read first first', () => {
    const twice = [
      claim('Pope Francis endorsed Trump.', '', 9),
      claim('Pope Francis endorsed Trump.', '', 5),
    ];
    const ranked = rankClaims('Pope endorses Trump', twice, statsOf(twice));
    expect(ranked.map((r) => r.item.readAt)).toEqual([5, 9]);
  });
});

describe('the claim check over many candidates', () => {
  const OURS = { url: 'https://ours.test/story', source: 'Ours' };
  const ours = claimsOf(
    'Air defence shot down three drones over the Kursk region.',
    PLACES,
    OURS.url,
  );

  /** Earlier claims under the same key as ours, about other things in the same region. */
  function crowd(count: number): StoredClaim[] {
    const claims: StoredClaim[] = [];
    for (let i = 0; claims.length < count; i++) {
      // Another count in a district of the region: another event, not a disagreement.
      const text = `Air defence shot down ${5 + (i % 20)} drones over the Rylsky district of the Kursk region near Settlement${i}.`;
      const url = `https://crowd.test/${i}`;
      claims.push(
        ...claimsOf(text, PLACES, url).map((c) =>
          stored(c, { url, source: `Crowd ${i}`, readAt: 10 + i }),
        ),
      );
    }
    return claims;
  }

  it('still finds the paraphrase among more candidates than it judges', () => {
    const paraphrase = claimsOf(
      'Three UAVs were destroyed by air defences in Kursk.',
      PLACES,
      'https://b.test/1',
    ).map((c) => stored(c, { url: 'https://b.test/1', source: 'B', readAt: 1 }));
    const candidates = [...crowd(3 * JUDGED), ...paraphrase];
    expect(
      candidates.filter((c) => c.keys.some((k) => ours[0]!.keys.includes(k))).length,
    ).toBeGreaterThan(JUDGED);
    const [checked] = checkClaims(ours, candidates, OURS);
    expect(checked?.status).toBe('corroborated');
    expect(checked?.evidence.map((e) => e.source)).toEqual(['B']);
  });

  it('never lets a near-miss count corroborate, however alike the words', () => {
    const nearMiss = claimsOf(
      'Air defence shot down four drones over the Kursk region.',
      PLACES,
      'https://c.test/1',
    ).map((c) => stored(c, { url: 'https://c.test/1', source: 'C', readAt: 1 }));
    const [first] = rankClaims(
      ours[0]!.text,
      [...crowd(20), ...nearMiss],
      statsOf([...crowd(20), ...nearMiss]),
    );
    expect(first?.item.source).toBe('C');
    const [checked] = checkClaims(ours, [...crowd(3 * JUDGED), ...nearMiss], OURS);
    expect(checked?.status).toBe('contradicted');
    expect(checked?.evidence.every((e) => e.relation === 'contradicts')).toBe(true);
  });
});
