import { describe, expect, it } from 'vitest';
import { LIMITS, Refused, validate } from '../validate.ts';

const OURS = 'our-extension';
const tab = { extensionId: OURS, tabId: 7, url: 'https://news.example/a' };
const PANEL_URL = 'chrome-extension://our-extension/src/sidepanel/index.html';
/** The Chrome side panel (no tab), and the same page opened in a tab of its own. */
const panel = { extensionId: OURS, url: PANEL_URL };
const panelInTab = { extensionId: OURS, tabId: 9, url: `${PANEL_URL}?url=x` };
const article = {
  url: 'https://news.example/a',
  source: 'News',
  title: 'Headline',
  body: 'Body text.',
};

describe('validate', () => {
  it('passes a well-formed article through, dropping unknown fields and any file path', () => {
    const params = validate(
      'article/read',
      { article: { ...article, file: '/etc/passwd', extra: 1 } },
      tab,
      OURS,
    );
    expect(params).toEqual({ article });
  });

  it('keeps a publication date', () => {
    const params = validate(
      'article/read',
      { article: { ...article, publishedAt: '2024-12-08' } },
      tab,
      OURS,
    );
    expect(params.article.publishedAt).toBe('2024-12-08');
  });

  it('refuses messages from another extension or from no extension', () => {
    expect(() =>
      validate('tab/state', { tabId: 1 }, { ...tab, extensionId: 'someone-else' }, OURS),
    ).toThrow(Refused);
    expect(() => validate('tab/state', { tabId: 1 }, {}, OURS)).toThrow(/another extension/);
  });

  it('refuses page calls that do not come from a tab', () => {
    expect(() => validate('article/read', { article }, { extensionId: OURS }, OURS)).toThrow(
      /from a tab/,
    );
    expect(() =>
      validate('article/none', { url: article.url }, { extensionId: OURS }, OURS),
    ).toThrow(/from a tab/);
    expect(() => validate('article/read', { article }, panelInTab, OURS)).toThrow(/from a tab/);
    expect(validate('tab/state', { tabId: 3 }, panel, OURS)).toEqual({ tabId: 3 });
  });

  it('refuses wrong types, oversized bodies and non-page URLs', () => {
    const bad = (value: unknown) => () => validate('article/read', value, tab, OURS);
    expect(bad(null)).toThrow(Refused);
    expect(bad({ article: 'text' })).toThrow(/article must be an object/);
    expect(bad({ article: { ...article, title: 42 } })).toThrow(/title must be a string/);
    expect(bad({ article: { ...article, body: 'x'.repeat(LIMITS.body + 1) } })).toThrow(
      /body is too long/,
    );
    expect(bad({ article: { ...article, url: 'javascript:alert(1)' } })).toThrow(/not a page URL/);
    expect(bad({ article: { ...article, url: 'not a url' } })).toThrow(/not a URL/);
    expect(() => validate('tab/state', { tabId: -1 }, panel, OURS)).toThrow(/tab number/);
    expect(() => validate('tab/state', { tabId: '1' }, panel, OURS)).toThrow(/tab number/);
  });

  it('accepts a body right at the limit', () => {
    const body = 'x'.repeat(LIMITS.body);
    expect(
      validate('article/read', { article: { ...article, body } }, tab, OURS).article.body,
    ).toHaveLength(LIMITS.body);
  });

  it('answers the tab state to our pages only, never to a content script', () => {
    expect(validate('tab/state', { tabId: 7 }, panelInTab, OURS)).toEqual({ tabId: 7 });
    expect(
      validate(
        'tab/state',
        { tabId: 2 },
        { extensionId: OURS, url: 'moz-extension://uuid/p.html' },
        OURS,
      ),
    ).toEqual({ tabId: 2 });
    // Another tab's state names the page it shows; not even its own tab's is a page's business.
    expect(() => validate('tab/state', { tabId: 8 }, tab, OURS)).toThrow(/own pages/);
    expect(() => validate('tab/state', { tabId: 7 }, tab, OURS)).toThrow(/own pages/);
    expect(() => validate('tab/state', { tabId: 7 }, { extensionId: OURS }, OURS)).toThrow(
      /own pages/,
    );
  });

  it('keeps an article under its canonical address on the same site', () => {
    const named = (url: string, pageUrl: string) =>
      validate('article/read', { article: { ...article, url } }, { ...tab, url: pageUrl }, OURS)
        .article.url;
    expect(named('https://news.example/a', 'https://news.example/a?utm=x')).toBe(
      'https://news.example/a',
    );
    expect(named('https://www.news.example/a', 'https://m.news.example/a')).toBe(
      'https://www.news.example/a',
    );
    expect(named('https://news.example/a', 'http://amp.news.example/a')).toBe(
      'https://news.example/a',
    );
    expect(named('https://news.example/a', 'https://world.news.example/a')).toBe(
      'https://news.example/a',
    );
  });

  it('stores an article naming another site under the address the reader sees instead', () => {
    const pageUrl = 'https://hostile.example/story?id=3#comments';
    const named = (url: string) =>
      validate('article/read', { article: { ...article, url } }, { ...tab, url: pageUrl }, OURS)
        .article;
    expect(named('https://news.example/a')).toEqual({
      ...article,
      url: 'https://hostile.example/story?id=3',
    });
    // Its own subdomains are its own, whatever they are called.
    expect(named('https://news.example.hostile.example/a').url).toBe(
      'https://news.example.hostile.example/a',
    );
    // A sibling subdomain may be someone else's (user pages on a shared host).
    expect(
      validate(
        'article/read',
        { article: { ...article, url: 'https://bob.pages.example/a' } },
        { ...tab, url: 'https://alice.pages.example/x' },
        OURS,
      ).article.url,
    ).toBe('https://alice.pages.example/x');
  });

  it('keeps the canonical address of a page served from this machine', () => {
    for (const pageUrl of [
      'http://127.0.0.1:8137/northline',
      'http://localhost:8000/a',
      'file:///home/reader/saved.html',
    ]) {
      expect(
        validate('article/read', { article }, { ...tab, url: pageUrl }, OURS).article.url,
      ).toBe(article.url);
    }
  });

  it('refuses an article from a tab whose address it cannot see', () => {
    expect(() =>
      validate('article/read', { article }, { extensionId: OURS, tabId: 7 }, OURS),
    ).toThrow(/address/);
  });

  it('refuses methods that are no call of ours, even names every object has', () => {
    for (const method of ['constructor', 'toString', '__proto__', 'page/evil']) {
      expect(() => validate(method as 'tab/state', { tabId: 1 }, panel, OURS)).toThrow(
        /unknown call/,
      );
    }
  });
});
