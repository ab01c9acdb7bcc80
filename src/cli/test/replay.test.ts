import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReplayedReport } from '../replay.ts';
import { run } from '../run.ts';

const SEEDS = fileURLToPath(new URL('../../../../shared/corpus/seeds/', import.meta.url));
const seed = (name: string) => `${SEEDS}${name}`;
const PAGE = fileURLToPath(new URL('./pages/smolensk-drone.html', import.meta.url));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('replay --json', () => {
  it('prints one report per file, in order, with offsets into its own text', async () => {
    const files = [seed('000_79df575302fc0d3c.txt'), PAGE];
    const { code, out, err } = await cli('replay', '--json', ...files);
    expect(code).toBe(0);
    expect(err).toBe('');
    const reports = JSON.parse(out) as ReplayedReport[];
    expect(reports.map((report) => report.file)).toEqual(files);
    for (const report of reports) {
      expect(report.entities.length).toBeGreaterThan(0);
      for (const entity of report.entities) {
        expect(entity.mentions.length).toBeGreaterThan(0);
        for (const { start, end } of entity.mentions)
          expect(report.text.slice(start, end).trim()).not.toBe('');
      }
      for (const claim of report.claims)
        expect(report.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
    const [text, page] = reports as [ReplayedReport, ReplayedReport];
    expect(text.source).toBe('000_79df575302fc0d3c.txt');
    expect(text.url).toBe(`file://${files[0]}`);
    expect(text.claims.every((claim) => claim.status === 'new')).toBe(true);
    expect(page).toMatchObject({
      url: 'https://frontier-herald.example/2024/12/08/smolensk-drone',
      source: 'Frontier Herald',
      title: 'Drone shot down over Smolensk region',
    });
    const cited = page.claims.flatMap((claim) => claim.evidence);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((evidence) => evidence.file === files[0] && evidence.url === text.url)).toBe(
      true,
    );
  });

  it('fails clearly, printing nothing, for a missing file', async () => {
    const { code, out, err } = await cli(
      'replay',
      '--json',
      seed('000_79df575302fc0d3c.txt'),
      '/nowhere/gone.txt',
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/gone\.txt: no such file/);
  });

  it('explains its usage when the command is wrong', async () => {
    expect((await cli('replay', '--json')).code).toBe(2);
    expect((await cli('summarise', PAGE)).err).toMatch(/usage/);
  });
});

describe('analyze', () => {
  it('describes entities by type and claims with their status', async () => {
    const { code, out } = await cli('analyze', PAGE);
    expect(code).toBe(0);
    expect(out).toMatch(/^Drone shot down over Smolensk region/);
    expect(out).toMatch(/Places \(\d+\)/);
    expect(out).toMatch(/\[new\] /);
  });
});
