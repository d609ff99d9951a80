import { AllProducts } from '../features/allProducts/AllProducts';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo } from '../state/derived';
import { useAppStore } from '../state/store';
import { GlanceExport } from './GlanceExport';
import { useEffective } from './regions';
import { useGlance } from './useGlance';

/** The overview's "All products" (`?product=all`): every product's small map for the region and date. */
export default function AllProductsView() {
  const i18n = useI18n();
  const geo = useGeo();
  const select = useAppStore((s) => s.select);
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const { region, asOf } = useEffective();
  const glance = useGlance();
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
            <GlanceExport glance={glance} withHistory />
          </div>
        )}
      </div>
      <AllProducts glance={glance} region={region} geo={geo} onOpen={(id) => select({ product: id })} />
      <p className="overview__disclaimer">{i18n.t('map.disclaimer')}</p>
    </section>
  );
}
