import { useEffect, useRef } from 'react';
import type { RecordIndex } from '../../domain/status';
import type { Iso3, IsoDate, Product, Region } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { CountryTitle, ProductStatuses } from './ProductStatus';
import { RegionsLine } from './RegionsLine';
import './country.css';

export interface CountryPanelProps {
  iso3: Iso3;
  products: readonly Product[];
  regions: readonly Region[];
  index: RecordIndex;
  asOf: IsoDate;
  isUnMember?: boolean;
  onClose(): void;
  onOpenPage(): void;
}

/** The map's side panel: one country's status on every product as of the date. */
export function CountryPanel({ isUnMember, onClose, onOpenPage, ...country }: CountryPanelProps) {
  const { iso3, regions } = country;
  const i18n = useI18n();
  const ref = useRef<HTMLElement>(null);
  // The panel answers a country chosen on the map: brought into view when it opens or changes
  // country, if it is not already (a sheet over the map on a phone always is).
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [iso3]);
  return (
    <section
      ref={ref}
      className="panel"
      aria-labelledby="panel-title"
      data-country={iso3}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="panel__header">
        <h2 id="panel-title" className="panel__title">
          <CountryTitle iso3={iso3} />
        </h2>
        <button type="button" className="panel__close" onClick={onClose} aria-label={i18n.t('panel.close')}>
          ×
        </button>
      </header>
      {isUnMember === false && <p className="panel__meta">{i18n.t('panel.notUn')}</p>}
      <RegionsLine iso3={iso3} regions={regions} className="panel__meta" />
      <ProductStatuses className="panel__products" {...country} detailed={false} />
      <button type="button" className="link-button" onClick={onOpenPage}>
        {i18n.t('panel.openPage')}
      </button>
    </section>
  );
}
