/**
 * Dates as the panel shows them. Formatting goes through Intl with the reader's locale; the
 * day grouping uses local calendar days, since "read yesterday" means the reader's yesterday.
 */
import { t } from '../shared/i18n.ts';
import { formatDay } from '../shared/wording.ts';

const momentFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** A publication date as the page gave it; the raw string when it does not parse. */
export function formatPublished(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDay(date);
}

export function formatMoment(ms: number): string {
  return momentFormat.format(new Date(ms));
}

export function formatTime(ms: number): string {
  return timeFormat.format(new Date(ms));
}

/** The start of the reader's local calendar day holding `ms`. */
export function startOfDay(ms: number): number {
  const date = new Date(ms);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** "Today", "Yesterday", else the date. */
function dayLabel(ms: number, now = Date.now()): string {
  const days = Math.round((startOfDay(now) - startOfDay(ms)) / 86_400_000);
  if (days === 0) return t('historyToday');
  if (days === 1) return t('historyYesterday');
  return formatDay(ms);
}

export interface Day<T> {
  label: string;
  items: T[];
}

/** Consecutive items read on the same local day share one group; the input order is kept. */
export function groupByDay<T extends { readAt: number }>(
  items: readonly T[],
  now = Date.now(),
): Day<T>[] {
  const days: Day<T>[] = [];
  let currentStart: number | undefined;
  for (const item of items) {
    const start = startOfDay(item.readAt);
    const last = days[days.length - 1];
    if (last && start === currentStart) {
      last.items.push(item);
    } else {
      days.push({ label: dayLabel(item.readAt, now), items: [item] });
      currentStart = start;
    }
  }
  return days;
}
