/**
 * One bounded walk over a page that gathers everything extraction looks up by tag. Selector
 * queries and live collections cost a full document scan each on jsdom and linkedom; a page of
 * 50,000 elements made a dozen of them take seconds.
 */

/** Bounds every walk of ours, so a pathological page costs a known amount of time. */
export const MAX_WALK_NODES = 400_000;
/** A page shows its headline near the top; headings beyond these are sections and teasers. */
const MAX_HEADINGS = 200;

/** Elements whose text a reader never reads as prose: code, styles, embedded objects, controls. */
export const UNREAD_ELEMENTS: ReadonlySet<string> = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH BUTTON SELECT TEXTAREA INPUT IFRAME OBJECT'.split(' '),
);

export interface PageSurvey {
  elementCount: number;
  /** `<meta property|name=... content=...>`, first occurrence wins, keys lower-cased. */
  meta: Map<string, string>;
  canonical?: string;
  /** The first `<time datetime>`. */
  time?: string;
  jsonLd: string[];
  paragraphs: Element[];
  /** `<article>` elements and `[itemprop=articleBody]`: containers a page declares for its story. */
  articles: Element[];
  /** The first `<h1>`, usually the headline. */
  heading?: Element;
  /** The first `<h1>` and `<h2>` elements in document order, up to `MAX_HEADINGS`. */
  headings: Element[];
  /** The first `<title>`'s text. */
  title?: string;
}

export function surveyPage(doc: Document): PageSurvey {
  const survey: PageSurvey = {
    elementCount: 0,
    meta: new Map(),
    jsonLd: [],
    paragraphs: [],
    articles: [],
    headings: [],
  };
  const root = doc.documentElement;
  let node: Node | null = root;
  let count = 0;
  while (node && count++ < MAX_WALK_NODES) {
    if (node.nodeType === 1) {
      survey.elementCount++;
      note(node as Element, survey);
    }
    node = root ? nextInside(node, root) : null;
  }
  return survey;
}

function note(element: Element, survey: PageSurvey): void {
  const name = element.nodeName.toUpperCase();
  if (
    name === 'ARTICLE' ||
    (element.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody')
  )
    survey.articles.push(element);
  switch (name) {
    case 'META': {
      const key = (element.getAttribute('property') ?? element.getAttribute('name'))
        ?.trim()
        .toLowerCase();
      const content = element.getAttribute('content')?.trim();
      if (key && content && !survey.meta.has(key)) survey.meta.set(key, content);
      break;
    }
    case 'LINK':
      if (
        survey.canonical === undefined &&
        /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? '')
      ) {
        const href = element.getAttribute('href');
        if (href) survey.canonical = href;
      }
      break;
    case 'TIME':
      if (survey.time === undefined) {
        const datetime = element.getAttribute('datetime');
        if (datetime) survey.time = datetime;
      }
      break;
    case 'SCRIPT':
      if ((element.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') {
        survey.jsonLd.push(element.textContent ?? '');
      }
      break;
    case 'P':
      survey.paragraphs.push(element);
      break;
    case 'H1':
      survey.heading ??= element;
      if (survey.headings.length < MAX_HEADINGS) survey.headings.push(element);
      break;
    case 'H2':
      if (survey.headings.length < MAX_HEADINGS) survey.headings.push(element);
      break;
    case 'TITLE':
      survey.title ??= element.textContent ?? '';
      break;
  }
}

/** Depth-first successor of `node` within `root`; `skipChildren` steps over its subtree. */
export function nextInside(node: Node, root: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}
