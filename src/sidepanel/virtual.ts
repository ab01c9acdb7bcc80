/**
 * The arithmetic of a virtualised list: with ten thousand reports in the history, only the rows
 * in view (and a few either side) are in the DOM. Heights are known per item, so every row's
 * position is a prefix sum and the first visible row is a binary search away.
 */

export interface Layout {
  /** Top of each item, in pixels from the top of the list. */
  tops: number[];
  heights: number[];
  total: number;
}

export function layout(heights: readonly number[]): Layout {
  const tops = new Array<number>(heights.length);
  let total = 0;
  heights.forEach((height, index) => {
    tops[index] = total;
    total += height;
  });
  return { tops, heights: [...heights], total };
}

/** The first item whose bottom lies below `y` (the item at `y`); `tops.length` past the end. */
export function itemAt({ tops, heights }: Layout, y: number): number {
  let low = 0;
  let high = tops.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tops[mid] as number) + (heights[mid] as number) <= y) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Items to render, `start` inclusive and `end` exclusive: those in view plus `overscan` either side. */
export function visibleRange(
  list: Layout,
  scrollTop: number,
  viewport: number,
  overscan: number,
): { start: number; end: number } {
  const count = list.tops.length;
  if (count === 0) return { start: 0, end: 0 };
  const first = itemAt(list, Math.max(0, scrollTop));
  const last = itemAt(list, scrollTop + Math.max(viewport, 1) - 1);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The scroll position that shows the whole of item `index`, moving as little as possible. */
export function scrollToShow(
  list: Layout,
  index: number,
  scrollTop: number,
  viewport: number,
): number {
  const top = list.tops[index];
  const height = list.heights[index];
  if (top === undefined || height === undefined) return scrollTop;
  if (top < scrollTop) return top;
  if (top + height > scrollTop + viewport) return Math.max(0, top + height - viewport);
  return scrollTop;
}
