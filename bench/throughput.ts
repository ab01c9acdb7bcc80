/**
 * Whole-analysis throughput against a plain word split of the same text. The split is the floor
 * any reader of the text pays, so the ratio says how much the analysis costs on top of merely
 * walking the words, whatever the machine's speed at the moment.
 */
import { analyse } from '../src/core/analyse.ts';
import type { ArticleInput } from '../src/core/model.ts';
import { articleText } from '../src/core/text.ts';
import { wordCount } from './corpus.ts';
import { timePaired } from './measure.ts';
import { ratio, table } from './table.ts';

export interface Throughput {
  words: number;
  analyseWordsPerSecond: number;
  splitWordsPerSecond: number;
  entities: number;
  claims: number;
}

export function measureThroughput(articles: ArticleInput[]): Throughput {
  const texts = articles.map(articleText);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  const analyseAll = () => {
    let found = 0;
    for (const article of articles) {
      const analysis = analyse(article);
      found += analysis.entities.length + analysis.claims.length;
    }
    return found;
  };
  const splitAll = () => {
    let length = 0;
    for (const text of texts) for (const word of text.split(/\s+/)) length += word.length;
    return length;
  };
  const analyses = articles.map(analyse);
  const { subjectMs, referenceMs } = timePaired(analyseAll, splitAll);
  return {
    words,
    analyseWordsPerSecond: (words * 1000) / subjectMs,
    splitWordsPerSecond: (words * 1000) / referenceMs,
    entities: analyses.reduce((sum, a) => sum + a.entities.length, 0),
    claims: analyses.reduce((sum, a) => sum + a.claims.length, 0),
  };
}

export function throughputTable(result: Throughput): string {
  const share = result.analyseWordsPerSecond / result.splitWordsPerSecond;
  return [
    `${result.words.toLocaleString('en-US')} words; the analysis finds ${result.entities} entities and ${result.claims} claims`,
    '',
    table(
      ['pass', 'words/s', 'vs split'],
      [
        ['analyse() (entities + claims)', result.analyseWordsPerSecond, ratio(share)],
        ['text.split(/\\s+/) (reference)', result.splitWordsPerSecond, ratio(1)],
      ],
    ),
    '',
    `analyse() is ${Math.round(1 / share).toLocaleString('en-US')}× slower than splitting the words.`,
  ].join('\n');
}
