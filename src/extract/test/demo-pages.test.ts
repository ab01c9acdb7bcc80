/**
 * The demo corpus as extraction fixtures: each page with the metadata `demo/sites.json` gives
 * and the text `demo/expected/` says an extractor should find.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../scripts/demo-server.mjs';
import { extractArticle, isArticlePage } from '../index.ts';
import { parsers } from './documents.ts';

const demo = loadDemo();
const read = (path: string) => readFileSync(resolve(demo.dir, path), 'utf8');

describe.each(Object.entries(parsers))('demo pages on %s', (_name, parse) => {
  it.each(demo.articles.map((article) => [article.slug, article] as const))('%s', (_slug, page) => {
    const doc = parse(read(page.file));
    expect(isArticlePage(doc)).toBe(true);
    // Read from disk, as the CLI does: the page's canonical URL must win over the file's.
    const extracted = extractArticle(doc, `file:///demo/${page.file}`);
    expect(extracted?.article).toMatchObject({
      url: page.url,
      source: page.outlet,
      title: page.title,
      publishedAt: page.publishedAt,
    });
    expect(extracted?.map.text).toBe(read(`expected/${page.slug}.txt`).trim());
    for (const run of extracted?.map.runs ?? []) {
      const onPage = run.node.data.slice(run.offset, run.offset + run.end - run.start);
      expect(onPage.replace(/\s/g, ' ')).toBe(extracted?.map.text.slice(run.start, run.end));
    }
  });

  it('does not take the front page for an article', () => {
    expect(isArticlePage(parse(read('pages/index.html')))).toBe(false);
  });
});
