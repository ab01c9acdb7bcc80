import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model.ts';
import { openDatabase } from '../db.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import type { History } from '../types.ts';
import { v1Reports } from './fixture.ts';

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

let open: History[] = [];
afterEach(() => {
  for (const history of open) history.close();
  open = [];
});

async function historyWith(reports: Report[], factory = memoryIndexedDB()) {
  const history = await openHistory(factory, 'storage-test');
  open.push(history);
  for (const report of reports) await history.saveReport(report);
  return { history, factory };
}

/** The demo's fifth report cites the others; the claim that cites a given report. */
function citing(reports: Report[], citedUrl: string) {
  for (const report of reports) {
    for (const claim of report.claims) {
      const evidence = claim.evidence.find((item) => item.reportUrl === citedUrl);
      if (evidence) return { report, claim, evidence };
    }
  }
  throw new Error(`nothing in the fixture cites ${citedUrl}`);
}

describe('stored evidence', () => {
  it('gives back every report exactly as it was saved, evidence included', async () => {
    const reports = v1Reports();
    const { history } = await historyWith(reports);
    for (const report of reports) expect(await history.getReport(report.url)).toEqual(report);
    expect(await history.allReports()).toEqual(reports);
  });

  it('stores each evidence item as a reference, not a copy of the earlier claim', async () => {
    const reports = v1Reports();
    const { factory } = await historyWith(reports);
    const db = await openDatabase(factory, 'storage-test');
    const stored = await db.getAll('reports');
    db.close();
    const items = stored.flatMap((row) => row.claims.flatMap((claim) => claim.evidence));
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item).not.toHaveProperty('claimText');
      expect(item).not.toHaveProperty('title');
      // Packed: no property names repeated in every item of every report.
      expect(Array.isArray(item)).toBe(true);
    }
    const evidenceOf = (report: { claims: { evidence: unknown[] }[] }) =>
      bytes(report.claims.map((claim) => claim.evidence));
    const before = reports.reduce((sum, report) => sum + evidenceOf(report), 0);
    const after = stored.reduce((sum, row) => sum + evidenceOf(row) + bytes(row.cited ?? []), 0);
    expect(after).toBeLessThan(before / 3);
  });

  it('still names the outlet, headline and time of a cited report the reader deleted, without its words', async () => {
    const reports = v1Reports();
    const gone = reports[0]!;
    const { report, claim, evidence } = citing(reports, gone.url);
    const { history } = await historyWith(reports);
    await history.deleteReport(gone.url);

    const shown = (await history.getReport(report.url))!;
    const item = shown.claims
      .find((c) => c.id === claim.id)!
      .evidence.find((e) => e.claimId === evidence.claimId)!;
    expect(item).toEqual({ ...evidence, claimText: '' });
    expect(shown.claims.find((c) => c.id === claim.id)!.status).toBe(claim.status);
    // Nothing else in the report changed.
    const rest = (r: Report) =>
      r.claims.flatMap((c) => c.evidence).filter((e) => e.reportUrl !== gone.url);
    expect(rest(shown)).toEqual(rest(report));
  });

  it('never shows another sentence when a cited report, read again, says something else under the same claim id', async () => {
    const reports = v1Reports();
    const cited = reports[0]!;
    const { report, claim, evidence } = citing(reports, cited.url);
    const { history } = await historyWith(reports);

    // Read again unchanged, later: the citation keeps its sentence.
    await history.saveReport({ ...cited, readAt: cited.readAt + 3_600_000 });
    const unchanged = (await history.getReport(report.url))!;
    expect(unchanged.claims.find((c) => c.id === claim.id)!.evidence).toEqual(claim.evidence);

    // Read again after the outlet rewrote the article: the cited claim id holds another sentence.
    const rewritten: Report = {
      ...cited,
      readAt: cited.readAt + 7_200_000,
      claims: cited.claims.map((c) => ({ ...c, text: `Update: ${c.text}` })),
    };
    await history.saveReport(rewritten);
    const shown = (await history.getReport(report.url))!;
    const item = shown.claims
      .find((c) => c.id === claim.id)!
      .evidence.find((e) => e.claimId === evidence.claimId)!;
    expect(item).toEqual({ ...evidence, claimText: '' });
  });
});

