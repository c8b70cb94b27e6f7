import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../lib/messaging';

/** Props of the popup: how to load the summary of the page it reports on. */
export interface PopupProps {
  load: () => Promise<PageSummary | undefined>;
}

type State = { phase: 'loading' } | { phase: 'ready'; summary: PageSummary | undefined };

function Verdict({ summary }: { summary: PageSummary }) {
  const percent = Math.round(summary.confidence * 100);
  return summary.coverage ? (
    <p class="verdict yes" data-testid="verdict">
      MINUSMA coverage ({percent}% confidence)
    </p>
  ) : (
    <p class="verdict no" data-testid="verdict">
      Not MINUSMA coverage
    </p>
  );
}

/** The toolbar popup: the verdict for the page and what was highlighted. */
export function Popup({ load }: PopupProps) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  useEffect(() => {
    void load().then((summary) => setState({ phase: 'ready', summary }));
  }, [load]);
  if (state.phase === 'loading')
    return (
      <main class="popup">
        <p>Reading the page…</p>
      </main>
    );
  const { summary } = state;
  if (!summary)
    return (
      <main class="popup">
        <p data-testid="verdict">This page cannot be read by the extension.</p>
      </main>
    );
  return (
    <main class="popup">
      <h1>MINUSMA Reader</h1>
      <Verdict summary={summary} />
      {summary.coverage && (
        <dl class="counts">
          <dt>Entities</dt>
          <dd data-testid="entity-count">{summary.entities}</dd>
          <dt>Figures</dt>
          <dd data-testid="figure-count">{summary.figures}</dd>
        </dl>
      )}
    </main>
  );
}
