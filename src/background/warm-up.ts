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

/**
 * As long as an article's analysis allocates: the sample's text repeated (a few hundred words).
 * The tiny sample compiles the code, but a worker left idle since its last reading (its heap
 * shrunk back by then) also analyses the next article slower, a third slower even unloaded.
 */
const ARTICLE_SIZED: ArticleInput = { ...SAMPLE, body: `${SAMPLE.body} `.repeat(20) };

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
 * Readies a running worker whenever a tab navigates to a web page, for the article its content
 * script may send: the navigation comes a page load (a tenth of a second and more) before it,
 * time in which the analysis of a sample (a few milliseconds, in a task of its own) warms the
 * worker again after it sat idle. In the highlight bench (two A/B runs at load 3-6) the page's
 * analysis took 2-5 ms less at the median and a third less in its slowest tenth. Navigations in
 * a burst (redirects, several tabs) share one run.
 */
export function warmerOnNavigation(
  later: (task: () => void) => void = (task) => void setTimeout(task, 0),
): (url: string) => void {
  let waiting = false;
  return (url) => {
    if (waiting || !/^https?:/.test(url)) return;
    waiting = true;
    later(() => {
      waiting = false;
      analyseSample(ARTICLE_SIZED);
    });
  };
}
