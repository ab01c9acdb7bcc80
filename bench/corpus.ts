/**
 * The texts the bench reads: the shared seed articles when this checkout sits beside them, and
 * always the demo corpus's texts, loaded as the CLI loads a plain-text file.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { textArticle } from '../src/cli/load.ts';
import type { ArticleInput } from '../src/core/model.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
// Beside the checkout, or beside the folder of worktrees when this checkout is one of them.
const SEEDS =
  [
    resolve(PROJECT_ROOT, '../shared/corpus/seeds'),
    resolve(PROJECT_ROOT, '../../shared/corpus/seeds'),
  ].find((folder) => existsSync(folder)) ?? resolve(PROJECT_ROOT, '../shared/corpus/seeds');
const DEMO = join(PROJECT_ROOT, 'demo/expected');
const DEV = join(PROJECT_ROOT, 'eval/dev/articles');

export interface Corpus {
  articles: ArticleInput[];
  /** Where the texts came from, for the report. */
  origin: string;
}

function textsIn(folder: string): ArticleInput[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      return textArticle(readFileSync(file, 'utf8'), pathToFileURL(file).href, file);
    });
}

export function loadCorpus(): Corpus {
  const demo = textsIn(DEMO);
  if (!existsSync(SEEDS)) {
    return { articles: demo, origin: `${demo.length} demo texts (no seed corpus at ${SEEDS})` };
  }
  const seeds = textsIn(SEEDS);
  return {
    articles: [...seeds, ...demo],
    origin: `${seeds.length} seed texts + ${demo.length} demo texts`,
  };
}

/**
 * The development set's articles (`eval/dev/`): texts the seeds' passes never met, for the
 * analysis's speed on text it reads for the first time, as a reader's every new article is.
 */
export function loadDevArticles(): ArticleInput[] {
  return textsIn(DEV);
}

/** Words as the reference pass counts them, so both throughputs share one numerator. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
