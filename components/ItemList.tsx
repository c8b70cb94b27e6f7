import type { SummaryItem } from '../lib/messaging';

const ORDER = ['conflict', 'variant', 'unknown', 'match'];

function Group({ title, items, onReveal }: { title: string; items: SummaryItem[]; onReveal: (index: number) => void }) {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.index - b.index);
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul class="items">
        {sorted.map((item) => (
          <li key={item.index}>
            <button type="button" class={`row status-${item.status}`} onClick={() => onReveal(item.index)} data-testid="item-row">
              <span class="tag">{item.statusLabel}</span> <span class="said">{item.said}</span>
              {item.title !== item.said && <span class="canonical"> — {item.title}</span>}
            </button>
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
      <Group title="Entities" items={items.filter((i) => i.kind === 'entity')} onReveal={onReveal} />
      <Group title="Figures and dates" items={items.filter((i) => i.kind === 'figure')} onReveal={onReveal} />
    </>
  );
}
