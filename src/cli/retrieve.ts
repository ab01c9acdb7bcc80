/**
 * `retrieve`: has the reader already seen this claim? Asked of a public benchmark (CLEF-2020
 * CheckThat! task 2, verified claim retrieval), through the extension's own parts: each verified
 * claim is stored as an earlier report in the history (on an in-memory IndexedDB), each query is
 * answered by the history's word postings and ranked by `rankClaims`, and the answer is printed
 * as a TREC run (`query_id Q0 claim_id rank score tag`) for `clef-map.mjs` to score.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { claimTerms } from '../core/claims/terms.ts';
import { matchWords } from '../core/match/words.ts';
import { rankClaims } from '../core/match/rank.ts';
import type { Report } from '../core/model.ts';
import { openHistory } from '../history/history.ts';
import { memoryIndexedDB } from '../history/memory.ts';
import type { History } from '../history/types.ts';
import { readText, UnreadableFile } from './load.ts';
import type { Output } from './run.ts';
import { bareFrame } from '../core/claims/frame.ts';

export const RETRIEVE_USAGE = `usage:
  npm run cli -- retrieve --claims CLAIMS.tsv --queries QUERIES.tsv [--top N] [--tag NAME]
CLAIMS.tsv: id, claim, title (a header line first); QUERIES.tsv: id, text (a header line first).
A path not found from here is looked for in shared/data/clef2020-task2/ beside the project.`;

/** Where the benchmark sits beside a checkout: `../shared/...` from the project, or further up. */
const DATA = join('shared', 'data', 'clef2020-task2');

/** The path as given, else the same name in the benchmark's folder in a folder above this one. */
export function locate(path: string, from = process.cwd()): string {
  const direct = resolve(from, path);
  if (existsSync(direct)) return direct;
  for (let dir = resolve(from, '..'); ; dir = dirname(dir)) {
    const there = join(dir, DATA, path);
    if (existsSync(there)) return there;
    if (dirname(dir) === dir) return direct;
  }
}

/**
 * Records of tab-separated text as a spreadsheet writes it: a field that starts with a quote runs
 * to the closing quote, across line breaks, and `""` inside it is one quote.
 */
export function tsvRecords(content: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let line = 1;
  let first = 1;
  let i = 0;
  while (i <= content.length) {
    let field = '';
    if (content[i] === '"') {
      let close = i + 1;
      for (;;) {
        close = content.indexOf('"', close);
        if (close < 0 || content[close + 1] !== '"') break;
        close += 2;
      }
      const end = close < 0 ? content.length : close;
      field = content.slice(i + 1, end).replace(/""/g, '"');
      line += (field.match(/\n/g) ?? []).length;
      i = close < 0 ? content.length : close + 1;
      // Anything between the closing quote and the next tab belongs to the field as written.
      const rest = /^[^\t\n]*/.exec(content.slice(i))![0];
      field += rest;
      i += rest.length;
    } else {
      const rest = /^[^\t\n]*/.exec(content.slice(i))![0];
      field = rest;
      i += rest.length;
    }
    fields.push(field.replace(/\r$/, ''));
    if (content[i] === '\t') {
      i++;
      continue;
    }
    records.push({ fields, line: first });
    fields = [];
    line++;
    first = line;
    i++;
  }
  return records;
}

/** Records of a TSV file after its header, each with an id and a text; any other row is an error. */
export async function readRows(file: string, columns: number): Promise<string[][]> {
  const content = await readText(file);
  const rows: string[][] = [];
  for (const { fields, line } of tsvRecords(content.replace(/^\uFEFF/u, '')).slice(1)) {
    if (fields.every((field) => !field.trim())) continue;
    if (fields.length < columns || !fields[0]?.trim() || !fields[1]?.trim())
      throw new UnreadableFile(
        `${file}:${line}: expected ${columns} tab-separated fields (an id and a text first), found: ${fields.join('\t').slice(0, 80)}`,
      );
    rows.push(fields.map((field) => field.trim()));
  }
  return rows;
}

const CLAIM_PREFIX = 'claim:';

/** A verified claim as an earlier report of one claim, from an outlet of its own. */
export function verifiedReport([id, text, title = '']: string[], readAt: number): Report {
  const url = `${CLAIM_PREFIX}${id}`;
  return {
    url,
    source: 'verified claims',
    title,
    firstReadAt: readAt,
    readAt,
    text: text!,
    entities: [],
    mentions: [],
    claims: [
      {
        id: `${url}#0`,
        start: 0,
        end: text!.length,
        text: text!,
        // A fact check's claim has no event or place the news lexicon knows: found by its words.
        frame: bareFrame('statement'),
        keys: [],
        terms: claimTerms(text!, 0, []),
        status: 'new',
        evidence: [],
      },
    ],
  };
}

/** Stores the reports, many transactions in flight at once (one at a time waits on each commit). */
async function store(history: History, reports: Report[]): Promise<void> {
  const batch = 64;
  for (let start = 0; start < reports.length; start += batch)
    await Promise.all(
      reports.slice(start, start + batch).map((report) => history.saveReport(report)),
    );
}

interface Options {
  claims: string;
  queries: string;
  top: number;
  tag: string;
}

function parse(args: string[]): Options | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i]!, args[i + 1]];
    if (!['--claims', '--queries', '--top', '--tag'].includes(flag))
      return `unknown option ${flag}`;
    if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
    values[flag.slice(2)] = value;
  }
  if (!values.claims || !values.queries) return 'both --claims and --queries are needed';
  const top = Number(values.top ?? 5);
  if (!Number.isInteger(top) || top < 1)
    return `--top must be a whole number of at least 1, not ${values.top}`;
  return { claims: values.claims, queries: values.queries, top, tag: values.tag ?? 'crosscheck' };
}

/** Runs `retrieve ARGS`; returns the exit code. The run goes to `out`, progress to `err`. */
export async function retrieve(args: string[], output: Output): Promise<number> {
  const options = parse(args);
  if (typeof options === 'string') {
    output.err(`${options}\n${RETRIEVE_USAGE}`);
    return 2;
  }
  let claims: string[][];
  let queries: string[][];
  try {
    [claims, queries] = await Promise.all([
      readRows(locate(options.claims), 2),
      readRows(locate(options.queries), 2),
    ]);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    output.err(`crosscheck: ${error.message}`);
    return 1;
  }
  const history = await openHistory(memoryIndexedDB(), 'crosscheck-retrieve');
  try {
    const began = performance.now();
    const start = Date.now() - claims.length;
    await store(
      history,
      claims.map((row, i) => verifiedReport(row, start + i)),
    );
    output.err(
      `stored ${claims.length} claims in ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );
    const asked = performance.now();
    const lines: string[] = [];
    for (const [id, text] of queries) {
      const self = { url: `query:${id}`, source: 'query' };
      const similar = await history.similarClaims(matchWords(text!), self);
      const ranked = rankClaims(text!, similar.claims, similar.stats).slice(0, options.top);
      ranked.forEach(({ item, score }, rank) => {
        const claimId = item.reportUrl.slice(CLAIM_PREFIX.length);
        lines.push(`${id} Q0 ${claimId} ${rank + 1} ${score.toFixed(4)} ${options.tag}`);
      });
    }
    const perQuery = (performance.now() - asked) / Math.max(1, queries.length);
    output.err(`answered ${queries.length} queries, ${perQuery.toFixed(1)} ms each`);
    if (lines.length) output.out(lines.join('\n'));
    return 0;
  } finally {
    history.close();
  }
}
