/**
 * What follows a page's answer (its hover cards' read, then its report's write), held until the
 * page has drawn its highlights. The write is IndexedDB work in this worker and in the browser
 * process: started with the answer, on a machine of two cores it ran beside the page's marking
 * and the frame that draws the marks, and made that frame take up to twice as long. The page
 * asks for its cards once that frame is drawn, which starts them. Anything in this worker that
 * opens the history starts every one held first, so the next article's check never reads the
 * history without a report already answered; a page that never asks (it went elsewhere first)
 * has them started after `FOLLOW_UP_WAIT_MS`.
 */

/** Runs `task` after `ms` (a timer; tests pass their own). */
type Later = (task: () => void, ms: number) => void;

/** The longest a page's cards and write wait for the page to ask for its cards. */
export const FOLLOW_UP_WAIT_MS = 300;

export function followUps(later: Later) {
  const held = new Map<string, () => void>();
  const key = (tabId: number, url: string) => `${tabId} ${url}`;
  return {
    /** Holds `start` for the page of `url` in tab `tabId`; it runs once, whatever starts it. */
    hold(tabId: number, url: string, start: () => void): void {
      const page = key(tabId, url);
      // The same page answered again before it asked: the earlier answer's work goes first.
      held.get(page)?.();
      let started = false;
      const run = () => {
        if (started) return;
        started = true;
        if (held.get(page) === run) held.delete(page);
        start();
      };
      held.set(page, run);
      later(run, FOLLOW_UP_WAIT_MS);
    },
    /** Starts what is held for the page of `url` in tab `tabId`, if anything is. */
    release(tabId: number, url: string): void {
      held.get(key(tabId, url))?.();
    },
    /** Starts everything held, in the order held. */
    releaseAll(): void {
      for (const run of [...held.values()]) run();
    },
  };
}
