import { useState, type ReactNode } from 'react';
import { statusAsOf, type RecordIndex } from '../../domain/status';
import { vocabularyOf } from '../../domain/stages';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { StatusName } from '../../shared/StatusName';
import { DataText } from '../../shared/DataText';
import type { Iso3, IsoDate, MapStatus, Product, Region } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { StaticMap, useStaticOutlines } from '../../shared/figure/StaticMap';
import { useMapReadyMark } from '../../shared/performance';
import { useI18n } from '../../shared/i18n/useI18n';
import { CountryTitle, ProductStatuses } from './ProductStatus';
import { RegionsLine } from './RegionsLine';
import './country.css';

export interface CountryPageProps {
  iso3?: Iso3;
  products: readonly Product[];
  regions: readonly Region[];
  index: RecordIndex;
  asOf: IsoDate;
  /** The day lateness is counted on (today, or the as-of date chosen). */
  overdueOn?: IsoDate;
  geo?: GeoFeatures;
  /** A country search, from the app. */
  picker: ReactNode;
}

/** The locator's view: the country with room round it, and at least 24° across. */
const LOCATOR_VIEW = { width: 340, height: 240, padding: 0.2, minSpan: 24 };
/** The locator shows where, not a status: every country neutral, this one dark. */
const NO_STATUSES = new Map<Iso3, MapStatus>();
const LOCATOR_FILL = '#3b3b3b';

/** A focal point's page: their country's status on every product, with history and next steps. */
export function CountryPage({ iso3, geo, picker, ...country }: CountryPageProps) {
  const { regions, asOf } = country;
  const i18n = useI18n();
  const [copied, setCopied] = useState(false);
  // The locator's outlines are projected in slices (its neighbours can be large countries).
  const located = iso3 !== undefined && geo?.byIso3.has(iso3) === true;
  const outlines = useStaticOutlines({
    geo: located ? geo : undefined,
    fit: iso3 ? [iso3] : [],
    ...LOCATOR_VIEW,
  });
  useMapReadyMark(outlines !== undefined);
  if (!iso3) {
    return (
      <div className="country-page__pick">
        <h2>{i18n.t('country.pick')}</h2>
        {picker}
      </div>
    );
  }
  const link = window.location.href;
  return (
    <article className="country-page" data-country={iso3} aria-labelledby="country-title">
      <div>
        <h2 id="country-title" className="country-page__title">
          <CountryTitle iso3={iso3} />
        </h2>
        <p className="country-page__meta">{i18n.t('country.asOf', { date: i18n.formatDate(asOf) })}</p>
        {/* On a phone, every product's status first, before the details of each. */}
        <ul className="country-page__glance" aria-label={i18n.t('country.glance')}>
          {country.products.map((product) => {
            const vocabulary = vocabularyOf(product);
            const { status } = statusAsOf(country.index, product.id, iso3, asOf);
            return (
              <li key={product.id}>
                <StatusSwatch status={status} vocabulary={vocabulary} size={14} />{' '}
                <DataText value={product.short} /> <StatusName status={status} vocabulary={vocabulary} />
              </li>
            );
          })}
        </ul>
        <RegionsLine iso3={iso3} regions={regions} className="country-page__meta" />
        <ProductStatuses className="country-page__products" iso3={iso3} {...country} detailed />
      </div>
      <aside className="country-page__side">
        {geo?.byIso3.has(iso3) && (
          <figure className="country-page__locator">
            <svg
              viewBox={`0 0 ${LOCATOR_VIEW.width} ${LOCATOR_VIEW.height}`}
              role="img"
              aria-label={i18n.t('country.locator', { country: i18n.countryName(iso3) })}
              aria-busy={outlines ? undefined : true}
            >
              {outlines && (
                <StaticMap
                  outlines={outlines}
                  geo={geo}
                  statuses={NO_STATUSES}
                  fit={[iso3]}
                  {...LOCATOR_VIEW}
                  country={iso3}
                  countryFill={LOCATOR_FILL}
                  idPrefix="locator"
                />
              )}
            </svg>
          </figure>
        )}
        <div className="country-page__link no-print">
          <label htmlFor="country-link">{i18n.t('country.link')}</label>
          <input id="country-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true))}
          >
            {copied ? i18n.t('outstanding.copied') : i18n.t('country.copyLink')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {i18n.t('country.print')}
          </button>
        </div>
        {/* On paper the address is text, whole, left to right in every language. */}
        <p className="country-page__address print-only">
          {i18n.t('country.link')}
          <br />
          <span dir="ltr">{link}</span>
        </p>
        <div className="country-page__pick no-print">{picker}</div>
      </aside>
    </article>
  );
}
