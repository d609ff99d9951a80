import { productTitle } from '../../domain/products';
import { countryDeadline, overdueDays } from '../../domain/deadlines';
import { isOwed, NO_INFORMATION, vocabularyOf } from '../../domain/stages';
import { historyOf, regionsOf, statusAsOf, type RecordIndex } from '../../domain/status';
import type { Iso3, IsoDate, Product, Region, Status } from '../../domain/types';
import type { MessageKey } from '../../shared/i18n/en';
import { useI18n } from '../../shared/i18n/useI18n';
import { Labelled } from '../../shared/Labelled';
import { SafeLink } from '../../shared/SafeLink';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { LongText } from '../../shared/LongText';
import { DataText } from '../../shared/DataText';
import { StatusName } from '../../shared/StatusName';

/** The next step for each default status, and for No information in any product. */
const NEXT_STEP: Readonly<Record<Status, MessageKey>> = {
  submitted: 'next.submitted',
  in_preparation: 'next.in_preparation',
  not_submitted: 'next.not_submitted',
  not_applicable: 'next.not_applicable',
  no_information: 'next.no_information',
};

/** One product's status for a country as of a date: note, source, history, next step, contact. */
function ProductStatus({
  iso3,
  product,
  index,
  asOf,
  detailed,
  deadline,
  overdueOn = asOf,
}: {
  iso3: Iso3;
  product: Product;
  index: RecordIndex;
  asOf: IsoDate;
  /** When the map is due from this country (see countryDeadline); shown while it is owed. */
  deadline?: IsoDate;
  /** The day lateness is counted on. */
  overdueOn?: IsoDate;
  /** The country page shows history and next step; the map's panel is shorter. */
  detailed: boolean;
}) {
  const i18n = useI18n();
  const vocabulary = vocabularyOf(product);
  const current = statusAsOf(index, product.id, iso3, asOf);
  // The product's own words for the next step, else the interface's for a default status.
  const description = vocabulary.byId.get(current.status)?.description;
  const nextStep =
    description !== undefined ? (
      <DataText value={description} />
    ) : (vocabulary.builtIn || current.status === NO_INFORMATION) && NEXT_STEP[current.status] ? (
      i18n.t(NEXT_STEP[current.status]!, {
        contact: product.contact?.name ?? i18n.t('next.gsp'),
        product: product.short,
      })
    ) : undefined;
  const history = historyOf(index, product.id, iso3).filter((r) => r.date <= asOf);
  const HistoryWrap = detailed ? 'div' : 'details';
  return (
    <li className="product-status" data-product={product.id} data-status={current.status}>
      <h3 className="product-status__name">
        {productTitle(product)}
        {detailed && (
          <span className="product-status__full">
            {' '}
            <DataText value={product.name} />
          </span>
        )}
      </h3>
      <p className="product-status__status">
        <StatusSwatch status={current.status} vocabulary={vocabulary} />
        <strong>
          <StatusName status={current.status} vocabulary={vocabulary} />
        </strong>
        {current.record && (
          <span> {i18n.t('panel.since', { date: i18n.formatDate(current.record.date) })}</span>
        )}
        {current.record?.draft && <span className="draft-mark">{i18n.t('drafts.mark')}</span>}
      </p>
      {deadline && isOwed(vocabulary, current.status) && (
        <p className="product-status__line product-status__deadline" data-deadline={deadline}>
          {i18n.t('country.deadline', { date: i18n.formatDate(deadline) })}
          {overdueDays(deadline, overdueOn) > 0 && (
            <strong> · {i18n.t('outstanding.overdueBy', { days: overdueDays(deadline, overdueOn) })}</strong>
          )}
        </p>
      )}
      {current.record?.note && (
        <p className="product-status__line">
          <Labelled label={i18n.t('panel.note')}>
            <LongText text={current.record.note} />
          </Labelled>
        </p>
      )}
      {current.record?.source && (
        <p className="product-status__line product-status__source">
          <Labelled label={i18n.t('panel.source')}>{current.record.source}</Labelled>
        </p>
      )}
      {detailed && nextStep && (
        <p className="product-status__line product-status__next">
          <Labelled label={<strong>{i18n.t('next.label')}</strong>}>{nextStep}</Labelled>
        </p>
      )}
      {history.length > 1 && (
        <HistoryWrap className="product-status__history">
          {detailed ? <h4>{i18n.t('panel.history')}</h4> : <summary>{i18n.t('panel.history')}</summary>}
          <ol>
            {history.map((r) => (
              <li key={`${r.date}-${r.line}`}>
                {i18n.labelled(i18n.formatDate(r.date), i18n.status(r.status, vocabulary))}
                {r.note && (
                  <>
                    {' ('}
                    <LongText text={r.note} />
                    {')'}
                  </>
                )}
                {detailed && r.source ? ` · ${r.source}` : ''}
                {r.draft && (
                  <>
                    {' '}
                    <span className="draft-mark">{i18n.t('drafts.mark')}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </HistoryWrap>
      )}
      {product.contact && (
        <p className="product-status__line">
          <Labelled label={i18n.t('panel.contact')}>
            {product.contact.name}
            {product.contact.email && (
              <>
                {' '}
                <SafeLink href={`mailto:${product.contact.email}`}>{product.contact.email}</SafeLink>
              </>
            )}
          </Labelled>
        </p>
      )}
      {detailed && product.url && (
        <p className="product-status__line">
          <SafeLink href={product.url}>{product.url}</SafeLink>
        </p>
      )}
    </li>
  );
}

/**
 * A country's status on every product, one item each. The detailed list (the country page)
 * gives each product's deadline for the country, from the regions it belongs to.
 */
export function ProductStatuses({
  iso3,
  products,
  regions,
  className,
  detailed,
  ...at
}: {
  iso3: Iso3;
  products: readonly Product[];
  regions: readonly Region[];
  className: string;
  index: RecordIndex;
  asOf: IsoDate;
  overdueOn?: IsoDate;
  detailed: boolean;
}) {
  const memberOf = detailed ? regionsOf(regions, iso3).map((r) => r.id) : [];
  return (
    <ul className={className}>
      {products.map((product) => (
        <ProductStatus
          key={product.id}
          iso3={iso3}
          product={product}
          detailed={detailed}
          deadline={detailed ? countryDeadline(product, memberOf) : undefined}
          {...at}
        />
      ))}
    </ul>
  );
}

/** A country's name and code, as the panel's and the country page's headings give them. */
export function CountryTitle({ iso3 }: { iso3: Iso3 }) {
  const i18n = useI18n();
  return (
    <>
      {i18n.countryName(iso3)} <span className="panel__code">{iso3}</span>
    </>
  );
}
