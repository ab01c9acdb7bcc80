/**
 * What a page says about its article: whether it is one, its canonical URL, outlet, headline
 * and date. Read from the live document without changing it; works on jsdom and linkedom alike.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { articleNode, linkedData, publisherName, stringField, type LinkedData } from './json-ld.ts';
import { surveyPage, type PageSurvey } from './page-survey.ts';

export interface PageMetadata {
  url: string;
  source: string;
  /** The headline the page declares, outlet suffix removed; absent when it declares none. */
  title?: string;
  publishedAt?: string;
}

/** True when the page declares an article or its text reads like one. */
export function isArticlePage(doc: Document, survey: PageSurvey = surveyPage(doc)): boolean {
  try {
    if (articleNode(linkedData(survey.jsonLd))) return true;
    if (survey.meta.get('og:type')?.toLowerCase() === 'article') return true;
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

export function pageMetadata(
  doc: Document,
  location: string,
  survey: PageSurvey = surveyPage(doc),
): PageMetadata {
  const nodes = linkedData(survey.jsonLd);
  const article = articleNode(nodes);
  const meta = (key: string) => survey.meta.get(key);
  const url = canonicalUrl(location, [
    survey.canonical,
    meta('og:url'),
    stringField(article, 'url'),
  ]);
  const source =
    meta('og:site_name') ??
    publisherName(article) ??
    stringField(nodes.find(isOrganization), 'name') ??
    outletOf(url);
  const declared =
    meta('og:title') ?? stringField(article, 'headline') ?? stringField(article, 'name');
  const published =
    meta('article:published_time') ?? stringField(article, 'datePublished') ?? survey.time;
  const metadata: PageMetadata = { url, source };
  if (declared) metadata.title = stripOutlet(declared, source, url);
  const publishedAt = isoDate(published);
  if (publishedAt) metadata.publishedAt = publishedAt;
  return metadata;
}

/**
 * Removes an outlet's name from the end of a headline: "Debris falls in Rostov | The Outlet".
 * A dash-separated tail is removed only when it names the outlet, since headlines use dashes
 * themselves ("Debris falls near homes - governor").
 */
export function stripOutlet(title: string, source: string, url: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const outlet = fold(source);
  const host = fold(outletOf(url));
  const match = /^(.*\S)\s+([|–—-]|::|»)\s+([^|–—]+)$/.exec(clean);
  if (!match) return clean;
  const [, head = '', separator, tail = ''] = match;
  const foldedTail = fold(tail);
  const namesOutlet =
    foldedTail === outlet ||
    foldedTail === host ||
    (foldedTail.length >= 3 &&
      !!outlet &&
      (outlet.includes(foldedTail) || foldedTail.includes(outlet)));
  const shortTail = tail.split(/\s+/).length <= 4 && tail.length < head.length;
  if (namesOutlet || (separator === '|' && shortTail)) return stripOutlet(head, source, url);
  return clean;
}

/** The host without "www.", or a file's name for pages read from disk. */
function outletOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') {
      const name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
      return name.replace(/\.[^.]+$/, '') || 'file';
    }
    return parsed.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function canonicalUrl(location: string, candidates: Array<string | undefined>): string {
  for (const candidate of candidates) {
    const url = absolute(candidate, location);
    if (url) return url;
  }
  return absolute(location, location) ?? location;
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href || !href.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function isOrganization(node: LinkedData): boolean {
  const type = node['@type'];
  return type === 'Organization' || type === 'NewsMediaOrganization';
}

/** ISO 8601 as the page wrote it (keeping its time zone), else the parsed time in UTC. */
function isoDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  return ISO_8601.test(text) ? text : new Date(time).toISOString();
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
