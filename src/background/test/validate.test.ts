import { describe, expect, it } from 'vitest';
import { LIMITS, Refused, validate } from '../validate.ts';

const OURS = 'our-extension';
const tab = { extensionId: OURS, tabId: 7, url: 'https://news.example/a' };
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
    expect(validate('tab/state', { tabId: 3 }, { extensionId: OURS }, OURS)).toEqual({ tabId: 3 });
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
    expect(() => validate('tab/state', { tabId: -1 }, tab, OURS)).toThrow(/tab number/);
    expect(() => validate('tab/state', { tabId: '1' }, tab, OURS)).toThrow(/tab number/);
  });

  it('accepts a body right at the limit', () => {
    const body = 'x'.repeat(LIMITS.body);
    expect(
      validate('article/read', { article: { ...article, body } }, tab, OURS).article.body,
    ).toHaveLength(LIMITS.body);
  });
});
