import type { FactFilter } from '../../lib/facts/fact-rows';
import { ENTITY_TYPES, FIGURE_UNITS } from '../../lib/facts/schema';

const STATUSES = [
  ['', 'Any status'],
  ['shipped', 'As shipped'],
  ['edited', 'Edited by you'],
  ['added', 'Added by you'],
  ['single-source', 'From one report only'],
  ['superseded', 'Superseded'],
] as const;

/** Search and filters for the fact list. */
export function FactFilters({ filter, onChange }: { filter: FactFilter; onChange: (next: FactFilter) => void }) {
  const set = (patch: Partial<FactFilter>) => onChange({ ...filter, ...patch });
  const types = filter.kind === 'figures' ? FIGURE_UNITS : filter.kind === 'entities' ? ENTITY_TYPES : [];
  return (
    <search class="filters">
      <label>
        Search <input type="search" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} data-testid="search" />
      </label>
      <label>
        Kind
        <select value={filter.kind} onChange={(e) => set({ kind: e.currentTarget.value as FactFilter['kind'], type: '' })}>
          <option value="">All</option>
          <option value="entities">Entities</option>
          <option value="figures">Figures</option>
          <option value="dates">Dates</option>
        </select>
      </label>
      {types.length > 0 && (
        <label>
          Type
          <select value={filter.type} onChange={(e) => set({ type: e.currentTarget.value })}>
            <option value="">All</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Status
        <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as FactFilter['status'] })}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
