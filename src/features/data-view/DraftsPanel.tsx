import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { TableHead } from '../../shared/TableHead';
import { newDraftId, type Draft, type DraftCheck, type DraftRefusal } from '../../domain/drafts';
import type { IsoDate, Product } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { DraftForm, type CountryFieldProps, type DraftFiles } from './DraftForm';
import { productText, refusalMessages, statusText } from './draftText';
import { LongText } from '../../shared/LongText';

export type { CountryFieldProps, DraftFiles };

/** A file the drafts can be downloaded in: its name, and how many drafts it takes. */
export interface DraftDownload {
  file: string;
  count: number;
  /** The file could not be read: its drafts wait here until it can. */
  unavailable?: boolean;
}

export interface DraftsPanelProps {
  products: readonly Product[];
  defaultProduct?: string;
  today: IsoDate;
  drafts: readonly Draft[];
  /** The drafts checked against the records loaded; undefined until they have loaded. */
  check?: DraftCheck;
  /** The records the drafts join, as named in the report ("records.csv", a file's name). */
  recordsFile: string;
  countryField(props: CountryFieldProps): ReactNode;
  onSave(draft: Draft): DraftRefusal[];
  onRemove(id: string): void;
  onDiscardAll(): void;
  /**
   * Downloads a file with its drafts added. With several records sources, `files` lists them,
   * and each draft shows the file it goes into.
   */
  onDownload(file: string): void;
  /** The records sources when there are several: each one a draft can go into. */
  files?: DraftFiles & {
    /** The file each draft goes into, by draft id. */
    of(draft: Draft): string | undefined;
  };
  /** The files that can be downloaded now: with several sources, those the accepted drafts go into. */
  downloads: readonly DraftDownload[];
  /** Drafts kept for other records sources, by a name for each. */
  keptElsewhere?: readonly { name: string; count: number }[];
}

