/**
 * Crosscheck on the command line, over the same core and history as the extension:
 *
 *   npm run cli -- analyze FILE...        readable summary of each file, read in order
 *   npm run cli -- replay --json FILE...  the reports as JSON (the eval kit's format)
 *
 * Each run reads into a fresh in-memory history, so later files are checked against earlier ones.
 * Only the result goes to stdout; everything else goes to stderr.
 */
import { run } from './run.ts';

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
