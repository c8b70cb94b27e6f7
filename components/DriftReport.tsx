import type { DriftEntry } from '../lib/engine/drift';
import type { SummaryItem } from '../lib/messaging';

const LABEL: Record<DriftEntry['kind'], string> = { conflict: 'Conflicts', variant: 'Variant', 'left-out': 'Left out' };

/** What the page gets wrong or leaves out, shown first when there is any. */
export function DriftReport({ drift, items, onReveal }: { drift: DriftEntry[]; items: SummaryItem[]; onReveal: (index: number) => void }) {
  if (drift.length === 0) return null;
  const indexOf = (entry: DriftEntry) =>
    items.find((item) => item.factId === entry.factId && item.said === entry.said && item.status !== 'match')?.index;
  return (
    <section class="drift" aria-labelledby="drift-title" data-testid="drift">
      <h2 id="drift-title">Drift from the canonical facts</h2>
      <ul>
        {drift.map((entry) => {
          const index = indexOf(entry);
          const text =
            entry.kind === 'left-out' ? `Not in this article: ${entry.canonical}` : `“${entry.said}” — canonical: ${entry.canonical}`;
          return (
            <li key={`${entry.kind}${entry.factId}${entry.start ?? ''}`} class={`drift-${entry.kind}`}>
              <span class="tag">{LABEL[entry.kind]}</span>{' '}
              {index === undefined ? (
                text
              ) : (
                <button type="button" class="row" onClick={() => onReveal(index)}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
