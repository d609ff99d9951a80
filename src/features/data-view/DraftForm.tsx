import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Draft, DraftRefusal } from '../../domain/drafts';
import { productTitle } from '../../domain/products';
import { characters, NOTE_LIMIT } from '../../domain/recordFields';
import { vocabularies } from '../../domain/stages';
import type { IsoDate, Product } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { refusalMessages, type DraftField, type RefusalMessage } from './draftText';

/** What the form gives the country field it is handed (the app's country search). */
export interface CountryFieldProps {
  label: string;
  placeholder: string;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  initialQuery: string;
  /** A country picked (its code) or text typed: the validator reads either. */
  onChange(value: string): void;
}

/** The records sources a draft can go into, and the one it goes into when none is chosen. */
export interface DraftFiles {
  list: readonly string[];
  /**
   * The source a product and country (as typed) go into by default, and whether it already holds
   * rows of them (else it is the first source).
   */
  defaultFor(product: string, country: string): { file: string; holds: boolean } | undefined;
}

export interface DraftFormProps {
  products: readonly Product[];
  /** The product chosen at first (the one the overview shows). */
  defaultProduct?: string;
  /** The user's today: the default date and the latest one allowed. */
  today: IsoDate;
  /** A draft being edited; a new change when undefined. */
  editing?: Draft;
  /** The id of the heading that names the form for a new change (the section's). */
  labelledBy?: string;
  /** The country's name, to show the country of a draft being edited. */
  countryName(value: string): string;
  countryField(props: CountryFieldProps): ReactNode;
  /** Saves the draft if the validator accepts it; the refusals otherwise. */
  onSave(draft: Omit<Draft, 'id'>): DraftRefusal[];
  onCancel?(): void;
  /** The records sources a change can be published in, when there are several (site.json). */
  files?: DraftFiles;
  /**
   * What a draft is checked against (the records and drafts): when it changes, as when another
   * records file is opened, reasons given before no longer hold and are cleared; what was typed stays.
   */
  checkedAgainst?: unknown;
}

/** The fields a change cannot be recorded without (the product always has a value). */
const REQUIRED = ['country', 'status', 'date'] as const;

/** One field of the form: its label, its control, then its hint and the reason it was refused. */
function Field({
  label,
  labelFor,
  hint,
  error,
  wide = false,
  children,
}: {
  label: string;
  labelFor: string;
  hint?: ReactNode;
  error?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`draft-form__field${wide ? ' draft-form__wide' : ''}`}>
      <label htmlFor={labelFor}>{label}</label>
      {children}
      {hint}
      {error}
    </div>
  );
}

/**
 * "Record a change": product, country, status, date, note and source, checked on submission by
 * the validator of records files. A refusal keeps every value typed, says why next to each
 * field and in a summary that takes the focus.
 */
