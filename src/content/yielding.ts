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

/**
 * A hidden tab draws no frames: its marks are not waited for longer than this. Also the most a
 * visible tab's frame is waited for.
 */
const FRAME_WAIT_MS = 100;

/**
 * Resolves in a task after the browser has drawn the next frame (its style, layout and paint
 * done), so what the caller does next is not in the way of that frame. Without animation
 * frames (a test's DOM), after a task; in a tab that draws none (hidden), after `FRAME_WAIT_MS`.
 */
export function afterNextFrame(view: Window | null): Promise<void> {
  return new Promise((resolve) => {
    if (typeof view?.requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    view.requestAnimationFrame(() => {
      clearTimeout(fallback);
      // Animation frame callbacks run before the frame's rendering; a task queued now runs after it.
      setTimeout(resolve, 0);
    });
  });
}
