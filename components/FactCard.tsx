import type { CardData } from '../lib/engine/card-data';
import { capitalised } from '../lib/engine/describe';
import { t } from '../lib/i18n';

/** Props of the tooltip card. */
export interface FactCardProps {
  card: CardData;
  onClose: () => void;
}

/** The card shown over a highlight: the canonical fact, the status in words, its date and source. */
export function FactCard({ card, onClose }: FactCardProps) {
  return (
    <div
      class={`card status-${card.status}`}
      // The card speaks the reader's language, whatever the page's: screen readers and quotation marks follow it.
      lang={t('languageCode')}
      role="dialog"
      aria-label={`${card.statusLabel}: ${card.said}`}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p class="status">
        <span class="badge">{card.statusLabel}</span> <q>{card.said}</q>
      </p>
      <p class="title">{card.title}</p>
      <p class="explanation">{card.explanation}</p>
      {card.asOf && <p class="asof">{capitalised(card.asOf)}</p>}
      {card.caveats.map((caveat) => (
        <p key={caveat} class="caveat">
          {caveat}
        </p>
      ))}
      {card.sources.length > 0 && (
        <ul class="sources">
          {card.sources.slice(0, 3).map((source) => (
            <li key={source.title}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.symbol ?? source.title}
                </a>
              ) : (
                (source.symbol ?? source.title)
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
