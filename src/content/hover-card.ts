/**
 * The card that opens over a highlight: a `<cc-card>` host with an open shadow root, so the
 * page's styles cannot reach inside and ours cannot leak out. It opens on hover and on keyboard
 * focus, closes on leaving, Escape, blur and scrolling, and is placed beside the highlighted
 * words (below, else above), never over them, and inside the viewport.
 */
import { guarded } from './guarded.ts';
import { MARK } from './highlighter.ts';
import { highlightsVisible } from './styles.ts';

/** Builds the card for a mark, or null when there is nothing to say about it. */
export type CardContent = (mark: HTMLElement) => HTMLElement | null;

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 250;
const GAP = 6;
const MARGIN = 8;

const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 10px 12px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330;
  background: #fff; border: 1px solid rgb(0 0 0 / 0.14); border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); overflow-wrap: anywhere; max-height: 60vh; overflow-y: auto;
}
.name { font-weight: 600; font-size: 14px; }
.kind, .history, .outlet, .more, .attribution { color: #5a6272; }
.spellings, .history, .attribution { margin-top: 4px; }
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
      guarded(() => this.close()),
      options,
    );
    doc.addEventListener(
      'keydown',
      guarded((event: KeyboardEvent) => this.onKey(event)),
      options,
    );
    view?.addEventListener(
      'scroll',
      guarded(() => this.close()),
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

  open(mark: HTMLElement, pointer?: { x: number; y: number }): void {
    this.cancelTimer();
    if (!highlightsVisible(this.doc)) return this.close();
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
    if (!target || target === this.host || target.nodeType !== 1) return;
    // A link holding a highlight is focused instead of the highlight itself.
    const inControl = /^(?:A|BUTTON)$/i.test(target.nodeName)
      ? (target as Element).querySelector(MARK)
      : null;
    const mark = markAt(target) ?? (inControl as HTMLElement | null);
    if (mark) this.open(mark);
    else this.close();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openFor) this.close();
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
    const shadow = host.attachShadow({ mode: 'open' });
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
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { top, left } = cardPosition(anchor ?? { top: 0, bottom: 0, left: 0 }, size, viewport);
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
 * Where a card goes: below the highlighted line when it fits, else above it, else on the
 * roomier side; always clear of the line itself, and shifted left to stay in the viewport.
 */
export function cardPosition(
  anchor: Anchor,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = viewport.height - anchor.bottom >= anchor.top ? below : above;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { top, left };
}

function markAt(node: Node | null): HTMLElement | undefined {
  if (!node) return undefined;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return (element?.closest(MARK) as HTMLElement | null) ?? undefined;
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
