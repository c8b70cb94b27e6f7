import { useRef } from 'preact/hooks';
import type { SummaryItem } from '../lib/describe-report';
import { t } from '../lib/i18n';

const ORDER = ['conflict', 'variant', 'unknown', 'match'];

/** One row of the popup: every occurrence of one name the facts know, or of one wording with its fact and status. */
interface Row {
  first: SummaryItem;
  indexes: number[];
  /** How the page writes it, each way once (`Abdoulaye Diop`, `Diop`). */
  forms: string[];
}

// A name the facts know is one row however the page writes it; a variant, an unknown name and a figure are one
// row per wording, since the wording is what the reader checks.
function rowKey(item: SummaryItem): string {
  if (item.kind === 'entity' && item.status === 'match' && item.factId) return `match|${item.factId}`;
  return `${item.status}|${item.factId ?? ''}|${item.said.toLowerCase()}`;
}

function rowsOf(items: SummaryItem[]): Row[] {
  const rows = new Map<string, Row>();
  for (const item of items) {
    const row = rows.get(rowKey(item));
    if (!row) rows.set(rowKey(item), { first: item, indexes: [item.index], forms: [item.said] });
    else {
      row.indexes.push(item.index);
      if (!row.forms.some((form) => form.toLowerCase() === item.said.toLowerCase())) row.forms.push(item.said);
    }
  }
  return [...rows.values()].sort((a, b) => ORDER.indexOf(a.first.status) - ORDER.indexOf(b.first.status) || a.first.index - b.first.index);
}

function RowButton({ row, onReveal }: { row: Row; onReveal: (index: number) => void }) {
  const { first, indexes, forms } = row;
  const said = forms.join(', ');
  const next = useRef(0);
  // Each click goes to the next place the page says it.
  const reveal = () => {
    onReveal(indexes[next.current % indexes.length] ?? first.index);
    next.current++;
  };
  return (
    <button type="button" class={`row status-${first.status}`} onClick={reveal} data-testid="item-row">
      <span class="tag">{first.statusLabel}</span> <span class="said">{said}</span>
      {indexes.length > 1 && <span class="times"> ×{indexes.length}</span>}
      {first.title !== said && <span class="canonical"> — {first.title}</span>}
    </button>
  );
}

function Group({ title, items, onReveal }: { title: string; items: SummaryItem[]; onReveal: (index: number) => void }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul class="items">
        {rowsOf(items).map((row) => (
          <li key={row.first.index}>
            <RowButton row={row} onReveal={onReveal} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every highlight, entities and figures apart, worst status first; a click scrolls the page to it. */
export function ItemList({ items, onReveal }: { items: SummaryItem[]; onReveal: (index: number) => void }) {
  return (
    <>
      <Group title={t('groupEntities')} items={items.filter((i) => i.kind === 'entity')} onReveal={onReveal} />
      <Group title={t('groupFigures')} items={items.filter((i) => i.kind === 'figure')} onReveal={onReveal} />
    </>
  );
}
