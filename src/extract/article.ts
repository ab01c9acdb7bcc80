/**
 * Finds the article in a page and writes its text from the page's own Text nodes.
 *
 * Readability decides what the article is, but it rewrites the document it reads, so it runs on
 * a clone: of the whole page when the page is small, of the story's neighbourhood when it is
 * large (see `story-excerpt.ts`). Before it runs, the clone is walked in step with the live
 * page: every clone Text node is paired with its live twin and every clone element is tagged
 * with its index. Readability moves most nodes rather than copying them, so the pairs survive;
 * when it re-parses the page (a retry with looser rules) the tags survive instead, and the text
 * is found again inside the tagged live element.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../core/model.ts';
import { writeHeadline } from './headline.ts';
import { pageMetadata, stripOutlet } from './metadata.ts';
import { storyExcerpt } from './story-excerpt.ts';
import {
  MAX_WALK_NODES,
  nextInside,
  surveyPage,
  UNREAD_ELEMENTS,
  type PageSurvey,
} from './page-survey.ts';
import {
  CHROME_ELEMENTS,
  findStoryContainer,
  hasWords,
  MIN_ARTICLE_WORDS,
} from './story-container.ts';
import { BodyWriter, type TextMap } from './text-map.ts';

export interface ExtractedArticle {
  article: ArticleInput;
  map: TextMap;
}

/**
 * Pages up to this many elements are read by Readability whole; its cost grows faster than the
 * page, and about 4,000 elements is what it reads in a few tens of milliseconds, one task that
 * the page does not feel. Larger pages give it only the story's neighbourhood, when their
 * paragraphs show where the story is.
 */
const MAX_WHOLE_PAGE_ELEMENTS = 4_000;
/** Pages beyond this are read without Readability, from the story's container alone. */
const MAX_READABILITY_ELEMENTS = 15_000;
const TAG = 'data-crosscheck-node';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/** `survey`, when the caller already surveyed the unchanged page (see `isArticlePage`), saves a walk. */
export function extractArticle(
  doc: Document,
  location: string,
  survey?: PageSurvey,
): ExtractedArticle | null {
  try {
    return extract(doc, location, survey);
  } catch {
    return null;
  }
}

function extract(
  doc: Document,
  location: string,
  surveyed: PageSurvey | undefined,
): ExtractedArticle | null {
  if (!doc.documentElement || !doc.body) return null;
  const survey = surveyed ?? surveyPage(doc);
  const metadata = pageMetadata(doc, location, survey);
  const read = readWithReadabilitySafely(doc, survey) ?? readLargestProse(survey);
  if (!read) return null;
  const named = read.title?.trim() || survey.title?.trim();
  const title = metadata.title ?? (named ? stripOutlet(named, metadata.source, metadata.url) : '');
  const map = read.writer.finish(title, writeHeadlineSafely(survey, title, read.writer.firstNode));
  const body = map.text.slice(map.bodyStart);
  // A placeholder or a teaser is not the article; the page may still render it (see PageWatch).
  if (!hasWords(body, MIN_ARTICLE_WORDS)) return null;
  const article: ArticleInput = { url: metadata.url, source: metadata.source, title, body };
  if (metadata.publishedAt) article.publishedAt = metadata.publishedAt;
  return { article, map };
}

/** A headline that cannot be found on the page costs its highlights, never the article. */
function writeHeadlineSafely(
  survey: PageSurvey,
  title: string,
  bodyNode: Node | undefined,
): BodyWriter | undefined {
  try {
    return writeHeadline(survey, title, bodyNode);
  } catch {
    return undefined;
  }
}

interface Reading {
  title?: string;
  writer: BodyWriter;
}

/** Readability throws on documents it cannot handle; the plain reading is the way out. */
function readWithReadabilitySafely(doc: Document, survey: PageSurvey): Reading | undefined {
  try {
    if (!doc.documentElement || survey.elementCount > MAX_READABILITY_ELEMENTS) return undefined;
    const excerpt =
      survey.elementCount > MAX_WHOLE_PAGE_ELEMENTS
        ? storyExcerpt(doc, survey, MAX_WHOLE_PAGE_ELEMENTS)
        : undefined;
    if (excerpt) return readWithReadability(excerpt.doc, pairClone(excerpt.live, excerpt.copy));
    // A small page, or a large one whose story is not written in paragraphs: all of it.
    const clone = doc.cloneNode(true) as Document;
    if (!clone.documentElement) return undefined;
    return readWithReadability(clone, pairClone(doc.documentElement, clone.documentElement));
  } catch {
    return undefined;
  }
}

