/**
 * Articles the claim core was not tuned on (`dev/`), read one after another into one history by
 * the real pipeline (recognition, detection, checking), each file its own outlet. Each key claim
 * must get the status a careful reader gives it: paraphrases corroborate, another count
 * contradicts, "near" against "struck" contradicts, and the same count somewhere else is new.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../analyse.ts';
import { checkClaims } from '../../check.ts';
import type { CheckedClaim, StoredClaim } from '../../model.ts';

const DEV = resolve(import.meta.dirname, 'dev');

/** Each file's checked claims, by file name, after reading all of them in name order. */
function replay(): Map<string, CheckedClaim[]> {
  const history: StoredClaim[] = [];
  const read = new Map<string, CheckedClaim[]>();
  const files = readdirSync(DEV)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  files.forEach((file, i) => {
    const [title = '', ...body] = readFileSync(resolve(DEV, file), 'utf8').split('\n');
    const url = `file://${resolve(DEV, file)}`;
    const analysis = analyse({ url, source: file, title, body: body.join('\n').trim() });
    read.set(file, checkClaims(analysis.claims, history, { url, source: file }));
    for (const claim of analysis.claims)
      history.push({ ...claim, reportUrl: url, source: file, title, readAt: i });
  });
  return read;
}

let reports: Map<string, CheckedClaim[]>;
beforeAll(() => {
  reports = replay();
});

/** The claim of `file` whose text starts with `opening`. */
function claim(file: string, opening: string): CheckedClaim {
  const found = reports.get(file)?.find((c) => c.text.startsWith(opening));
  if (!found) throw new Error(`${file}: no claim starting "${opening}"`);
  return found;
}

/** The outlets (file names) whose claims the evidence cites with `relation`. */
function cited(c: CheckedClaim, relation: 'corroborates' | 'contradicts'): string[] {
  return c.evidence.filter((e) => e.relation === relation).map((e) => e.source);
}

describe('a development set read in order', () => {
  it('calls the first report of each event new', () => {
    expect(claim('01-kursk-ministry.txt', 'Air defence units intercepted nine').status).toBe('new');
    expect(claim('04-bryansk-near.txt', 'Debris from one drone fell near').status).toBe('new');
    expect(claim('08-kharkiv-mayor.txt', 'A Russian missile hit').status).toBe('new');
  });

  it('corroborates "destroyed nine UAVs over the region" with nine drones over the Kursk region', () => {
    const c = claim(
      '02-kursk-daily.txt',
      'Russian air defences destroyed nine UAVs over the region',
    );
    expect(c.frame.places).toEqual(['place:ru-kursk-oblast']);
    expect(c.status).toBe('corroborated');
    expect(cited(c, 'corroborates')).toContain('01-kursk-ministry.txt');
  });

  it('corroborates two injured in a village with a strike injuring two in its district', () => {
    const c = claim('02-kursk-daily.txt', 'Two women were hurt when');
    expect(c.status).toBe('corroborated');
    expect(cited(c, 'corroborates')).toEqual(['01-kursk-ministry.txt']);
  });

  it('contradicts fourteen drones over the Kursk region with the earlier nine', () => {
    for (const opening of [
      'Fourteen drones shot down',
      'Russian air defences shot down fourteen',
    ]) {
      const c = claim('03-kursk-wire.txt', opening);
      expect(c.status).toBe('contradicted');
      expect(cited(c, 'contradicts')).toEqual(['01-kursk-ministry.txt', '02-kursk-daily.txt']);
      expect(c.evidence[0]?.difference?.aspect).toBe('count');
    }
  });

  it('contradicts debris that struck two houses with debris that fell near them', () => {
    const c = claim('05-bryansk-struck.txt', 'Fragments of a downed drone struck two houses');
    expect(c.status).toBe('contradicted');
    expect(c.evidence[0]).toMatchObject({
      source: '04-bryansk-near.txt',
      relation: 'contradicts',
      difference: { aspect: 'relation' },
    });
    expect(claim('05-bryansk-struck.txt', 'No one was injured').status).toBe('corroborated');
  });

  it('keeps four drones over Lipetsk apart from four over Voronezh: the same count, elsewhere', () => {
    const c = claim('07-lipetsk.txt', 'Air defences shot down four drones over the region');
    expect(c.frame.places).toEqual(['place:ru-lipetsk-oblast']);
    expect(c.status).toBe('new');
    expect(claim('07-lipetsk.txt', 'Nobody was injured').status).toBe('new');
  });

  it('corroborates five wounded when a missile struck a building with a strike injuring five', () => {
    const c = claim('09-kharkiv-region.txt', 'Five civilians were wounded');
    expect(c.status).toBe('corroborated');
    expect(cited(c, 'corroborates')).toEqual(['08-kharkiv-mayor.txt']);
  });

  it('calls the same strike and count in Odesa new', () => {
    expect(claim('10-odesa.txt', 'A Russian missile struck').status).toBe('new');
  });

  it('contradicts seven injured in Kharkiv with the five reported before, not with Odesa', () => {
    const c = claim('11-kharkiv-count.txt', 'Seven people were injured');
    expect(c.status).toBe('contradicted');
    expect(cited(c, 'contradicts')).toEqual(['08-kharkiv-mayor.txt', '09-kharkiv-region.txt']);
    expect(c.evidence[0]?.difference).toMatchObject({ aspect: 'count', theirs: 'five people' });
  });

  it('reads "a dozen", "twelve" and "one man" as the same counts in other words', () => {
    const drones = claim('13-belgorod-wire.txt', 'Twelve UAVs destroyed over Belgorod region');
    expect(drones.status).toBe('corroborated');
    expect(cited(drones, 'corroborates')).toEqual(['12-belgorod-night.txt']);
    const hurt = claim('13-belgorod-wire.txt', 'one injured in Shebekino');
    expect(hurt.status).toBe('corroborated');
    expect(cited(hurt, 'corroborates')).toEqual(['12-belgorod-night.txt']);
  });

  it('takes a block of flats for the residential building the wreckage fell on', () => {
    const c = claim('13-belgorod-wire.txt', 'Debris damaged a block of flats');
    expect(c.status).toBe('corroborated');
    expect(cited(c, 'corroborates')).toEqual(['12-belgorod-night.txt']);
  });

  it('keeps a Monday raid apart from Saturday night’s, whatever each counted', () => {
    expect(claim('14-belgorod-monday.txt', 'On Monday, air defences destroyed 30').status).toBe(
      'new',
    );
    expect(claim('14-belgorod-monday.txt', 'no one was hurt').status).toBe('new');
  });
});
