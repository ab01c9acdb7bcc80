/**
 * One bounded walk over a page that gathers everything extraction looks up by tag. Selector
 * queries and live collections cost a full document scan each on jsdom and linkedom; a page of
 * 50,000 elements made a dozen of them take seconds.
 */

/** Bounds every walk of ours, so a pathological page costs a known amount of time. */
export const MAX_WALK_NODES = 400_000;
/** A page shows its headline near the top; headings beyond these are sections and teasers. */
const MAX_HEADINGS = 200;
const MAX_RESTARTS = 3;

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
  const surveyor = new PageSurveyor(doc);
  surveyor.walk(Infinity);
  return surveyor.survey;
}

/**
 * The same survey, walked a bounded number of nodes at a time, so the content script can give
 * the page its main thread back between stretches of a 50,000-element page (see
 * `content/survey-in-slices.ts`). The page may change between stretches: a walk whose next node
 * was taken out of the page starts over, since what it gathered may be gone too.
 */
export class PageSurveyor {
  survey: PageSurvey = emptySurvey();
  private node: Node | null;
  private count = 0;
  private restarts = 0;

  constructor(private readonly doc: Document) {
    this.node = doc.documentElement;
  }

  get done(): boolean {
    return this.node === null || this.count >= MAX_WALK_NODES;
  }

  /** Walks at most `nodes` more nodes; true when the survey is complete. */
  walk(nodes: number): boolean {
    const root = this.doc.documentElement;
    if (this.node && this.node !== root && !root?.contains(this.node)) this.restart();
    let node = this.node;
    for (let step = 0; node && step < nodes && this.count++ < MAX_WALK_NODES; step++) {
      if (node.nodeType === 1) {
        this.survey.elementCount++;
        note(node as Element, this.survey);
      }
      node = root ? nextElementInside(node, root) : null;
    }
    this.node = node;
    return this.done;
  }

  /** A page that keeps moving under the walk gets a few fresh starts, then what was gathered. */
  private restart(): void {
    if (++this.restarts > MAX_RESTARTS) {
      this.node = null;
      return;
    }
    this.survey = emptySurvey();
    this.node = this.doc.documentElement;
    this.count = 0;
  }
}

function emptySurvey(): PageSurvey {
  return {
    elementCount: 0,
    meta: new Map(),
    jsonLd: [],
    paragraphs: [],
    articles: [],
    headings: [],
  };
}

function note(element: Element, survey: PageSurvey): void {
  const name = element.nodeName.toUpperCase();
  // Called for every element of the page: no string is made for the elements without itemprop.
  const itemprop = element.getAttribute('itemprop');
  if (name === 'ARTICLE' || (itemprop !== null && itemprop.split(/\s+/).includes('articleBody')))
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

/**
 * Depth-first successor of `node` among the elements within `root`. The survey looks only at
 * elements, and stepping over Text nodes spares the browser a script object for each of them,
 * which it would have to collect again: on a page of 50,000 elements that collection was a
 * long task of its own.
 */
function nextElementInside(node: Node, root: Node): Element | null {
  const first = (node as Partial<Element>).firstElementChild;
  if (first) return first;
  let current: Node | null = node;
  while (current && current !== root) {
    const next = (current as Partial<Element>).nextElementSibling;
    if (next) return next;
    current = current.parentNode;
  }
  return null;
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
