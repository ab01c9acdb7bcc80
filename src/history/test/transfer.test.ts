import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/model.ts';
import { openHistory } from '../history.ts';
import { memoryIndexedDB } from '../memory.ts';
import { exportHistory, ImportError, importHistory } from '../transfer.ts';
import type { History } from '../types.ts';
import { v1Reports } from './fixture.ts';

let open: History[] = [];
afterEach(() => {
  for (const history of open) history.close();
  open = [];
});

async function historyWith(reports: Report[] = []): Promise<History> {
  const history = await openHistory(memoryIndexedDB(), 'transfer-test');
  open.push(history);
  for (const report of reports) await history.saveReport(report);
  return history;
}

/** A version-1 file as any writer might lay it out: other key order, other spacing. */
function handWritten(reports: unknown[]): string {
  return JSON.stringify({ reports, version: 1, format: 'crosscheck-history' }, null, 2);
}

/** A field set to what its type forbids, as a damaged file would hold it. */
const loose = (value: object) => value as Record<string, unknown>;

/** The fixture as a file whose last report `mutate` damaged. */
const damaged = (mutate: (report: Report) => void): string => {
  const reports = structuredClone(v1Reports());
  mutate(reports.at(-1)!);
  return handWritten(reports);
};

describe('export', () => {
  it('writes a file that, imported into an empty history, exports again byte for byte', async () => {
    const reports = v1Reports();
    const source = await historyWith(reports);
    // A cited report deleted since: its citations carry no sentence, and must survive too.
    await source.deleteReport(reports[1]!.url);
    const file = await exportHistory(source);

    const target = await historyWith();
    expect(await importHistory(target, file)).toEqual({ added: 4, updated: 0, unchanged: 0 });
    expect(await exportHistory(target)).toBe(file);
    expect(file).toContain('"claimText":""');
    const parsed = JSON.parse(file) as { format: string; version: number; reports: Report[] };
    expect(parsed.format).toBe('crosscheck-history');
    expect(parsed.version).toBe(1);
    expect(parsed.reports).toEqual(await source.allReports());
  });

  it('writes the same bytes for the same history, whatever order it was saved in', async () => {
    const reports = v1Reports();
    const first = await exportHistory(await historyWith(reports));
    const second = await exportHistory(await historyWith([...reports].reverse()));
    expect(second).toBe(first);
    expect(await exportHistory(await historyWith(reports))).toBe(first);
  });

  it('writes an empty history as a valid file that imports as nothing', async () => {
    const file = await exportHistory(await historyWith());
    expect(JSON.parse(file)).toEqual({ format: 'crosscheck-history', version: 1, reports: [] });
    expect(await importHistory(await historyWith(), file)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 0,
    });
  });
});

