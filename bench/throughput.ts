/**
 * Whole-analysis throughput (entities and claims, `analyse()`) beside two references measured in
 * the same run on the same texts: compromise's `places()` and `people()`, the usual off-the-shelf
 * way to find names in English text in JavaScript, and a plain word split, the floor any reader of
 * the text pays. The machine is shared, so the ratios say more than the absolute figures.
 */
import nlp from 'compromise';
import { analyse } from '../src/core/analyse.ts';
import type { ArticleInput } from '../src/core/model.ts';
import { articleText } from '../src/core/text.ts';
import { wordCount } from './corpus.ts';
import { median, type Pass } from './measure.ts';
import { ratio, table } from './table.ts';

let sink: unknown;

/** CPU milliseconds (user + system, all of this process's threads) spent running `pass` `times` times. */
function cpuRound(pass: Pass, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) sink = pass();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

/**
 * Median CPU time per pass of `subject` and `reference`, in alternating rounds after a warm-up.
 * CPU time rather than wall time: on a machine shared by many processes, wall time mostly
 * measures how long a pass waited for a core; the CPU time it used is what it costs.
 */
function cpuPaired(subject: Pass, reference: Pass, rounds = 7, roundMs = 250) {
  const timesFor = (pass: Pass): number => {
    let times = 1;
    for (;;) {
      const ms = cpuRound(pass, times) * times;
      if (ms >= roundMs / 4) return Math.max(1, Math.ceil((times * roundMs) / ms));
      times *= 2;
    }
  };
  const subjectTimes = timesFor(subject);
  const referenceTimes = timesFor(reference);
  const subjectMs: number[] = [];
  const referenceMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    subjectMs.push(cpuRound(subject, subjectTimes));
    referenceMs.push(cpuRound(reference, referenceTimes));
  }
  void sink;
  return { subjectMs: median(subjectMs), referenceMs: median(referenceMs) };
}

/** What `analyse()` finds in each article, counted: a pass of the analysis. */
function analyseEach(articles: ArticleInput[]): number {
  let found = 0;
  for (const article of articles) {
    const analysis = analyse(article);
    found += analysis.entities.length + analysis.claims.length;
  }
  return found;
}

/** compromise's places and people in each text, counted: a pass of the reference. */
function compromiseOn(texts: string[]): readonly [places: number, people: number] {
  let places = 0;
  let people = 0;
  for (const text of texts) {
    const doc = nlp(text);
    places += doc.places().length;
    people += doc.people().length;
  }
  return [places, people];
}

export interface Throughput {
  words: number;
  analyseWordsPerSecond: number;
  compromiseWordsPerSecond: number;
  splitWordsPerSecond: number;
  entities: number;
  claims: number;
  /** What compromise finds on the same texts, for a sense of what its figure buys. */
  compromisePlaces: number;
  compromisePeople: number;
}

export function measureThroughput(articles: ArticleInput[]): Throughput {
  const texts = articles.map(articleText);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  const analyseAll = () => analyseEach(articles);
  const compromiseAll = () => compromiseOn(texts);
  const splitAll = () => {
    let length = 0;
    for (const text of texts) for (const word of text.split(/\s+/)) length += word.length;
    return length;
  };
  const analyses = articles.map(analyse);
  const [compromisePlaces, compromisePeople] = compromiseAll();
  const versusCompromise = cpuPaired(analyseAll, compromiseAll);
  const versusSplit = cpuPaired(analyseAll, splitAll);
  // Each pairing times analyse() once more; the faster median of the two is the steadier figure.
  const analyseMs = Math.min(versusCompromise.subjectMs, versusSplit.subjectMs);
  return {
    words,
    analyseWordsPerSecond: (words * 1000) / analyseMs,
    compromiseWordsPerSecond: (words * 1000) / versusCompromise.referenceMs,
    splitWordsPerSecond: (words * 1000) / versusSplit.referenceMs,
    entities: analyses.reduce((sum, a) => sum + a.entities.length, 0),
    claims: analyses.reduce((sum, a) => sum + a.claims.length, 0),
    compromisePlaces,
    compromisePeople,
  };
}

export interface FirstSight {
  texts: number;
  words: number;
  firstWordsPerSecond: number;
  thirdWordsPerSecond: number;
  compromiseWordsPerSecond: number;
}

/**
 * The analysis on texts it has never met, after the warm passes above: each article analysed
 * once, as the extension's worker (stopped by the browser after 30 s idle) meets a reader's
 * every new article, then the same texts twice more, then compromise on them once. The warm
 * figure above re-reads texts whose words the analysis remembers and whose paths the JIT has
 * long optimised; this one says what a new text costs. Run it once per process: a second run
 * would meet the texts again.
 */
export function measureFirstSight(articles: ArticleInput[]): FirstSight {
  const texts = articles.map(articleText);
  const words = texts.reduce((sum, text) => sum + wordCount(text), 0);
  const analyseAll = () => analyseEach(articles);
  const firstMs = cpuRound(analyseAll, 1);
  cpuRound(analyseAll, 1);
  const thirdMs = cpuRound(analyseAll, 1);
  const compromiseMs = cpuRound(() => compromiseOn(texts), 1);
  const perSecond = (ms: number) => (words * 1000) / ms;
  return {
    texts: articles.length,
    words,
    firstWordsPerSecond: perSecond(firstMs),
    thirdWordsPerSecond: perSecond(thirdMs),
    compromiseWordsPerSecond: perSecond(compromiseMs),
  };
}

export function firstSightTable(result: FirstSight): string {
  const first = result.firstWordsPerSecond;
  return [
    `Text met for the first time: ${result.texts} development articles (${result.words.toLocaleString('en-US')} words), each analysed once after the passes above, then twice more; one pass each, so the figures move more than the medians above.`,
    '',
    table(
      ['pass', 'words/s', 'first sight is'],
      [
        ['analyse(), first sight', first, ratio(1)],
        [
          'analyse(), the same texts a third time',
          result.thirdWordsPerSecond,
          ratio(first / result.thirdWordsPerSecond),
        ],
        [
          'compromise places() + people(), first sight',
          result.compromiseWordsPerSecond,
          ratio(first / result.compromiseWordsPerSecond),
        ],
      ],
    ),
  ].join('\n');
}

export function throughputTable(result: Throughput): string {
  const versus = (wordsPerSecond: number) => ratio(result.analyseWordsPerSecond / wordsPerSecond);
  return [
    `${result.words.toLocaleString('en-US')} words; the analysis finds ${result.entities} entities and ${result.claims} claims;`,
    `compromise finds ${result.compromisePlaces} places and ${result.compromisePeople} people (no ids, no claims).`,
    'Words per second of CPU time (median of 7 alternating rounds), so the figures survive a busy machine.',
    '',
    table(
      ['pass', 'words/s', 'analyse() is'],
      [
        ['analyse() (entities + claims)', result.analyseWordsPerSecond, ratio(1)],
        [
          'compromise places() + people()',
          result.compromiseWordsPerSecond,
          versus(result.compromiseWordsPerSecond),
        ],
        [
          'text.split(/\\s+/) (floor)',
          result.splitWordsPerSecond,
          versus(result.splitWordsPerSecond),
        ],
      ],
    ),
  ].join('\n');
}
