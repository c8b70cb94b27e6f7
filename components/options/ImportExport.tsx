import { useState } from 'preact/hooks';
import { exportMergedFacts, importFactFile, resetFacts } from '../../lib/facts/fact-store';
import type { PackIssue } from '../../lib/facts/validate';
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
    setMessage(result.ok ? `Imported ${file.name}.` : `${file.name} was not imported; your facts are unchanged.`);
  };
  return (
    <section class="import-export" aria-label="Import, export and reset">
      <label class="button">
        Import JSON…
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          data-testid="import"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      <button type="button" onClick={() => void exportMergedFacts().then(download)}>
        Export JSON
      </button>
      {confirming ? (
        <fieldset class="confirm">
          <legend>Confirm reset</legend>
          Drop all your edits and return to the shipped facts?{' '}
          <button
            type="button"
            data-testid="confirm-reset"
            onClick={() =>
              void resetFacts().then(() => {
                setConfirming(false);
                setMessage('Back to the shipped facts.');
              })
            }
          >
            Reset
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my edits
          </button>
        </fieldset>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Reset to shipped facts…
        </button>
      )}
      <p role="status" data-testid="import-status">
        {message}
      </p>
      <IssueList title="Problems in the file" issues={issues} />
    </section>
  );
}
