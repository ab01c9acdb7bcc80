// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleInput, CheckedClaim } from '../../core/model.ts';
import type { MarkedReport, PageReport, Reply } from '../../shared/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import { PageReading } from '../reading.ts';
import { PAUSED_MESSAGE, SiteReading } from '../site-reading.ts';
import { markShown } from '../styles.ts';
import { showPage } from './pages.ts';
import { bareFrame } from '../../core/claims/frame.ts';

const HREF = 'https://courier.example/2024/12/09/debris-kamensky-district';
const PLACE = 'Glubokoye';
const CLAIMS = ['damaged the roofs of houses 4 and 6', 'Debris lands near two homes'];

/** The background's answer, by hand: one place and two claims wherever the text has them. */
function answer(article: ArticleInput): Reply<PageReport> {
  const text = article.title ? `${article.title}\n\n${article.body}` : article.body;
  const placeAt = text.indexOf(PLACE);
  const claims = CLAIMS.flatMap((phrase, n): CheckedClaim[] => {
    const start = text.indexOf(phrase);
    if (start < 0) return [];
    return [
      {
        id: `${article.url}#${n}`,
        start,
        end: start + phrase.length,
        text: phrase,
        frame: bareFrame('debris'),
        keys: [],
        terms: [],
        status: 'new',
        evidence: [],
      },
    ];
  });
  const report: MarkedReport = {
    url: article.url,
    textLength: text.length,
    entities: [{ id: 'place:glubokoye', type: 'place', name: PLACE, description: 'town' }],
    mentions:
      placeAt < 0
        ? []
        : [{ entityId: 'place:glubokoye', start: placeAt, end: placeAt + 9, surface: PLACE }],
    claims,
  };
  return { ok: true, value: { report } };
}

const settingsWith = (change: Partial<Settings>): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...change,
});