/** Readability over `clone`; `twins` finds the live Text nodes of the clone's. */
function readWithReadability(clone: Document, twins: Twins): Reading | undefined {
  const parsed = new Readability<Element>(clone, {
    serializer: (element) => element as Element,
    maxElemsToParse: MAX_READABILITY_ELEMENTS,
    charThreshold: 300,
    // Class names tell bylines and standfirsts from the story (see isLeadFurniture).
    keepClasses: true,
  }).parse();
  const content = parsed?.content;
  if (!content) return undefined;
  const writer = new BodyWriter();
  writeElement(content, writer, (text) => twins.live(text));
  if (writer.empty) return undefined;
  const reading: Reading = { writer };
  if (parsed.title) reading.title = parsed.title;
  return reading;
}

interface Twins {
  /** The page's Text nodes that hold a clone Text node's text. */
  live(text: Text): Text[];
}

/**
 * The clone's Text nodes paired with the page's, from `live` and its copy `clone` down. Walks
 * both trees in step and gives up at the first difference in shape, leaving the rest to the
 * tag lookup.
 */
function pairClone(live: Element, clone: Element): Twins {
  const texts = new Map<Text, Text>();
  const elements: Element[] = [];
  const used = new Set<Text>();
  const scopes = new Map<Element, Scope>();
  let a: Node | null = live;
  let b: Node | null = clone;
  let count = 0;
  while (a && b && count++ < MAX_WALK_NODES) {
    if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) break;
    if (a.nodeType === 3) texts.set(b as Text, a as Text);
    else if (a.nodeType === 1) {
      (b as Element).setAttribute(TAG, String(elements.length));
      elements.push(a as Element);
    }
    const next = stepTogether(a, b, live);
    if (!next) break;
    [a, b] = next;
  }

  return {
    live(text: Text): Text[] {
      const twin = texts.get(text);
      if (twin && !used.has(twin)) {
        used.add(twin);
        return [twin];
      }
      return findAgain(text, elements, used, scopes);
    },
  };
}

/** The next node in document order in both trees, or null at the end or on a difference. */
function stepTogether(a: Node, b: Node, root: Node): [Node, Node] | null {
  if (a.firstChild || b.firstChild) {
    return a.firstChild && b.firstChild ? [a.firstChild, b.firstChild] : null;
  }
  let x: Node | null = a;
  let y: Node | null = b;
  while (x && y && x !== root) {
    if (x.nextSibling || y.nextSibling) {
      return x.nextSibling && y.nextSibling ? [x.nextSibling, y.nextSibling] : null;
    }
    x = x.parentNode;
    y = y.parentNode;
  }
  return null;
}

/**
 * A clone Text node Readability created (by re-parsing the page, or from a link's text): found
 * again as the next unused live Text node, or run of adjacent ones, with the same text inside
 * the live twin of its nearest tagged ancestor.
 */
interface Scope {
  texts: Text[];
  /** Where the last match ended: Readability keeps document order, so the next one is usually after it. */
  cursor: number;
}

function findAgain(
  text: Text,
  elements: Element[],
  used: Set<Text>,
  scopes: Map<Element, Scope>,
): Text[] {
  const wanted = text.data;
  if (!wanted.trim()) return [];
  let holder = text.parentNode;
  while (holder && !(holder.nodeType === 1 && (holder as Element).hasAttribute(TAG)))
    holder = holder.parentNode;
  const index = holder ? Number((holder as Element).getAttribute(TAG)) : NaN;
  const scope = elements[index];
  if (!scope) return [];
  let cached = scopes.get(scope);
  if (!cached) {
    cached = { texts: textNodesUnder(scope), cursor: 0 };
    scopes.set(scope, cached);
  }
  const candidates = cached.texts;
  for (let step = 0; step < candidates.length; step++) {
    const i = (cached.cursor + step) % candidates.length;
    const first = candidates[i];
    if (!first || used.has(first) || !wanted.startsWith(first.data) || !first.data) continue;
    const found = [first];
    let joined = first.data;
    let next = first.nextSibling;
    while (joined.length < wanted.length && next && next.nodeType === 3) {
      joined += (next as Text).data;
      found.push(next as Text);
      next = next.nextSibling;
    }
    if (joined === wanted) {
      for (const node of found) used.add(node);
      cached.cursor = i + found.length;
      return found;
    }
  }
  return [];
}

