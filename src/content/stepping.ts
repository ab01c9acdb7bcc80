/**
 * Moving between claims from the keyboard: the next (or previous) claim on the page takes the
 * focus, is scrolled into view, and its card opens (the card follows focus, see `hover-card.ts`).
 *
 * Two routes lead here: the browser's shortcut (manifest `commands`, sent on by the background
 * as `page/step`) and the same keys pressed in the page, for when the browser gave the
 * shortcut to another extension. The page's own use of a key always wins: nothing happens in
 * a text field or an editable region, or when the page already handled the key.
 */
import type { StepDirection } from '../shared/protocol.ts';
import { guarded } from './guarded.ts';
import { CONTROLS, MARK } from './highlighter.ts';
import { markShown } from './styles.ts';

/**
 * Alt+Shift+J and Alt+Shift+K (down and up, as in many readers; Chromium keeps Alt+Shift+N and
 * P for itself), by key position so that macOS's Option characters do not matter.
 */
const KEYS: Record<string, StepDirection> = { KeyJ: 'next', KeyK: 'previous' };

/** One tab stop per claim: the mark the highlighter made focusable, else the link or button holding it. */
function stops(doc: Document): HTMLElement[] {
  const seen = new Set<string>();
  const found: HTMLElement[] = [];
  for (const mark of doc.querySelectorAll<HTMLElement>(`${MARK}[data-kind="claim"]`)) {
    const id = mark.getAttribute('data-claim') ?? '';
    if (seen.has(id) || !markShown(mark)) continue;
    seen.add(id);
    const stop = mark.hasAttribute('tabindex')
      ? mark
      : mark.parentElement?.closest<HTMLElement>(CONTROLS);
    if (stop) found.push(stop);
  }
  return found;
}

/** The claim id a focused element stands for: a claim mark, a mark inside it, or a link holding one. */
function claimOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  const mark =
    element.closest(`${MARK}[data-kind="claim"]`) ??
    (element.matches(CONTROLS) ? element.querySelector(`${MARK}[data-kind="claim"]`) : null);
  return mark?.getAttribute('data-claim') ?? undefined;
}

/**
 * Focuses the next or previous claim, wrapping around at the ends. With no claim focused, "next"
 * starts at the first claim at or below the top of the window and "previous" at the last one
 * above its bottom. False when the page shows no claim.
 */
export function stepClaims(doc: Document, direction: StepDirection): boolean {
  const all = stops(doc);
  if (all.length === 0) return false;
  const current = claimOf(doc.activeElement);
  let at = current === undefined ? -1 : all.findIndex((stop) => claimOf(stop) === current);
  let target: HTMLElement | undefined;
  if (at >= 0) {
    at = (at + (direction === 'next' ? 1 : -1) + all.length) % all.length;
    target = all[at];
  } else {
    const height = doc.defaultView?.innerHeight ?? 0;
    target =
      direction === 'next'
        ? (all.find((stop) => stop.getBoundingClientRect().top >= 0) ?? all[0])
        : ([...all].reverse().find((stop) => stop.getBoundingClientRect().bottom <= height) ??
          all[all.length - 1]);
  }
  if (!target) return false;
  // Scrolled first, so the card opened by the focus is placed where the claim ends up.
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

/** Whether a key press belongs to something the reader is typing into. */
function typing(event: KeyboardEvent): boolean {
  const target = (event.composedPath?.()[0] ?? event.target) as Element | null;
  if (!target || target.nodeType !== 1) return false;
  if (/^(?:INPUT|TEXTAREA|SELECT)$/i.test(target.nodeName)) return true;
  return (target as HTMLElement).isContentEditable === true;
}

/**
 * Listens for the page-level keys. `onStep` is told each step taken, so that the same key
 * arriving again as the browser's command can be recognised. Returns the unsubscriber.
 */
export function listenForStepKeys(
  doc: Document,
  onStep: (direction: StepDirection) => void,
): () => void {
  const controller = new AbortController();
  // Bubbling phase on the window: every handler of the page has had its turn by then.
  doc.defaultView?.addEventListener(
    'keydown',
    guarded((event: KeyboardEvent) => {
      const direction = KEYS[event.code];
      if (!direction || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      if (event.defaultPrevented || event.repeat || typing(event)) return;
      if (!stepClaims(doc, direction)) return;
      event.preventDefault();
      onStep(direction);
    }),
    { signal: controller.signal },
  );
  return () => controller.abort();
}
