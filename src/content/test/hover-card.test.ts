// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import type { CheckedClaim } from '../../core/model.ts';
import type { EntityCard } from '../../shared/protocol.ts';
import { claimCardContent, entityCardContent } from '../card-content.ts';
import { HoverCards, cardPosition } from '../hover-card.ts';
import { setHiddenKinds, setHighlightsVisible } from '../styles.ts';
import { bareFrame } from '../../core/claims/frame.ts';

const DAY = Date.UTC(2024, 11, 8, 12);

const rostovDistrict: EntityCard = {
  id: 'place:ru-ros-chertkovsky',
  type: 'place',
  name: 'Chertkovsky District',
  description: 'district, Rostov Oblast',
  spellings: ['Chertkovsky District', 'Chertkovskoye', 'Чертковский район'],
  reportCount: 3,
  firstSeen: DAY,
  lastSeen: DAY + 3 * 86_400_000,
};

const contradicted: CheckedClaim = {
  id: 'https://courier.example/a#2',
  start: 10,
  end: 80,
  text: 'Debris damaged the roofs of houses 4 and 6',
  frame: bareFrame('debris', ['4', '6']),
  attribution: 'official:governor',
  keys: [],
  terms: [],
  status: 'contradicted',
  evidence: [
    {
      reportUrl: 'https://wire.example/b',
      source: 'Wire <b>Service</b>',
      title: '<img src=x onerror="window.pwned=1">Debris falls near houses',
      readAt: DAY,
      claimId: 'https://wire.example/b#0',
      claimText: 'Debris fell near houses 4 and 6',
      relation: 'contradicts',
      difference: {
        aspect: 'relation',
        ours: 'damaged the roofs of houses 4 and 6',
        theirs: 'fell near houses 4 and 6',
      },
    },
  ],
};

describe('card content', () => {
  it('describes a place with its kind, spellings and history', () => {
    const card = entityCardContent(document, rostovDistrict);
    expect(card.querySelector('.name')?.textContent).toBe('Chertkovsky District');
    expect(card.querySelector('.kind')?.textContent).toBe('Place · district, Rostov Oblast');
    expect(card.querySelector('.spellings')?.textContent).toBe(
      'Written as: Chertkovskoye, Чертковский район',
    );
    expect(card.querySelector('.history')?.textContent).toMatch(
      /^In 3 reports you have read; first seen .*2024.*, last seen .*2024.*\.$/,
    );
  });

  it('shows a contradiction with the other outlet, its headline and the differing detail, as plain text', () => {
    const card = claimCardContent(document, contradicted, (id) =>
      id === 'official:governor' ? 'Yuri Slyusar' : undefined,
    );
    expect(card.querySelector('.chip')?.textContent).toBe('Contradicted');
    expect(card.querySelector('.summary')?.textContent).toBe('1 earlier report says otherwise');
    expect(card.querySelector('.attribution')?.textContent).toBe('Attributed to Yuri Slyusar');
    expect(card.querySelector('.outlet')?.textContent).toMatch(/^Wire <b>Service<\/b> · read /);
    expect(card.querySelector('.headline')?.textContent).toBe(
      '<img src=x onerror="window.pwned=1">Debris falls near houses',
    );
    expect(card.querySelector('.ours')?.textContent).toBe(
      'Here: damaged the roofs of houses 4 and 6',
    );
    expect(card.querySelector('.theirs')?.textContent).toBe('There: fell near houses 4 and 6');
    expect(card.querySelector('img, b')).toBeNull();
  });

  it('says when every outlet backing a claim cites one source', () => {
    const backing = contradicted.evidence[0]!;
    const card = claimCardContent(
      document,
      {
        ...contradicted,
        status: 'corroborated',
        evidence: ['North Wire', 'South Daily', 'East Post'].map((source, i) => ({
          ...backing,
          source,
          reportUrl: `https://outlet${i}.example/a`,
          relation: 'corroborates' as const,
          attribution: 'official:governor',
        })),
      },
      (id) => (id === 'official:governor' ? 'Yuri Slyusar' : undefined),
    );
    expect(card.querySelector('.summary')?.textContent).toBe('3 earlier reports say the same');
    expect(card.querySelector('.independence')?.textContent).toBe(
      '3 outlets, all citing Yuri Slyusar',
    );
  });

  it('says plainly when no earlier report backs a new claim', () => {
    const card = claimCardContent(
      document,
      { ...contradicted, status: 'new', evidence: [], attribution: undefined },
      () => undefined,
    );
    expect(card.querySelector('.summary')?.textContent).toBe(
      'No earlier report you have read says this',
    );
    expect(card.querySelector('.evidence, .attribution')).toBeNull();
  });
});

