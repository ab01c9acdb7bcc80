/**
 * The demo corpus as extraction fixtures: each page with the metadata `demo/sites.json` gives
 * and the text `demo/expected/` says an extractor should find.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../index.ts';
import { parsers } from './documents.ts';

const DEMO = resolve(import.meta.dirname, '../../../demo');

interface DemoArticle {
  slug: string;
  url: string;
  file: string;
  outlet: string;
  title: string;
  publishedAt: string;
}

const sites = JSON.parse(readFileSync(resolve(DEMO, 'sites.json'), 'utf8')) as {
  articles: DemoArticle[];
};
const read = (path: string) => readFileSync(resolve(DEMO, path), 'utf8');

describe.each(Object.entries(parsers))('demo pages on %s', (_name, parse) => {
  it.each(sites.articles.map((article) => [article.slug, article] as const))(
    '%s',
    (_slug, demo) => {
      const doc = parse(read(demo.file));
      expect(isArticlePage(doc)).toBe(true);
      // Read from disk, as the CLI does: the page's canonical URL must win over the file's.
      const extracted = extractArticle(doc, `file:///demo/${demo.file}`);
      expect(extracted?.article).toMatchObject({
        url: demo.url,
        source: demo.outlet,
        title: demo.title,
        publishedAt: demo.publishedAt,
      });
      expect(extracted?.map.text).toBe(read(`expected/${demo.slug}.txt`).trim());
      for (const run of extracted?.map.runs ?? []) {
        const onPage = run.node.data.slice(run.offset, run.offset + run.end - run.start);
        expect(onPage.replace(/\s/g, ' ')).toBe(extracted?.map.text.slice(run.start, run.end));
      }
    },
  );

  it('does not take the front page for an article', () => {
    expect(isArticlePage(parse(read('pages/index.html')))).toBe(false);
  });
});
