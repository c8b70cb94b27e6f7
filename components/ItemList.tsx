import { useRef } from 'preact/hooks';
import type { SummaryItem } from '../lib/describe-report';
import { t } from '../lib/i18n';

const ORDER = ['conflict', 'variant', 'unknown', 'match'];

/** One row of the popup: every occurrence of the same text with the same fact and status. */
interface Row {
  first: SummaryItem;
  indexes: number[];
}

function rowsOf(items: SummaryItem[]): Row[] {
  const rows = new Map<string, Row>();
  for (const item of items) {
    const key = `${item.status}|${item.factId ?? ''}|${item.said.toLowerCase()}`;
    const row = rows.get(key);
    if (row) row.indexes.push(item.index);
    else rows.set(key, { first: item, indexes: [item.index] });
  }
  return [...rows.values()].sort((a, b) => ORDER.indexOf(a.first.status) - ORDER.indexOf(b.first.status) || a.first.index - b.first.index);
}

function RowButton({ row, onReveal }: { row: Row; onReveal: (index: number) => void }) {
  const { first, indexes } = row;
  const next = useRef(0);
  // Each click goes to the next place the page says it.
  const reveal = () => {
    onReveal(indexes[next.current % indexes.length] ?? first.index);
    next.current++;
  };
  return (
    <button type="button" class={`row status-${first.status}`} onClick={reveal} data-testid="item-row">
      <span class="tag">{first.statusLabel}</span> <span class="said">{first.said}</span>
      {indexes.length > 1 && <span class="times"> ×{indexes.length}</span>}
      {first.title !== first.said && <span class="canonical"> — {first.title}</span>}
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
