import { historyOf, regionsOf, statusAsOf, type RecordIndex } from '../../domain/status';
import type { Iso3, IsoDate, Product, Region } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { SafeLink } from '../../shared/SafeLink';
import './panel.css';

export interface CountryPanelProps {
  iso3: Iso3;
  products: readonly Product[];
  regions: readonly Region[];
  index: RecordIndex;
  asOf: IsoDate;
  isUnMember?: boolean;
  onClose(): void;
}

/** One country's status on every product as of the date, with history, source and contact. */
export function CountryPanel({
  iso3,
  products,
  regions,
  index,
  asOf,
  isUnMember,
  onClose,
}: CountryPanelProps) {
  const i18n = useI18n();
  const memberOf = regionsOf(regions, iso3).filter((r) => r.kind !== 'world');
  return (
    <section className="panel" aria-labelledby="panel-title" data-country={iso3}>
      <header className="panel__header">
        <h2 id="panel-title" className="panel__title">
          {i18n.countryName(iso3)} <span className="panel__code">{iso3}</span>
        </h2>
        <button type="button" className="panel__close" onClick={onClose} aria-label={i18n.t('panel.close')}>
          ×
        </button>
      </header>
      {isUnMember === false && <p className="panel__meta">{i18n.t('panel.notUn')}</p>}
      <p className="panel__meta">
        {i18n.t('panel.regions')}:{' '}
        {memberOf.length ? memberOf.map((r) => r.name).join(', ') : i18n.t('panel.noRegion')}
      </p>
      <ul className="panel__products">
        {products.map((product) => {
          const current = statusAsOf(index, product.id, iso3, asOf);
          const history = historyOf(index, product.id, iso3).filter((r) => r.date <= asOf);
          return (
            <li
              key={product.id}
              className="panel__product"
              data-product={product.id}
              data-status={current.status}
            >
              <h3 className="panel__product-name">
                {product.short}
                {product.version ? ` v${product.version}` : ''}
              </h3>
              <p className="panel__status">
                <StatusSwatch status={current.status} />
                <strong>{i18n.status(current.status)}</strong>
                {current.record && (
                  <span> {i18n.t('panel.since', { date: i18n.formatDate(current.record.date) })}</span>
                )}
              </p>
              {current.record?.note && (
                <p className="panel__note">
                  {i18n.t('panel.note')}: {current.record.note}
                </p>
              )}
              {current.record?.source && (
                <p className="panel__source">
                  {i18n.t('panel.source')}: {current.record.source}
                </p>
              )}
              {history.length > 1 && (
                <details className="panel__history">
                  <summary>{i18n.t('panel.history')}</summary>
                  <ol>
                    {history.map((r) => (
                      <li key={`${r.date}-${r.line}`}>
                        {i18n.formatDate(r.date)}: {i18n.status(r.status)}
                        {r.note ? ` (${r.note})` : ''}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              {product.contact && (
                <p className="panel__contact">
                  {i18n.t('panel.contact')}: {product.contact.name}
                  {product.contact.email && (
                    <>
                      {' '}
                      <SafeLink href={`mailto:${product.contact.email}`}>{product.contact.email}</SafeLink>
                    </>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
