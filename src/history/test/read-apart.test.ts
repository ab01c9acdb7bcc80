import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../core/model.ts';
import { openHistory, PER_KEY } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { readArticle } from '../read-article.ts';
import { claimsAsTheyStandNow } from '../standing.ts';
import type { History } from '../types.ts';

const DAY = 24 * 60 * 60 * 1000;
const READ = Date.parse('2026-03-16T08:00:00Z');

function article(host: string, title: string, body: string): ArticleInput {
  return { url: `https://${host}/oryol`, source: host, title, body };
}

/** Two outlets telling one night over the Oryol region in their own words. */
const FIRST = article(
  'orel-vesti.test',
  'Drones downed over Oryol region',
  'Air defences shot down four drones over the Oryol region overnight, governor Andrei Klychkov said. Falling debris damaged a garage in Mtsensk.',
);
const SECOND = article(
  'oka-daily.test',
  'Four drones destroyed over Oryol oblast',
  'Four Ukrainian drones were destroyed over the Oryol oblast overnight, Klychkov wrote on Telegram. Debris from a downed drone damaged a garage in Mtsensk.',
);

let history: History | undefined;
afterEach(() => history?.close());

async function statusesOfSecond(apart: number, first = FIRST, second = SECOND) {
  history = await openHistory(memoryIndexedDB(), `apart-${apart}-${first.url}`);
  await readArticle(history, first, READ);
  const { report } = await readArticle(history, second, READ + apart);
  return report.claims.map((claim) => claim.status);
}

describe('reports read far apart', () => {
  it('meet when read the same day or the next', async () => {
    expect(await statusesOfSecond(DAY)).toContain('corroborated');
  });

  it('tell other nights when read weeks apart, though they share place, event and words', async () => {
    // The region is attacked most nights: the same words three weeks later are another night's.
    const statuses = await statusesOfSecond(21 * DAY);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 'new')).toBe(true);
  });

  it('still meet on a calendar day both name, however far apart they were read', async () => {
    const dated = (a: ArticleInput) => ({ ...a, body: a.body.replace('overnight', 'on 15 March') });
    expect(await statusesOfSecond(21 * DAY, dated(FIRST), dated(SECOND))).toContain('corroborated');
  });

  it('judge an old report again against what was read near it, not weeks later', async () => {
    history = await openHistory(memoryIndexedDB(), 'apart-standing');
    const { report } = await readArticle(history, FIRST, READ);
    await readArticle(history, SECOND, READ + 21 * DAY);
    const standing = await claimsAsTheyStandNow(history, report);
    expect(standing.map((claim) => claim.status)).not.toContain('corroborated');
    await readArticle(history, { ...SECOND, url: 'https://oka-daily.test/oryol-2' }, READ + DAY);
    const later = await claimsAsTheyStandNow(history, report);
    expect(later.map((claim) => claim.status)).toContain('corroborated');
  });

  it('find what was read near an old report after weeks of later news filled its keys', async () => {
    history = await openHistory(memoryIndexedDB(), 'apart-buried');
    const { report } = await readArticle(history, FIRST, READ);
    await readArticle(history, SECOND, READ + DAY);
    // Three weeks on, the region's nightly news fills every key the old report is filed under.
    for (let n = 0; n < 2 * PER_KEY; n++)
      await readArticle(
        history,
        { ...SECOND, url: `https://night-${n}.test/oryol`, source: `night-${n}.test` },
        READ + 21 * DAY + n * 60_000,
      );
    const standing = await claimsAsTheyStandNow(history, report);
    const evidence = standing.flatMap((claim) => claim.evidence.map((e) => e.reportUrl));
    expect(standing.map((claim) => claim.status)).toContain('corroborated');
    expect(new Set(evidence)).toEqual(new Set([SECOND.url]));
  });
});
