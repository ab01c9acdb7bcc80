/**
 * `npm run bench`: speed and size, each figure beside a reference measured in the same run,
 * because the machine is shared and only ratios survive its noise.
 */
import { readArticle } from '../src/history/read-article.ts';
import { openHistory } from '../src/history/history.ts';
import { memoryIndexedDB } from '../src/history/memory.ts';
import type { Report } from '../src/core/model.ts';
import { checkingTable, measureChecking } from './checking.ts';
import { loadCorpus, PROJECT_ROOT } from './corpus.ts';
import { machineDescription } from './machine.ts';
import { bundlesTable, measureBundles, reportSizeTable } from './sizes.ts';
import { heading } from './table.ts';
import { measureThroughput, throughputTable } from './throughput.ts';

/** The corpus read in order into a fresh history: reports as stored, evidence included. */
async function storedReports(articles: ReturnType<typeof loadCorpus>['articles']) {
  const history = await openHistory(memoryIndexedDB(), 'bench-sizes');
  const reports: Report[] = [];
  try {
    for (const [i, article] of articles.entries()) {
      reports.push((await readArticle(history, article, Date.UTC(2025, 11, 8) + i)).report);
    }
  } finally {
    history.close();
  }
  return reports;
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(heading('Machine'));
  console.log(machineDescription().join('\n'));

  const corpus = loadCorpus();
  console.log(heading(`1. Analysis throughput over ${corpus.origin}`));
  console.log(throughputTable(measureThroughput(corpus.articles)));

  // The first demo text (the evening roundup, a story over several regions), as a reader
  // would open it from an outlet the history has never seen.
  const demo = corpus.articles.find((article) => article.file?.includes('demo/expected'));
  const checked = { ...(demo ?? corpus.articles[0]!) };
  checked.url = 'https://bench-reader.example/checked-article';
  checked.source = 'Bench Reader';
  console.log(heading('2. Checking one article against a history (fake-indexeddb)'));
  console.log(
    checkingTable(
      checked,
      await measureChecking(corpus.articles, checked, [1000, 10_000, 100_000]),
    ),
  );

  console.log(heading('3. Sizes'));
  console.log(bundlesTable(measureBundles(PROJECT_ROOT), PROJECT_ROOT));
  console.log('');
  console.log(reportSizeTable(await storedReports(corpus.articles)));

  console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
