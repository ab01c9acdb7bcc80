/**
 * The commands, apart from the process: `main.ts` runs them with stdout and stderr, tests with
 * strings.
 */
import { openHistory } from '../history/history.ts';
import { memoryIndexedDB } from '../history/memory.ts';
import { readArticle } from '../history/read-article.ts';
import type { PageAnnotations } from '../shared/protocol.ts';
import { loadArticle, SUPPORTED, UnreadableFile } from './load.ts';
import { replayed } from './replay.ts';
import { describeReport } from './summary.ts';

const USAGE = `usage:
  npm run cli -- analyze FILE...          entities and claims of each file, read in order
  npm run cli -- replay [--json] FILE...  the same, as JSON with --json (the eval kit's format)
  npm run cli -- retrieve --claims CLAIMS.tsv --queries QUERIES.tsv [--top N]
                                          earlier claims ranked for each query, as a TREC run
files: ${SUPPORTED.join(', ')}`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Reads the files in order into one fresh history and returns what the reader would see of each. */
async function readInOrder(files: string[], start = Date.now()): Promise<PageAnnotations[]> {
  // Load every file before reading any, so a typo fails fast with nothing half printed.
  const articles = await Promise.all(files.map((file) => loadArticle(file)));
  const history = await openHistory(memoryIndexedDB(), 'crosscheck-cli');
  try {
    const read: PageAnnotations[] = [];
    for (const [i, article] of articles.entries()) {
      // Strictly increasing reading times, so "earlier" means earlier in the list.
      read.push(await readArticle(history, article, start + i));
    }
    return read;
  } finally {
    history.close();
  }
}

/** Runs one command line; returns the exit code. */
export async function run(args: string[], output: Output): Promise<number> {
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if ((command !== 'analyze' && command !== 'replay') || files.length === 0 || unknown) {
    output.err(unknown ? `unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  let reports: PageAnnotations[];
  try {
    reports = await readInOrder(files);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    output.err(`crosscheck: ${error.message}`);
    return 1;
  }
  if (command === 'replay' && json) {
    output.out(
      JSON.stringify(
        reports.map((read, i) => replayed(read, files[i]!)),
        null,
        1,
      ),
    );
  } else {
    output.out(reports.map(describeReport).join('\n\n'));
  }
  return 0;
}
