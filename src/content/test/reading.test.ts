// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput, CheckedClaim, Entity, EntityMention } from '../../core/model.ts';
import type { MarkedReport, PageReport, Reply } from '../../shared/protocol.ts';
import { PageReading } from '../reading.ts';
import { showPage } from './pages.ts';
import { bareFrame } from '../../core/claims/frame.ts';

const PLACES = ['Kamensky District', 'Glubokoye', 'Sadovaya Street', 'Millerovo'];
const CLAIMS = [
  'shot down three drones',
  'damaged the roofs of houses 4 and 6',
  'Sirens sounded in three river towns',
  'Debris lands near two homes',
];

/**
 * The background's answer, written by hand so these tests follow the page and not the analysis:
 * the places and claims above, wherever they occur in the text; the first claim corroborated.
 */
function answer(article: ArticleInput): Reply<PageReport> {
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
      frame: bareFrame('attack'),
      keys: [],
      terms: [],
      status: claims.length === 0 ? 'corroborated' : 'new',
      evidence: [],
    });
  }
  const report: MarkedReport = {
    url: article.url,
    textLength: text.length,
    entities,
    mentions,
    claims,
  };
  return { ok: true, value: { report } };
}

describe('reading a page', () => {
  let reading: PageReading;
  let href: string;
  const read = vi.fn(async (article: ArticleInput) => answer(article));
  const none = vi.fn(async (_url: string) => null);
  const cards = vi.fn(async (_url: string) => ({ ok: true as const, value: {} }));

  beforeEach(() => {
    href = 'https://courier.example/2024/12/09/debris-kamensky-district';
    read.mockClear();
    none.mockClear();
    cards.mockClear();
    reading = new PageReading({
      doc: document,
      href: () => href,
      readArticle: read,
      readCards: cards,
      noArticle: none,
    });
    reading.permit();
  });

  afterEach(() => reading.stop());

  it('highlights the places and claims the analysis found in an article page', async () => {
    showPage('news-article.html');
    expect(await reading.start()).toBe('highlighted');
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]?.[0].url).toBe(href);
    // The hover cards of what was just highlighted are asked for after it.
    expect(cards.mock.calls).toEqual([[href]]);
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

  it('marks a claim and a place in the headline, and reveals the claim there', async () => {
    showPage('news-article.html');
    await reading.start();
    const headline = document.querySelector('h1');
    const claim = headline?.querySelector('cc-mark[data-kind="claim"]');
    expect(claim?.textContent).toBe('Debris lands near two homes');
    expect(headline?.querySelector('cc-mark[data-kind="place"]')?.textContent).toBe(
      'Kamensky District',
    );
    expect(headline?.textContent).toBe('Debris lands near two homes in Kamensky District');
    const claimId = claim?.getAttribute('data-claim') ?? '';
    expect(await reading.handlers()['page/reveal']?.({ claimId }, undefined)).toBe(true);
    expect(claim?.hasAttribute('data-flash')).toBe(true);
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
    // Same article, same text: the earlier answer, cards and all, is reused rather than stored again.
    expect(read).toHaveBeenCalledTimes(1);
    expect(cards).toHaveBeenCalledTimes(1);

    href = 'https://courier.example/2024/12/10/sirens';
    showPage('plain-blog.html');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2), { timeout: 3000 });
    expect(read.mock.calls[1]?.[0].title).toBe('Night of sirens in the river towns');
  });

  const STORY = `<h1>Debris in Glubokoye</h1><div class="story-body"><p>Air defence units shot down three drones over Kamensky District overnight, the governor said on his channel.</p><p>Falling debris damaged the roofs of houses 4 and 6 on Sadovaya Street in Glubokoye, and no one was hurt.</p></div>`;

  it('does not send a placeholder, and reads the article once the page renders it', async () => {
    document.documentElement.innerHTML =
      '<head><title>Debris in Glubokoye</title><meta property="og:type" content="article"></head><body><main><article id="story"><p>Loading…</p></article></main></body>';
    expect(await reading.start()).toBe('no-text');
    expect(read).not.toHaveBeenCalled();
    expect(none).toHaveBeenCalledWith(href);
    (document.getElementById('story') as HTMLElement).innerHTML = STORY;
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(read.mock.calls[0]?.[0].body).toContain('houses 4 and 6 on Sadovaya Street');
    await vi.waitFor(() =>
      expect(document.querySelector('cc-mark[data-kind="claim"]')).not.toBeNull(),
    );
  });

  it('reads the story again when the rest of it streams in after it was read', async () => {
    document.documentElement.innerHTML = `<head><title>Debris in Glubokoye</title><meta property="og:type" content="article"></head><body><main><article id="story">${STORY}</article></main></body>`;
    expect(await reading.start()).toBe('highlighted');
    expect(read.mock.calls[0]?.[0].body).not.toContain('Sirens sounded');
    const more = document.createElement('p');
    more.textContent =
      'Sirens sounded in three river towns while the attack lasted, the regional administration said.';
    document.querySelector('.story-body')?.append(more);
    // Read again with the rest of the story (a busy machine may let the watch look once more).
    await vi.waitFor(
      () =>
        expect(
          read.mock.calls.some(([article]) =>
            article.body.includes('Sirens sounded in three river towns'),
          ),
        ).toBe(true),
      { timeout: 3000 },
    );
    await vi.waitFor(() => expect(more.querySelector('cc-mark[data-kind="claim"]')).not.toBeNull());
  });

  it('stores the next story at its own address when a router leaves the canonical link behind', async () => {
    const first = href;
    document.documentElement.innerHTML = `<head><title>Debris in Glubokoye</title><link rel="canonical" href="${first}"><meta property="og:type" content="article"></head><body><main><article id="story">${STORY}</article></main></body>`;
    await reading.start();
    expect(read.mock.calls[0]?.[0].url).toBe(first);
    href = 'https://courier.example/2024/12/10/sirens';
    (document.getElementById('story') as HTMLElement).innerHTML =
      '<h1>Sirens in Millerovo</h1><div class="story-body"><p>Sirens sounded in three river towns while the attack lasted, and schools in Millerovo opened an hour late, the regional education department said.</p></div>';
    const next = href;
    await vi.waitFor(
      () => expect(read.mock.calls.map(([article]) => article.url)).toContain(next),
      { timeout: 3000 },
    );
    // However often a busy machine lets the page watch look again, the second story is only
    // ever stored at its own address, never under the first one's canonical link.
    for (const [article] of read.mock.calls)
      if (article.body.includes('schools in Millerovo opened')) expect(article.url).toBe(next);
  });

  describe('on a page that grows later', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => vi.useRealTimers());

    it('reads an article rendered well after the second look', async () => {
      document.documentElement.innerHTML =
        '<head><title>Courier</title></head><body><main id="app"></main></body>';
      expect(await reading.start()).toBe('not-article');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(read).not.toHaveBeenCalled();
      // Declaring nothing, the page must read as prose: paragraphs of a real story's length.
      const paragraphs = [
        'Air defence units shot down three drones over Kamensky District overnight, the governor said on his channel, adding that the alert was lifted shortly after four in the morning and that emergency crews were sent out to every place where debris had been reported by residents.',
        'Falling debris damaged the roofs of houses 4 and 6 on Sadovaya Street in Glubokoye, and no one was hurt, according to the district administration, which said that repairs would begin as soon as the insurers had inspected both houses and the street had been cleared of fragments.',
        'Sirens sounded in three river towns while the attack lasted, and schools in Millerovo opened an hour late so that the roads could be checked, the regional education department said in a statement published on its website later in the morning.',
      ];
      (document.getElementById('app') as HTMLElement).innerHTML =
        `<article><h1>Debris in Glubokoye</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article>`;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(read).toHaveBeenCalledTimes(1);
      expect(read.mock.calls[0]?.[0].body).toContain('shot down three drones');
    });

    it('looks at a growing page that is no article only a few times', async () => {
      document.documentElement.innerHTML =
        '<head><title>Index</title></head><body><ul id="feed"></ul></body>';
      await reading.start();
      const feed = document.getElementById('feed') as HTMLElement;
      const grows = 30;
      for (let i = 0; i < grows; i++) {
        feed.insertAdjacentHTML(
          'beforeend',
          Array.from(
            { length: 8 },
            (_, j) =>
              `<li><a href="/s/${i}-${j}">Headline ${i}-${j} about the weather today</a></li>`,
          ).join(''),
        );
        await vi.advanceTimersByTimeAsync(1_000);
      }
      expect(read).not.toHaveBeenCalled();
      expect(none.mock.calls.length).toBeGreaterThan(2);
      expect(none.mock.calls.length).toBeLessThan(grows / 3);
    });
  });
});
