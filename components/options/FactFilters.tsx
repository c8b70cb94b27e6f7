import type { FactFilter } from '../../lib/facts/fact-rows';
import { ENTITY_TYPES, FIGURE_UNITS } from '../../lib/facts/schema';
import { valueLabel } from '../../lib/facts/value-labels';
import { t } from '../../lib/i18n';

const STATUSES = [
  ['', 'statusAny'],
  ['shipped', 'statusShipped'],
  ['edited', 'statusEdited'],
  ['added', 'statusAdded'],
  ['single-source', 'statusSingleSource'],
  ['superseded', 'statusSuperseded'],
] as const;

/** Search and filters for the fact list. */
export function FactFilters({ filter, onChange }: { filter: FactFilter; onChange: (next: FactFilter) => void }) {
  const set = (patch: Partial<FactFilter>) => onChange({ ...filter, ...patch });
  const types = filter.kind === 'figures' ? FIGURE_UNITS : filter.kind === 'entities' ? ENTITY_TYPES : [];
  return (
    <search class="filters">
      <label>
        {t('filterSearch')}{' '}
        <input type="search" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} data-testid="search" />
      </label>
      <label>
        {t('filterKind')}{' '}
        <select value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as FactFilter['kind'], type: '' })}>
          <option value="">{t('filterAll')}</option>
          <option value="entities">{t('filterEntities')}</option>
          <option value="figures">{t('filterFigures')}</option>
          <option value="dates">{t('filterDates')}</option>
        </select>
      </label>
      {types.length > 0 && (
        <label>
          {t('filterType')}{' '}
          <select value={filter.type} onChange={(e) => set({ type: e.currentTarget.value })}>
            <option value="">{t('filterAll')}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {valueLabel(type, t)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('filterStatus')}{' '}
        <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as FactFilter['status'] })}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
