import type { SummaryItem } from '../lib/describe-report';
import type { DriftEntry } from '../lib/engine/drift';
import { t } from '../lib/i18n';

const LABEL = { conflict: 'driftConflict', variant: 'driftVariant', 'left-out': 'driftLeftOut' } as const;

/** What the page gets wrong or leaves out, shown first when there is any. */
export function DriftReport({ drift, items, onReveal }: { drift: DriftEntry[]; items: SummaryItem[]; onReveal: (index: number) => void }) {
  if (drift.length === 0) return null;
  const indexOf = (entry: DriftEntry) =>
    items.find((item) => item.factId === entry.factId && item.said === entry.said && item.status !== 'match')?.index;
  return (
    <section class="drift" aria-labelledby="drift-title" data-testid="drift">
      <h2 id="drift-title">{t('driftTitle')}</h2>
      <ul>
        {drift.map((entry) => {
          const index = indexOf(entry);
          const text = entry.kind === 'left-out' ? t('driftNotInArticle', entry.canonical) : t('driftSaid', entry.said, entry.canonical);
          return (
            <li key={`${entry.kind}${entry.factId}${entry.start ?? ''}`} class={`drift-${entry.kind}`}>
              <span class="tag">{t(LABEL[entry.kind])}</span>{' '}
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
