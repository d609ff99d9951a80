import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { IsoDate, Product, Region } from '../../domain/types';
import { copyText } from '../../shared/clipboard';
import { download } from '../../shared/download';
import { useI18n } from '../../shared/i18n/useI18n';
import {
  buildDrafts,
  draftClipboardText,
  draftsToText,
  MAILTO_SAFE_LENGTH,
  recipientsLine,
  recipientsOf,
  remindersFileName,
  type ReminderDraft,
} from './reminders';
import type { OutstandingItem } from './table';

export interface ReminderDraftsProps {
  id: string;
  /** The rows the view shows, filters applied. */
  items: readonly OutstandingItem[];
  products: readonly Product[];
  region: Region;
  asOf: IsoDate;
  /** The product filter, for the file's name. */
  product?: string;
}

/** One reminder per country among the rows shown, to read, copy, open in a mail program or download. */
export function ReminderDrafts({ id, items, products, region, asOf, product }: ReminderDraftsProps) {
  const i18n = useI18n();
  // The table follows a filter at once; the drafts (up to one per country of the world) after.
  const rows = useDeferredValue(items);
  const drafts = useMemo(
    // The country links follow the address the page is at (sub-path and language included).
    () => buildDrafts(rows, { products, asOf, pageUrl: window.location.href, i18n }),
    [rows, products, asOf, i18n],
  );
  const downloadAll = () =>
    download(
      new Blob([draftsToText(drafts, { regionName: i18n.text(region.name), asOf, i18n })], {
        type: 'text/plain;charset=utf-8',
      }),
      remindersFileName(region.id, product, asOf),
    );
  return (
    <section id={id} className="reminders" aria-labelledby={`${id}-title`}>
      <div className="reminders__head">
        <h3 id={`${id}-title`}>{i18n.t('reminders.title', { count: drafts.length })}</h3>
        <button type="button" onClick={downloadAll} disabled={drafts.length === 0}>
          {i18n.t('reminders.downloadAll')}
        </button>
      </div>
      <p className="reminders__hint">{i18n.t('reminders.hint')}</p>
      {drafts.length === 0 ? (
        <p>{i18n.t('reminders.none')}</p>
      ) : (
        <ol className="reminders__list">
          {drafts.map((draft) => (
            <li key={draft.iso3}>
              <Draft draft={draft} idPrefix={id} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A draft whose text has not changed is not drawn again. */
const Draft = memo(DraftCard, (a, b) => a.idPrefix === b.idPrefix && sameDraft(a.draft, b.draft));

function sameDraft(a: ReminderDraft, b: ReminderDraft): boolean {
  return (
    a.iso3 === b.iso3 &&
    a.country === b.country &&
    a.subject === b.subject &&
    a.body === b.body &&
    a.mailto === b.mailto &&
    a.focalPoints === b.focalPoints
  );
}

function DraftCard({ draft, idPrefix }: { draft: ReminderDraft; idPrefix: string }) {
  const i18n = useI18n();
  const text = draftClipboardText(draft, i18n);
  // What was last copied, and whether it worked; "Copied" only while the text is the same.
  const [copied, setCopied] = useState<{ text: string; ok: boolean }>();
  const copy = async () => setCopied({ text, ok: await copyText(text) });
  const heading = `${idPrefix}-${draft.iso3}`;
  const status = copied?.text === text ? copied : undefined;
  return (
    <article className="reminder" aria-labelledby={heading} data-iso3={draft.iso3}>
      <h4 id={heading}>
        {draft.country} <span className="outstanding__code">{draft.iso3}</span>
      </h4>
      <Recipients draft={draft} />
      <p className="reminder__subject">{i18n.t('reminders.subjectLine', { subject: draft.subject })}</p>
      <pre className="reminder__body">{draft.body}</pre>
      <div className="reminder__actions">
        <button type="button" onClick={() => void copy()} aria-describedby={heading}>
          {i18n.t('reminders.copy')}
        </button>
        {draft.mailto && (
          <a href={draft.mailto} aria-describedby={heading}>
            {i18n.t('reminders.mailto', { count: draft.to.length })}
          </a>
        )}
        <span role="status" className="reminder__status">
          {status ? i18n.t(status.ok ? 'reminders.copied' : 'reminders.copyFailed') : ''}
        </span>
      </div>
      {draft.mailto && draft.mailto.length > MAILTO_SAFE_LENGTH && (
        <p className="reminder__long">{i18n.t('reminders.long')}</p>
      )}
    </article>
  );
}

const SLOT = '\uE000';

/**
 * "To: …" with the addresses kept left to right inside the sentence (so that a quoted name and
 * its <address> read in order on an Arabic page), or the sentence saying there is none.
 */
function Recipients({ draft }: { draft: ReminderDraft }) {
  const i18n = useI18n();
  const recipients = recipientsOf(draft);
  if (!recipients) return <p className="reminder__to reminder__to--none">{recipientsLine(draft, i18n)}</p>;
  const [before, after] = i18n.t('reminders.to', { recipients: SLOT }).split(SLOT);
  return (
    <p className="reminder__to">
      {before}
      <bdi dir="ltr">{recipients}</bdi>
      {after}
    </p>
  );
}
