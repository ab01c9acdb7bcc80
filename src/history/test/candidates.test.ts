import { afterEach, describe, expect, it } from 'vitest';
import { lookupKeys } from '../../core/match/lookup.ts';
import { matchWords } from '../../core/match/words.ts';
import type { CheckedClaim, Report } from '../../core/model.ts';
import { openDatabase } from '../db.ts';
import { openHistory, PER_CLAIM, PER_WORD } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';
import { versionOneDatabase } from './fixture.ts';
import { shootdownClaim } from './shootdowns.ts';

const KEY = 'shootdown|place:ru-krs';

function claim(
  url: string,
  index: number,
  text: string,
  time?: string,
  keys = [KEY],
): CheckedClaim {
  return shootdownClaim({ url, index, text, keys, places: ['place:ru-krs'], time });
}

function report(url: string, source: string, readAt: number, claims: CheckedClaim[]): Report {
  return {
    url,
    source,
    title: 'Drones over the Kursk region',
    firstReadAt: readAt,
    readAt,
    text: claims.map((c) => c.text).join(' '),
    entities: [],
    mentions: [],
    claims,
  };
}

/** The true match: read first, on the night of December 8, naming a street no one else names. */
const TRUE_MATCH = 'https://first.test/sadovaya';
const trueMatch = report(TRUE_MATCH, 'First', 1, [
  claim(TRUE_MATCH, 0, 'Debris of a downed drone fell on Sadovaya Street in Kursk.', '--12-08'),
]);

/** A statement the event lexicon files under no key (a fact check's claim): found by its words. */
const STATEMENT = 'https://check.test/sadovaya';
const statement = report(STATEMENT, 'Checker', 1, [
  claim(STATEMENT, 0, 'Drone debris fell on Sadovaya Street, the mayor said.', undefined, []),
]);

/** Reports of other nights in the same region, ten claims each, all filed under the same key. */
function crowd(index: number): Report {
  const url = `https://crowd.test/${index}`;
  const day = String(1 + (index % 28)).padStart(2, '0');
  const claims = Array.from({ length: 10 }, (_, i) =>
    claim(
      url,
      i,
      `Air defence shot down ${1 + ((index + i) % 9)} drones over the Kursk region.`,
      `--11-${day}`,
    ),
  );
  return report(url, `Crowd ${index % 50}`, 2 + index, claims);
}

let history: History | undefined;
afterEach(() => history?.close());