describe('the page obeys the reader’s settings', () => {
  let site: SiteReading;
  let stored: Settings;
  let changed: ((settings: Settings) => void) | undefined;
  const read = vi.fn(async (article: ArticleInput) => answer(article));

  beforeEach(() => {
    showPage('news-article.html');
    read.mockClear();
    stored = settingsWith({});
    site = new SiteReading({
      doc: document,
      href: () => HREF,
      newReading: () =>
        new PageReading({
          doc: document,
          href: () => HREF,
          readArticle: read,
          readCards: async () => ({ ok: true, value: {} }),
          noArticle: async () => null,
        }),
      readSettings: async () => stored,
      onSettingsChanged: (listener) => {
        changed = listener;
        return () => {
          changed = undefined;
        };
      },
    });
  });

  afterEach(() => {
    site.stop();
    document.documentElement.removeAttribute('data-crosscheck-kinds-off');
    document.documentElement.removeAttribute('data-crosscheck-highlights');
  });

  const marks = (kind: string) => [
    ...document.querySelectorAll<HTMLElement>(`cc-mark[data-kind="${kind}"]`),
  ];
  const highlighted = () => vi.waitFor(() => expect(marks('claim').length).toBeGreaterThan(0));

  it('does not read a paused site, and says so when the reader asks for a reading', async () => {
    stored = settingsWith({ pausedSites: ['courier.example'] });
    await site.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).not.toHaveBeenCalled();
    expect(document.querySelector('cc-mark')).toBeNull();
    await expect(site.handlers()['page/analyse']?.({}, undefined)).rejects.toThrow(PAUSED_MESSAGE);
  });

  it('reads only listed sites in listed mode', async () => {
    stored = settingsWith({ sites: 'listed', listedSites: ['other.example'] });
    await site.start();
    expect(site.active).toBe(false);
    changed?.(settingsWith({ sites: 'listed', listedSites: ['courier.example'] }));
    await highlighted();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('takes the highlights out when the site is paused, and reads it again when resumed', async () => {
    await site.start();
    await highlighted();
    changed?.(settingsWith({ pausedSites: ['news.courier.example', 'courier.example'] }));
    expect(document.querySelector('cc-mark')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe(
      'Debris lands near two homes in Kamensky District',
    );
    changed?.(settingsWith({}));
    await highlighted();
  });

  it('hides a kind turned off at once, with its tab stops, and shows it again unread', async () => {
    await site.start();
    await highlighted();
    changed?.(
      settingsWith({
        highlight: { place: false, official: true, organization: true, claim: false },
      }),
    );
    expect(marks('place').every((mark) => !markShown(mark))).toBe(true);
    expect(marks('claim').every((mark) => !markShown(mark))).toBe(true);
    expect(document.querySelectorAll('cc-mark[tabindex="0"]')).toHaveLength(0);
    expect(await site.handlers()['page/step']?.({ direction: 'next' }, undefined)).toBe(false);

    changed?.(settingsWith({}));
    expect(marks('place').length).toBeGreaterThan(0);
    expect(marks('place').every(markShown)).toBe(true);
    expect(document.querySelectorAll('cc-mark[tabindex="0"]').length).toBe(CLAIMS.length);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('gives claims read while they are turned off no tab stop until they are turned on', async () => {
    stored = settingsWith({
      highlight: { place: true, official: true, organization: true, claim: false },
    });
    await site.start();
    await highlighted();
    expect(document.querySelectorAll('cc-mark[tabindex="0"]')).toHaveLength(0);
    expect(await site.handlers()['page/step']?.({ direction: 'next' }, undefined)).toBe(false);
    changed?.(settingsWith({}));
    expect(document.querySelectorAll('cc-mark[tabindex="0"]').length).toBe(CLAIMS.length);
  });

  it('toggles every highlight from outside the page', async () => {
    await site.start();
    await highlighted();
    const toggle = site.handlers()['page/toggle-highlights'];
    expect(await toggle?.({}, undefined)).toEqual({ visible: false });
    expect(document.documentElement.getAttribute('data-crosscheck-highlights')).toBe('hidden');
    expect(marks('claim').some(markShown)).toBe(false);
    expect(await toggle?.({}, undefined)).toEqual({ visible: true });
    expect(marks('claim').every(markShown)).toBe(true);
  });

  it('steps through the claims in page order, wrapping around, from the browser’s command', async () => {
    await site.start();
    await highlighted();
    const step = site.handlers()['page/step'];
    const focusedClaim = () =>
      (document.activeElement as HTMLElement | null)?.getAttribute('data-claim');
    const ids = [...new Set(marks('claim').map((mark) => mark.getAttribute('data-claim')))];
    expect(ids).toHaveLength(2);
    expect(await step?.({ direction: 'next' }, undefined)).toBe(true);
    const first = focusedClaim();
    expect(ids).toContain(first);
    await step?.({ direction: 'next' }, undefined);
    expect(focusedClaim()).not.toBe(first);
    await step?.({ direction: 'next' }, undefined);
    expect(focusedClaim()).toBe(first);
    await step?.({ direction: 'previous' }, undefined);
    expect(focusedClaim()).not.toBe(first);
  });

  it('steps on Alt+Shift+J in the page, but never takes the keys from a text field', async () => {
    await site.start();
    await highlighted();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const press = (target: EventTarget) =>
      target.dispatchEvent(
        new KeyboardEvent('keydown', {
          code: 'KeyJ',
          key: 'J',
          altKey: true,
          shiftKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    press(field);
    expect(document.activeElement).toBe(field);
    field.blur();
    press(document.body);
    const reached = document.activeElement?.getAttribute('data-claim');
    expect(reached).toBeTruthy();
    // The browser's command for that same key press arrives afterwards: no second step.
    expect(await site.handlers()['page/step']?.({ direction: 'next' }, undefined)).toBe(true);
    expect(document.activeElement?.getAttribute('data-claim')).toBe(reached);
  });
});
