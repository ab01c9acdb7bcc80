import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { lookupKeys } from '../../core/match/lookup.ts';
import type { CheckedClaim, Report, StoredClaim } from '../../core/model.ts';
import {
  CLAIM_FIELDS,
  COUNT_FIELDS,
  FRAME_FIELDS,
  packClaim,
  PER_CLAIM,
  unpackClaim,
} from '../buckets.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { exportHistory, importHistory } from '../transfer.ts';
import type { History } from '../types.ts';
import { expectBucketsAgreeWithIndex } from './filed.ts';
import { shootdownClaim } from './shootdowns.ts';

const KEYS = ['shootdown|place:ru-krs', 'shootdown|place:ru-blg'];

function claim(url: string, index: number, key: string, time?: string): CheckedClaim {
  return shootdownClaim({
    url,
    index,
    text: `Air defence shot down ${1 + index} drones (${url}).`,
    keys: [key],
    places: [key.split('|')[1]!],
    counts: [{ value: 1 + index, qualifier: 'exact', unit: 'drone' }],
    time,
  });
}

function report(n: number, readAt: number, claims: { key: string; time?: string }[]): Report {
  const url = `https://outlet-${n}.test/story`;
  let text = '';
  const checked = claims.map(({ key, time }, i) => {
    const c = claim(url, i, key, time);
    const start = text.length;
    text += `${c.text} `;
    return { ...c, start, end: start + c.text.length };
  });
  return {
    url,
    source: `Outlet ${n}`,
    title: `Story ${n}`,
    firstReadAt: readAt,
    readAt,
    text,
    entities: [],
    mentions: [],
    claims: checked,
  };
}

const stranger = { url: 'https://ours.test/new', source: 'Ours' };
const found = async (history: History, keys: string[]) =>
  (await history.candidateClaims([keys], stranger)).map((c) => c.reportUrl);
const urlOf = (n: number) => `https://outlet-${n}.test/story`;

let history: History | undefined;
afterEach(() => history?.close());

describe('a packed claim', () => {
  const whole: StoredClaim = {
    id: 'https://outlet.test/a#3',
    start: 10,
    end: 72,
    text: 'Debris fell near houses 12 and 13 on Lodygina Street, "the governor" said.\u0001',
    frame: {
      event: 'debris',
      places: ['place:ru-volgograd', 'place:ru-volgograd-oblast'],
      actors: ['official:bocharov'],
      counts: [{ value: 2.5, qualifier: 'more-than', unit: 'house' }],
      relation: 'near',
      negated: true,
      cityOnly: false,
      time: '~sat+night 02:30',
      identifiers: ['12', '13'],
    },
    attribution: 'official:bocharov',
    keys: ['debris|place:ru-volgograd'],
    terms: ['debris', 'place:ru-volgograd'],
    reportUrl: 'https://outlet.test/a',
    file: 'demo/a.html',
    source: 'Outlet',
    title: 'Debris in Volgograd',
    readAt: 1733600000000,
  };

  it('reads back as the claim it packed, every field and no more', () => {
    // Every field the model has (the lists fail to compile without one), so all are read back.
    expect(Object.keys(whole).sort()).toEqual([...CLAIM_FIELDS].sort());
    expect(Object.keys(whole.frame).sort()).toEqual([...FRAME_FIELDS].sort());
    for (const count of whole.frame.counts) {
      expect(Object.keys(count).sort()).toEqual([...COUNT_FIELDS].sort());
    }
    expect(whole.frame.counts.length).toBeGreaterThan(0);
    expect(unpackClaim(packClaim(whole))).toStrictEqual(whole);
    const bare: StoredClaim = { ...whole, frame: { ...whole.frame } };
    delete bare.attribution;
    delete bare.file;
    delete bare.frame.relation;
    delete bare.frame.cityOnly;
    delete bare.frame.time;
    const back = unpackClaim(packClaim(bare));
    expect(back).toStrictEqual(bare);
    expect(Object.keys(back.frame)).not.toContain('time');
  });
});

describe('claim buckets', () => {
  it('hand over the newest claims under a key, and older ones again as newer reports go', async () => {
    const factory = memoryIndexedDB();
    history = await openHistory(factory, 'busy');
    for (let n = 1; n <= 20; n++) await history.saveReport(report(n, n, [{ key: KEYS[0]! }]));
    const newest = (from: number) => Array.from({ length: PER_CLAIM }, (_, i) => urlOf(from - i));
    expect(await found(history, [KEYS[0]!])).toEqual(newest(20));
    // The eight newest deleted: the next eight, which the bucket held only by id, are found whole.
    for (let n = 13; n <= 20; n++) await history.deleteReport(urlOf(n));
    expect(await found(history, [KEYS[0]!])).toEqual(newest(12));
    // Expiry removes many at once; only reports read from 10 on stay.
    expect(await history.expireBefore(10)).toBe(9);
    expect(await found(history, [KEYS[0]!])).toEqual([urlOf(12), urlOf(11), urlOf(10)]);
    // Read again later, under another key: it leaves the first key's bucket and tops the second.
    await history.saveReport(report(10, 30, [{ key: KEYS[1]! }]));
    expect(await found(history, [KEYS[0]!])).toEqual([urlOf(12), urlOf(11)]);
    expect(await found(history, [KEYS[1]!])).toEqual([urlOf(10)]);
    await expectBucketsAgreeWithIndex(factory, 'busy');
    await history.clear();
    expect(await found(history, [KEYS[1]!])).toEqual([]);
    expect(await expectBucketsAgreeWithIndex(factory, 'busy')).toBe(0);
  });

  it('are rebuilt by an import, so an imported history checks claims as the one exported', async () => {
    const factory = memoryIndexedDB();
    history = await openHistory(factory, 'exported');
    for (let n = 1; n <= 24; n++)
      await history.saveReport(report(n, n, [{ key: KEYS[n % 2]!, time: `--12-0${1 + (n % 3)}` }]));
    const imported = await openHistory(factory, 'imported');
    try {
      await importHistory(imported, await exportHistory(history));
      for (const keys of [
        [KEYS[0]!],
        lookupKeys(report(0, 0, [{ key: KEYS[1]!, time: '--12-02' }]).claims[0]!),
      ])
        expect(await imported.candidateClaims([keys], stranger)).toEqual(
          await history.candidateClaims([keys], stranger),
        );
      await expectBucketsAgreeWithIndex(factory, 'imported');
    } finally {
      imported.close();
    }
  });

  it('agree with the index after any sequence of readings, re-readings, deletions and expiries', async () => {
    const claims = fc.array(
      fc.record({
        key: fc.constantFrom(...KEYS),
        time: fc.constantFrom(undefined, '--12-08', '--12-09'),
      }),
      { maxLength: 4 },
    );
    const step = fc.oneof(
      fc.record({
        save: fc.integer({ min: 0, max: 9 }),
        readAt: fc.integer({ min: 1, max: 50 }),
        claims,
      }),
      fc.record({ remove: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ expire: fc.integer({ min: 1, max: 50 }) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 24 }), async (steps) => {
        const factory = memoryIndexedDB();
        const name = `run-${run++}`;
        const subject = await openHistory(factory, name);
        try {
          for (const s of steps) {
            if ('save' in s) await subject.saveReport(report(s.save, s.readAt, s.claims));
            else if ('remove' in s) await subject.deleteReport(urlOf(s.remove));
            else await subject.expireBefore(s.expire);
          }
          await expectBucketsAgreeWithIndex(factory, name);
        } finally {
          subject.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
