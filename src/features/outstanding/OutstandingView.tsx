import { useMemo, useState } from 'react';
import type { ContactDirectory } from '../../domain/contacts';
import { vocabularyOf } from '../../domain/stages';
import type { RecordIndex } from '../../domain/status';
import type { IsoDate, Product, Region, Status } from '../../domain/types';
import { download } from '../../shared/download';
import type { MessageKey } from '../../shared/i18n/en';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { StatusName } from '../../shared/StatusName';
import { ReminderDrafts } from './ReminderDrafts';
import { Control } from '../../shared/controls/Controls';
import {
  buildItems,
  emailsOf,
  filterItems,
  itemsToCsv,
  mailtoBcc,
  nextSort,
  outstandingFileName,
  owedStatuses,
  sortItems,
  toggleStatus,
  type OutstandingItem,
  type Sort,
  type SortKey,
} from './table';
import './outstanding.css';
import { LongText } from '../../shared/LongText';

export interface OutstandingViewProps {
  index: RecordIndex;
  products: readonly Product[];
  region: Region;
  asOf: IsoDate;
  /** The day lateness is counted on (see Effective.overdueOn). */
  overdueOn: IsoDate;
  /** undefined while loading or when contacts.csv is absent. */
  contacts?: ContactDirectory;
  /** Product filter (undefined = all products), kept in the URL by the app. */
  product?: string;
  onProduct(product: string | undefined): void;
  /** Region and date controls, from the app. */
  controls: React.ReactNode;
  onOpenCountry(iso3: string): void;
  /** Opens the handout of the region and date (a print layout, from the app). */
  onHandout?(): void;
}

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'country', label: 'outstanding.country' },
  { key: 'region', label: 'outstanding.region' },
  { key: 'product', label: 'outstanding.product' },
  { key: 'status', label: 'outstanding.status' },
  { key: 'since', label: 'outstanding.since' },
  { key: 'note', label: 'outstanding.note' },
];
const DEADLINE_COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'deadline', label: 'outstanding.deadline' },
  { key: 'overdue', label: 'outstanding.overdue' },
];

