import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../lib/describe-report';
import { t } from '../lib/i18n';
import { loadPageSummary, openOptions, resolveTabId, revealItem, setSiteEnabled } from '../lib/popup-data';
import { disabledSites } from '../lib/storage';
import { DriftReport } from './DriftReport';
import { ItemList } from './ItemList';
import { Verdict } from './Verdict';

type State = { phase: 'loading' } | { phase: 'ready'; tabId: number | undefined; summary: PageSummary | undefined };

/** The toolbar popup: verdict, counts, drift report, every highlight by status, and the per-site switch. */
export function Popup({ search }: { search: string }) {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const refresh = useCallback(async () => {
    const tabId = await resolveTabId(search);
    setState({ phase: 'ready', tabId, summary: await loadPageSummary(tabId) });
  }, [search]);
  useEffect(() => {
    void refresh();
    // The page repaints after the switch changes; ask again once it has.
    return disabledSites.watch(() => setTimeout(() => void refresh(), 150));
  }, [refresh]);
  if (state.phase === 'loading')
    return (
      <main class="popup">
        <p>{t('popupReading')}</p>
      </main>
    );
  const { summary, tabId } = state;
  return (
    <main class="popup">
      <header class="top">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t('popupFacts')}
        </button>
      </header>
      {!summary ? (
        <p data-testid="verdict">{t('popupCannotRead')}</p>
      ) : (
        <>
          <Verdict summary={summary} />
          {summary.coverage && (
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                aria-checked={!summary.disabled}
                checked={!summary.disabled}
                data-testid="site-switch"
                onChange={(e) => void setSiteEnabled(summary.host, e.currentTarget.checked)}
              />
              {t('popupSwitch', summary.host)}
            </label>
          )}
          {summary.coverage && !summary.disabled && tabId !== undefined && (
            <>
              <DriftReport drift={summary.drift} items={summary.items} onReveal={(i) => void revealItem(tabId, i)} />
              <ItemList items={summary.items} onReveal={(i) => void revealItem(tabId, i)} />
            </>
          )}
        </>
      )}
    </main>
  );
}