describe('hover cards', () => {
  let cards: HoverCards;
  let attached: MockInstance<Element['attachShadow']> | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    // Watches (and still calls) the real attachShadow: the test holds the root as our script does.
    attached = vi.spyOn(Element.prototype, 'attachShadow');
    document.body.innerHTML =
      '<p>Drones over <cc-mark data-kind="claim" data-claim="c1" data-status="new" tabindex="0">debris fell in <cc-mark data-kind="place" data-entity="place:ru-ros-chertkovsky">Chertkovskoye</cc-mark></cc-mark> overnight.</p><p id="elsewhere">Other text</p>';
    cards = new HoverCards(document, (mark) =>
      mark.dataset.kind === 'place'
        ? entityCardContent(document, rostovDistrict)
        : claimCardContent(document, contradicted, () => undefined),
    );
  });

  afterEach(() => {
    cards.destroy();
    attached?.mockRestore();
    vi.useRealTimers();
  });

  const host = () => document.querySelector('cc-card') as HTMLElement | null;
  /** The card's closed shadow root, as the content script that attached it holds it. */
  const root = () => attached?.mock.results.at(-1)?.value as ShadowRoot | undefined;
  const shown = () => host() !== null && host()?.style.display !== 'none';

  it('opens on hover in a shadow root the page cannot read, and closes on leaving', () => {
    const place = document.querySelector('cc-mark[data-kind="place"]') as HTMLElement;
    place.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(shown()).toBe(false);
    vi.advanceTimersByTime(300);
    expect(shown()).toBe(true);
    // The page's scripts see the host but not the history-derived words inside it.
    expect(host()?.shadowRoot).toBeNull();
    expect(host()?.textContent).toBe('');
    const shadow = root();
    expect(shadow?.mode).toBe('closed');
    expect(shadow?.querySelector('.name')?.textContent).toBe('Chertkovsky District');
    expect(shadow?.querySelector('style')?.textContent).toContain('.card');

    place.dispatchEvent(
      new MouseEvent('mouseout', {
        bubbles: true,
        relatedTarget: document.getElementById('elsewhere'),
      }),
    );
    vi.advanceTimersByTime(300);
    expect(shown()).toBe(false);
  });

  it('draws an open card again, where it is, when the history arrives after the highlights', () => {
    const firstSight = { ...rostovDistrict, spellings: ['Chertkovskoye'], reportCount: 0 };
    cards.setContent((mark) =>
      mark.dataset.kind === 'place' ? entityCardContent(document, firstSight) : null,
    );
    const place = document.querySelector('cc-mark[data-kind="place"]') as HTMLElement;
    place.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(300);
    expect(root()?.querySelector('.history')).toBeNull();

    cards.refresh((mark) =>
      mark.dataset.kind === 'place' ? entityCardContent(document, rostovDistrict) : null,
    );
    expect(shown()).toBe(true);
    expect(cards.openOn).toBe(place);
    expect(root()?.querySelectorAll('.card')).toHaveLength(1);
    expect(root()?.querySelector('.history')?.textContent).toMatch(/^In 3 reports you have read/);
  });

  it('opens on keyboard focus and closes on Escape', () => {
    const claim = document.querySelector('cc-mark[data-kind="claim"]') as HTMLElement;
    claim.focus();
    expect(shown()).toBe(true);
    expect(root()?.querySelector('.chip')?.textContent).toBe('Contradicted');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shown()).toBe(false);
  });

  it('opens the claim’s card, not the place’s, when places are turned off', () => {
    setHiddenKinds(document, ['place']);
    const place = document.querySelector('cc-mark[data-kind="place"]') as HTMLElement;
    place.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(300);
    expect(shown()).toBe(true);
    expect(root()?.querySelector('.name')).toBeNull();
    expect(root()?.querySelector('.chip')?.textContent).toBe('Contradicted');
    setHiddenKinds(document, []);
  });

  it('stays open while focus moves into the card, and closes when it leaves both', () => {
    const claim = document.querySelector('cc-mark[data-kind="claim"]') as HTMLElement;
    claim.focus();
    claim.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: host() }));
    expect(shown()).toBe(true);
    claim.dispatchEvent(
      new FocusEvent('focusout', {
        bubbles: true,
        relatedTarget: document.getElementById('elsewhere'),
      }),
    );
    expect(shown()).toBe(false);
  });

  it('makes a card that must scroll focusable, and Escape there returns to the claim', () => {
    const claim = document.querySelector('cc-mark[data-kind="claim"]') as HTMLElement;
    claim.focus();
    const card = root()?.querySelector('.card') as HTMLElement;
    // jsdom lays nothing out, so the card is told it overflows, as a short window would make it.
    Object.defineProperty(card, 'scrollHeight', { configurable: true, value: 900 });
    Object.defineProperty(card, 'clientHeight', { configurable: true, value: 300 });
    window.dispatchEvent(new Event('scroll'));
    expect(card.getAttribute('tabindex')).toBe('0');
    card.focus();
    expect(shown()).toBe(true);
    card.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(shown()).toBe(false);
    expect(document.activeElement).toBe(claim);
  });

  it('stays closed while the reader has hidden the highlights', () => {
    setHighlightsVisible(document, false);
    (document.querySelector('cc-mark[data-kind="claim"]') as HTMLElement).focus();
    expect(shown()).toBe(false);
    setHighlightsVisible(document, true);
  });
});