/** The coordinators' table: every map still owed in the region as of the date. */
export function OutstandingView({
  index,
  products,
  region,
  asOf,
  overdueOn,
  contacts,
  controls,
  onOpenCountry,
  onHandout,
  product,
  onProduct,
}: OutstandingViewProps) {
  const i18n = useI18n();
  // The statuses the reader switched off: any status a product adds is shown until then.
  const [hidden, setHidden] = useState<readonly Status[]>([]);
  const options = useMemo(
    () => owedStatuses(product === undefined ? products : products.filter((p) => p.id === product)),
    [products, product],
  );
  const statuses = useMemo(
    () => options.map((o) => o.status).filter((s) => !hidden.includes(s)),
    [options, hidden],
  );
  const optionLabel = (status: Status) =>
    i18n.status(status, options.find((o) => o.status === status)?.vocabulary ?? vocabularyOf(undefined));
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'country', direction: 'ascending' });

  const items = useMemo(
    () =>
      buildItems({
        index,
        products,
        region,
        asOf,
        countryName: i18n.countryName,
        statusLabel: i18n.status,
        text: i18n.text,
        contacts,
        overdueOn,
      }),
    [index, products, region, asOf, i18n, contacts, overdueOn],
  );
  // Deadline columns only where products.json sets a deadline.
  const withDeadlines = items.some((item) => item.deadline !== undefined);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [remindersOpen, setRemindersOpen] = useState(false);
  const shown = useMemo(
    () => sortItems(filterItems(items, { product, statuses, query, overdueOnly }), sort, i18n.lang),
    [items, product, statuses, query, overdueOnly, sort, i18n.lang],
  );
  const downloadCsv = () =>
    download(
      new Blob([itemsToCsv(shown)], { type: 'text/csv;charset=utf-8' }),
      outstandingFileName(region.id, product, asOf),
    );

  return (
    <div className="outstanding">
      <h2 className="outstanding__title">
        {i18n.t('outstanding.title', { region: i18n.text(region.name), date: i18n.formatDate(asOf) })}
      </h2>
      <div className="outstanding__filters no-print">
        {controls}
        <Control id="outstanding-product" label={i18n.t('outstanding.product')}>
          <select
            id="outstanding-product"
            value={product ?? ''}
            onChange={(e) => onProduct(e.target.value || undefined)}
          >
            <option value="">{i18n.t('outstanding.allProducts')}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.short}
              </option>
            ))}
          </select>
        </Control>
        <fieldset className="outstanding__statuses">
          <legend className="control__label">{i18n.t('outstanding.status')}</legend>
          {options.map(({ status, vocabulary }) => (
            <label key={status}>
              <input
                type="checkbox"
                checked={statuses.includes(status)}
                onChange={() => setHidden((list) => toggleStatus(list, status))}
              />{' '}
              <StatusName status={status} vocabulary={vocabulary} />
            </label>
          ))}
        </fieldset>
        {withDeadlines && (
          <label className="outstanding__overdue-only">
            <input type="checkbox" checked={overdueOnly} onChange={() => setOverdueOnly(!overdueOnly)} />{' '}
            {i18n.t('outstanding.overdueOnly')}
          </label>
        )}
        <Control id="outstanding-query" label={i18n.t('outstanding.search')}>
          <input
            id="outstanding-query"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </Control>
      </div>
      <p className="outstanding__shown print-only">
        {[
          i18n.labelled(
            i18n.t('outstanding.product'),
            products.find((p) => p.id === product)?.short ?? i18n.t('outstanding.allProducts'),
          ),
          i18n.labelled(i18n.t('outstanding.status'), i18n.list(statuses.map(optionLabel))),
          overdueOnly ? i18n.t('outstanding.overdueOnly') : '',
          query.trim() ? i18n.labelled(i18n.t('outstanding.search'), query) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="outstanding__actions">
        <p role="status" className="outstanding__count">
          {i18n.t('outstanding.count', { count: shown.length })}
          {withDeadlines &&
            ` · ${i18n.t('outstanding.overdueCount', { count: shown.filter((i) => i.overdue > 0).length })}`}
        </p>
        <button type="button" className="no-print" onClick={downloadCsv} disabled={shown.length === 0}>
          {i18n.t('outstanding.downloadCsv')}
        </button>
        <button
          type="button"
          className="no-print"
          aria-expanded={remindersOpen}
          aria-controls="reminders"
          onClick={() => setRemindersOpen(!remindersOpen)}
        >
          {i18n.t('reminders.open')}
        </button>
        {onHandout && (
          <button type="button" className="no-print" onClick={onHandout}>
            {i18n.t('handout.open')}
          </button>
        )}
      </div>
      {remindersOpen && (
        <ReminderDrafts
          id="reminders"
          items={shown}
          products={products}
          region={region}
          asOf={asOf}
          product={product}
        />
      )}
      {contacts && <FocalPointEmails emails={emailsOf(shown)} />}
      <div className="outstanding__table-wrap">
        <table className="outstanding__table">
          <caption className="visually-hidden">{i18n.t('outstanding.caption')}</caption>
          <thead>
            <tr>
              {(withDeadlines ? [...COLUMNS, ...DEADLINE_COLUMNS] : COLUMNS).map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
                  <button type="button" onClick={() => setSort((s) => nextSort(s, c.key))}>
                    {i18n.t(c.label)}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              {contacts && <th scope="col">{i18n.t('outstanding.focalPoint')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <Row
                key={`${item.product.id}-${item.iso3}`}
                item={item}
                withDeadlines={withDeadlines}
                withContacts={Boolean(contacts)}
                onOpen={onOpenCountry}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The focal points' addresses of the rows shown, to copy or to write to in one message. */
function FocalPointEmails({ emails }: { emails: readonly string[] }) {
  const i18n = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(emails.join(', '));
    setCopied(true);
  };
  return (
    <section className="outstanding__emails" aria-labelledby="emails-title">
      <h3 id="emails-title">{i18n.t('outstanding.emails', { count: emails.length })}</h3>
      {emails.length > 0 ? (
        <>
          <textarea
            className="no-print"
            readOnly
            value={emails.join(', ')}
            aria-labelledby="emails-title"
            rows={2}
          />
          <p className="outstanding__email-list print-only">{emails.join(', ')}</p>
          <div className="outstanding__email-actions no-print">
            <button type="button" onClick={() => void copy()}>
              {copied ? i18n.t('outstanding.copied') : i18n.t('outstanding.copy')}
            </button>
            <a href={mailtoBcc(emails, i18n.t('outstanding.mailSubject'))}>{i18n.t('outstanding.mailto')}</a>
          </div>
        </>
      ) : (
        <p>{i18n.t('outstanding.noEmails')}</p>
      )}
    </section>
  );
}

function Row({
  item,
  withDeadlines,
  withContacts,
  onOpen,
}: {
  item: OutstandingItem;
  withDeadlines: boolean;
  withContacts: boolean;
  onOpen(iso3: string): void;
}) {
  const i18n = useI18n();
  return (
    <tr data-iso3={item.iso3} data-product={item.product.id} data-status={item.status}>
      <td>
        <button type="button" className="link-button" onClick={() => onOpen(item.iso3)}>
          {item.country}
        </button>{' '}
        <span className="outstanding__code">{item.iso3}</span>
      </td>
      <td>{item.region}</td>
      <td>{item.product.short}</td>
      <td>
        <span className="outstanding__status">
          <StatusSwatch status={item.status} vocabulary={vocabularyOf(item.product)} size={12} />{' '}
          <StatusName status={item.status} vocabulary={vocabularyOf(item.product)} />
        </span>
        {item.draft && (
          <>
            {' '}
            <span className="draft-mark">{i18n.t('drafts.mark')}</span>
          </>
        )}
      </td>
      <td>{item.since ? i18n.formatDate(item.since) : ''}</td>
      <td className="outstanding__note">
        <LongText text={item.note} />
      </td>
      {withDeadlines && <td>{item.deadline ? i18n.formatDate(item.deadline) : ''}</td>}
      {withDeadlines && (
        <td
          data-overdue={item.overdue || undefined}
          className={item.overdue ? 'outstanding__overdue' : undefined}
        >
          {item.overdue > 0 ? i18n.t('outstanding.overdueBy', { days: item.overdue }) : ''}
        </td>
      )}
      {withContacts && (
        <td>
          {item.contacts.map((c) => (
            <div key={`${c.name}-${c.email}`}>
              {c.name}
              {c.role ? ` (${c.role})` : ''} {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
            </div>
          ))}
        </td>
      )}
    </tr>
  );
}
