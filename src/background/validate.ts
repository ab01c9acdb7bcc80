/**
 * Checks every message the background receives before acting on it. A content script runs beside
 * pages we do not trust, so params are rebuilt field by field from what was sent: only known
 * fields, of the right type and size, get through.
 */
import type { ArticleInput } from '../core/model.ts';
import { withoutHash } from '../shared/address.ts';
import type { BackgroundCalls, Method, Params } from '../shared/protocol.ts';
import type { Sender } from '../shared/browser.ts';

/** A message that must not be acted on; its text goes back to the sender. */
export class Refused extends Error {}

export const LIMITS = {
  url: 8 * 1024,
  source: 500,
  title: 2_000,
  publishedAt: 100,
  /** A long article is ~100 KB of text; 2 MB leaves room for anything real. */
  body: 2 * 1024 * 1024,
};

type Fields = Record<string, unknown>;

function object(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Refused(`${what} must be an object`);
  }
  return value as Fields;
}

function text(fields: Fields, name: string, limit: number): string {
  const value = fields[name];
  if (typeof value !== 'string') throw new Refused(`${name} must be a string`);
  if (value.length > limit)
    throw new Refused(`${name} is too long (${value.length} > ${limit} characters)`);
  return value;
}

function webUrl(fields: Fields, name: string): string {
  const value = text(fields, name, LIMITS.url);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Refused(`${name} is not a URL`);
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol))
    throw new Refused(`${name} is not a page URL`);
  return value;
}

function article(value: unknown): ArticleInput {
  const fields = object(value, 'article');
  const checked: ArticleInput = {
    url: webUrl(fields, 'url'),
    source: text(fields, 'source', LIMITS.source),
    title: text(fields, 'title', LIMITS.title),
    body: text(fields, 'body', LIMITS.body),
  };
  if (fields.publishedAt !== undefined)
    checked.publishedAt = text(fields, 'publishedAt', LIMITS.publishedAt);
  // `file` is the CLI's: a page has no business naming a path on this disk.
  return checked;
}

/** Schemes of extension pages (the side panel, or its page opened in a tab). */
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

function parsed(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for our own extension pages. A content script's sender always carries the address of the
 * page it runs in, which the browser sets and the page cannot choose; only our pages have ours.
 */
function fromExtensionPage(sender: Sender): boolean {
  const url = parsed(sender.url);
  return url !== undefined && EXTENSION_SCHEMES.has(url.protocol);
}

/** Pages served from this machine: a saved copy, or the demo server. */
function onThisMachine(url: URL): boolean {
  return (
    url.protocol === 'file:' ||
    url.hostname === 'localhost' ||
    url.hostname === '[::1]' ||
    /^127\.\d+\.\d+\.\d+$/u.test(url.hostname)
  );
}

/** A host without the prefixes that name one site's mobile, AMP or `www` edition. */
function siteHost(url: URL): string {
  return url.hostname.replace(/^(?:www|m|mobile|amp)\./u, '');
}

/**
 * Whether two addresses belong to one site: the same host up to its `www.`, `m.` or `amp.`
 * edition, or one host inside the other (news.example and www.news.example). Without a list of
 * public suffixes this is deliberately narrow: a sibling subdomain counts as another site.
 */
export function sameSite(a: URL, b: URL): boolean {
  const [x, y] = [siteHost(a), siteHost(b)];
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/**
 * The address a page's article is stored under. The page names its canonical address itself,
 * so a hostile page could name another site's article and replace the reader's report of it;
 * an address on another site than the tab's is therefore not believed, and the article is kept
 * under the address the reader actually sees (without its fragment). Pages served from this
 * machine keep the address they name: they are copies of articles from elsewhere.
 */
function boundToSender(article: ArticleInput, sender: Sender): ArticleInput {
  const page = parsed(sender.url);
  if (!page) throw new Refused('article/read must come from a page with an address');
  const named = new URL(article.url);
  if (onThisMachine(page) || sameSite(named, page)) return article;
  if (!['http:', 'https:'].includes(page.protocol)) throw new Refused('the page is not a web page');
  return { ...article, url: withoutHash(page.href) };
}

const validators: {
  [K in Method<BackgroundCalls>]: (params: Fields, sender: Sender) => Params<BackgroundCalls, K>;
} = {
  'article/read': (params, sender) => ({
    article: boundToSender(article(params.article), sender),
  }),
  'article/none': (params) => ({ url: webUrl(params, 'url') }),
  'article/cards': (params) => ({ url: webUrl(params, 'url') }),
  'tab/state': (params) => {
    const tabId = params.tabId;
    if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) {
      throw new Refused('tabId must be a tab number');
    }
    return { tabId };
  },
};

/** Calls that only a page's content script may make: they speak for the tab they come from. */
const FROM_TAB = new Set<string>(['article/read', 'article/none', 'article/cards']);

/**
 * Calls that only our extension pages may make. A tab's state names the page it shows, so a
 * content script (which a hostile page may have fooled) must not ask about other tabs.
 */
const FROM_EXTENSION_PAGE = new Set<string>(['tab/state']);

/**
 * Returns the params of a call, checked and rebuilt, or throws `Refused`. Messages from other
 * extensions, page calls that do not come from a tab, and panel calls from a page are refused
 * outright.
 */
export function validate<K extends Method<BackgroundCalls>>(
  method: K,
  params: unknown,
  sender: Sender,
  ownId: string,
): Params<BackgroundCalls, K> {
  if (sender.extensionId !== ownId) throw new Refused('message from another extension');
  // Own keys only: a method named `constructor` or `toString` is no call of ours.
  if (!Object.hasOwn(validators, method)) throw new Refused(`unknown call ${String(method)}`);
  const validator = validators[method] as (
    params: Fields,
    sender: Sender,
  ) => Params<BackgroundCalls, K>;
  if (FROM_TAB.has(method) && (sender.tabId === undefined || fromExtensionPage(sender)))
    throw new Refused(`${method} must come from a tab`);
  if (FROM_EXTENSION_PAGE.has(method) && !fromExtensionPage(sender))
    throw new Refused(`${method} is for Crosscheck’s own pages, not a web page`);
  return validator(object(params, 'params'), sender);
}
