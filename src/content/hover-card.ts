/**
 * The card that opens over a highlight: a `<cc-card>` host with a closed shadow root, so the
 * page's styles cannot reach inside and ours cannot leak out, and the page's scripts cannot read
 * it: the card quotes other outlets' headlines and sentences from the reader's history, which
 * would tell any page what else its reader has read. It opens on hover and on keyboard
 * focus, closes on leaving, Escape and blur, follows its highlight when the page scrolls (and
 * closes once the highlight has left the window), and is placed beside the highlighted words
 * (below, else above), never over them, and inside the viewport: in a small window it is cut
 * to the room beside the words and scrolls inside itself.
 */
import { guarded } from './guarded.ts';
import { CONTROLS, MARK } from './highlighter.ts';
import { markShown } from './styles.ts';

/** Builds the card for a mark, or null when there is nothing to say about it. */
export type CardContent = (mark: HTMLElement) => HTMLElement | null;

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 250;
const GAP = 6;
const MARGIN = 8;
const MAX_WIDTH = 360;

const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 10px 12px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330;
  background: #fff; border: 1px solid rgb(0 0 0 / 0.14); border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); overflow-wrap: anywhere; overflow-y: auto;
  max-height: min(60vh, calc(100vh - 16px)); overscroll-behavior: contain;
}
.card:focus-visible { outline: 2px solid #2c58b8; outline-offset: 1px; }
.name { font-weight: 600; font-size: 14px; }
.kind, .history, .outlet, .more, .attribution { color: #5a6272; }
.spellings, .history, .attribution, .independence { margin-top: 4px; }
.independence { font-weight: 600; }
.status { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.chip { font-weight: 600; padding: 0 6px; border-radius: 4px; }
.chip.new { background: rgb(70 120 230 / 0.15); color: #2c58b8; }
.chip.corroborated { background: rgb(30 160 90 / 0.15); color: #17774a; }
.chip.contradicted { background: rgb(225 55 55 / 0.15); color: #b02a2a; }
.evidence { list-style: none; margin: 8px 0 0; padding: 0; }
.evidence li { padding: 6px 0 0; margin-top: 6px; border-top: 1px solid rgb(0 0 0 / 0.1); }
.headline { font-weight: 500; }
.quote { font-style: italic; }
.difference .ours, .difference .theirs { font-variant-numeric: tabular-nums; }
.difference .theirs { color: #b02a2a; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e9ef; background: #23262e; border-color: rgb(255 255 255 / 0.16); }
  .kind, .history, .outlet, .more, .attribution { color: #a5acb9; }
  .chip.new { color: #8fb0ff; } .chip.corroborated { color: #6fd3a0; }
  .chip.contradicted, .difference .theirs { color: #ff8f8f; }
  .evidence li { border-top-color: rgb(255 255 255 / 0.12); }
}
`;

export class HoverCards {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private openFor: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();
  private refocusing = false;

  constructor(
    private readonly doc: Document,
    private content: CardContent,
  ) {
    const options = { capture: true, signal: this.controller.signal };
    const view = doc.defaultView;
    doc.addEventListener(
      'mouseover',
      guarded((event: MouseEvent) => this.onOver(event)),
      options,
    );
    doc.addEventListener(
      'mouseout',
      guarded((event: MouseEvent) => this.onOut(event)),
      options,
    );
    doc.addEventListener(
      'focusin',
      guarded((event: FocusEvent) => this.onFocus(event)),
      options,
    );
    doc.addEventListener(
      'focusout',
      guarded((event: FocusEvent) => this.onBlur(event)),
      options,
    );
    doc.addEventListener(
      'keydown',
      guarded((event: KeyboardEvent) => this.onKey(event)),
      options,
    );
    view?.addEventListener(
      'scroll',
      guarded((event: Event) => this.onScroll(event)),
      { ...options, passive: true },
    );
    view?.addEventListener(
      'resize',
      guarded(() => this.close()),
      options,
    );
  }

  /** New data for the cards (the page was read again). */
  setContent(content: CardContent): void {
    this.content = content;
    this.close();
  }

  /** More of the same page's data (its history arrived): an open card is drawn again with it. */
  refresh(content: CardContent): void {
    this.content = content;
    const mark = this.openFor;
    if (mark?.isConnected) this.open(mark);
  }

  open(mark: HTMLElement, pointer?: { x: number; y: number }): void {
    this.cancelTimer();
    if (!markShown(mark)) return this.close();
    const body = this.content(mark);
    if (!body) return this.close();
    const { host, shadow } = this.ensureHost();
    shadow.querySelector('.card')?.remove();
    shadow.append(body);
    host.style.setProperty('visibility', 'hidden', 'important');
    host.style.setProperty('display', 'block', 'important');
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.place(host, body, anchorRect(mark, pointer));
    host.style.setProperty('visibility', 'visible', 'important');
    this.openFor = mark;
  }

  /** The highlight whose card is open, if any. */
  get openOn(): HTMLElement | undefined {
    return this.openFor;
  }

  close(): void {
    this.cancelTimer();
    this.openFor = undefined;
    this.host?.style.setProperty('display', 'none', 'important');
  }

  /** Removes the card and every listener. */
  destroy(): void {
    this.close();
    this.controller.abort();
    this.host?.remove();
    this.host = undefined;
  }

  private onOver(event: MouseEvent): void {
    const target = event.target as Node | null;
    if (target && target === this.host) return this.cancelTimer();
    const mark = markAt(target);
    if (!mark) return;
    if (this.openFor && sameHighlight(mark, this.openFor)) return this.cancelTimer();
    const pointer = { x: event.clientX, y: event.clientY };
    this.later(OPEN_DELAY_MS, () => this.open(mark, pointer));
  }

  private onOut(event: MouseEvent): void {
    const from =
      markAt(event.target as Node | null) ?? (event.target === this.host ? this.host : undefined);
    if (!from) return;
    const to = event.relatedTarget as Node | null;
    if (to && to === this.host) return this.cancelTimer();
    const toMark = markAt(to);
    if (toMark && this.openFor && sameHighlight(toMark, this.openFor)) return;
    if (this.openFor) this.later(CLOSE_DELAY_MS, () => this.close());
    else this.cancelTimer();
  }

  private onFocus(event: FocusEvent): void {
    const target = event.target as Node | null;
    if (this.refocusing || !target || target === this.host || target.nodeType !== 1) return;
    // A link holding a highlight is focused instead of the highlight itself.
    const inControl = (target as Element).matches(CONTROLS)
      ? [...(target as Element).querySelectorAll<HTMLElement>(MARK)].find(markShown)
      : undefined;
    const mark = markAt(target) ?? inControl;
    if (mark) this.open(mark);
    else this.close();
  }

  /** Focus moving into the card (to scroll it) or back to its highlight keeps it open. */
  private onBlur(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to && (to === this.host || (this.openFor && markAt(to) === this.openFor))) return;
    this.close();
  }

  /** The page scrolled: the card moves with its highlight, and closes once that is out of sight. */
  private onScroll(event: Event): void {
    const mark = this.openFor;
    if (!mark || !this.host || !this.shadow || event.target === this.host) return;
    const body = this.shadow.querySelector<HTMLElement>('.card');
    const anchor = anchorRect(mark);
    const height = this.doc.defaultView?.innerHeight ?? 0;
    if (!body || !mark.isConnected || !anchor || anchor.bottom < 0 || anchor.top > height)
      return this.close();
    this.place(this.host, body, anchor);
  }

  private onKey(event: KeyboardEvent): void {
    const mark = this.openFor;
    if (event.key !== 'Escape' || !mark) return;
    // Escape from inside a scrolling card gives the focus back to the words it describes.
    const back = this.host !== undefined && this.doc.activeElement === this.host;
    this.close();
    if (!back) return;
    // The focus returns without reopening the card the reader just closed.
    this.refocusing = true;
    try {
      (mark.closest<HTMLElement>(`${MARK}[tabindex], ${CONTROLS}`) ?? mark).focus();
    } finally {
      this.refocusing = false;
    }
  }

  private later(delay: number, action: () => void): void {
    this.cancelTimer();
    this.timer = setTimeout(guarded(action), delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private ensureHost(): { host: HTMLElement; shadow: ShadowRoot } {
    if (this.host && this.shadow) return { host: this.host, shadow: this.shadow };
    const host = this.doc.createElement('cc-card');
    for (const [name, value] of Object.entries({
      position: 'fixed',
      'z-index': '2147483647',
      top: '0',
      left: '0',
      margin: '0',
    })) {
      host.style.setProperty(name, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
    this.host = host;
    this.shadow = shadow;
    return { host, shadow };
  }

  private place(host: HTMLElement, card: HTMLElement, anchor: Anchor | undefined): void {
    const root = this.doc.documentElement;
    const view = this.doc.defaultView;
    const viewport = {
      width: root.clientWidth || view?.innerWidth || 0,
      height: root.clientHeight || view?.innerHeight || 0,
    };
    // Measured at its natural height (its stylesheet still caps it to the window), and no wider
    // than the page's own width: `100vw` in the stylesheet counts the scroll bar too.
    card.style.removeProperty('max-height');
    if (viewport.width > 0)
      card.style.setProperty('max-width', `${Math.min(MAX_WIDTH, viewport.width - 2 * MARGIN)}px`);
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { top, left, height } = cardPosition(
      anchor ?? { top: 0, bottom: 0, left: 0 },
      size,
      viewport,
    );
    if (height < size.height) card.style.setProperty('max-height', `${Math.floor(height)}px`);
    // A card that scrolls must be reachable without a mouse (and says so to assistive tools).
    if (card.scrollHeight > card.clientHeight + 1) card.setAttribute('tabindex', '0');
    else card.removeAttribute('tabindex');
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }
}

/** The highlight's vertical extent, and where its card lines up horizontally. */
export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

/**
 * Where a card goes, and how tall it may be: below the highlighted lines when it fits, else
 * above them, else on the roomier side, cut to the room there (it then scrolls inside). Always
 * clear of the highlighted lines, and shifted left to stay in the viewport.
 */
export function cardPosition(
  anchor: Anchor,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; height: number } {
  const below = anchor.bottom + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  let top: number;
  let height = card.height;
  if (card.height <= roomBelow) top = below;
  else if (card.height <= roomAbove) top = anchor.top - GAP - card.height;
  else if (roomBelow >= roomAbove) {
    height = Math.max(roomBelow, 0);
    top = below;
  } else {
    height = Math.max(roomAbove, 0);
    top = anchor.top - GAP - height;
  }
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { top, left, height };
}

/** The innermost drawn highlight at a node: a place turned off inside a claim gives the claim. */
function markAt(node: Node | null): HTMLElement | undefined {
  if (!node) return undefined;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let mark = element?.closest<HTMLElement>(MARK) ?? null;
  while (mark && !markShown(mark)) mark = mark.parentElement?.closest<HTMLElement>(MARK) ?? null;
  return mark ?? undefined;
}

function sameHighlight(a: HTMLElement, b: HTMLElement): boolean {
  const key = (mark: HTMLElement) =>
    `${mark.getAttribute('data-kind')}|${mark.getAttribute('data-claim') ?? mark.getAttribute('data-entity')}`;
  return a === b || key(a) === key(b);
}

/**
 * Where the card hangs: horizontally at the line under the pointer (a highlight may wrap), else
 * its first line; vertically clear of every line of the highlight, so a card opened on the first
 * line of a wrapped claim never covers its second.
 */
function anchorRect(mark: HTMLElement, pointer?: { x: number; y: number }): Anchor | undefined {
  const rects = Array.from(mark.getClientRects());
  // A claim is wrapped piece by piece (a place inside it splits it): every piece is its words.
  const claim = mark.getAttribute('data-claim');
  if (claim !== null) {
    for (const piece of mark.ownerDocument.querySelectorAll(`${MARK}[data-claim]`)) {
      if (piece !== mark && piece.getAttribute('data-claim') === claim)
        rects.push(...Array.from(piece.getClientRects()));
    }
  }
  if (rects.length === 0) return mark.getBoundingClientRect();
  const hit = pointer
    ? rects.find(
        (r) =>
          pointer.x >= r.left &&
          pointer.x <= r.right &&
          pointer.y >= r.top &&
          pointer.y <= r.bottom,
      )
    : undefined;
  return {
    left: (hit ?? rects[0] ?? mark.getBoundingClientRect()).left,
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}