/** A file's path that may wrap after each "/" ("records/" "eurosoil.csv"), not inside a name. */
function breakable(path: string): ReactNode {
  return path.split('/').map((part, i, all) => (
    <Fragment key={i}>
      <span className="drafts__path-part">{part}</span>
      {i < all.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

/**
 * Changes recorded in this browser: the form, the list of drafts (each shown or not, with the
 * validator's reason; edit, undo), discard all, and records.csv with the drafts to download.
 */
export function DraftsPanel({
  products,
  defaultProduct,
  today,
  drafts,
  check,
  recordsFile,
  countryField,
  onSave,
  onRemove,
  onDiscardAll,
  onDownload,
  files,
  downloads,
  keptElsewhere = [],
}: DraftsPanelProps) {
  const i18n = useI18n();
  const [editing, setEditing] = useState<Draft>();
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const listTitle = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const discardButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const ready = check !== undefined;
  // Asked to confirm, the focus goes to "Keep them": nothing is lost by pressing Enter twice.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  /** A country by its name, or as written when it is not a code the names table knows. */
  const name = (value: string) => {
    const code = value.trim().toUpperCase();
    const found = i18n.countryName(code);
    return found === code ? value : found;
  };
  const describe = (d: Pick<Draft, 'country' | 'product' | 'status'>) => ({
    country: name(d.country),
    product: productText(products, d.product),
    status: statusText(i18n, d.status, products, d.product),
  });

  const save = (values: Omit<Draft, 'id'>): DraftRefusal[] => {
    const draft = { ...values, id: editing?.id ?? newDraftId() };
    const refusals = onSave(draft);
    if (refusals.length === 0) {
      // What was recorded, in the reader's terms (the store keeps the draft as the validator read it).
      setSaid(i18n.t(editing ? 'drafts.updated' : 'drafts.added', describe(values)));
      setEditing(undefined);
    }
    return refusals;
  };
  const focusList = () => requestAnimationFrame(() => listTitle.current?.focus());

  // Each column's name: the table's header, and on a narrow screen each card's line.
  const label = {
    product: i18n.t('drafts.product'),
    status: i18n.t('drafts.status'),
    date: i18n.t('drafts.col.date'),
    note: i18n.t('panel.note'),
    source: i18n.t('panel.source'),
    file: i18n.t('drafts.col.file'),
    check: i18n.t('drafts.col.check'),
  };
  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <h3 id="drafts-title">{i18n.t('drafts.title')}</h3>
      <p className="drafts__intro">{i18n.t('drafts.intro')}</p>
      {!ready && <p className="drafts__waiting">{i18n.t('drafts.waiting')}</p>}
      <div ref={formRef}>
        <DraftForm
          key={editing?.id ?? 'new'}
          products={products}
          defaultProduct={defaultProduct}
          today={today}
          editing={editing}
          labelledBy="drafts-title"
          countryName={name}
          countryField={countryField}
          onSave={save}
          onCancel={() => setEditing(undefined)}
          files={files}
          checkedAgainst={check}
        />
      </div>
      <p className="visually-hidden" role="status">
        {said}
      </p>

      <h4 id="drafts-list-title" ref={listTitle} tabIndex={-1}>
        {i18n.t('drafts.listTitle', { count: drafts.length })}
      </h4>
      {keptElsewhere.length > 0 && (
        <p className="drafts__elsewhere">
          {i18n.t('drafts.elsewhere', {
            count: keptElsewhere.reduce((n, k) => n + k.count, 0),
            sources: i18n.list(keptElsewhere.map((k) => `${k.name} (${i18n.formatNumber(k.count)})`)),
          })}
        </p>
      )}
      {drafts.length === 0 ? (
        <p>{i18n.t('drafts.none')}</p>
      ) : (
        <div className="drafts__list-wrap">
          <table className="drafts__list">
            <TableHead
              caption={i18n.t('drafts.listCaption')}
              columns={[
                i18n.t('map.table.country'),
                ...[label.product, label.status, label.date, label.note, label.source],
                files !== undefined && label.file,
                label.check,
                <span className="visually-hidden">{i18n.t('drafts.col.actions')}</span>,
              ]}
            />
            <tbody>
              {drafts.map((d) => {
                const refusals = check?.refused.get(d.id);
                const applied = check?.accepted.has(d.id) ?? false;
                const words = describe(d);
                return (
                  <tr
                    key={d.id}
                    data-draft={d.id}
                    data-state={applied ? 'applied' : refusals ? 'refused' : 'waiting'}
                    aria-current={editing?.id === d.id || undefined}
                  >
                    <th scope="row">{words.country}</th>
                    <td data-label={label.product}>{words.product}</td>
                    <td data-label={label.status}>{words.status}</td>
                    <td className="drafts__date" data-label={label.date}>
                      {/^\d{4}-\d{2}-\d{2}$/.test(d.date) ? i18n.formatDate(d.date) : d.date}
                    </td>
                    {/* Text as typed, in its own direction (an English note in the Arabic interface). */}
                    <td className="drafts__text" data-label={label.note}>
                      {d.note && (
                        <span dir="auto">
                          <LongText text={d.note} />
                        </span>
                      )}
                    </td>
                    <td className="drafts__text" data-label={label.source}>
                      {d.source && <span dir="auto">{d.source}</span>}
                    </td>
                    {files && (
                      <td className="drafts__file" data-label={label.file}>
                        {breakable(files.of(d) ?? '')}
                      </td>
                    )}
                    <td data-label={label.check}>
                      {applied ? (
                        <span className="draft-mark">{i18n.t('drafts.applied')}</span>
                      ) : refusals ? (
                        <span className="drafts__refused">
                          {i18n.t('drafts.notApplied', {
                            reason: refusalMessages(i18n, refusals, products, d.product)
                              .map((m) => m.text)
                              .join(' '),
                          })}
                        </span>
                      ) : (
                        i18n.t('drafts.waiting')
                      )}
                    </td>
                    <td className="drafts__actions">
                      <button
                        type="button"
                        aria-label={i18n.t('drafts.editLabel', words)}
                        onClick={() => {
                          setEditing(d);
                          requestAnimationFrame(() => formRef.current?.querySelector('select')?.focus());
                        }}
                      >
                        {i18n.t('drafts.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={i18n.t('drafts.undoLabel', words)}
                        onClick={() => {
                          if (editing?.id === d.id) setEditing(undefined);
                          onRemove(d.id);
                          setSaid(i18n.t('drafts.removed', words));
                          focusList();
                        }}
                      >
                        {i18n.t('drafts.undo')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <div className="drafts__downloads">
        {downloads.map((d) => (
          <button
            key={d.file}
            type="button"
            disabled={!ready || d.unavailable}
            onClick={() => onDownload(d.file)}
            aria-describedby={d.unavailable ? `drafts-unavailable-${d.file}` : 'drafts-download-hint'}
          >
            {files
              ? i18n.t('drafts.downloadChanged', { file: d.file, count: d.count })
              : i18n.t('drafts.download', { file: d.file })}
          </button>
        ))}
        {drafts.length > 0 && (
          <button
            type="button"
            ref={discardButton}
            aria-expanded={confirming}
            aria-controls="drafts-confirm"
            onClick={() => setConfirming(true)}
          >
            {i18n.t('drafts.discardAll')}
          </button>
        )}
      </div>
      {downloads
        .filter((d) => d.unavailable)
        .map((d) => (
          <p key={d.file} id={`drafts-unavailable-${d.file}`} className="data-view__hint">
            {i18n.t('drafts.fileUnavailable', { file: d.file, count: d.count })}
          </p>
        ))}
      <p id="drafts-download-hint" className="data-view__hint">
        {files
          ? i18n.t(downloads.length ? 'drafts.downloadHintSources' : 'drafts.noChanges')
          : i18n.t('drafts.downloadHint', { file: recordsFile })}
      </p>
      {confirming && drafts.length > 0 && (
        <div
          id="drafts-confirm"
          className="drafts__confirm"
          role="group"
          aria-labelledby="drafts-confirm-text"
        >
          <p id="drafts-confirm-text">{i18n.t('drafts.discardConfirm', { count: drafts.length })}</p>
          <button
            type="button"
            onClick={() => {
              onDiscardAll();
              setEditing(undefined);
              setConfirming(false);
              setSaid(i18n.t('drafts.discarded'));
              focusList();
            }}
          >
            {i18n.t('drafts.discardYes')}
          </button>
          <button
            type="button"
            ref={keepButton}
            onClick={() => {
              setConfirming(false);
              discardButton.current?.focus();
            }}
          >
            {i18n.t('drafts.discardNo')}
          </button>
        </div>
      )}
    </section>
  );
}
