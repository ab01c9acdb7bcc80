import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locate, retrieve } from '../retrieve.ts';

const HERE = fileURLToPath(new URL('./clef/', import.meta.url));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await retrieve(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('retrieve', () => {
  it('prints a TREC run: for each query its best earlier claims, ranked, with scores', async () => {
    const { code, out } = await cli(
      '--claims',
      `${HERE}claims.tsv`,
      '--queries',
      `${HERE}queries.tsv`,
      '--top',
      '2',
    );
    expect(code).toBe(0);
    const lines = out.split('\n').map((line) => line.split(' '));
    for (const fields of lines) {
      expect(fields).toHaveLength(6);
      expect(fields[1]).toBe('Q0');
      expect(fields[5]).toBe('crosscheck');
      expect(Number(fields[4])).toBeGreaterThan(0);
    }
    const byQuery = (id: string) => lines.filter((fields) => fields[0] === id);
    // At most two per query, ranked 1 then 2, best score first.
    for (const id of ['101', '102', '103']) {
      const rows = byQuery(id);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(2);
      expect(rows.map((fields) => fields[3])).toEqual(['1', '2'].slice(0, rows.length));
      if (rows[1]) expect(Number(rows[0]![4])).toBeGreaterThan(Number(rows[1][4]));
    }
    expect(byQuery('101')[0]?.[2]).toBe('0');
    expect(byQuery('102')[0]?.[2]).toBe('2');
    // A quoted claim that runs over two lines is one claim.
    expect(byQuery('103')[0]?.[2]).toBe('1');
  });

  it('names the file and line of a row it cannot read, and prints no run', async () => {
    const { code, out, err } = await cli(
      '--claims',
      `${HERE}claims.tsv`,
      '--queries',
      `${HERE}broken.tsv`,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/broken\.tsv:3: expected 2 tab-separated fields/);
  });

  it('says what it needs when an option is missing or wrong', async () => {
    expect((await cli('--claims', `${HERE}claims.tsv`)).err).toMatch(/both --claims and --queries/);
    expect((await cli('--claims', 'x', '--queries', 'y', '--top', '0')).err).toMatch(/--top/);
    const missing = await cli('--claims', `${HERE}nothing.tsv`, '--queries', `${HERE}queries.tsv`);
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(/nothing\.tsv: no such file/);
  });

  it('finds a benchmark file beside the project when the path is not found from here', () => {
    expect(locate('verified_claims.docs.tsv', HERE)).toMatch(
      /shared\/data\/clef2020-task2\/verified_claims\.docs\.tsv$/,
    );
    expect(locate(`${HERE}claims.tsv`)).toBe(`${HERE}claims.tsv`);
  });
});
