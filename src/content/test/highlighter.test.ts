// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle, rangesFor, type ExtractedArticle } from '../../extract/index.ts';
import { Highlighter, type Highlight } from '../highlighter.ts';
import { showPage, textNodes } from './pages.ts';

const LOCATION = 'https://courier.example/2024/12/09/debris-kamensky-district';

function extracted(): ExtractedArticle {
  const result = extractArticle(document, LOCATION);
  if (!result) throw new Error('no article');
  return result;
}

/** A highlight over the first occurrence of `phrase` in the body. */
function over(
  article: ExtractedArticle,
  phrase: string,
  highlight: Omit<Highlight, 'ranges'>,
): Highlight {
  const start = article.map.text.indexOf(phrase, article.map.bodyStart);
  expect(start).toBeGreaterThan(0);
  return { ...highlight, ranges: rangesFor(article.map, start, start + phrase.length) };
}

const text = (marks: Iterable<Element>) => Array.from(marks, (mark) => mark.textContent).join('');

describe('Highlighter', () => {
  beforeEach(() => showPage('news-article.html'));

  it('wraps claims and, inside them, the entities they mention', async () => {
    const article = extracted();
    const claim = 'falling debris damaged the roofs of houses 4 and 6 on Sadovaya Street';
    const highlighter = new Highlighter(document);
    await highlighter.add([
      over(article, 'Sadovaya Street', { kind: 'place', id: 'place:sadovaya' }),
      over(article, claim, {
        kind: 'claim',
        id: 'https://courier.example/a#1',
        status: 'contradicted',
      }),
    ]);

    const claimMarks = document.querySelectorAll('cc-mark[data-kind="claim"]');
    expect(text(claimMarks).replace(/\s+/g, ' ')).toBe(claim);
    for (const mark of claimMarks) {
      expect(mark.getAttribute('data-status')).toBe('contradicted');
      expect(mark.getAttribute('data-claim')).toBe('https://courier.example/a#1');
    }
    const place = document.querySelectorAll('cc-mark[data-kind="place"]');
    expect(place).toHaveLength(1);
    expect(place[0]?.textContent).toBe('Sadovaya Street');
    expect(place[0]?.getAttribute('data-entity')).toBe('place:sadovaya');
    expect(place[0]?.parentElement?.getAttribute('data-kind')).toBe('claim');
    // One tab stop per claim.
    expect(document.querySelectorAll('cc-mark[tabindex="0"]')).toHaveLength(1);
  });

  it('leaves the page text, as selected or copied, exactly as it was', async () => {
    const article = extracted();
    const paragraph = document.querySelectorAll('.story-body p')[1] as HTMLElement;
    const before = {
      body: document.body.textContent,
      paragraph: paragraph.innerText ?? paragraph.textContent,
    };
    const highlighter = new Highlighter(document);
    await highlighter.add([
      over(article, 'According to the governor, falling debris', {
        kind: 'claim',
        id: 'c1',
        status: 'new',
      }),
      over(article, 'Glubokoye', { kind: 'place', id: 'place:glubokoye' }),
    ]);
    expect(document.querySelectorAll('cc-mark').length).toBeGreaterThan(1);
    expect(document.body.textContent).toBe(before.body);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    expect(range.toString()).toBe(paragraph.textContent);
    expect(paragraph.textContent).toBe(before.paragraph);
  });

  it("keeps the page's own text nodes in the page, each holding the start of its text", async () => {
    const article = extracted();
    const claim = 'falling debris damaged the roofs of houses 4 and 6 on Sadovaya Street';
    const before = textNodes(document.body);
    const starts = new Map(before.map((node) => [node, node.data.slice(0, 1)]));
    const highlighter = new Highlighter(document);
    await highlighter.add([
      over(article, claim, { kind: 'claim', id: 'c1', status: 'new' }),
      over(article, 'Sadovaya Street', { kind: 'place', id: 'place:sadovaya' }),
    ]);
    expect(document.querySelectorAll('cc-mark')).toHaveLength(3);
    // A page's script holding one of its text nodes still finds it shown, with its first words.
    for (const node of before) {
      expect(node.isConnected).toBe(true);
      expect(node.data.slice(0, 1)).toBe(starts.get(node));
    }
  });

  it('takes every mark out again and leaves the original DOM', async () => {
    const before = document.body.innerHTML;
    const nodesBefore = textNodes(document.body).length;
    const article = extracted();
    const highlighter = new Highlighter(document);
    await highlighter.add([
      over(article, 'shot down three drones over Kamensky District', {
        kind: 'claim',
        id: 'c0',
        status: 'corroborated',
      }),
      over(article, 'Kamensky District', { kind: 'place', id: 'place:kamensky' }),
      over(article, 'Tarasovsky District', { kind: 'place', id: 'place:tarasovsky' }),
      over(article, 'Millerovo', { kind: 'place', id: 'place:millerovo' }),
    ]);
    // The claim runs into the link: one mark before it, one inside it around the place's.
    expect(document.querySelectorAll('cc-mark')).toHaveLength(5);
    expect(document.body.innerHTML).not.toBe(before);
    highlighter.remove();
    expect(document.querySelectorAll('cc-mark')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes(document.body)).toHaveLength(nodesBefore);
  });

  it('keeps a link working when a mark sits inside it', async () => {
    const article = extracted();
    const link = document.querySelector('a[href="/tag/kamensky"]') as HTMLAnchorElement;
    const highlighter = new Highlighter(document);
    await highlighter.add([
      over(article, 'three drones over Kamensky District overnight', {
        kind: 'claim',
        id: 'c0',
        status: 'new',
      }),
      over(article, 'Kamensky District', { kind: 'place', id: 'place:kamensky' }),
    ]);
    const mark = link.querySelector('cc-mark[data-kind="place"]') as HTMLElement;
    expect(mark).not.toBeNull();
    expect(mark.closest('a')).toBe(link);
    expect(link.isConnected).toBe(true);
    expect(link.getAttribute('href')).toBe('/tag/kamensky');
    expect(link.textContent).toBe('Kamensky District');
    let clicked = false;
    link.addEventListener('click', (event) => {
      clicked = true;
      event.preventDefault();
    });
    mark.click();
    expect(clicked).toBe(true);
    // The link is a tab stop already; the claim's marks inside it are not.
    expect(link.querySelector('[tabindex]')).toBeNull();
  });

  it('never puts a mark directly inside a list or table row', async () => {
    document.body.innerHTML =
      '<ul>\n  <li>Sirens in Glubokoye</li>\n  <li>Power cut in Millerovo</li>\n</ul><table><tr>\n<td>Kamensk</td>\n</tr></table>';
    const highlighter = new Highlighter(document);
    const ranges = textNodes(document.body).map((node) => ({
      node,
      start: 0,
      end: node.data.length,
    }));
    await highlighter.add([{ kind: 'claim', id: 'all', status: 'new', ranges }]);
    expect(document.querySelectorAll('cc-mark')).toHaveLength(3);
    expect(
      document.querySelector('ul > cc-mark, tr > cc-mark, tbody > cc-mark, table > cc-mark'),
    ).toBeNull();
  });

  it('yields to the page while marking a long article, and stops when aborted', async () => {
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) => `<p>Report ${i}: sirens in Glubokoye.</p>`,
    ).join('');
    const highlights: Highlight[] = textNodes(document.body).map((node, i) => ({
      kind: 'claim',
      id: `c${i}`,
      status: 'new',
      ranges: [{ node, start: 0, end: node.data.length }],
    }));
    let pageRan = false;
    setTimeout(() => (pageRan = true), 0);
    const controller = new AbortController();
    const highlighter = new Highlighter(document);
    const done = highlighter.add(highlights, controller.signal);
    setTimeout(() => controller.abort(), 0);
    await done;
    expect(pageRan).toBe(true);
    const marked = document.querySelectorAll('cc-mark').length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(3000);
  });
});
