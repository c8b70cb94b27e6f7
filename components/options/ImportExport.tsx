import { useState } from 'preact/hooks';
import { exportMergedFacts, importFactFile, resetFacts } from '../../lib/facts/fact-store';
import type { PackIssue } from '../../lib/facts/validate';
import { t } from '../../lib/i18n';
import { IssueList } from './IssueList';

function download(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'minusma-facts.json';
  link.click();
  URL.revokeObjectURL(url);
}

/** Import (validated whole first), export, and reset with a confirmation. */
export function ImportExport() {
  const [issues, setIssues] = useState<PackIssue[]>([]);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importFactFile(await file.text(), file.size);
    setIssues(result.ok ? [] : result.issues);
    setMessage(result.ok ? t('importDone', file.name) : t('importFailed', file.name));
  };
  return (
    <section class="import-export" aria-label={t('importExportLabel')}>
      <label class="button">
        {t('importButton')}
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          data-testid="import"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      <button type="button" onClick={() => void exportMergedFacts().then(download)}>
        {t('exportButton')}
      </button>
      {confirming ? (
        <fieldset class="confirm">
          <legend>{t('resetLegend')}</legend>
          {t('resetQuestion')}{' '}
          <button
            type="button"
            data-testid="confirm-reset"
            onClick={() =>
              void resetFacts().then(() => {
                setConfirming(false);
                setMessage(t('resetDone'));
              })
            }
          >
            {t('resetConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('resetKeep')}
          </button>
        </fieldset>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('resetAsk')}
        </button>
      )}
      <p role="status" data-testid="import-status">
        {message}
      </p>
      <IssueList title={t('importProblems')} issues={issues} />
    </section>
  );
}
