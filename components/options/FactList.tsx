import type { FactRow } from '../../lib/facts/fact-rows';
import type { Source } from '../../lib/facts/schema';

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
      <span class="muted">(read {source.read})</span>
    </li>
  );
}

const STATUS_LABEL: Record<FactRow['status'], string> = { shipped: 'shipped', edited: 'edited by you', added: 'added by you' };

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
            <span class="tag">{row.type}</span>
            <span class={`tag status-${row.status}`}>{STATUS_LABEL[row.status]}</span>
            {row.singleSource && <span class="tag warn">one report only</span>}
            {row.superseded && <span class="tag">superseded</span>}
          </div>
          <p class="fact-detail">{row.detail}</p>
          <p class="muted">
            <code>{row.fact.id}</code>
            {row.asOf && <> · as of {row.asOf}</>}
          </p>
          <ul class="sources">
            {row.sources.map((source) => (
              <SourceLink key={`${source.title}${source.url ?? ''}`} source={source} />
            ))}
          </ul>
          <div class="actions">
            <button type="button" onClick={() => onEdit(row)} aria-label={`Edit ${row.title}`}>
              Edit
            </button>
            <button type="button" onClick={() => onDelete(row)} aria-label={`Delete ${row.title}`}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