function textNodesUnder(root: Node): Text[] {
  const found: Text[] = [];
  let node: Node | null = root.firstChild;
  let count = 0;
  while (node && count++ < MAX_WALK_NODES) {
    if (node.nodeType === 3) found.push(node as Text);
    node = nextInside(
      node,
      root,
      node.nodeType === 1 && UNREAD_ELEMENTS.has(node.nodeName.toUpperCase()),
    );
  }
  return found;
}

/**
 * Writes an element's text in document order, a blank line around each block. `liveText`
 * names the page's Text nodes that hold a given node's text (the node itself when it is live).
 */
function writeElement(
  root: Element,
  writer: BodyWriter,
  liveText: (text: Text) => Text[],
  skipped: ReadonlySet<string> = UNREAD_ELEMENTS,
  omitted?: Node,
): void {
  let node: Node | null = root.firstChild;
  let count = 0;
  // Elements whose end must close a block once the walk climbs out of them.
  const open: Node[] = [];
  let proseSeen = false;
  while (node && count++ < MAX_WALK_NODES) {
    let skip = false;
    if (node.nodeType === 3) {
      const found = liveText(node as Text);
      if (found.length === 0 && !insideEditable(node)) writer.write((node as Text).data);
      for (const live of found) if (!insideEditable(live)) writer.write(live.data, live);
    } else if (node.nodeType === 1) {
      const name = node.nodeName.toUpperCase();
      skip =
        node === omitted ||
        skipped.has(name) ||
        isHidden(node as Element) ||
        isEditable(node as Element) ||
        (!proseSeen && isLeadFurniture(node as Element));
      if (!skip && name === 'P' && (node.textContent ?? '').trim().length >= PROSE_CHARS)
        proseSeen = true;
      if (name === 'BR') writer.lineBreak();
      else if (!skip && BLOCKS.has(name)) {
        writer.block();
        open.push(node);
      }
    }
    if (!skip && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let current: Node | null = node;
    node = null;
    while (current && current !== root) {
      if (open[open.length - 1] === current) {
        open.pop();
        writer.block();
      }
      if (current.nextSibling) {
        node = current.nextSibling;
        break;
      }
      current = current.parentNode;
    }
  }
}

/** A paragraph this long is the story itself; bylines and datelines come before it. */
const PROSE_CHARS = 120;
const FURNITURE_NAME =
  /byline|author|dateline|post-?info|post-?meta|entry-?meta|article-?meta|standfirst|timestamp|kicker|(?:^|[\s_-])dek(?:[\s_-]|$)/i;

/**
 * Bylines, datelines and standfirsts above the story. Readability leaves them in when the page's
 * metadata already names the author, and they carry no claims the story does not repeat.
 */
function isLeadFurniture(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  if (text.length > 300) return false;
  // A byline element may sit inside the line that is furniture as a whole ("By X · Published ...").
  let inside: Node | null = element;
  for (let seen = 0; inside && seen < 40; seen++) {
    if (inside.nodeType === 1 && FURNITURE_NAME.test(furnitureNames(inside as Element)))
      return true;
    inside = nextInside(inside, element);
  }
  return (
    text.length < 160 &&
    /^(?:posted|published|updated|by\s+\p{Lu})/iu.test(text) &&
    !/[.!?]$/.test(text)
  );
}

function furnitureNames(element: Element): string {
  return ['class', 'id', 'rel', 'itemprop']
    .map((name) => element.getAttribute(name) ?? '')
    .join(' ');
}

/**
 * A region the reader types into (a comment box, an editor): its text is the reader's draft,
 * not the page's story, and nothing of ours may be put inside it.
 */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** Whether the nearest ancestor that says so makes `node` editable (the live page's, or the clone's). */
function insideEditable(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    const value = element.getAttribute('contenteditable');
    if (value !== null) return value.trim().toLowerCase() !== 'false';
  }
  return false;
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * For pages too large for Readability: the story's container (see `findStoryContainer`), read
 * straight from the live page. The headline inside it is left out, as Readability leaves it
 * out: the analysed text starts with the headline already.
 */
function readLargestProse(survey: PageSurvey): Reading | undefined {
  const container = findStoryContainer(survey);
  if (!container) return undefined;
  const writer = new BodyWriter();
  writeElement(container.element, writer, (text) => [text], CHROME_ELEMENTS, container.heading);
  if (writer.empty) return undefined;
  const reading: Reading = { writer };
  const headline = container.heading?.textContent?.trim();
  if (headline) reading.title = headline;
  return reading;
}
