/**
 * Where the story is on a page too large for Readability. A container the page declares (an
 * `<article>`, `[itemprop=articleBody]`) wins when it holds an article's worth of prose; else the
 * element whose paragraphs read as one dense run of prose. A comment thread holds more text than
 * most stories, so total text cannot decide: its prose is spread over many posts, each carrying
 * who wrote it, and only a wrapper that holds nothing but its paragraph passes its text upwards.
 */
import { nextInside, UNREAD_ELEMENTS, type PageSurvey } from './page-survey.ts';

/**
 * The least text that is an article: about one sentence of reported fact (who, what, where,
 * according to whom), which takes a news brief some 25 words. Anything shorter is a placeholder
 * ("Loading…"), a teaser or a sign-in notice, and is not read.
 */
export const MIN_ARTICLE_WORDS = 25;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Whether `text` has at least `count` words, as `wordCount` counts them: it stops at the
 * `count`th, where counting every word of a 1,500-word article made a string of each.
 */
export function hasWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.exec(text)) found++;
  return found >= count;
}

/** Page furniture: its paragraphs are never the story. */
export const CHROME_ELEMENTS: ReadonlySet<string> = new Set([
  ...UNREAD_ELEMENTS,
  ...'NAV ASIDE FOOTER HEADER FORM'.split(' '),
]);
/** Whole class or id tokens that name a discussion ("comments-open" on a body does not). */
const THREAD_NAME =
  /^(?:comments?|comment-?(?:list|thread|section|area|s)|replies|discussion|disqus_thread|responses)$/i;

/** At most this many paragraphs are weighed; a page with more is mostly something else. */
const MAX_PARAGRAPHS = 20_000;
/** Bounds the look for text besides the paragraph in a paragraph's parent. */
const MAX_WRAPPER_NODES = 200;

export interface StoryContainer {
  element: Element;
  /** The page's headline element when it sits in the container or just above it. */
  heading?: Element;
}

export function findStoryContainer(survey: PageSurvey): StoryContainer | undefined {
  const declared = new Set(survey.articles);
  const declaredWords = new Map<Element, number>();
  const scores = new Map<Element, number>();
  const wrappers = new Map<Element, boolean>();
  for (const paragraph of survey.paragraphs.slice(0, MAX_PARAGRAPHS)) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const text = (paragraph.textContent ?? '').trim();
    if (!text) continue;
    const around = declaredAround(parent, declared);
    if (!around) continue;
    const words = wordCount(text);
    for (const container of around) {
      declaredWords.set(container, (declaredWords.get(container) ?? 0) + words);
    }
    scores.set(parent, (scores.get(parent) ?? 0) + text.length);
    const grandparent = parent.parentElement;
    if (grandparent && isWrapper(parent, wrappers)) {
      scores.set(grandparent, (scores.get(grandparent) ?? 0) + text.length / 2);
    }
  }
  const element = declaredStory(survey, declaredWords) ?? densest(scores);
  if (!element) return undefined;
  const container: StoryContainer = { element };
  const heading = survey.heading;
  if (heading && !isChrome(heading) && (element.parentElement ?? element).contains(heading))
    container.heading = heading;
  return container;
}

/**
 * The declared containers around `element`, or undefined when it sits in page furniture.
 * One climb per paragraph serves both questions.
 */
function declaredAround(element: Element, declared: Set<Element>): Element[] | undefined {
  const found: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isFurniture(node)) return undefined;
    if (declared.has(node)) found.push(node);
  }
  return found;
}

function isChrome(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isFurniture(node)) return true;
  }
  return false;
}

function isFurniture(element: Element): boolean {
  if (CHROME_ELEMENTS.has(element.nodeName.toUpperCase())) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.split(/\s+/).some((name) => THREAD_NAME.test(name));
}

/**
 * `[itemprop=articleBody]` first, then the `<article>` holding the headline, then the one with
 * the most prose; each only with an article's worth of words, so a teaser card is passed over.
 */
function declaredStory(survey: PageSurvey, words: Map<Element, number>): Element | undefined {
  const substantial = survey.articles.filter(
    (element) => (words.get(element) ?? 0) >= MIN_ARTICLE_WORDS,
  );
  const most = (elements: Element[]) =>
    elements.reduce<Element | undefined>(
      (best, element) =>
        best && (words.get(best) ?? 0) >= (words.get(element) ?? 0) ? best : element,
      undefined,
    );
  const bodies = substantial.filter((element) => element.nodeName.toUpperCase() !== 'ARTICLE');
  if (bodies.length > 0) return most(bodies);
  const heading = survey.heading;
  const headed = heading ? substantial.filter((element) => element.contains(heading)) : [];
  return most(headed.length > 0 ? headed : substantial);
}

function densest(scores: Map<Element, number>): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A parent that holds nothing to read but its paragraphs: a wrapper, whose prose belongs to the
 * block around it. A comment post also names who wrote it, so its text stays with the post.
 */
function isWrapper(parent: Element, known: Map<Element, boolean>): boolean {
  const cached = known.get(parent);
  if (cached !== undefined) return cached;
  let wrapper = true;
  let node: Node | null = parent.firstChild;
  for (let count = 0; node; count++) {
    if (count > MAX_WRAPPER_NODES) {
      wrapper = false;
      break;
    }
    if (node.nodeType === 3 && /\p{L}/u.test((node as Text).data)) {
      wrapper = false;
      break;
    }
    const name = node.nodeType === 1 ? node.nodeName.toUpperCase() : '';
    node = nextInside(node, parent, name === 'P' || CHROME_ELEMENTS.has(name));
  }
  known.set(parent, wrapper);
  return wrapper;
}