export function DraftForm({
  products,
  defaultProduct,
  today,
  editing,
  labelledBy,
  countryName,
  countryField,
  onSave,
  onCancel,
  files,
  checkedAgainst,
}: DraftFormProps) {
  const i18n = useI18n();
  const id = useId();
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const errorId = (field: DraftField) => `${id}-${field}-error`;
  // What is typed, field by field; `file` is '' for the default records source.
  const [values, setValues] = useState(() => ({
    product: editing?.product ?? defaultProduct ?? products[0]?.id ?? '',
    country: editing?.country ?? '',
    status: editing?.status ?? '',
    date: editing?.date ?? today,
    note: editing?.note ?? '',
    source: editing?.source ?? '',
    file: editing?.file ?? '',
  }));
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const { country, status, date, note, source, file } = values;
  // Opened before products.json was read, the form takes its product once the products come.
  const product = values.product || defaultProduct || products[0]?.id || '';
  const defaultFile = files?.defaultFor(product, country);
  // The statuses offered are the chosen product's.
  const vocabulary = vocabularies(products)(product);
  const [errors, setErrors] = useState<RefusalMessage[]>([]);
  const [refusedAgainst, setRefusedAgainst] = useState(checkedAgainst);
  if (refusedAgainst !== checkedAgainst) {
    setRefusedAgainst(checkedAgainst);
    if (errors.length) setErrors([]);
  }
  // A new country field after each change recorded (an empty search).
  const [round, setRound] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const [refusedAt, setRefusedAt] = useState(0);
  useEffect(() => {
    if (refusedAt) summary.current?.focus();
  }, [refusedAt]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Every field left empty is named at once, before the row is checked.
    const empty = REQUIRED.filter((field) => !values[field].trim());
    if (empty.length) {
      setErrors(empty.map((field) => ({ field, text: i18n.t('drafts.required') })));
      setRefusedAt((n) => n + 1);
      return;
    }
    const refusals = onSave({ product, country, status, date, note, source, ...(file ? { file } : {}) });
    if (refusals.length) {
      setErrors(refusalMessages(i18n, refusals, products, product));
      setRefusedAt((n) => n + 1);
      return;
    }
    setErrors([]);
    if (!editing) {
      // The next change often has the same product, status and date: only what is one country's goes.
      setValues((v) => ({ ...v, country: '', note: '', source: '', file: '' }));
      setRound((n) => n + 1);
    }
  };

  const errorOf = (field: DraftField) => errors.filter((e) => e.field === field);
  const label = (field: DraftField) => i18n.t(`drafts.${field}`);
  /** What a field's control says of itself: its id, what describes it, whether it was refused. */
  const control = (field: DraftField, hint?: string, invalid = false) => ({
    id: fieldId(field),
    'aria-describedby':
      [hint, errorOf(field).length ? errorId(field) : undefined].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errorOf(field).length > 0 || invalid || undefined,
  });
  const fieldError = (field: DraftField) =>
    errorOf(field).length > 0 && (
      <p id={errorId(field)} className="draft-form__error">
        {errorOf(field)
          .map((e) => e.text)
          .join(' ')}
      </p>
    );
  const sourceHint = `${id}-source-hint`;
  const noteCount = `${id}-note-count`;
  const noteLength = characters(note.trim());

  return (
    <form
      className="draft-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={editing || !labelledBy ? `${id}-title` : labelledBy}
    >
      {editing ? (
        <h4 id={`${id}-title`}>{i18n.t('drafts.editTitle')}</h4>
      ) : (
        !labelledBy && (
          <h4 id={`${id}-title`} className="visually-hidden">
            {i18n.t('drafts.title')}
          </h4>
        )
      )}
      {errors.length > 0 && (
        <div
          ref={summary}
          className="draft-form__summary"
          tabIndex={-1}
          aria-labelledby={`${id}-summary-title`}
          data-testid="draft-errors"
        >
          <div role="alert">
            <h4 id={`${id}-summary-title`}>{i18n.t('drafts.refused')}</h4>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>
                  <a
                    href={`#${fieldId(e.field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(e.field))?.focus();
                    }}
                  >
                    {i18n.t('drafts.field', { at: label(e.field), why: e.text })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="draft-form__grid">
        <Field label={label('product')} labelFor={fieldId('product')} error={fieldError('product')}>
          <select {...control('product')} value={product} onChange={(e) => set('product')(e.target.value)}>
            {/* A stored draft's product that is not in products.json stays choosable, to be seen. */}
            {product && !products.some((p) => p.id === product) && <option value={product}>{product}</option>}
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {productTitle(p)}
              </option>
            ))}
          </select>
        </Field>
        <div className="draft-form__field draft-form__country" key={`country-${round}`}>
          {countryField({
            label: label('country'),
            placeholder: i18n.t('drafts.countryPlaceholder'),
            inputId: fieldId('country'),
            describedBy: control('country')['aria-describedby'],
            invalid: errorOf('country').length > 0,
            initialQuery: editing ? countryName(editing.country) : '',
            onChange: set('country'),
          })}
          {fieldError('country')}
        </div>
        <Field label={label('status')} labelFor={fieldId('status')} error={fieldError('status')}>
          <select {...control('status')} value={status} onChange={(e) => set('status')(e.target.value)}>
            <option value="">{i18n.t('drafts.chooseStatus')}</option>
            {/* A stored draft's status that the product does not know stays choosable, to be seen. */}
            {status && !vocabulary.byId.has(status) && <option value={status}>{status}</option>}
            {vocabulary.statuses.map((s) => (
              <option key={s.id} value={s.id}>
                {i18n.status(s.id, vocabulary)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={label('date')} labelFor={fieldId('date')} error={fieldError('date')}>
          <input
            {...control('date')}
            type="date"
            value={date}
            max={today}
            onChange={(e) => set('date')(e.target.value)}
          />
        </Field>
        <Field
          wide
          label={label('note')}
          labelFor={fieldId('note')}
          error={fieldError('note')}
          hint={
            <p
              id={noteCount}
              className={`draft-form__hint${noteLength > NOTE_LIMIT ? ' draft-form__hint--over' : ''}`}
              data-testid="note-count"
            >
              {i18n.t('drafts.noteCount', { count: noteLength, limit: NOTE_LIMIT })}
            </p>
          }
        >
          <textarea
            {...control('note', noteCount, noteLength > NOTE_LIMIT)}
            dir="auto"
            rows={2}
            value={note}
            onChange={(e) => set('note')(e.target.value)}
          />
        </Field>
        <Field
          wide
          label={label('source')}
          labelFor={fieldId('source')}
          error={fieldError('source')}
          hint={
            <p id={sourceHint} className="draft-form__hint">
              {i18n.t('drafts.sourceHint')}
            </p>
          }
        >
          <input
            {...control('source', sourceHint)}
            dir="auto"
            type="text"
            value={source}
            onChange={(e) => set('source')(e.target.value)}
          />
        </Field>
        {files && files.list.length > 1 && (
          <Field
            wide
            label={i18n.t('drafts.file')}
            labelFor={`${id}-file`}
            hint={
              <p id={`${id}-file-hint`} className="draft-form__hint">
                {i18n.t('drafts.fileHint')}
              </p>
            }
          >
            <select
              id={`${id}-file`}
              value={file}
              aria-describedby={`${id}-file-hint`}
              onChange={(e) => set('file')(e.target.value)}
            >
              <option value="">
                {defaultFile?.holds
                  ? i18n.t('drafts.fileDefault', { file: defaultFile.file })
                  : i18n.t('drafts.fileFirst', { file: defaultFile?.file ?? files.list[0]! })}
              </option>
              {files.list.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <div className="draft-form__actions">
        <button type="submit" className="draft-form__submit">
          {i18n.t(editing ? 'drafts.save' : 'drafts.add')}
        </button>
        {editing && onCancel && (
          <button type="button" onClick={onCancel}>
            {i18n.t('drafts.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
