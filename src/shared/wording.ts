/**
 * Words the hover card and the side panel both use, kept in one place so the two never name a
 * status or a day differently. Tiny, because the content script bundles it too; the words
 * themselves are in `_locales/en/messages.json`.
 */
import type { Corroboration } from '../core/independence.ts';
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

/**
 * How independent a corroborated claim's backing is, in words: "3 outlets, all citing Vasily
 * Anokhin" or "2 outlets, citing Vasily Anokhin, Ministry of Defence"; undefined when fewer than
 * two outlets back it or none names a source. `nameOf` names an entity id.
 */
export function corroborationLine(
  corroboration: Corroboration,
  nameOf: (attribution: string) => string | undefined,
): string | undefined {
  const outlets = corroboration.outlets.length;
  if (outlets < 2) return undefined;
  if (corroboration.singleSource !== undefined) {
    const name = nameOf(corroboration.singleSource);
    return name ? t('corroborationSingleSource', outlets, name) : undefined;
  }
  const names = corroboration.citing.flatMap((source) => nameOf(source) ?? []);
  return names.length >= 2 ? t('corroborationSources', outlets, names.join(', ')) : undefined;
}
