import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage, rangesFor, type TextMap } from '../index.ts';
import { page, parsers } from './documents.ts';
import { hugePage } from './huge-page.ts';

const LOCATION =
  'https://courier.example/2024/12/09/debris-kamensky-district?utm_source=feed#comments';

/** Every run copies its node character for character, whitespace aside. */
function expectRunsMatchPage(map: TextMap, doc: Document): void {
  expect(map.runs.length).toBeGreaterThan(0);
  for (const run of map.runs) {
    expect(run.node.ownerDocument).toBe(doc);
    expect(doc.documentElement.contains(run.node)).toBe(true);
    const fromPage = run.node.data
      .slice(run.offset, run.offset + run.end - run.start)
      .replace(/\s/g, ' ');
    expect(fromPage).toBe(map.text.slice(run.start, run.end));
  }
}

describe.each(Object.entries(parsers))('extraction on %s', (_name, parse) => {
  it('reads the article body and leaves navigation, asides and footers out', () => {
    const doc = parse(page('news-article.html'));
    const extracted = extractArticle(doc, LOCATION);
    const body = extracted?.article.body ?? '';
    expect(body).toContain('shot down three drones over Kamensky District overnight');
    expect(body).toContain(
      'damaged the roofs of houses 4 and 6 on Sadovaya Street in the village of Glubokoye',
    );
    expect(body).toContain('told the Courier that');
    for (const chrome of [
      'Weather forecast',
      'cookies',
      'Related stories',
      'Farmers count losses',
      'Copyright',
      'analytics',
    ]) {
      expect(body).not.toContain(chrome);
    }
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(5);
    expect(body).not.toMatch(/ {2}|^\s|\s$/);
  });

  it('takes url, outlet, headline and date from the page metadata', () => {
    const extracted = extractArticle(parse(page('news-article.html')), LOCATION);
    expect(extracted?.article).toMatchObject({
      url: 'https://courier.example/2024/12/09/debris-kamensky-district',
      source: 'The Steppe Courier',
      title: 'Debris lands near two homes in Kamensky District',
      publishedAt: '2024-12-09T07:40:00+03:00',
    });
  });

  it('falls back to the title element, the host and <time> on a page without metadata', () => {
    const extracted = extractArticle(
      parse(page('plain-blog.html')),
      'https://www.riverside.example/notes/sirens#top',
    );
    expect(extracted?.article).toMatchObject({
      url: 'https://www.riverside.example/notes/sirens',
      source: 'riverside.example',
      title: 'Night of sirens in the river towns',
      publishedAt: '2024-12-08',
    });
    expect(extracted?.article.body).toContain('Sirens sounded in three river towns');
    expect(extracted?.article.body).not.toContain('Comments are closed');
  });

  it('builds the analysed text from headline and body and maps every run back to the live page', () => {
    const doc = parse(page('news-article.html'));
    const before = doc.documentElement.outerHTML;
    const extracted = extractArticle(doc, LOCATION);
    if (!extracted) throw new Error('no article');
    const { article, map } = extracted;
    expect(map.text).toBe(`${article.title}\n\n${article.body}`);
    expect(map.bodyStart).toBe(article.title.length + 2);
    expectRunsMatchPage(map, doc);
    expect(doc.documentElement.outerHTML).toBe(before);

    const phrase = 'houses 4 and 6 on Sadovaya Street';
    const start = map.text.indexOf(phrase);
    const ranges = rangesFor(map, start, start + phrase.length);
    const onPage = ranges.map((range) => range.node.data.slice(range.start, range.end)).join('');
    expect(onPage.replace(/\s+/g, ' ')).toBe(phrase);
    expect(ranges.length).toBeLessThanOrEqual(2);

    const linked = 'Kamensky District overnight';
    const at = map.text.indexOf(linked, map.bodyStart);
    const pieces = rangesFor(map, at, at + linked.length);
    expect(pieces.map((range) => range.node.parentNode?.nodeName.toUpperCase())).toEqual([
      'A',
      'P',
    ]);
  });

  it('maps the headline to the <h1> that shows it, which the body does not repeat', () => {
    const doc = parse(page('news-article.html'));
    const extracted = extractArticle(doc, LOCATION);
    if (!extracted) throw new Error('no article');
    const ranges = rangesFor(extracted.map, 0, extracted.article.title.length);
    expect(ranges.map((range) => range.node.parentNode?.nodeName.toUpperCase())).toEqual(['H1']);
    expect(extracted.article.body).not.toContain('Debris lands near two homes');
    expectRunsMatchPage(extracted.map, doc);
  });

  it('still maps to live nodes when Readability re-parses the page on a retry', () => {
    // The story sits in a "sidebar" block, which Readability's first pass strips; the second
    // pass runs on a re-parsed copy whose Text nodes are not the clone's originals.
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Update ${i + 1}: crews in <b>Glubokoye</b> replaced <a href="/r">${i + 2} windows</a> on Sadovaya Street today, the council said.</p>`,
    ).join('');
    const doc = parse(
      `<html><head><title>Repairs</title></head><body><div class="sidebar">${paragraphs}</div><div>Short</div></body></html>`,
    );
    const extracted = extractArticle(doc, 'https://council.example/news/1');
    if (!extracted) throw new Error('no article');
    expect(extracted.article.body).toContain(
      'Update 6: crews in Glubokoye replaced 7 windows on Sadovaya Street today',
    );
    expectRunsMatchPage(extracted.map, doc);
    const mapped = extracted.map.runs.reduce((sum, run) => sum + run.end - run.start, 0);
    expect(mapped).toBe(extracted.article.body.replace(/\n/g, '').length);
  });

  it('recognises article pages from JSON-LD, og:type or readable prose, and not an index page', () => {
    expect(isArticlePage(parse(page('news-article.html')))).toBe(true);
    expect(isArticlePage(parse(page('plain-blog.html')))).toBe(true);
    expect(isArticlePage(parse(page('index-page.html')))).toBe(false);
    const graph =
      '<script type="application/ld+json">[{"@graph":[{"@type":"BlogPosting"}]}]</script>';
    expect(isArticlePage(parse(`<html><head>${graph}</head><body><p>Hi</p></body></html>`))).toBe(
      true,
    );
    const og = '<meta property="og:type" content="article">';
    expect(isArticlePage(parse(`<html><head>${og}</head><body><p>Hi</p></body></html>`))).toBe(
      true,
    );
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle",</script>';
    expect(isArticlePage(parse(`<html><head>${broken}</head><body><p>Hi</p></body></html>`))).toBe(
      false,
    );
  });

  it('returns null for an empty page', () => {
    const doc = parse('<html><head></head><body></body></html>');
    expect(isArticlePage(doc)).toBe(false);
    expect(extractArticle(doc, 'https://empty.example/')).toBeNull();
  });

  // How long this takes is the benchmark's business (npm run bench), not a test's.
  it('reads the story out of a 5 MB page of 50,000 elements', () => {
    const doc = parse(hugePage(50_000, 5_000_000));
    const extracted = extractArticle(doc, 'https://wire.example/long');
    expect(extracted?.article.body).toContain('Paragraph 0 notes Residents of the district');
    expect(extracted?.article.body).not.toContain('Section 12');
  }, 60_000);
});
