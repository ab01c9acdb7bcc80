import { describe, expect, it } from 'vitest';
import { extractArticle, PageSurveyor, surveyPage } from '../index.ts';
import { parsers } from './documents.ts';
import { hugePage } from './huge-page.ts';

const LOCATION = 'https://courier.example/2024/12/09/drones-over-rostov';
const STORY = [
  'Air defences shot down nine drones over the Rostov region before dawn on Wednesday, governor Yury Slyusar said in a statement.',
  'Debris fell on a warehouse in Kamensk-Shakhtinsky, starting a small fire. No one was injured, the governor said.',
  'Residents of Taganrog were asked to stay indoors until the alert ended in the morning, the city administration added.',
];
const DRAFT = 'My own draft says forty drones were shot down over the Belgorod region last night.';

function article(inside: string, editable = false): string {
  const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');
  return `<!doctype html><html><head><title>Drones over Rostov</title>
<meta property="og:type" content="article"></head><body>
<article${editable ? ' contenteditable="true"' : ''}><h1>Drones shot down over Rostov region</h1>${paragraphs}${inside}</article>
</body></html>`;
}

describe.each(Object.entries(parsers))('regions the reader types into, on %s', (_name, parse) => {
  it('leaves a comment box inside the article out of its text', () => {
    const doc = parse(
      article(
        `<div contenteditable="true"><p>${DRAFT}</p></div><div contenteditable="false"><p>Kept: the editors note this was updated at noon after new reports.</p></div>`,
      ),
    );
    const body = extractArticle(doc, LOCATION)?.article.body ?? '';
    expect(body).toContain(STORY[1]);
    expect(body).not.toContain('forty drones');
  });

  it('reads nothing from a story open in an editor', () => {
    expect(extractArticle(parse(article('', true)), LOCATION)).toBeNull();
  });
});

describe.each(Object.entries(parsers))('the survey in stretches, on %s', (_name, parse) => {
  it('gathers what one walk gathers, however short the stretches', () => {
    const doc = parse(hugePage(3_000, 200_000));
    const whole = surveyPage(doc);
    const surveyor = new PageSurveyor(doc);
    let stretches = 0;
    while (!surveyor.walk(97)) stretches++;
    expect(stretches).toBeGreaterThan(10);
    const parts = surveyor.survey;
    expect(parts.elementCount).toBe(whole.elementCount);
    expect(parts.paragraphs).toEqual(whole.paragraphs);
    expect(parts.articles).toEqual(whole.articles);
    expect(parts.heading).toBe(whole.heading);
    expect([...parts.meta]).toEqual([...whole.meta]);
  });

  it('starts over when the page takes away the node it was about to walk', () => {
    const doc = parse(article(''));
    const surveyor = new PageSurveyor(doc);
    // Stop inside the article, then the page replaces it, as a router does.
    while (surveyor.survey.articles.length === 0) surveyor.walk(1);
    surveyor.walk(1);
    const old = doc.querySelector('article');
    const replacement = doc.createElement('article');
    replacement.innerHTML = `<h1>Another story</h1><p>${STORY[2]}</p>`;
    old?.parentNode?.replaceChild(replacement, old);
    while (!surveyor.walk(5));
    expect(surveyor.survey.articles).toEqual([replacement]);
    expect(surveyor.survey.paragraphs).toHaveLength(1);
  });
});
