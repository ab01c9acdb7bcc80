import { t, tCount } from '../shared/i18n.ts';
import { formatDay } from '../shared/wording.ts';

const DAY_MS = 86_400_000;
/** Beyond this many days, each bar stands for several days, so bars stay wide enough to see. */
const MAX_BARS = 60;
const WIDTH = 300;
const HEIGHT = 48;
/** A bar is never wider than this (in the chart's units): a week of reading is not a wall. */
const MAX_SLOT = 24;

export interface Bar {
  /** Start of the first day the bar covers (local). */
  start: number;
  days: number;
  count: number;
}

/** Reports per day laid out as bars from the first day to the last, empty days included. */
export function timelineBars(days: readonly { day: number; count: number }[]): Bar[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  // Rounded: a day around a clock change is 23 or 25 hours long.
  const span = Math.round((last.day - first.day) / DAY_MS) + 1;
  const perBar = Math.ceil(span / MAX_BARS);
  const bars: Bar[] = [];
  for (let offset = 0; offset < span; offset += perBar) {
    const date = new Date(first.day);
    date.setDate(date.getDate() + offset);
    bars.push({ start: date.getTime(), days: Math.min(perBar, span - offset), count: 0 });
  }
  for (const { day, count } of days) {
    const index = Math.floor(Math.round((day - first.day) / DAY_MS) / perBar);
    const bar = bars[index];
    if (bar) bar.count += count;
  }
  return bars;
}

/** When an entity appeared in what the reader read: one bar per day (or per few days). */
export function Timeline({ days }: { days: readonly { day: number; count: number }[] }) {
  const bars = timelineBars(days);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || bars.length === 0) return null;
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const most = Math.max(...bars.map((bar) => bar.count));
  const slot = Math.min(MAX_SLOT, WIDTH / bars.length);
  // Few bars sit in the middle of the chart rather than stretched across it.
  const left = (WIDTH - slot * bars.length) / 2;
  const label =
    first.day === last.day
      ? t('entityTimelineOneDay', tCount(total, 'reports'), formatDay(first.day))
      : t(
          'entityTimelineSummary',
          tCount(total, 'reports'),
          formatDay(first.day),
          formatDay(last.day),
        );
  return (
    <figure class="timeline">
      <svg
        class="timeline-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        // The caption says it in words; the bars' titles show a day's count on hover.
        aria-hidden="true"
      >
        <line class="timeline-axis" x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} />
        {bars.map((bar, index) => {
          const height = bar.count === 0 ? 0 : Math.max(3, (bar.count / most) * (HEIGHT - 4));
          return (
            <rect
              key={bar.start}
              class="timeline-bar"
              data-count={bar.count}
              x={left + slot * index + slot * 0.15}
              y={HEIGHT - height}
              width={Math.max(1, slot * 0.7)}
              height={height}
            >
              <title>
                {t('entityTimelineDay', formatDay(bar.start), tCount(bar.count, 'reports'))}
              </title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="timeline-caption">{label}</figcaption>
    </figure>
  );
}