describe('candidates in a busy region', () => {
  it('stay a bounded set holding the true match, whatever the history’s size', async () => {
    history = await openHistory(memoryIndexedDB(), 'busy');
    await history.saveReport(trueMatch);
    const reports = 5000;
    for (let start = 0; start < reports; start += 100)
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => history!.saveReport(crowd(start + i))),
      );

    const ours = claim(
      'https://ours.test/1',
      0,
      'Drone debris fell on Sadovaya Street.',
      '--12-08',
    );
    const self = { url: 'https://ours.test/1', source: 'Ours' };
    const keyed = await history.candidateClaims([lookupKeys(ours)], self);
    // 50,000 claims share the key; the few found under it and its date that fit best are all that come.
    expect(keyed.length).toBeLessThanOrEqual(PER_CLAIM);
    expect(keyed.map((c) => c.reportUrl)).toContain(TRUE_MATCH);
    // Without the date, the newest under the key alone: the first report is long out of reach.
    const undated = await history.candidateClaims([[KEY]], self);
    expect(undated).toHaveLength(PER_CLAIM);
    expect(undated.map((c) => c.reportUrl)).not.toContain(TRUE_MATCH);
  }, 180_000);

  it('by words: a rare word finds its claim among thousands that share the common ones', async () => {
    history = await openHistory(memoryIndexedDB(), 'words');
    await history.saveReport(statement);
    for (let start = 0; start < 5000; start += 100)
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => {
          const url = `https://crowd.test/${start + i}`;
          const text = `Drone debris fell on a street in district ${start + i}, the mayor said.`;
          return history!.saveReport(
            report(url, 'Crowd', 2 + start + i, [claim(url, 0, text, undefined, [])]),
          );
        }),
      );
    const self = { url: 'https://ours.test/1', source: 'Ours' };
    const similar = await history.similarClaims(
      matchWords('Debris fell on Sadovaya Street'),
      self,
      10,
    );
    expect(similar.claims).toHaveLength(10);
    expect(similar.claims[0]?.reportUrl).toBe(STATEMENT);
    expect(similar.stats.documents).toBe(5001);
    // "debris" is in every claim, and counted only as far as the postings are read; "Sadovaya" in one.
    expect(similar.stats.frequency(matchWords('debris')[0]!)).toBe(PER_WORD);
    expect(similar.stats.frequency(matchWords('Sadovaya')[0]!)).toBe(1);
  }, 180_000);

  it('never hands over the claims of the asking report or outlet', async () => {
    history = await openHistory(memoryIndexedDB(), 'self');
    await history.saveReport(statement);
    await history.saveReport(trueMatch);
    const words = matchWords('Debris fell on Sadovaya Street');
    const similar = async (url: string, source: string) =>
      (await history!.similarClaims(words, { url, source })).claims.map((c) => c.id);
    expect(await similar(STATEMENT, 'x')).toEqual([]);
    expect(await similar('y', 'Checker')).toEqual([]);
    expect(await similar('y', 'Other')).toEqual([`${STATEMENT}#0`]);
    const keyed = async (url: string, source: string) =>
      (await history!.candidateClaims([[KEY]], { url, source })).map((c) => c.id);
    expect(await keyed(TRUE_MATCH, 'x')).toEqual([]);
    expect(await keyed('y', 'First')).toEqual([]);
    const found = await history.candidateClaims([[KEY]], { url: 'y', source: 'Other' });
    expect(found.map((c) => c.id)).toEqual([`${TRUE_MATCH}#0`]);
    // The claim as the contract gives it: no index entries attached.
    expect(Object.keys(found[0]!)).not.toContain('recent');
  });

  it('counts the claims found by words as reports come and go, for the words’ rarity', async () => {
    history = await openHistory(memoryIndexedDB(), 'tally');
    const documents = async () =>
      (await history!.similarClaims(matchWords('Sadovaya'), { url: 'y', source: 'z' })).stats
        .documents;
    const other = 'https://check.test/other';
    const unfiled = report(other, 'Checker', 2, [
      claim(other, 0, 'A second statement.', undefined, []),
      claim(other, 1, 'A third statement.', undefined, []),
    ]);
    await history.saveReport(statement);
    await history.saveReport(unfiled);
    // Read again: replaced, not added.
    await history.saveReport(unfiled);
    expect(await documents()).toBe(3);
    // Claims filed under keys are found by their keys, not counted among those found by words.
    await history.saveReport(crowd(1));
    expect(await documents()).toBe(3);
    await history.deleteReport(other);
    expect(await documents()).toBe(1);
  });
});

describe('upgrading a history kept by the first version', () => {
  it('files the claims it already holds, so they are found as new ones are', async () => {
    const factory = memoryIndexedDB();
    // Version 1 as it was: the claim rows without their newest-first entries.
    await versionOneDatabase(factory, 'old', {
      claims: [trueMatch, statement].map(({ claims: stored, url, source, title }) => ({
        ...stored[0],
        reportUrl: url,
        source,
        title,
        readAt: 1,
      })),
    });
    const db = await openDatabase(factory, 'old');
    expect(db.version).toBe(9);
    db.close();
    history = await openHistory(factory, 'old');
    const self = { url: 'https://ours.test/1', source: 'Ours' };
    const keyed = await history.candidateClaims([[KEY]], self);
    expect(keyed.map((c) => c.id)).toEqual([`${TRUE_MATCH}#0`]);
    const similar = await history.similarClaims(matchWords('Sadovaya Street'), self);
    expect(similar.claims.map((c) => c.id)).toEqual([`${STATEMENT}#0`]);
    expect(similar.stats.documents).toBe(1);
  });
});
