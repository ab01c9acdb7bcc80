import { describe, expect, it } from 'vitest';
import { extractArticle, rangesFor } from '../index.ts';
import { parsers } from './documents.ts';

/**
 * Pages past Readability's element limit: a story among a market table that pushes the page
 * over 15,000 elements and a discussion written as many sites write one.
 */
const STORY = [
  'Rescue crews worked through the night at the grain terminal in Novoazovsk after a fire broke out in the drying hall, the port authority said on Wednesday.',
  'The blaze was put out shortly before six in the morning. Two workers were taken to hospital with burns, and the terminal halted loading until an inspection is complete.',
  'Investigators are looking at a fault in the ventilation system, according to a statement from the regional emergencies service.',
];
const COMMENT =
  'I drove past the terminal on the coast road this morning and the smoke was still hanging over the harbour, which nobody on the radio seemed to mention at all.';

function market(rows = 3_800): string {
  const cells: string[] = [];
  for (let i = 0; i < rows; i++) cells.push(`<tr><td>T${i}</td><td>${i}</td><td>+1%</td></tr>`);
  return `<section class="market"><table>${cells.join('')}</table></section>`;
}

function thread(wrapper: string, posts = 300): string {
  const items: string[] = [];
  for (let i = 0; i < posts; i++)
    items.push(
      `<div class="post"><span class="name">harbour_reader_${i}</span><p>${COMMENT}</p></div>`,
    );
  return `<${wrapper}>${items.join('')}</${wrapper}>`;
}

const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');

function large(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body><header><h2>Coast Herald</h2></header><main>${body}</main></body></html>`;
}

// Each page has over 15,000 elements; jsdom takes seconds to build one on a busy machine.
describe.each(Object.entries(parsers))(
  'pages too large for Readability on %s',
  { timeout: 30_000 },
  (_name, parse) => {
    it('reads the <article> holding the headline, not a longer discussion beside it', () => {
      const html = large(
        '<title>Fire at Novoazovsk grain terminal | Coast Herald</title>',
        `<article><h1>Fire at Novoazovsk grain terminal</h1><div class="text">${paragraphs}</div></article>` +
          `<article><p>${COMMENT}</p></article>${market()}${thread('section')}`,
      );
      const extracted = extractArticle(parse(html), 'https://herald.example/fire');
      const body = extracted?.article.body ?? '';
      expect(body).toContain('put out shortly before six');
      expect(body).toContain('ventilation system');
      expect(body).not.toContain('coast road');
      // The headline opens the analysed text once; the body does not repeat it.
      expect(extracted?.article.title).toBe('Fire at Novoazovsk grain terminal');
      expect(body).not.toContain('Fire at Novoazovsk');
    });

    it('reads [itemprop=articleBody] when the page marks its story so', () => {
      const html = large(
        '',
        `<div class="layout"><h1>Fire at Novoazovsk grain terminal</h1><div itemprop="articleBody">${paragraphs}</div>` +
          `<div>${Array.from({ length: 6 }, () => `<p>${COMMENT}</p>`).join('')}</div></div>${market()}`,
      );
      const body = extractArticle(parse(html), 'https://herald.example/fire')?.article.body ?? '';
      expect(body).toContain('Rescue crews worked through the night');
      expect(body).not.toContain('coast road');
    });

    it('without any declared container, prefers the story over a thread of posts with their authors', () => {
      const html = large(
        '',
        `<div class="page"><h1>Fire at Novoazovsk grain terminal</h1><div class="text">${paragraphs}</div></div>` +
          `${market()}${thread('div')}`,
      );
      const body = extractArticle(parse(html), 'https://herald.example/fire')?.article.body ?? '';
      expect(body).toContain('Investigators are looking at a fault');
      expect(body).not.toContain('coast road');
    });

    it('still gathers a story written as one-paragraph wrappers', () => {
      const wrapped = STORY.map(
        (text, i) => `<div class="para"><p>${text}</p><span>${i + 1}</span></div>`,
      );
      const html = large('', `<div class="page">${wrapped.join('')}</div>${market()}`);
      const body = extractArticle(parse(html), 'https://herald.example/fire')?.article.body ?? '';
      for (const text of STORY) expect(body).toContain(text);
    });

    it('takes the headline from the <h1> in the story, else from <title> without the outlet', () => {
      const withHeading = large(
        '<title>Something else | Coast Herald</title>',
        `<article><h1>Fire at Novoazovsk grain terminal</h1>${paragraphs}</article>${market()}`,
      );
      const headed = extractArticle(parse(withHeading), 'https://herald.example/fire');
      expect(headed?.article.title).toBe('Fire at Novoazovsk grain terminal');
      const headline = headed ? rangesFor(headed.map, 0, headed.article.title.length) : [];
      expect(headline.map((range) => range.node.parentNode?.nodeName.toUpperCase())).toEqual([
        'H1',
      ]);
      const titleOnly = large(
        '<title>Terminal fire put out by morning | Coast Herald</title>',
        `<article>${paragraphs}</article>${market()}`,
      );
      expect(extractArticle(parse(titleOnly), 'https://herald.example/fire')?.article.title).toBe(
        'Terminal fire put out by morning',
      );
    });
  },
);

describe.each(Object.entries(parsers))('too little text to be an article on %s', (_name, parse) => {
  const head =
    '<title>Fire at the terminal | Coast Herald</title><meta property="og:type" content="article">';

  it('refuses a placeholder where the story will be rendered', () => {
    const doc = parse(
      `<html><head>${head}</head><body><main><article><p class="placeholder">Loading…</p></article></main></body></html>`,
    );
    expect(extractArticle(doc, 'https://herald.example/fire')).toBeNull();
  });

  it('refuses a teaser of a dozen words, and reads a two-sentence brief', () => {
    const teaser = parse(
      `<html><head>${head}</head><body><article><p>Fire at the grain terminal: subscribe to read the full story.</p></article></body></html>`,
    );
    expect(extractArticle(teaser, 'https://herald.example/fire')).toBeNull();
    const brief = parse(
      `<html><head>${head}</head><body><article><p>${STORY[0]}</p><p>${STORY[2]}</p></article></body></html>`,
    );
    expect(extractArticle(brief, 'https://herald.example/fire')?.article.body).toContain(
      'grain terminal in Novoazovsk',
    );
  });
  it('reads a brief of 25 words and refuses one of 24, a hyphened or elided word counting once', () => {
    const words =
      'Firefighters in north-east Mariupol’s port put out a blaze at the grain terminal on Sunday night after a drone struck it, officials said, and nobody was hurt'.split(
        ' ',
      );
    const page = (count: number) =>
      parse(
        `<html><head>${head}</head><body><article><p>${words.slice(0, count).join(' ')}.</p></article></body></html>`,
      );
    expect(extractArticle(page(24), 'https://herald.example/fire')).toBeNull();
    expect(extractArticle(page(25), 'https://herald.example/fire')?.article.body).toContain(
      'drone struck it',
    );
  });
});