describe('import', () => {
  it('merges without duplicates: new URLs added, later readings replace, the rest unchanged', async () => {
    const [a, b, c, d] = v1Reports();
    const history = await historyWith([a!, b!, c!]);
    const laterB = {
      ...b!,
      title: 'Updated headline',
      firstReadAt: b!.readAt + 5,
      readAt: b!.readAt + 10,
    };
    const earlierC = {
      ...c!,
      title: 'An older reading',
      readAt: c!.readAt - 10,
      firstReadAt: c!.readAt - 10,
    };
    const file = handWritten([a, laterB, earlierC, d]);

    expect(await importHistory(history, file)).toEqual({ added: 1, updated: 1, unchanged: 2 });
    expect(await history.getReport(a!.url)).toEqual(a);
    // The later reading, still first read when this history first read it.
    expect(await history.getReport(b!.url)).toEqual({ ...laterB, firstReadAt: b!.firstReadAt });
    expect(await history.getReport(c!.url)).toEqual(c);
    expect(await history.getReport(d!.url)).toEqual(d);
    expect((await history.listReports()).map((row) => row.url).sort()).toEqual(
      [a, b, c, d].map((r) => r!.url).sort(),
    );

    // The same file again changes nothing.
    const before = await exportHistory(history);
    expect(await importHistory(history, file)).toEqual({ added: 0, updated: 0, unchanged: 4 });
    expect(await exportHistory(history)).toBe(before);
  });

  it('keeps the later of two readings of one URL in the same file', async () => {
    const [a] = v1Reports();
    const later = { ...a!, title: 'Later', readAt: a!.readAt + 1 };
    const history = await historyWith();
    expect(await importHistory(history, handWritten([later, a]))).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await history.getReport(a!.url))!.title).toBe('Later');
  });

  it('rebuilds the claim index, entity cards and search from the imported reports', async () => {
    const reports = v1Reports();
    const original = await historyWith(reports);
    const imported = await historyWith();
    await importHistory(imported, handWritten(reports));

    const keys = reports.flatMap((r) => r.claims.map((c) => c.keys));
    const stranger = { url: 'https://elsewhere.example/', source: 'elsewhere' };
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    const candidates = (await imported.candidateClaims(keys, stranger)).sort(byId);
    expect(candidates.length).toBe(reports.flatMap((r) => r.claims).length);
    expect(candidates).toEqual((await original.candidateClaims(keys, stranger)).sort(byId));
    const ids = [...new Set(reports.flatMap((r) => r.entities.map((e) => e.id)))];
    expect(await imported.entityCards(ids)).toEqual(await original.entityCards(ids));
    expect(await imported.searchReports('Lodygina')).toEqual(
      await original.searchReports('Lodygina'),
    );
  });

  it('takes a version-1 file written in another layout, and leaves out fields it does not know', async () => {
    const reports = structuredClone(v1Reports()) as (Report & { note?: string })[];
    reports[0]!.note = 'added by hand';
    const history = await historyWith();
    await importHistory(history, handWritten(reports));
    expect(await history.getReport(reports[0]!.url)).toEqual(v1Reports()[0]);
  });

  const refusals: [string, () => string, RegExp][] = [
    ['text that is not JSON', () => 'Crosscheck history, printed', /not valid JSON/],
    [
      'a file cut short',
      () => handWritten(v1Reports()).slice(0, 5000),
      /not valid JSON, perhaps cut short/,
    ],
    [
      'another kind of JSON',
      () => JSON.stringify({ bookmarks: [] }),
      /"format" should be "crosscheck-history", not missing/,
    ],
    ['a JSON list', () => '[]', /holds no history object/],
    [
      'a newer format version',
      () => JSON.stringify({ format: 'crosscheck-history', version: 2, reports: [] }),
      /newer version of Crosscheck \(format version 2\)/,
    ],
    [
      'a version that is not a number',
      () => JSON.stringify({ format: 'crosscheck-history', version: '1', reports: [] }),
      /"version" should be a whole number/,
    ],
    [
      'no list of reports',
      () => JSON.stringify({ format: 'crosscheck-history', version: 1, reports: {} }),
      /no list of "reports"/,
    ],
    [
      'a report missing its headline',
      () => damaged((r) => delete loose(r).title),
      /in report 5 \(https:\/\/demo\.example\/[a-z-]+\), title is missing/,
    ],
    [
      'a reading time that is not a number',
      () => damaged((r) => (loose(r).readAt = 'yesterday')),
      /readAt should be a number, not "yesterday"/,
    ],
    [
      'a mention outside the text',
      () => damaged((r) => (r.mentions[2]!.end = r.text.length + 40)),
      /mentions\[2\]\.end \(\d+\) is outside the text \(0 to \d+\)/,
    ],
    [
      'a claim with a negative offset',
      () => damaged((r) => (r.claims[0]!.start = -3)),
      /claims\[0\]\.start \(-3\) is outside the text/,
    ],
    [
      'a mention whose spelling is not at its offsets',
      () => damaged((r) => (r.mentions[0]!.surface = 'Somewhere else')),
      /mentions\[0\]\.surface does not match the text/,
    ],
    [
      'an unknown claim status',
      () => damaged((r) => (loose(r.claims[1]!).status = 'maybe')),
      /claims\[1\]\.status should be one of new, corroborated, contradicted, not "maybe"/,
    ],
    [
      'evidence with no sentence field',
      () =>
        damaged((r) => {
          const claim = r.claims.find((c) => c.evidence.length > 0)!;
          delete loose(claim.evidence[0]!).claimText;
        }),
      /evidence\[0\]\.claimText is missing/,
    ],
    [
      'a claim id of another report',
      () => damaged((r) => (r.claims[0]!.id = 'https://someone-else.example/#0')),
      /claims\[0\]\.id .* does not belong to the report's URL/,
    ],
    [
      'a report that is not an object',
      () => handWritten([...v1Reports(), 42]),
      /in report 6, the report should be an object, not 42/,
    ],
  ];

  for (const [what, file, message] of refusals) {
    it(`refuses ${what}, saying what is wrong, and changes nothing`, async () => {
      const history = await historyWith(v1Reports().slice(0, 2));
      const before = await exportHistory(history);
      const refused = importHistory(history, file());
      await expect(refused).rejects.toBeInstanceOf(ImportError);
      await expect(refused).rejects.toThrow(message);
      await expect(refused).rejects.toThrow(/Nothing was imported\.$/);
      expect(await exportHistory(history)).toBe(before);
    });
  }
});
