import { useMemo } from 'react';
import { AllProducts } from '../features/allProducts/AllProducts';
import { glanceOf } from '../features/allProducts/allProducts';
import { glanceFigureProps, glanceFileName } from '../features/allProducts/glanceFigure';
import { FigureExport } from '../shared/figure/FigureExport';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo, useProducts, useRecordIndex, useRecords } from '../state/derived';
import { hasHistory, playedDates } from '../domain/history';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';
import { useGlance } from './useGlance';

/** The overview's "All products" (`?product=all`): every product's small map for the region and date. */
export default function AllProductsView() {
  const i18n = useI18n();
  const products = useProducts();
  const index = useRecordIndex();
  const records = useRecords();
  const geo = useGeo();
  const select = useAppStore((s) => s.select);
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const { region, asOf } = useEffective();
  const glance = useGlance();
  // Whether every product's records have a history up to the date, for its GIF.
  const hasDates = useMemo(() => hasHistory(records, asOf), [records, asOf]);
  // Until the records have settled every country would show as No information.
  if (!region || !glance || !recordsSettled) return null;
  return (
    <section className="overview__all" aria-labelledby="all-products-title">
      <div className="overview__title-row">
        <h2 id="all-products-title" className="overview__title">
          {i18n.t('allProducts.heading', { region: i18n.text(region.name), date: i18n.formatDate(asOf) })}
        </h2>
        {geo && (
          <div className="overview__actions">
            <FigureExport
              fileName={glanceFileName(region, asOf)}
              figure={() => ({
                kind: 'glance',
                props: glanceFigureProps({ i18n, geo, index, glance, region, asOf }),
              })}
              history={{
                available: hasDates,
                dates: () => playedDates(records, asOf),
                figure: (date) => ({
                  kind: 'glance',
                  props: glanceFigureProps({
                    i18n,
                    geo,
                    index,
                    glance: glanceOf(products, index, region.members, date, geo.byIso3.keys()),
                    region,
                    asOf: date,
                  }),
                }),
              }}
            />
          </div>
        )}
      </div>
      <AllProducts glance={glance} region={region} geo={geo} onOpen={(id) => select({ product: id })} />
      <p className="overview__disclaimer">{i18n.t('map.disclaimer')}</p>
    </section>
  );
}
