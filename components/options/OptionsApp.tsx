import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactKind } from '../../lib/facts/fact-fields';
import { type FactFilter, factRows, filterRows } from '../../lib/facts/fact-rows';
import { deleteFact, shippedIds } from '../../lib/facts/fact-store';
import { mergedFrom } from '../../lib/facts/merged-facts';
import { EMPTY_OVERLAY, type Overlay } from '../../lib/facts/overlay';
import type { Fact } from '../../lib/facts/schema';
import type { PackIssue } from '../../lib/facts/validate';
import { readerIsFrench, t } from '../../lib/i18n';
import { factOverlay } from '../../lib/storage';
import { FactFilters } from './FactFilters';
import { FactForm } from './FactForm';
import { FactList } from './FactList';
import { ImportExport } from './ImportExport';
import { IssueList } from './IssueList';

type Editing = { kind: FactKind; fact?: Fact } | undefined;

/** The options page: browse, filter, edit, import, export and reset the canonical facts. */
export function OptionsApp() {
  const [overlay, setOverlay] = useState<Overlay>(EMPTY_OVERLAY);
  const [filter, setFilter] = useState<FactFilter>({ text: '', kind: '', type: '', status: '' });
  const [editing, setEditing] = useState<Editing>();
  const [issues, setIssues] = useState<PackIssue[]>([]);
  useEffect(() => {
    void factOverlay.getValue().then(setOverlay);
    return factOverlay.watch((next) => setOverlay(next ?? EMPTY_OVERLAY));
  }, []);
  const rows = useMemo(() => factRows(mergedFrom(overlay), overlay, shippedIds(), t, readerIsFrench()), [overlay]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const remove = async (id: string) => setIssues(await deleteFact(id));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsLead')}</p>
      <ImportExport />
      <IssueList title={t('optionsNotSaved')} issues={issues} />
      {editing ? (
        <FactForm kind={editing.kind} fact={editing.fact} onDone={() => setEditing(undefined)} />
      ) : (
        <div class="add">
          <span>{t('optionsAdd')}</span>
          <button type="button" onClick={() => setEditing({ kind: 'entities' })}>
            {t('kindEntity')}
          </button>
          <button type="button" onClick={() => setEditing({ kind: 'figures' })}>
            {t('kindFigure')}
          </button>
          <button type="button" onClick={() => setEditing({ kind: 'dates' })}>
            {t('kindDate')}
          </button>
        </div>
      )}
      <FactFilters filter={filter} onChange={setFilter} />
      <p class="count" aria-live="polite" data-testid="fact-count">
        {t('optionsCount', shown.length, rows.length)}
      </p>
      <FactList
        rows={shown}
        onEdit={(row) => setEditing({ kind: row.kind, fact: row.fact })}
        onDelete={(row) => void remove(row.fact.id)}
      />
    </main>
  );
}
