import { useMemo, useState } from 'preact/hooks';
import { checkDraft, type Draft, draftOf } from '../../lib/facts/fact-draft';
import { type FactKind, FIELDS, type FieldDef } from '../../lib/facts/fact-fields';
import { saveFact } from '../../lib/facts/fact-store';
import type { Fact } from '../../lib/facts/schema';
import type { PackIssue } from '../../lib/facts/validate';
import { valueLabel } from '../../lib/facts/value-labels';
import { t } from '../../lib/i18n';
import { IssueList } from './IssueList';

interface FieldProps {
  field: FieldDef;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}

function Field({ field, value, error, onInput }: FieldProps) {
  const id = `field-${field.path.replace(/\./g, '-')}`;
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.path, 'aria-invalid': error ? true : undefined, 'aria-describedby': described };
  const input =
    field.input === 'checkbox' ? (
      <input type="checkbox" {...common} checked={value === 'true'} onChange={(e) => onInput(e.currentTarget.checked ? 'true' : '')} />
    ) : field.input === 'select' ? (
      <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
        {(field.options ?? []).map((o) => (
          <option key={o} value={o}>
            {o ? valueLabel(o, t) : '—'}
          </option>
        ))}
      </select>
    ) : field.input === 'textarea' || field.input === 'list' ? (
      <textarea {...common} rows={field.input === 'list' ? 3 : 2} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    ) : (
      <input
        type="text"
        inputMode={field.input === 'number' ? 'decimal' : undefined}
        {...common}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    );
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>
        {t(field.label)}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {input}
      {field.hint && <small id={`${id}-hint`}>{t(field.hint)}</small>}
      {error && (
        <small id={`${id}-error`} class="error">
          {t('fieldError', t(field.label), error === 'is required' ? t('isRequired') : error)}
        </small>
      )}
    </div>
  );
}

function initialDraft(kind: FactKind, fact?: Fact): Draft {
  const draft = draftOf(kind, fact);
  for (const field of FIELDS[kind]) if (field.input === 'select' && !draft[field.path]) draft[field.path] = field.options?.[0] ?? '';
  return draft;
}

const ADD_TITLE = { entities: 'formAddEntity', figures: 'formAddFigure', dates: 'formAddDate' } as const;

/** Adds or edits one fact; every field is checked as the reader types, and saving re-checks the whole pack. */
export function FactForm({ kind, fact, onDone }: { kind: FactKind; fact?: Fact | undefined; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(kind, fact));
  const [touched, setTouched] = useState(false);
  const [issues, setIssues] = useState<PackIssue[]>([]);
  const check = useMemo(() => checkDraft(kind, draft, fact), [kind, draft, fact]);
  const errors = !check.ok && touched ? check.errors : {};
  const submit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (!check.ok) return;
    const problems = await saveFact(check.fact, fact?.id);
    setIssues(problems);
    if (problems.length === 0) onDone();
  };
  return (
    <form class="fact-form" onSubmit={submit} aria-label={fact ? t('formEditTitle', fact.id) : t('formAddLabel')} data-testid="fact-form">
      <h2>{fact ? t('formEditTitle', fact.id) : t(ADD_TITLE[kind])}</h2>
      {errors.form && <p class="error">{errors.form}</p>}
      <div class="grid">
        {FIELDS[kind].map((field) => (
          <Field
            key={field.path}
            field={field}
            value={draft[field.path] ?? ''}
            error={errors[field.path]}
            onInput={(value) => {
              setTouched(true);
              setDraft({ ...draft, [field.path]: value });
            }}
          />
        ))}
      </div>
      <IssueList title={t('formNotSaved')} issues={issues} />
      <div class="actions">
        <button type="submit">{t('formSave')}</button>
        <button type="button" onClick={onDone}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
