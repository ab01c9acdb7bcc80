// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { layout, scrollToShow, visibleRange } from '../virtual.ts';
import { VirtualList } from '../VirtualList.tsx';
import { mount } from './dom.ts';

describe('virtual list arithmetic', () => {
  const list = layout([30, 90, 90, 30, 90]);

  it('places each item under the ones before it', () => {
    expect(list.tops).toEqual([0, 30, 120, 210, 240]);
    expect(list.total).toBe(330);
  });

  it('renders the items in view and the overscan either side', () => {
    expect(visibleRange(list, 0, 100, 0)).toEqual({ start: 0, end: 2 });
    expect(visibleRange(list, 125, 90, 0)).toEqual({ start: 2, end: 4 });
    expect(visibleRange(list, 125, 90, 1)).toEqual({ start: 1, end: 5 });
    expect(visibleRange(layout([]), 0, 100, 3)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls as little as needed to show an item', () => {
    expect(scrollToShow(list, 4, 0, 200)).toBe(130);
    expect(scrollToShow(list, 1, 100, 200)).toBe(30);
    expect(scrollToShow(list, 2, 100, 200)).toBe(100);
  });
});

interface Item {
  id: number;
  heading: boolean;
}

/** Ten thousand rows, a heading every tenth, as a long history would give. */
const items: Item[] = Array.from({ length: 10_000 }, (_, id) => ({ id, heading: id % 10 === 0 }));

function tenThousand(): HTMLElement {
  return mount(
    <VirtualList
      items={items}
      label="Rows"
      heightOf={(item) => (item.heading ? 30 : 80)}
      keyOf={(item) => String(item.id)}
      isNavigable={(item) => !item.heading}
      renderItem={(item) =>
        item.heading ? (
          <h3>Heading {item.id}</h3>
        ) : (
          <button type="button" data-nav>
            Row {item.id}
          </button>
        )
      }
    />,
  );
}

function rendered(root: HTMLElement): number[] {
  return [...root.querySelectorAll('[data-index]')].map((e) =>
    Number(e.getAttribute('data-index')),
  );
}

describe('VirtualList', () => {
  it('puts only the rows in view (plus overscan) into the DOM, with the full height kept', () => {
    const root = tenThousand();
    const shown = rendered(root);
    // jsdom has no layout: the list assumes an 800 px view, about eleven rows, plus six below.
    expect(shown[0]).toBe(0);
    expect(shown.length).toBeGreaterThan(8);
    expect(shown.length).toBeLessThan(30);
    const space = root.querySelector<HTMLElement>('.virtual-list-space');
    expect(space?.style.height).toBe(`${1000 * 30 + 9000 * 80}px`);
  });

  it('renders the rows around where the reader scrolled to', () => {
    const root = tenThousand();
    const scroller = root.querySelector<HTMLElement>('.virtual-list') as HTMLElement;
    act(() => {
      scroller.scrollTop = 500_000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const shown = rendered(root);
    expect(shown.length).toBeLessThan(30);
    const first = root.querySelector<HTMLElement>(`[data-index="${shown[0]}"]`);
    const top = Number.parseFloat(first?.style.top ?? '0');
    expect(top).toBeLessThanOrEqual(500_000);
    expect(top).toBeGreaterThan(500_000 - 10 * 80);
  });

  it('moves the focus from row to row with the arrow keys, skipping headings, past the rendered window', () => {
    const root = tenThousand();
    const button = (index: number) =>
      root.querySelector<HTMLElement>(`[data-index="${index}"] [data-nav]`);
    act(() => button(1)?.focus());
    const press = (key: string) =>
      act(() => {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    press('ArrowUp');
    expect(document.activeElement).toBe(button(1));
    for (let i = 0; i < 9; i++) press('ArrowDown');
    // Rows 1..9, then row 10 is a heading: the ninth press lands on row 11.
    expect(document.activeElement?.textContent).toBe('Row 11');
    press('End');
    expect(document.activeElement?.textContent).toBe('Row 9999');
    expect(rendered(root)).not.toContain(1);
    press('Home');
    expect(document.activeElement?.textContent).toBe('Row 1');
  });

  it('is a labelled region the keyboard can reach and scroll', () => {
    const root = tenThousand();
    const scroller = root.querySelector<HTMLElement>('.virtual-list');
    expect(scroller?.getAttribute('role')).toBe('region');
    expect(scroller?.getAttribute('aria-label')).toBe('Rows');
    expect(scroller?.tabIndex).toBe(0);
  });
});
