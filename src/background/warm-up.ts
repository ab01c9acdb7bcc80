/**
 * Readies a freshly started worker for the article a page is about to send. A start is mostly a
 * page loading: its navigation wakes the worker well before its content script has extracted
 * the article, and that gap is where the history's opening and the analysis's first run (the
 * gazetteer built, the analysis's code compiled) belong, rather than in the reader's wait.
 */
import { analyse } from '../core/analyse.ts';
import type { ArticleInput } from '../core/model.ts';
import { WARM_UP_PIECES } from './warm-up-texts.ts';

/** Short, but with a place, an official and a claim, so every part of the analysis runs once. */
const SAMPLE: ArticleInput = {
  url: 'https://warm-up.invalid/',
  source: 'Crosscheck',
  title: 'Drones downed over Belgorod region',
  body:
    'Air defences shot down two drones over the Belgorod region overnight, governor ' +
    'Vyacheslav Gladkov said on Telegram. No one was hurt, he wrote.',
};

function analyseSample(sample: ArticleInput): void {
  try {
    analyse(sample);
  } catch (error) {
    console.error('Crosscheck: the analysis failed on its warm-up sample', error);
  }
}

/**
 * Opens the history now, and has `warmer` warm the analysis up in tasks of their own, so the
 * event that woke the worker is handled first. Failures are logged: the reading that follows
 * meets them again and reports them to the reader.
 */
export function warmUp(openHistory: () => Promise<unknown>, warmer: Warmer): void {
  openHistory().catch((error: unknown) =>
    console.error('Crosscheck: could not open the history', error),
  );
  warmer.started();
}

/**
 * As much as an article's analysis allocates: the sample's text twenty times over (a few hundred
 * words), in `PIECES` pieces. A running worker has run the reports already; what a navigation
 * warms again is its heap, which shrinks back while it sits idle (its next analysis then runs a
 * third slower, even unloaded), and the sample does that for half the processor time of a round
 * of the reports (1.7 against 3.5 ms in Node), beside the page's own loading.
 */
const PIECES = 4;
const PIECE: ArticleInput = { ...SAMPLE, body: `${SAMPLE.body} `.repeat(20 / PIECES) };
const ON_NAVIGATION: readonly ArticleInput[] = Array.from({ length: PIECES }, () => PIECE);

/**
 * Rounds of the warm-up reports (`WARM_UP_PIECES`) a started worker analyses, after the sample
 * that builds the gazetteer and compiles the code. Measured in the worker (its thread's time,
 * Chrome's tracing, three launches each): the first new article's analysis took 42-53 ms after
 * the sample alone and 32-36 ms after three rounds (about 50 ms of warm-up in 21 tasks), the
 * second 57-93 against 28-32 ms; further rounds gained less.
 */
const ROUNDS_AT_START = 3;

export interface Warmer {
  /** A tab navigated to `url`: the sample in pieces, unless a warm-up is under way. */
  (url: string): void;
  /** The worker started: the sample, then `ROUNDS_AT_START` rounds. */
  started(): void;
  /** An article arrived: its own analysis warms the worker, so the pieces still to come are dropped. */
  stop(): void;
}

/**
 * Readies the worker for the articles pages will send, in pieces of a task each.
 *
 * When a tab navigates to a web page, its content script may send an article a page load (a
 * tenth of a second and more) later: time in which the sample's pieces (a millisecond or so
 * each) warm the worker again after it sat idle, its heap shrunk back (in the highlight bench,
 * two A/B runs at load 3-6, the page's analysis took 2-5 ms less at the median and a third less
 * in its slowest tenth). Navigations in a burst (redirects, several tabs) share one warm-up. A
 * started worker first analyses the sample, then several rounds of the reports.
 *
 * An article that arrives meanwhile stops the pieces (`stop`): a page that sends its article
 * early (it reads the settings as it starts, and a fast page is parsed in milliseconds) would
 * otherwise wait in the worker's queue behind the whole warm-up, which on a loaded machine took
 * tens of milliseconds (the highlight bench saw arrivals 40-80 ms after the send).
 */
export function warmer(
  later: (task: () => void) => void = (task) => void setTimeout(task, 0),
  ready?: Promise<unknown>,
): Warmer {
  // With `ready` (the gazetteer being unpacked, `shared/gazetteer-file.ts`), nothing is
  // analysed before it settles: a piece run sooner would find no index to read with.
  const schedule = (task: () => void) => (ready ? void ready.then(() => later(task)) : later(task));
  let queued: readonly ArticleInput[] = [];
  const piece = () => {
    const [next, ...rest] = queued;
    if (!next) return;
    queued = rest;
    analyseSample(next);
    if (queued.length > 0) later(piece);
  };
  const run = (pieces: readonly ArticleInput[]) => {
    const idle = queued.length === 0;
    queued = pieces;
    if (idle) schedule(piece);
  };
  const warm = (url: string) => {
    if (queued.length > 0 || !/^https?:/.test(url)) return;
    run(ON_NAVIGATION);
  };
  return Object.assign(warm, {
    started: () =>
      run([SAMPLE, ...Array.from({ length: ROUNDS_AT_START }, () => WARM_UP_PIECES).flat()]),
    stop: () => {
      queued = [];
    },
  });
}
