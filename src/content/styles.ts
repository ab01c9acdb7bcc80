/**
 * The marks' look, injected once per page. Claims are underlined by status, entities tinted by
 * kind, in translucent colours that leave the page's own text colour in charge. A dark page
 * gets its own palette (see `page-look.ts`): lighter underlines and a flash that light text
 * stays readable on. `all: unset` keeps page rules written for any element from restyling our
 * marks. What is hidden is said by attributes on the root, so hiding never touches the marks.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../shared/settings.ts';

const KINDS_OFF_ATTRIBUTE = 'data-crosscheck-kinds-off';

const CSS = `
cc-mark { all: unset; display: inline; border-radius: 2px; }
cc-mark[data-kind="claim"] {
  text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 0.22em; text-decoration-skip-ink: none;
}
cc-mark[data-status="new"] { text-decoration-style: dotted; text-decoration-color: rgb(70 120 230 / 0.9); }
cc-mark[data-status="corroborated"] { text-decoration-style: solid; text-decoration-color: rgb(30 160 90 / 0.9); }
cc-mark[data-status="contradicted"] { text-decoration-style: wavy; text-decoration-color: rgb(225 55 55 / 0.95); }
cc-mark[data-kind="place"] { background-color: rgb(0 150 170 / 0.16); }
cc-mark[data-kind="official"] { background-color: rgb(235 150 0 / 0.2); }
cc-mark[data-kind="organization"] { background-color: rgb(150 90 230 / 0.17); }
cc-mark[tabindex]:focus-visible { outline: 2px solid rgb(70 120 230); outline-offset: 1px; }
cc-mark[data-flash] { animation: cc-mark-flash 1.6s ease-out; }
@keyframes cc-mark-flash {
  0%, 35% { background-color: rgb(255 205 0 / 0.65); box-shadow: 0 0 0 3px rgb(255 205 0 / 0.65); }
  100% { box-shadow: 0 0 0 3px transparent; }
}
@media (prefers-reduced-motion: reduce) {
  cc-mark[data-flash] { animation: none; outline: 3px solid rgb(255 205 0); }
}
:root[data-crosscheck-palette="dark"] cc-mark[data-status="new"] { text-decoration-color: rgb(150 180 255); }
:root[data-crosscheck-palette="dark"] cc-mark[data-status="corroborated"] { text-decoration-color: rgb(100 220 150); }
:root[data-crosscheck-palette="dark"] cc-mark[data-status="contradicted"] { text-decoration-color: rgb(255 130 130); }
:root[data-crosscheck-palette="dark"] cc-mark[data-kind="place"] { background-color: rgb(40 190 210 / 0.2); }
:root[data-crosscheck-palette="dark"] cc-mark[data-kind="official"] { background-color: rgb(240 160 20 / 0.2); }
:root[data-crosscheck-palette="dark"] cc-mark[data-kind="organization"] { background-color: rgb(170 120 255 / 0.22); }
:root[data-crosscheck-palette="dark"] cc-mark[tabindex]:focus-visible { outline-color: rgb(150 180 255); }
:root[data-crosscheck-palette="dark"] cc-mark[data-flash] { animation-name: cc-mark-flash-dark; }
@keyframes cc-mark-flash-dark {
  0%, 35% { background-color: rgb(150 110 0 / 0.6); box-shadow: 0 0 0 3px rgb(255 205 0 / 0.7); }
  100% { box-shadow: 0 0 0 3px transparent; }
}
:root[data-crosscheck-highlights="hidden"] cc-mark,
${HIGHLIGHT_KINDS.map((kind) => `:root[${KINDS_OFF_ATTRIBUTE}~="${kind}"] cc-mark[data-kind="${kind}"]`).join(',\n')} {
  background-color: transparent !important; text-decoration-line: none !important;
  animation: none !important; outline: none !important; box-shadow: none !important;
}
`;

/** The marks' tag (the highlighter's `MARK`, repeated to keep this module free of its imports). */
const MARK_TAG = 'cc-mark';

const STYLE_ID = 'crosscheck-mark-styles';

export function installMarkStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

const HIDDEN_ATTRIBUTE = 'data-crosscheck-highlights';

/** Shows or hides every highlight at once through one attribute on the root. */
export function setHighlightsVisible(doc: Document, visible: boolean): void {
  if (visible) doc.documentElement.removeAttribute(HIDDEN_ATTRIBUTE);
  else doc.documentElement.setAttribute(HIDDEN_ATTRIBUTE, 'hidden');
  syncTabStops(doc);
}

export function highlightsVisible(doc: Document): boolean {
  return doc.documentElement.getAttribute(HIDDEN_ATTRIBUTE) !== 'hidden';
}

/**
 * Hides the highlights of the given kinds (the reader turned them off in the settings) and
 * shows the others, at once: the marks stay in the page, so turning a kind back on needs no
 * second reading of the article.
 */
export function setHiddenKinds(doc: Document, kinds: readonly HighlightKind[]): void {
  const root = doc.documentElement;
  if (kinds.length === 0) root.removeAttribute(KINDS_OFF_ATTRIBUTE);
  else root.setAttribute(KINDS_OFF_ATTRIBUTE, [...kinds].sort().join(' '));
  syncTabStops(doc);
}

/** Whether a mark is drawn: highlights are shown and its kind is not turned off. */
export function markShown(mark: Element): boolean {
  const root = mark.ownerDocument.documentElement;
  if (root.getAttribute(HIDDEN_ATTRIBUTE) === 'hidden') return false;
  const off = root.getAttribute(KINDS_OFF_ATTRIBUTE)?.split(' ') ?? [];
  return !off.includes(mark.getAttribute('data-kind') ?? '');
}

/**
 * A hidden highlight is no tab stop: the claims' stops leave the tab order while they are not
 * drawn (tabindex -1) and come back with them. Marks are made with the stop this gives them
 * (see `Highlighter`); this brings those already in the page in line when visibility changes.
 */
export function syncTabStops(doc: Document): void {
  for (const mark of doc.querySelectorAll(`${MARK_TAG}[data-kind="claim"][tabindex]`)) {
    const stop = markShown(mark) ? '0' : '-1';
    if (mark.getAttribute('tabindex') !== stop) mark.setAttribute('tabindex', stop);
  }
}
