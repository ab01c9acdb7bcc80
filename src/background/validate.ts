/**
 * Checks every message the background receives before acting on it. A content script runs beside
 * pages we do not trust, so params are rebuilt field by field from what was sent: only known
 * fields, of the right type and size, get through.
 */
import type { ArticleInput } from '../core/model.ts';
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

const validators: {
  [K in Method<BackgroundCalls>]: (params: Fields) => Params<BackgroundCalls, K>;
} = {
  'article/read': (params) => ({ article: article(params.article) }),
  'article/none': (params) => ({ url: webUrl(params, 'url') }),
  'tab/state': (params) => {
    const tabId = params.tabId;
    if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) {
      throw new Refused('tabId must be a tab number');
    }
    return { tabId };
  },
};

/** Calls that only a page's content script may make: they speak for the tab they come from. */
const FROM_TAB = new Set<string>(['article/read', 'article/none']);

/**
 * Returns the params of a call, checked and rebuilt, or throws `Refused`. Messages from other
 * extensions, and page calls that do not come from a tab, are refused outright.
 */
export function validate<K extends Method<BackgroundCalls>>(
  method: K,
  params: unknown,
  sender: Sender,
  ownId: string,
): Params<BackgroundCalls, K> {
  if (sender.extensionId !== ownId) throw new Refused('message from another extension');
  if (FROM_TAB.has(method) && sender.tabId === undefined)
    throw new Refused(`${method} must come from a tab`);
  const validator = validators[method] as (params: Fields) => Params<BackgroundCalls, K>;
  return validator(object(params, 'params'));
}
