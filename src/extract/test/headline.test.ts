import { describe, expect, it } from 'vitest';
import { extractArticle, rangesFor, type ExtractedArticle } from '../index.ts';
import { parsers } from './documents.ts';

/** A wire story whose headline names the street the body goes on to describe. */
const HEADLINE = 'Drone wreckage hits two houses on Lodygina Street';
const STORY = [
  'Pieces of a downed drone fell on a residential block in the south of the city late on Sunday, damaging the roofs of two private houses, the district administration said.',
  'Nobody was hurt. Emergency crews cordoned off the street for several hours while specialists removed the fragments and checked the neighbouring gas line.',
  'Residents told reporters they heard two loud bangs shortly after midnight and saw a glow above the rooftops before the power went out for about an hour.',
];

function story(options: { headline: string; declared?: string; before?: string }): string {
  const declared = options.declared ?? HEADLINE;
  return `<!doctype html><html><head>
    <title>${declared} - Harbour Wire</title>
    <meta property="og:title" content="${declared}">
    <meta property="og:site_name" content="Harbour Wire">
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ${options.before ?? ''}
    <main>
      <section class="story-header">
        ${options.headline}
        <p class="byline">By Ana Petrovic</p>
      </section>
      <section class="story-body">${STORY.map((text) => `<p>${text}</p>`).join('\n')}</section>
    </main>
    <footer><p>Harbour Wire, all rights reserved.</p></footer>
  </body></html>`;
}

function read(parse: (html: string) => Document, html: string) {
  const doc = parse(html);
  const before = doc.documentElement.outerHTML;
  const extracted = extractArticle(doc, 'https://harbourwire.example/2025/12/08/lodygina');
  if (!extracted) throw new Error('no article');
  expect(doc.documentElement.outerHTML).toBe(before);
  return { doc, ...extracted };
}

/** The page text a span of the analysed text maps to, piece by piece, with the element holding each. */
function onPage(extracted: ExtractedArticle, phrase: string) {
  const start = extracted.map.text.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return rangesFor(extracted.map, start, start + phrase.length).map((range) => ({
    in: range.node.parentNode?.nodeName.toUpperCase(),
    text: range.node.data.slice(range.start, range.end),
  }));
}

describe.each(Object.entries(parsers))('the headline on the page, on %s', (_name, parse) => {
  it('maps the headline to the Text nodes of the <h1> that shows it', () => {
    const extracted = read(parse, story({ headline: `<h1>\n  ${HEADLINE}\n</h1>` }));
    const { map, article, doc } = extracted;
    expect(article.title).toBe(HEADLINE);
    const h1 = doc.querySelector('h1');
    const title = map.runs.filter((run) => run.start < map.bodyStart);
    expect(title.length).toBeGreaterThan(0);
    for (const run of title) {
      expect(run.node.parentNode).toBe(h1);
      expect(run.node.data.slice(run.offset, run.offset + run.end - run.start)).toBe(
        map.text.slice(run.start, run.end),
      );
    }
    expect(onPage(extracted, 'two houses on Lodygina Street')).toEqual([
      { in: 'H1', text: 'two houses on Lodygina Street' },
    ]);
    // The body still maps as before.
    expect(onPage(extracted, 'the roofs of two private houses')).toEqual([
      { in: 'P', text: 'the roofs of two private houses' },
    ]);
  });

  it('maps nothing for a declared headline the page shows in other words', () => {
    const declared = 'Wreckage damages two homes in Volgograd';
    const { map, article, doc } = read(
      parse,
      story({ headline: `<h1>${HEADLINE}</h1>`, declared }),
    );
    expect(article.title).toBe(declared);
    expect(rangesFor(map, 0, article.title.length)).toEqual([]);
    const h1 = doc.querySelector('h1');
    expect(map.runs.some((run) => h1?.contains(run.node))).toBe(false);
  });

  it('maps a headline split across inline elements, piece by piece', () => {
    const extracted = read(
      parse,
      story({
        headline:
          '<h1>Drone <em>wreckage</em> hits two houses on <a href="/streets/lodygina">Lodygina Street</a></h1>',
      }),
    );
    expect(extracted.article.title).toBe(HEADLINE);
    expect(onPage(extracted, 'Drone wreckage hits')).toEqual([
      { in: 'H1', text: 'Drone ' },
      { in: 'EM', text: 'wreckage' },
      { in: 'H1', text: ' hits' },
    ]);
    expect(onPage(extracted, 'Lodygina Street')).toEqual([{ in: 'A', text: 'Lodygina Street' }]);
  });

  it('takes the story’s own <h1> over a teaser with the same words earlier in the page', () => {
    const { map, doc } = read(
      parse,
      story({
        headline: `<h1 class="story">${HEADLINE}</h1>`,
        before: `<div class="promo"><h1>${HEADLINE}</h1></div>`,
      }),
    );
    const title = map.runs.filter((run) => run.start < map.bodyStart);
    expect(title.length).toBeGreaterThan(0);
    for (const run of title) expect(run.node.parentNode).toBe(doc.querySelector('h1.story'));
  });

  it('never maps the headline to a copy the reader cannot see', () => {
    for (const hidden of [
      `<div hidden><h1>${HEADLINE}</h1></div>`,
      `<h1 aria-hidden="true">${HEADLINE}</h1>`,
      `<h1 style="color: red; display: none">${HEADLINE}</h1>`,
    ]) {
      const { map, article } = read(
        parse,
        story({ headline: `${hidden}<h1>Wreckage on Lodygina Street</h1>` }),
      );
      expect(article.title).toBe(HEADLINE);
      expect(rangesFor(map, 0, article.title.length)).toEqual([]);
    }
  });

  it('falls back to an <h2> that reads as the headline when no <h1> does', () => {
    const extracted = read(
      parse,
      story({
        headline: `<h2>${HEADLINE}</h2>`,
        before: '<h1>Harbour Wire</h1>',
      }),
    );
    expect(onPage(extracted, 'Drone wreckage')).toEqual([{ in: 'H2', text: 'Drone wreckage' }]);
  });
});