describe('stored claims', () => {
  it("keep each claim's sentence once, in the report's text, and its frame once, in the claim index", async () => {
    const reports = v1Reports();
    const { history, factory } = await historyWith(reports);
    const db = await openDatabase(factory, 'storage-test');
    const stored = await db.getAll('reports');
    db.close();
    const claims = stored.flatMap((row) => row.claims);
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      expect(claim).not.toHaveProperty('text');
      expect(claim).not.toHaveProperty('frame');
      expect(claim).not.toHaveProperty('keys');
      expect(claim).not.toHaveProperty('terms');
    }
    // The same reports, each claim's sentence and frame shown as saved.
    expect(await history.allReports()).toEqual(reports);
  });

  it("keeps inline a sentence that is not the report's text between its offsets", async () => {
    const [report] = v1Reports();
    const odd: Report = {
      ...report!,
      claims: report!.claims.map((claim, i) =>
        i === 0 ? { ...claim, text: `${claim.text} (as quoted)` } : claim,
      ),
    };
    const { history } = await historyWith([odd]);
    expect(await history.getReport(odd.url)).toEqual(odd);
  });

  it('gives back evidence with a difference, an attribution, either or neither', async () => {
    const reports = v1Reports();
    const last = reports.at(-1)!;
    const items = last.claims.flatMap((claim) => claim.evidence);
    expect(items.length).toBeGreaterThanOrEqual(4);
    const difference = { aspect: 'count' as const, ours: 'two drones', theirs: 'five drones' };
    let n = 0;
    const varied: Report = {
      ...last,
      claims: last.claims.map((claim) => ({
        ...claim,
        evidence: claim.evidence.map((item) => {
          // eslint-disable-next-line @typescript-eslint/no-unused-vars
          const { difference: _d, attribution: _a, ...bare } = item;
          switch (n++ % 4) {
            case 0:
              return { ...bare, difference, attribution: 'official:anokhin-vasily' };
            case 1:
              return { ...bare, attribution: 'Russian military reports' };
            case 2:
              return { ...bare, difference };
            default:
              return bare;
          }
        }),
      })),
    };
    const { history } = await historyWith([...reports.slice(0, -1), varied]);
    expect(await history.getReport(varied.url)).toEqual(varied);
  });

  it('forgets a report with claims found only by words, and counts them no more', async () => {
    const [report] = v1Reports();
    const unkeyed: Report = {
      ...report!,
      claims: report!.claims.map((claim) => ({ ...claim, keys: [] })),
    };
    const { history } = await historyWith([unkeyed]);
    const stranger = { url: 'https://elsewhere.example/', source: 'elsewhere' };
    const words = unkeyed.claims.flatMap((claim) => claim.terms);
    const counted = async () => (await history.similarClaims(words, stranger)).stats.documents;
    expect(await counted()).toBe(unkeyed.claims.length);
    await history.deleteReport(unkeyed.url);
    // None left: the count floors at one, so a rare word is never divided by zero.
    expect(await counted()).toBe(1);
  });
});

describe('an interrupted write', () => {
  it('leaves the earlier reading of the URL whole when the transaction aborts after some puts', async () => {
    const reports = v1Reports();
    const { history } = await historyWith(reports);
    const target = reports[3]!;
    const before = {
      report: await history.getReport(target.url),
      list: await history.listReports(),
      cards: await history.entityCards(target.entities.map((e) => e.id)),
      candidates: await history.candidateClaims(
        target.claims.map((c) => c.keys),
        {
          url: 'https://elsewhere.example/',
          source: 'elsewhere',
        },
      ),
    };

    // The tab is closed (or the disk fills) a few puts into re-reading the article.
    const store = IDBObjectStore.prototype;
    const put = store.put;
    let puts = 0;
    store.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (++puts === 5) this.transaction.abort();
      return request;
    };
    try {
      const reread: Report = {
        ...target,
        readAt: target.readAt + 1,
        title: 'A different headline',
        claims: target.claims.slice(0, 2),
        entities: target.entities.slice(0, 1),
      };
      await expect(history.saveReport(reread)).rejects.toThrow();
    } finally {
      store.put = put;
    }
    expect(puts).toBeGreaterThanOrEqual(5);

    expect(await history.getReport(target.url)).toEqual(before.report);
    expect(await history.listReports()).toEqual(before.list);
    expect(await history.entityCards(target.entities.map((e) => e.id))).toEqual(before.cards);
    expect(
      await history.candidateClaims(
        target.claims.map((c) => c.keys),
        {
          url: 'https://elsewhere.example/',
          source: 'elsewhere',
        },
      ),
    ).toEqual(before.candidates);
    // And the history still takes writes.
    await history.saveReport({ ...target, readAt: target.readAt + 2 });
    expect((await history.getReport(target.url))!.readAt).toBe(target.readAt + 2);
  });
});
