/**
 * The headline as the page shows it. The analysed text opens with the headline the page
 * declares, which the body never repeats, so a claim or place in it has nowhere to be marked
 * unless the page's own headline element is found and written like the body. Only an element
 * that reads exactly as the declared headline will do: when a site's og:title says something
 * else than its <h1>, offsets into the one would mark the wrong words of the other.
 */
import { UNREAD_ELEMENTS, type PageSurvey } from './page-survey.ts';
import { BodyWriter } from './text-map.ts';

/** Blocks a headline may be built of; each parts words from its neighbours. */
const BLOCKS = new Set('DIV P SECTION HEADER HGROUP'.split(' '));
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** A headline is a few dozen nodes at most; this bounds a heading that wraps something else. */
const MAX_HEADING_NODES = 2_000;
/** A headline element holding much more text than the title wraps more than the headline. */
const SLACK_CHARS = 200;

/**
 * A writer that has written the page's headline element from its live Text nodes, when one
 * reads exactly as `title`: the `<h1>` nearest the body's first words first, then any `<h1>`,
 * then any `<h2>`. Never touches the page.
 */
export function writeHeadline(
  survey: PageSurvey,
  title: string,
  bodyNode: Node | undefined,
): BodyWriter | undefined {
  const wanted = title.replace(/\s+/g, ' ').trim();
  if (!wanted) return undefined;
  const candidates = survey.headings
    .filter((element) => (element.textContent ?? '').length <= wanted.length * 2 + SLACK_CHARS)
    .map((element, order) => ({ element, order, rank: rank(element, bodyNode) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const { element } of candidates) {
    if (!isShown(element)) continue;
    const writer = new BodyWriter();
    writeHeading(element, writer);
    if (writer.text === wanted) return writer;
  }
  return undefined;
}

/**
 * Lower ranks first: an `<h1>` before an `<h2>`, and among them the one whose nearest common
 * ancestor with the body is deepest, which is the headline inside or just above the story.
 */
function rank(element: Element, bodyNode: Node | undefined): number {
  const level = element.nodeName.toUpperCase() === 'H1' ? 0 : 1_000_000;
  if (!bodyNode) return level;
  let depth = 0;
  let shared: Node | null = null;
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (!shared && node.contains(bodyNode)) shared = node;
    if (shared) depth++;
  }
  // Deeper shared ancestors count `depth` higher; the constant keeps every rank of a level apart.
  return level + 10_000 - Math.min(depth, 10_000);
}

/** Hidden by the page's markup, or, in a browser that can tell, not rendered. */
function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenByMarkup(node)) return false;
  }
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

function isHiddenByMarkup(element: Element): boolean {
  return (
    UNREAD_ELEMENTS.has(element.nodeName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}

/**
 * The headline's words with whitespace collapsed as a browser renders them, each run tied to its
 * live Text node. A line break or a block inside the headline parts words as a space does; that
 * space has no node behind it, so it maps to nothing on the page.
 */
function writeHeading(
  parent: Node,
  writer: BodyWriter,
  budget = { nodes: MAX_HEADING_NODES },
): void {
  for (let node = parent.firstChild; node && budget.nodes-- > 0; node = node.nextSibling) {
    if (node.nodeType === 3) {
      writer.write((node as Text).data, node as Text);
      continue;
    }
    if (node.nodeType !== 1 || isHiddenByMarkup(node as Element)) continue;
    const name = node.nodeName.toUpperCase();
    const parts = name === 'BR' || BLOCKS.has(name);
    if (parts) writer.write(' ');
    writeHeading(node, writer, budget);
    if (parts) writer.write(' ');
  }
}
