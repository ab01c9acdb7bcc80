/**
 * Wraps page text in `<cc-mark>` elements and takes them out again.
 *
 * Each Text node is handled on its own: it is split at every boundary of every highlight that
 * touches it, then each non-blank piece is wrapped, claims outermost and entities inside them.
 * Because no node's work depends on another's, the work is cut into small time slices so a long
 * page never freezes, and can be abandoned half way. Unless a piece sits where a custom element
 * is not allowed, the page's own elements are never touched: a mark inside a link leaves the
 * link doing what it did.
 */
import type { ClaimStatus, EntityType } from '../core/model.ts';
import type { NodeRange } from '../extract/index.ts';
import { markShown } from './styles.ts';
import { now, SLICE_MS, yieldToPage } from './yielding.ts';

export type HighlightKind = 'claim' | EntityType;

export interface Highlight {
  kind: HighlightKind;
  /** Claim id for claims, entity id for places, officials and organisations. */
  id: string;
  status?: ClaimStatus;
  ranges: NodeRange[];
}

export const MARK = 'cc-mark';
/**
 * Controls that are tab stops of their own: a claim inside one is reached through it. Any other
 * element with a tabindex (a `<main tabindex="-1">` skip-link target, a scroller) is no control,
 * and the claims inside it still get their own stops.
 */
export const CONTROLS = 'a[href], button, summary, [role="button"], [role="link"]';

/** Elements whose text cannot hold, or must not get, an element of ours. */
const NO_MARKS = new Set([
  'SCRIPT',
  'STYLE',
  'TEXTAREA',
  'OPTION',
  'SELECT',
  'TITLE',
  'NOSCRIPT',
  'TEMPLATE',
]);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/**
 * Text nodes checked, then marked, together. Whether a node's element can hold marks asks for
 * its computed editability, which the browser answers only with the page's style up to date:
 * asked between insertions, every answer would restyle the page again (a forced style
 * recalculation per node, most of the wrapping's time on a long article). Asked for a batch
 * before any of its marks is written, the page is restyled once per batch.
 */
const BATCH = 50;

interface Part {
  start: number;
  end: number;
  highlight: Highlight;
  order: number;
}

export class Highlighter {
  private readonly marks: HTMLElement[] = [];
  /** Text nodes split off the page's own; merged back into their origin on removal. */
  private readonly tails: Text[] = [];
  private readonly focusable = new Set<string>();

  constructor(private readonly doc: Document) {}

  /** Every mark placed so far, in the order placed. */
  get placed(): readonly HTMLElement[] {
    return this.marks;
  }

  /**
   * Marks the highlights, a time slice at a time, each mark written with its final attributes
   * (status, tab stop) so the page is not restyled for them again. Resolves when done or when
   * `signal` aborts (what was marked by then stays, and `remove` takes it out). Resolves in a
   * task after the last slice, so the browser draws the marks before the caller's next work.
   */
  async add(highlights: Highlight[], signal?: AbortSignal): Promise<void> {
    const work = new Map<Text, Part[]>();
    highlights.forEach((highlight, order) => {
      for (const range of highlight.ranges) {
        if (range.end <= range.start) continue;
        const parts = work.get(range.node) ?? [];
        parts.push({ start: range.start, end: range.end, highlight, order });
        work.set(range.node, parts);
      }
    });
    const nodes = [...work.entries()];
    let next = 0;
    while (next < nodes.length) {
      if (signal?.aborted) return;
      const sliceEnd = now() + SLICE_MS;
      while (next < nodes.length && now() < sliceEnd) {
        const batch = nodes.slice(next, next + BATCH);
        next += batch.length;
        const holders = batch.map(([node]) => {
          const parent = node.parentNode;
          return parent && canHoldMarks(parent) ? parent : null;
        });
        batch.forEach(([node, parts], i) => {
          if (holders[i] && node.parentNode === holders[i]) this.markNode(node, parts);
        });
      }
      await yieldToPage();
    }
  }

