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
  later(() => {
    try {
      analyse(SAMPLE);
    } catch (error) {
      console.error('Crosscheck: the analysis failed on its warm-up sample', error);
    }
  });
}
