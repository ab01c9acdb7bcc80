/**
 * What Readability reads on a large page: a small document holding the page's `<head>` and a
 * copy of the story's neighbourhood, instead of a copy of the whole page. Readability's cost
 * grows faster than the page it reads, and in the content script it runs in one task on the
 * page's main thread: over a whole page of 14,000 elements that task took over 100 ms of the
 * processor, long enough to stall the page's scrolling and timers (a long task is 50 ms).
 *
 * The neighbourhood is the story's container (see `findStoryContainer`) and as many of its
 * ancestors as stay small: the headline, the byline and the paragraphs beside the story's
 * own are usually inside, so Readability weighs what it would weigh on the whole page, while
 * the menus, tables and comment threads that make the page large are left out.
 */
import { nextInside, type PageSurvey } from './page-survey.ts';
import { findStoryContainer } from './story-container.ts';

export interface StoryExcerpt {
  /** The live element whose copy the excerpt holds. */
  live: Element;
  /** The document Readability may rewrite: the page's head and a copy of `live` as its body. */
  doc: Document;
  /** The copy of `live` inside `doc`. */
  copy: Element;
}

/** The excerpt for `doc`, or undefined when the page has no container that reads as a story. */
export function storyExcerpt(
  doc: Document,
  survey: PageSurvey,
  maxElements: number,
): StoryExcerpt | undefined {
  const container = findStoryContainer(survey);
  if (!container || !doc.documentElement) return undefined;
  const live = neighbourhood(container.element, doc, maxElements);
  // A copy of the document node alone keeps the page's kind of document (HTML, its URL).
  const excerpt = doc.cloneNode(false) as Document;
  const root = excerpt.appendChild(doc.documentElement.cloneNode(false)) as Element;
  // The head holds what Readability reads for the title: <title>, meta tags, JSON-LD.
  root.appendChild(doc.head ? doc.head.cloneNode(true) : excerpt.createElement('head'));
  // A story written straight into <body> is copied whole, as the excerpt's own body.
  if (live === doc.body) {
    const copy = root.appendChild(live.cloneNode(true)) as Element;
    return { live, doc: excerpt, copy };
  }
  const body = root.appendChild(
    doc.body ? doc.body.cloneNode(false) : excerpt.createElement('body'),
  ) as Element;
  const copy = body.appendChild(live.cloneNode(true)) as Element;
  return { live, doc: excerpt, copy };
}

/** The highest ancestor of `element` below `<body>` that holds at most `maxElements` elements. */
function neighbourhood(element: Element, doc: Document, maxElements: number): Element {
  let chosen = element;
  for (
    let up = element.parentElement;
    up && up !== doc.body && up !== doc.documentElement && !exceeds(up, maxElements);
    up = up.parentElement
  ) {
    chosen = up;
  }
  return chosen;
}

/** Whether `root` holds more than `limit` elements; walks at most that many. */
function exceeds(root: Element, limit: number): boolean {
  let count = 0;
  for (let node = nextInside(root, root); node; node = nextInside(node, root)) {
    if (node.nodeType === 1 && ++count > limit) return true;
  }
  return false;
}
