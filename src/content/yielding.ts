/**
 * Giving the page its main thread back. Our work on a large page (surveying 50,000 elements,
 * wrapping hundreds of highlights) is cut into slices of `SLICE_MS`; between slices the page's
 * own input handlers, timers and rendering run, so no task of ours is long enough for a reader
 * to notice (a long task is 50 ms).
 */

/** Time slice per stretch of work: well under a frame, so scrolling and typing stay smooth. */
export const SLICE_MS = 8;

/**
 * Resolves after the page has had a turn: a new task at the back of the queue, behind the
 * page's own timers and events. (`scheduler.yield()` would put our continuation ahead of them,
 * so a page's timers would still wait for all of our slices.)
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for slices; `performance` is missing in some test environments. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
