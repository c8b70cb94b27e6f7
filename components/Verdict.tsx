import type { PageSummary } from '../lib/messaging';

const COUNTS = [
  ['minusma-figure-conflict', 'conflicting figures'],
  ['minusma-entity-variant', 'variant names'],
  ['minusma-figure-match', 'matching figures'],
  ['minusma-entity-match', 'matching names'],
  ['minusma-figure-unknown', 'unknown figures'],
  ['minusma-entity-unknown', 'unknown names'],
] as const;

/** The verdict with its confidence and signals, and the counts by status. */
export function Verdict({ summary }: { summary: PageSummary }) {
  if (!summary.coverage)
    return (
      <p class="verdict no" data-testid="verdict">
        Not MINUSMA coverage
      </p>
    );
  const percent = Math.round(summary.confidence * 100);
  return (
    <section aria-label="Verdict">
      <p class="verdict yes" data-testid="verdict">
        MINUSMA coverage ({percent}% confidence)
      </p>
      <p class="signals">Signals: {summary.signals.join(', ')}</p>
      {summary.disabled ? (
        <p data-testid="disabled-note">Turned off for this site.</p>
      ) : (
        <dl class="counts">
          <dt>Entities</dt>
          <dd data-testid="entity-count">{summary.entities}</dd>
          <dt>Figures</dt>
          <dd data-testid="figure-count">{summary.figures}</dd>
          {COUNTS.map(([name, label]) =>
            summary.byHighlight[name] ? (
              <>
                <dt key={`${name}-t`}>{label}</dt>
                <dd key={`${name}-d`} data-testid={name}>
                  {summary.byHighlight[name]}
                </dd>
              </>
            ) : null,
          )}
        </dl>
      )}
    </section>
  );
}
