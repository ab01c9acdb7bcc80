/**
 * The texts the lexicon's tests prove their patterns and word lists against: the claims tests'
 * own articles, the development set and the demo's expected pages. Read once per test file, since
 * every trigger and every screen walks all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../..');
const FOLDERS = ['src/core/claims/test/dev', 'eval/dev/articles', 'demo/expected'];

let read: readonly string[] | undefined;

export function corpusTexts(): readonly string[] {
  read ??= FOLDERS.flatMap((folder) =>
    readdirSync(resolve(ROOT, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(resolve(ROOT, folder, name), 'utf8')),
  );
  return read;
}
