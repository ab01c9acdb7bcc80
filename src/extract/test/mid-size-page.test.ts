import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from '../index.ts';
import { page, parsers } from './documents.ts';

/**
 * Pages large enough that Readability reads only the story's neighbourhood (over 4,000
 * elements) but not so large that it is left out (15,000): the reader must get the same
 * article, mapped to the same live text, as from the page without the bulk around it.
 */
const LOCATION = 'https://courier.example/2024/12/09/debris-kamensky-district';
const STORY = [
  'Air defence units shot down three drones over Kamensky District overnight, the regional governor said on Monday morning.',
  'Falling debris damaged the roofs of houses 4 and 6 on Sadovaya Street in the village of Glubokoye. Nobody was hurt.',
  'Residents said they heard at least two explosions shortly after midnight, followed by sirens for about twenty minutes.',
];
const COMMENT =
  'I was on the night bus past Glubokoye and saw nothing at all, which makes me wonder who is counting these drones.';

/** A market table of `rows` rows, five elements each. */
function market(rows: number): string {
  const cells: string[] = [];
  for (let i = 0; i < rows; i++)
    cells.push(`<tr><td>T${i}</td><td>${i}</td><td>+1%</td><td><a href="/q/${i}">q</a></td></tr>`);
  return `<section class="markets"><h2>Markets</h2><table>${cells.join('')}</table></section>`;
}

function thread(posts: number): string {
  const items: string[] = [];
  for (let i = 0; i < posts; i++)
    items.push(`<div class="post"><span class="who">reader_${i}</span><p>${COMMENT}</p></div>`);
  return `<section class="discussion">${items.join('')}</section>`;
}

/** The news article fixture with `bulk` put right after its `<main>` or its `<body>` opens. */
function padded(where: 'main' | 'body', bulk: string): string {
  const html = page('news-article.html');
  const tag = where === 'main' ? '<main>' : '<body>';
  expect(html).toContain(tag);
  return html.replace(tag, `${tag}${bulk}`);
}

function elementCount(doc: Document): number {
  return doc.querySelectorAll('*').length;
}

/** What the reader is given: the article, and the analysed text with the words of each run. */
function seen(extracted: ExtractedArticle | null) {
  if (!extracted) throw new Error('no article');
  const { article, map } = extracted;
  const words = map.runs.map((run) =>
    run.node.data.slice(run.offset, run.offset + run.end - run.start),
  );
  return { article, text: map.text, words };
}

// jsdom takes seconds to build a page of 7,000 elements on a busy machine.
describe.each(Object.entries(parsers))(
  'mid-size pages on %s',
  { timeout: 30_000 },
  (_name, parse) => {
    const plain = seen(extractArticle(parse(page('news-article.html')), LOCATION));

    it.each(['main', 'body'] as const)(
      'reads the same article when a market table and a discussion sit in the page’s <%s>',
      (where) => {
        const doc = parse(padded(where, market(1_400) + thread(120)));
        const count = elementCount(doc);
        expect(count).toBeGreaterThan(4_000);
        expect(count).toBeLessThan(15_000);
        const extracted = extractArticle(doc, LOCATION);
        expect(seen(extracted)).toEqual(plain);
        expect(extracted?.article.body).not.toContain('night bus');
        // Every run is the page's own Text node, so highlights land in the live page.
        for (const run of extracted?.map.runs ?? []) expect(doc.contains(run.node)).toBe(true);
      },
    );

    it('reads a story whose paragraphs sit straight in <body>', () => {
      const doc = parse(
        `<!doctype html><html><head><title>Debris near Glubokoye | Courier</title></head><body>` +
          `<h1>Debris near Glubokoye</h1>${STORY.map((text) => `<p>${text}</p>`).join('')}${market(1_400)}</body></html>`,
      );
      expect(elementCount(doc)).toBeGreaterThan(4_000);
      const extracted = extractArticle(doc, LOCATION);
      for (const text of STORY) expect(extracted?.article.body).toContain(text);
      for (const run of extracted?.map.runs ?? []) expect(doc.contains(run.node)).toBe(true);
    });

    it('still reads a story written without paragraphs, from the whole page', () => {
      const doc = parse(
        page('plain-blog.html').replace('<div id="bottom">', `${market(1_400)}<div id="bottom">`),
      );
      expect(elementCount(doc)).toBeGreaterThan(4_000);
      const body = extractArticle(doc, 'https://www.riverside.example/notes/sirens')?.article.body;
      expect(body).toContain('Sirens sounded in three river towns');
      expect(body).toContain('the council thanked them');
    });

    it('leaves the page as it was', () => {
      const doc = parse(padded('main', market(1_400)));
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, LOCATION);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  },
);
