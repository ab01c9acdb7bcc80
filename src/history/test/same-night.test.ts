import { afterEach, describe, expect, it } from 'vitest';
import { lookupKeys } from '../../core/match/lookup.ts';
import type { CheckedClaim, Report } from '../../core/model.ts';
import { openHistory, PER_CLAIM } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';
import { shootdownClaim } from './shootdowns.ts';

const ATTACK = 'attack|place:ru-bryansk-oblast';
const DAMAGE = 'damage|place:ru-bryansk-oblast';

function report(url: string, readAt: number, claims: CheckedClaim[]): Report {
  return {
    url,
    source: url.split('/')[2]!,
    title: 'Drones over the Bryansk region',
    firstReadAt: readAt,
    readAt,
    text: claims.map((c) => c.text).join(' '),
    entities: [],
    mentions: [],
    claims,
  };
}

function claim(url: string, index: number, text: string, time: string, keys: string[]) {
  return shootdownClaim({ url, index, text, keys, places: ['place:ru-bryansk-oblast'], time });
}

/** Read first: the attack of the night into Sunday, filed under the attack alone. */
const NIGHT = 'https://first.test/sunday';
const night = report(NIGHT, 1, [
  claim(NIGHT, 0, 'Drones attacked the Bryansk region overnight into Sunday.', 'night sat+night', [
    ATTACK,
  ]),
]);

/** Read after it: other nights of other weeks, each claim filed under the attack and the damage. */
const OTHER_NIGHTS = ['mon+night', 'tue', 'tue+night', 'wed+night', 'thu'];
function otherNight(n: number): Report {
  const url = `https://crowd-${n}.test/night`;
  const time = OTHER_NIGHTS[n % OTHER_NIGHTS.length]!;
  return report(url, 2 + n, [
    claim(url, 0, `Drones attacked Klintsy and damaged ${n + 2} houses.`, time, [ATTACK, DAMAGE]),
    claim(url, 1, `A drone struck a depot in Pochep, damaging ${n + 1} tanks.`, time, [
      ATTACK,
      DAMAGE,
    ]),
  ]);
}

let history: History | undefined;
afterEach(() => history?.close());

describe('a report of one night, read after the region’s other nights', () => {
  it('is checked against the earlier report of the same night, not only the others', async () => {
    history = await openHistory(memoryIndexedDB(), 'same-night');
    await history.saveReport(night);
    for (let n = 0; n < 3 * PER_CLAIM; n++) await history.saveReport(otherNight(n));

    const ours = claim(
      'https://ours.test/sunday',
      0,
      'Ukrainian drones struck targets in the Bryansk region overnight into Sunday.',
      'night sat+night',
      [ATTACK, DAMAGE],
    );
    const self = { url: 'https://ours.test/sunday', source: 'ours.test' };
    const found = await history.candidateClaims([lookupKeys(ours)], self);
    // The other nights' claims are under both of its keys, the same night's under one: the
    // night it names is what sets that one apart, and the set handed over stays as small.
    expect(found.map((c) => c.reportUrl)).toContain(NIGHT);
    expect(found.length).toBeLessThanOrEqual(PER_CLAIM);
    // Without a night named, nothing sets it apart: the newest under both keys come first.
    const undated = { ...ours, frame: { ...ours.frame, time: 'night' } };
    const plain = await history.candidateClaims([lookupKeys(undated)], self);
    expect(plain.map((c) => c.reportUrl)).not.toContain(NIGHT);
  });
});
