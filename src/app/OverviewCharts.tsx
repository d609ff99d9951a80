import { useMemo } from 'react';
import { vocabularyOf } from '../domain/stages';
import { countsFor, submissionsOverTime } from '../domain/status';
import type { IsoDate, Product, Region } from '../domain/types';
import { BarRows } from '../features/charts/BarRows';
import { SubmissionsOverTime } from '../features/charts/SubmissionsOverTime';
import { useI18n } from '../shared/i18n/useI18n';
import { useProducts, useRecordIndex } from '../state/derived';
import { useRegions } from './regions';
import { useAppStore } from '../state/store';

/** The overview's progress charts: status by product, submissions over time, progress by region. */
export default function OverviewCharts({
  product,
  region,
  asOf,
}: {
  product: Product;
  region: Region;
  asOf: IsoDate;
}) {
  const i18n = useI18n();
  const products = useProducts();
  const regions = useRegions();
  const index = useRecordIndex();
  const select = useAppStore((s) => s.select);
  const members = region.members;
  const productRows = useMemo(
    () =>
      products.map((p) => ({ product: p, counts: countsFor(index, p.id, members, asOf, vocabularyOf(p)) })),
    [products, members, index, asOf],
  );
  const series = useMemo(
    () =>
      products.map((p) => ({
        id: p.id,
        label: p.short,
        points: submissionsOverTime(index, p.id, members, asOf, vocabularyOf(p)),
      })),
    [products, members, index, asOf],
  );
  const regionRows = useMemo(() => {
    const withRecords = new Set(index.get(product.id)?.keys() ?? []);
    const shown = regions.filter((r) => r.id === region.id || r.members.some((m) => withRecords.has(m)));
    return {
      rows: shown.map((r) => ({
        region: r,
        counts: countsFor(index, product.id, r.members, asOf, vocabularyOf(product)),
      })),
      hidden: regions.length - shown.length,
    };
  }, [product, regions, region, index, asOf]);

  return (
    <section className="overview__charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{i18n.t('charts.title')}</h2>
      <div className="overview__chart-grid">
        <BarRows
          title={i18n.t('charts.byProduct', { region: i18n.text(region.name) })}
          kind="product"
          barHeight={16}
          rows={productRows.map((r) => ({
            id: r.product.id,
            label: r.product.short,
            counts: r.counts,
            vocabulary: vocabularyOf(r.product),
          }))}
          current={product.id}
          onSelect={(id) => select({ product: id })}
        />
        <SubmissionsOverTime
          title={i18n.t('charts.overTime', { region: i18n.text(region.name) })}
          series={series}
          asOf={asOf}
          total={region.members.length}
        />
        <BarRows
          title={i18n.t('charts.byRegion', { product: product.short })}
          kind="region"
          barHeight={12}
          rows={regionRows.rows.map((r) => ({
            id: r.region.id,
            label: i18n.text(r.region.name),
            counts: r.counts,
            vocabulary: vocabularyOf(product),
          }))}
          current={region.id}
          note={
            regionRows.hidden
              ? i18n.t('charts.byRegionHidden', { count: regionRows.hidden, product: product.short })
              : undefined
          }
          onSelect={(id) => select({ region: id, country: undefined })}
        />
      </div>
    </section>
  );
}
