/**
 * Readies a freshly started worker for the article a page is about to send. A start is mostly a
 * page loading: its navigation wakes the worker well before its content script has extracted
 * the article, and that gap is where the history's opening and the analysis's first run (the
 * gazetteer built, the analysis's code compiled) belong, rather than in the reader's wait.
 */
import { analyse } from '../core/analyse.ts';
import type { ArticleInput } from '../core/model.ts';

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
 * Opens the history now, and runs the analysis once over a sample in a task of its own (`later`),
 * so the event that woke the worker is handled first. Failures are logged: the reading that
 * follows meets them again and reports them to the reader.
 */
export function warmUp(
  openHistory: () => Promise<unknown>,
  later: (task: () => void) => void = (task) => void setTimeout(task, 0),
): void {
  openHistory().catch((error: unknown) =>
    console.error('Crosscheck: could not open the history', error),
  );
  later(() => analyseSample(SAMPLE));
}

/**
 * As much as an article's analysis allocates: the sample's text twenty times over (a few hundred
 * words), in `PIECES` pieces. The tiny sample compiles the code, but a worker left idle since its
 * last reading (its heap shrunk back by then) also analyses the next article slower, a third
 * slower even unloaded.
 */
const PIECES = 4;
const PIECE: ArticleInput = { ...SAMPLE, body: `${SAMPLE.body} `.repeat(20 / PIECES) };

export interface Warmer {
  /** A tab navigated to `url`. */
  (url: string): void;
  /** An article arrived: its own analysis warms the worker, so the pieces still to come are dropped. */
  stop(): void;
}

/**
 * Readies a running worker whenever a tab navigates to a web page, for the article its content
 * script may send: the navigation comes a page load (a tenth of a second and more) before it,
 * time in which the analysis of a sample (a few milliseconds, in a task of its own) warms the
 * worker again after it sat idle. In the highlight bench (two A/B runs at load 3-6) the page's
 * analysis took 2-5 ms less at the median and a third less in its slowest tenth. Navigations in
 * a burst (redirects, several tabs) share one run.
 *
 * The sample is analysed in pieces, a task each, and an article that arrives meanwhile stops
 * them (`stop`): a page that sends its article early (it reads the settings as it starts, and a
 * fast page is parsed in milliseconds) would otherwise wait in the worker's queue behind the
 * whole warm-up, which on a loaded machine took tens of milliseconds (the highlight bench saw
 * arrivals 40-80 ms after the send).
 */
export function warmerOnNavigation(
  later: (task: () => void) => void = (task) => void setTimeout(task, 0),
): Warmer {
  let left = 0;
  const piece = () => {
    if (left === 0) return;
    left -= 1;
    analyseSample(PIECE);
    if (left > 0) later(piece);
  };
  const warm = (url: string) => {
    if (left > 0 || !/^https?:/.test(url)) return;
    left = PIECES;
    later(piece);
  };
  return Object.assign(warm, {
    stop: () => {
      left = 0;
    },
  });
}
