/**
 * The marks' look, injected once per page. Claims are underlined by status, entities tinted by
 * kind; translucent colours so the same styles read on light and dark pages. `all: unset` keeps
 * page rules written for any element from restyling our marks.
 */
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
:root[data-crosscheck-highlights="hidden"] cc-mark {
  background-color: transparent !important; text-decoration-line: none !important; animation: none !important;
}
`;

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
}

export function highlightsVisible(doc: Document): boolean {
  return doc.documentElement.getAttribute(HIDDEN_ATTRIBUTE) !== 'hidden';
}
