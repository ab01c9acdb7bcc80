// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ArticleInput,
  CheckedClaim,
  Entity,
  EntityMention,
  Report,
} from '../../core/model.ts';
import type { PageAnnotations, Reply } from '../../shared/protocol.ts';
import { PageReading } from '../reading.ts';
import { showPage } from './pages.ts';

const PLACES = ['Kamensky District', 'Glubokoye', 'Sadovaya Street', 'Millerovo'];
const CLAIMS = [
  'shot down three drones',
  'damaged the roofs of houses 4 and 6',
  'Sirens sounded in three river towns',
];

/**
 * The background's answer, written by hand so these tests follow the page and not the analysis:
 * the places and claims above, wherever they occur in the text; the first claim corroborated.
 */
function answer(article: ArticleInput): Reply<PageAnnotations> {
  const text = article.title ? `${article.title}\n\n${article.body}` : article.body;
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const name of PLACES) {
    const id = `place:${name.toLowerCase().replace(/\W+/g, '-')}`;
    entities.push({ id, type: 'place', name, description: 'test place', known: true });
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.push({ entityId: id, start: at, end: at + name.length, surface: name });
    }
  }
  const claims: CheckedClaim[] = [];
  for (const phrase of CLAIMS) {
    const start = text.indexOf(phrase);
    if (start < 0) continue;
    claims.push({
      id: `${article.url}#${claims.length}`,
      start,
      end: start + phrase.length,
      text: phrase,
      frame: {
        event: 'attack',
        places: [],
        actors: [],
        counts: [],
        negated: false,
        identifiers: [],
      },
      keys: [],
      terms: [],
      status: claims.length === 0 ? 'corroborated' : 'new',
      evidence: [],
    });
  }
  const report: Report = {
    ...article,
    firstReadAt: 1,
    readAt: 1,
    text,
    entities,
    mentions,
    claims,
  };
  return { ok: true, value: { report, cards: {} } };
}

describe('reading a page', () => {
  let reading: PageReading;
  let href: string;
  const read = vi.fn(async (article: ArticleInput) => answer(article));
  const none = vi.fn(async (_url: string) => null);

  beforeEach(() => {
    href = 'https://courier.example/2024/12/09/debris-kamensky-district';
    read.mockClear();
    none.mockClear();
    reading = new PageReading({
      doc: document,
      href: () => href,
      readArticle: read,
      noArticle: none,
    });
  });

  afterEach(() => reading.stop());

  it('highlights the places and claims the analysis found in an article page', async () => {
    showPage('news-article.html');
    expect(await reading.start()).toBe('highlighted');
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]?.[0].url).toBe(href);
    const places = [...document.querySelectorAll('cc-mark[data-kind="place"]')].map(
      (mark) => mark.textContent,
    );
    expect(places).toContain('Glubokoye');
    expect(document.querySelector('cc-mark[data-status="corroborated"]')).not.toBeNull();
    expect(document.querySelector('nav cc-mark, footer cc-mark, aside cc-mark')).toBeNull();
  });

  it('reveals a claim, hides and shows all highlights on request', async () => {
    showPage('news-article.html');
    await reading.start();
    const handlers = reading.handlers();
    const claimId =
      document.querySelector('cc-mark[data-kind="claim"]')?.getAttribute('data-claim') ?? '';
    expect(await handlers['page/reveal']?.({ claimId }, undefined)).toBe(true);
    expect(document.querySelector(`cc-mark[data-flash]`)?.getAttribute('data-claim')).toBe(claimId);
    expect(await handlers['page/reveal']?.({ claimId: 'nowhere#9' }, undefined)).toBe(false);
    await handlers['page/highlights']?.({ visible: false }, undefined);
    expect(document.documentElement.getAttribute('data-crosscheck-highlights')).toBe('hidden');
    await handlers['page/highlights']?.({ visible: true }, undefined);
    expect(document.documentElement.hasAttribute('data-crosscheck-highlights')).toBe(false);
  });

  it('tells the background when a page is no article, and reads it anyway when asked', async () => {
    document.documentElement.innerHTML =
      '<head><title>Notes</title></head><body><div>Air defence units shot down three drones over Kamensky District overnight, the governor said. Debris damaged the roofs of houses 4 and 6 on Sadovaya Street in Glubokoye.</div></body>';
    expect(await reading.read(false)).toBe('not-article');
    expect(none).toHaveBeenCalledWith(href);
    expect(read).not.toHaveBeenCalled();
    await reading.handlers()['page/analyse']?.({}, undefined);
    expect(read).toHaveBeenCalledTimes(1);
    expect(document.querySelector('cc-mark[data-kind="claim"]')).not.toBeNull();
  });

  it('puts the highlights back when the page re-renders, and reads again after pushState navigation', async () => {
    showPage('news-article.html');
    await reading.start();
    const story = document.querySelector('.story-body') as HTMLElement;
    const marked = document.querySelectorAll('cc-mark').length;
    story.innerHTML = story.innerHTML.replace(/<\/?cc-mark[^>]*>/g, '');
    expect(document.querySelectorAll('cc-mark').length).toBeLessThan(marked);
    await vi.waitFor(() => expect(document.querySelectorAll('cc-mark')).toHaveLength(marked), {
      timeout: 3000,
    });
    // Same article, same text: the earlier answer is reused rather than stored again.
    expect(read).toHaveBeenCalledTimes(1);

    href = 'https://courier.example/2024/12/10/sirens';
    showPage('plain-blog.html');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(read.mock.calls[1]?.[0].title).toBe('Night of sirens in the river towns');
  });
});