  /** Takes every mark out and joins the split text back together. */
  remove(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const tail of this.tails) {
      const before = tail.previousSibling;
      if (tail.parentNode && before && before.nodeType === 3) {
        (before as Text).appendData(tail.data);
        tail.parentNode.removeChild(tail);
      }
    }
    this.marks.length = 0;
    this.tails.length = 0;
    this.focusable.clear();
  }

  /**
   * Splits and wraps one Text node, whose parent the caller found can hold marks. The pieces
   * after the first, and every mark, are built outside the page and put in with one insertion;
   * the node itself keeps the first piece (a page's script may hold it) and moves into its marks
   * once. Split and wrapped in the page piece by piece, each of the three or so changes per mark
   * was a live change to lay out and report to the page's observers: most of the marking's time.
   */
  private markNode(node: Text, parts: Part[]): void {
    const data = node.data;
    const length = data.length;
    const cuts = new Set<number>();
    for (const part of parts) {
      if (part.start > 0 && part.start < length) cuts.add(part.start);
      if (part.end > 0 && part.end < length) cuts.add(part.end);
    }
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), length];
    // Whether the text sits in a control (a link, a button), which is a tab stop already.
    const inControl = node.parentElement?.closest(CONTROLS) != null;
    const built = this.doc.createDocumentFragment();
    let first: { outer: HTMLElement; inner: HTMLElement } | undefined;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i]!;
      const end = bounds[i + 1]!;
      const text = i === 0 ? node : this.doc.createTextNode(data.slice(start, end));
      if (i > 0) this.tails.push(text);
      // A blank piece may sit between table rows or list items, where an element would be misplaced.
      const covering = /\S/.test(data.slice(start, end))
        ? parts
            .filter((part) => part.start <= start && part.end >= end)
            .sort((a, b) => rank(a.highlight) - rank(b.highlight) || a.order - b.order)
        : [];
      const chain = this.marksFor(covering, inControl);
      if (i === 0) {
        if (chain) {
          first = chain;
          built.appendChild(chain.outer);
        }
      } else if (chain) {
        chain.inner.appendChild(text);
        built.appendChild(chain.outer);
      } else {
        built.appendChild(text);
      }
    }
    if (bounds.length > 2) node.data = data.slice(0, bounds[1]);
    const parent = node.parentNode!;
    if (first) {
      parent.insertBefore(built, node);
      first.inner.appendChild(node);
    } else if (built.firstChild) {
      parent.insertBefore(built, node.nextSibling);
    }
  }

  /** The marks around one piece, claims outermost, made outside the page; none when nothing covers it. */
  private marksFor(
    covering: readonly Part[],
    inControl: boolean,
  ): { outer: HTMLElement; inner: HTMLElement } | undefined {
    let outer: HTMLElement | undefined;
    let inner: HTMLElement | undefined;
    for (const part of covering) {
      const mark = this.mark(part.highlight, inControl);
      if (inner) inner.appendChild(mark);
      else outer = mark;
      inner = mark;
    }
    return outer && inner ? { outer, inner } : undefined;
  }

  private mark(highlight: Highlight, inControl: boolean): HTMLElement {
    const mark = this.doc.createElement(MARK);
    mark.setAttribute('data-kind', highlight.kind);
    if (highlight.kind === 'claim') {
      mark.setAttribute('data-claim', highlight.id);
      if (highlight.status) mark.setAttribute('data-status', highlight.status);
      // One tab stop per claim, and none inside a link or button, which are tab stops already;
      // out of the tab order while claims are hidden (see `syncTabStops`).
      if (!this.focusable.has(highlight.id) && !inControl) {
        mark.setAttribute('tabindex', markShown(mark) ? '0' : '-1');
        this.focusable.add(highlight.id);
      }
    } else {
      mark.setAttribute('data-entity', highlight.id);
    }
    this.marks.push(mark);
    return mark;
  }
}

function rank(highlight: Highlight): number {
  return highlight.kind === 'claim' ? 0 : 1;
}

function canHoldMarks(parent: Node): boolean {
  if (parent.nodeType !== 1) return false;
  const element = parent as Element;
  return (
    element.namespaceURI === HTML_NAMESPACE &&
    !NO_MARKS.has(element.nodeName.toUpperCase()) &&
    // Text the reader can edit is never split or wrapped: it would break their typing and undo.
    (element as Partial<HTMLElement>).isContentEditable !== true
  );
}