describe('card position', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 200 };
  const overlaps = (top: number, line: { top: number; bottom: number }) =>
    top < line.bottom && top + card.height > line.top;

  it('goes below the line when there is room, above it when not, and never over it', () => {
    const high = { top: 100, bottom: 120, left: 50 };
    const low = { top: 700, bottom: 720, left: 50 };
    const placedHigh = cardPosition(high, card, viewport);
    const placedLow = cardPosition(low, card, viewport);
    expect(placedHigh.top).toBeGreaterThanOrEqual(high.bottom);
    expect(placedLow.top + card.height).toBeLessThanOrEqual(low.top);
    expect(overlaps(placedHigh.top, high) || overlaps(placedLow.top, low)).toBe(false);
    expect(placedLow.top).toBeGreaterThanOrEqual(0);
  });

  it('fits a small window: cut to the roomier side of the words, never over them', () => {
    const small = { width: 360, height: 500 };
    const tall = { width: 344, height: 420 };
    for (const line of [
      { top: 150, bottom: 170, left: 20 },
      { top: 330, bottom: 350, left: 20 },
      { top: 240, bottom: 262, left: 200 },
    ]) {
      const placed = cardPosition(line, tall, small);
      expect(placed.height).toBeLessThan(tall.height);
      expect(placed.top).toBeGreaterThanOrEqual(0);
      expect(placed.top + placed.height).toBeLessThanOrEqual(small.height);
      expect(placed.left).toBeGreaterThanOrEqual(0);
      expect(placed.left + tall.width).toBeLessThanOrEqual(small.width);
      const covers = placed.top < line.bottom && placed.top + placed.height > line.top;
      expect(covers).toBe(false);
      // The roomier side: at least half of what the window leaves beside the words.
      expect(placed.height).toBeGreaterThanOrEqual(
        (small.height - (line.bottom - line.top)) / 2 - 30,
      );
    }
  });

  it('stays inside the viewport horizontally', () => {
    const placed = cardPosition({ top: 100, bottom: 120, left: 900 }, card, viewport);
    expect(placed.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(placed.left).toBeGreaterThanOrEqual(0);
  });
});
