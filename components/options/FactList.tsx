import { formatDate } from '../../lib/engine/describe';
import type { FactRow } from '../../lib/facts/fact-rows';
import type { Source } from '../../lib/facts/schema';
import { valueLabel } from '../../lib/facts/value-labels';
import { t } from '../../lib/i18n';

function SourceLink({ source }: { source: Source }) {
  const label = source.symbol ? `${source.symbol} — ${source.title}` : source.title;
  return (
    <li>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}{' '}
      <span class="muted">({t('factRead', formatDate(source.read, t))})</span>
    </li>
  );
}

const STATUS_LABEL = { shipped: 'tagShipped', edited: 'tagEdited', added: 'tagAdded' } as const;

/** The facts that pass the filters, each with its as-of date, sources and actions. */
export function FactList({
  rows,
  onEdit,
  onDelete,
}: {
  rows: FactRow[];
  onEdit: (row: FactRow) => void;
  onDelete: (row: FactRow) => void;
}) {
  return (
    <ul class="facts" data-testid="fact-list">
      {rows.map((row) => (
        <li key={row.fact.id} class="fact" data-fact-id={row.fact.id}>
          <div class="fact-head">
            <strong class="fact-title">{row.title}</strong>
            <span class="tag">{valueLabel(row.type, t)}</span>
            <span class={`tag status-${row.status}`}>{t(STATUS_LABEL[row.status])}</span>
            {row.singleSource && <span class="tag warn">{t('tagSingleSource')}</span>}
            {row.superseded && <span class="tag">{t('tagSuperseded')}</span>}
          </div>
          <p class="fact-detail">{row.detail}</p>
          <p class="muted">
            <code>{row.fact.id}</code>
            {row.asOf && <> · {row.asOf}</>}
          </p>
          <ul class="sources">
            {row.sources.map((source) => (
              <SourceLink key={`${source.title}${source.url ?? ''}`} source={source} />
            ))}
          </ul>
          <div class="actions">
            <button type="button" onClick={() => onEdit(row)} aria-label={t('factEditLabel', row.title)}>
              {t('factEdit')}
            </button>
            <button type="button" onClick={() => onDelete(row)} aria-label={t('factDeleteLabel', row.title)}>
              {t('factDelete')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
