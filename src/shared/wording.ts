/**
 * Words the hover card and the side panel both use, kept in one place so the two never name a
 * status or a day differently. Pure and tiny, because the content script bundles it too.
 */
import type { ClaimStatus } from '../core/model.ts';

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  new: 'New',
  corroborated: 'Corroborated',
  contradicted: 'Contradicted',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

let dayFormat: Intl.DateTimeFormat | undefined;

/**
 * A calendar day in the reader's locale ("21 Nov 2026"). The formatter is made on first use: the
 * content script loads on every page, and most pages never show a card.
 */
export function formatDay(time: number | Date): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dayFormat.format(time);
}
