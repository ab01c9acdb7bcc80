/**
 * Words the hover card and the side panel both use, kept in one place so the two never name a
 * status or a day differently. Tiny, because the content script bundles it too; the words
 * themselves are in `_locales/en/messages.json`.
 */
import type { ClaimStatus } from '../core/model.ts';
import { t } from './i18n.ts';

/** Looked up when read, not when loaded: the messages are installed after the modules load. */
export const STATUS_LABEL: Readonly<Record<ClaimStatus, string>> = {
  get new() {
    return t('statusNew');
  },
  get corroborated() {
    return t('statusCorroborated');
  },
  get contradicted() {
    return t('statusContradicted');
  },
};

let dayFormat: Intl.DateTimeFormat | undefined;

/**
 * A calendar day in the reader's locale ("21 Nov 2026"). The formatter is made on first use: the
 * content script loads on every page, and most pages never show a card.
 */
export function formatDay(time: number | Date): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dayFormat.format(time);
}
