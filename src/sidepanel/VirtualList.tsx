import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { layout, scrollToShow, visibleRange } from './virtual.ts';

/** Where there is no layout (tests under jsdom), assume a tall panel. */
const FALLBACK_VIEWPORT = 800;
const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

export interface VirtualListProps<T> {
  items: readonly T[];
  heightOf: (item: T) => number;
  keyOf: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Items the arrow keys stop on (rows, not day headings). */
  isNavigable: (item: T) => boolean;
  label: string;
  overscan?: number;
  class?: string;
}

/**
 * A scrolling list that renders only what is in view, plus `overscan` items either side and the
 * item holding the focus, so focus is never lost to a row scrolled away. The list scrolls with
 * the keyboard as any scroller does; inside it, ↑ ↓ Home End move from row to row and bring the
 * next row into view (it may not be rendered until then). Each navigable row marks the control
 * that takes the focus with `data-nav`.
 */
export function VirtualList<T>({
  items,
  heightOf,
  keyOf,
  renderItem,
  isNavigable,
  label,
  overscan = 6,
  class: className,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [focused, setFocused] = useState<number | undefined>();
  const pendingFocus = useRef<number | undefined>();
  const list = useMemo(() => layout(items.map(heightOf)), [items, heightOf]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    pendingFocus.current = undefined;
    scroller.current
      ?.querySelector<HTMLElement>(`[data-index="${index}"] [data-nav]`)
      ?.focus({ preventScroll: true });
  });

  const { start, end } = visibleRange(list, scrollTop, viewport, overscan);
  const shown: number[] = [];
  for (let index = start; index < end; index++) shown.push(index);
  if (focused !== undefined && focused < items.length && (focused < start || focused >= end))
    shown.push(focused);

  const indexOf = (target: EventTarget | null): number | undefined => {
    const row = (target as Element | null)?.closest?.('[data-index]');
    return row ? Number(row.getAttribute('data-index')) : undefined;
  };

  const nextNavigable = (from: number, step: 1 | -1): number | undefined => {
    for (let index = from; index >= 0 && index < items.length; index += step) {
      if (isNavigable(items[index] as T)) return index;
    }
    return undefined;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!NAVIGATION_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = indexOf(event.target);
    // On the scroller itself the keys scroll, as on any scrolling region.
    if (current === undefined) return;
    const target =
      event.key === 'ArrowDown'
        ? nextNavigable(current + 1, 1)
        : event.key === 'ArrowUp'
          ? nextNavigable(current - 1, -1)
          : event.key === 'Home'
            ? nextNavigable(0, 1)
            : nextNavigable(items.length - 1, -1);
    event.preventDefault();
    if (target === undefined) return;
    const element = scroller.current;
    const top = scrollToShow(list, target, element?.scrollTop ?? scrollTop, viewport);
    if (element) element.scrollTop = top;
    setScrollTop(top);
    setFocused(target);
    pendingFocus.current = target;
  };

  return (
    <div
      ref={scroller}
      class={`virtual-list ${className ?? ''}`}
      role="region"
      aria-label={label}
      tabIndex={0}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onFocusIn={(event) => setFocused(indexOf(event.target))}
    >
      <div class="virtual-list-space" style={{ height: `${list.total}px` }}>
        {shown.map((index) => {
          const item = items[index] as T;
          return (
            <div
              key={keyOf(item)}
              class="virtual-list-item"
              data-index={index}
              style={{ top: `${list.tops[index]}px`, height: `${list.heights[index]}px` }}
            >
              {renderItem(item, index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
