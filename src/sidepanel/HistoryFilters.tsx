import { useMemo } from 'preact/hooks';
import type { HistoryFilter } from '../history/search.ts';
import { entityChoices, outletChoices } from '../history/search.ts';
import type { ReportSummary } from '../history/types.ts';
import { t, tCount } from '../shared/i18n.ts';

export interface HistoryFiltersProps {
  /** The reports the choices are drawn from (the search's results, before filtering). */
  reports: readonly ReportSummary[];
  filter: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}

/**
 * "2026-11-21" from a date field, as the start of that local day (or of a day `later` days on);
 * undefined when empty. Calendar arithmetic, since a day is not always 24 hours long.
 */
export function dayStart(value: string, later = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + later).getTime();
}

function dateValue(ms: number | undefined): string {
  if (ms === undefined) return '';
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function activeCount(filter: HistoryFilter): number {
  return [filter.source, filter.entityId, filter.from, filter.until].filter((v) => v !== undefined)
    .length;
}

/** Narrowing the history by outlet, by entity and by the days it was read. */
export function HistoryFilters({ reports, filter, onChange }: HistoryFiltersProps) {
  // Ten thousand reports take a moment to count: once per listing, not per keystroke.
  const counted = useMemo(
    () => ({ outlets: outletChoices(reports), entities: entityChoices(reports) }),
    [reports],
  );
  const outlets = [...counted.outlets];
  const entities = [...counted.entities];
  // A choice kept from before the search narrowed the list must still show as chosen.
  if (filter.source !== undefined && !outlets.some((o) => o.value === filter.source))
    outlets.unshift({ value: filter.source, label: filter.source, count: 0 });
  if (filter.entityId !== undefined && !entities.some((e) => e.value === filter.entityId))
    entities.unshift({ value: filter.entityId, label: filter.entityId, count: 0 });
  const active = activeCount(filter);
  const set = (change: Partial<HistoryFilter>) => {
    const next: HistoryFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as (keyof HistoryFilter)[])
      if (next[key] === undefined) delete next[key];
    onChange(next);
  };
  return (
    <details class="filters">
      <summary>
        {t('filters')}
        {active > 0 ? (
          <span class="filters-active"> · {tCount(active, 'filtersActive')}</span>
        ) : null}
      </summary>
      <div class="filters-fields">
        <label class="field">
          <span>{t('filterOutlet')}</span>
          <select
            name="outlet"
            value={filter.source ?? ''}
            onChange={(event) => set({ source: event.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAny')}</option>
            {outlets.map((outlet) => (
              <option key={outlet.value} value={outlet.value}>
                {t('filterChoice', outlet.label, outlet.count)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('filterEntity')}</span>
          <select
            name="entity"
            value={filter.entityId ?? ''}
            onChange={(event) => set({ entityId: event.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAny')}</option>
            {entities.map((entity) => (
              <option key={entity.value} value={entity.value}>
                {t('filterChoice', entity.label, entity.count)}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--date">
          <span>{t('filterFrom')}</span>
          <input
            type="date"
            name="from"
            value={dateValue(filter.from)}
            onChange={(event) => set({ from: dayStart(event.currentTarget.value) })}
          />
        </label>
        <label class="field field--date">
          <span>{t('filterTo')}</span>
          <input
            type="date"
            name="until"
            value={dateValue(filter.until === undefined ? undefined : filter.until - 1)}
            // "Until 21 Nov" includes the 21st: the filter ends where the next day begins.
            onChange={(event) => set({ until: dayStart(event.currentTarget.value, 1) })}
          />
        </label>
        {active > 0 ? (
          <button type="button" class="filters-clear" onClick={() => onChange({})}>
            {t('filterClear')}
          </button>
        ) : null}
      </div>
    </details>
  );
}
