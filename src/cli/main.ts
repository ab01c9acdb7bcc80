/**
 * Crosscheck on the command line, over the same core and history as the extension:
 *
 *   npm run cli -- analyze FILE...        readable summary of each file, read in order
 *   npm run cli -- replay --json FILE...  the reports as JSON (the eval kit's format)
 *   npm run cli -- retrieve --claims CLAIMS.tsv --queries QUERIES.tsv [--top N]
 *                                         earlier claims ranked for each query, as a TREC run
 *
 * Each run reads into a fresh in-memory history, so later files are checked against earlier ones.
 * Only the result goes to stdout; everything else goes to stderr.
 */
import messages from '../../_locales/en/messages.json';
import { lookupIn, setMessageLookup } from '../shared/i18n.ts';
import { retrieve } from './retrieve.ts';
import { run, type Output } from './run.ts';

// The panel's words, in English: the command line says what the panel says.
setMessageLookup(lookupIn(messages));

const args = process.argv.slice(2);
const output: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

(args[0] === 'retrieve' ? retrieve(args.slice(1), output) : run(args, output)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
