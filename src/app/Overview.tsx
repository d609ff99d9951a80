import { useCallback, useEffect, useMemo, useState } from 'react';
import { SvgMap } from '../features/map/SvgMap';
import { supportsWebGL } from '../features/map/webgl';
import { countsFor, regionStatuses, statusAsOf, submissionsOverTime } from '../domain/status';
import type { Iso3 } from '../domain/types';
import { AsOfControl, ProductSwitcher, RegionSelect } from '../shared/controls/Controls';
import { CountryPanel } from '../features/country/CountryPanel';
import { BarRows } from '../features/charts/BarRows';
import { SubmissionsOverTime } from '../features/charts/SubmissionsOverTime';
import { Legend } from '../features/legend/Legend';
import { MapView } from '../features/map/MapView';
import { CountrySearch } from '../features/search/CountrySearch';
import { boundsOf } from '../geo/geoFeatures';
import { useI18n } from '../shared/i18n/useI18n';
import { today, useEffective, useProducts, useRecordIndex, useRegions } from '../state/derived';
import { useAppStore } from '../state/store';
import { FigureExport } from '../shared/figure/FigureExport';
import { figureFileName, figureProps } from './figureProps';
import { productTitle } from '../domain/products';
import { useSearchableCountries } from './Views';

/** The overview: product switcher, choropleth and legend, country search and panel, progress charts. */
export function Overview() {
  const i18n = useI18n();
  const products = useProducts();
  const regions = useRegions();
  const index = useRecordIndex();
  const boundaries = useAppStore((s) => s.boundaries);
  const highlight = useAppStore((s) => s.highlight);
  const setHighlight = useAppStore((s) => s.setHighlight);
  const select = useAppStore((s) => s.select);
  const notify = useAppStore((s) => s.notify);
  // Without WebGL, or once MapLibre cannot draw, the map is drawn as SVG.
  const [mapMode, setMapMode] = useState<'webgl' | 'svg'>(() => (supportsWebGL() ? 'webgl' : 'svg'));
  const { product, region, asOf, latest, country } = useEffective();
  const geo = boundaries.state === 'ready' ? boundaries.value : undefined;
  const members = region?.members;

  const counts = useMemo(
    () => (product && members ? countsFor(index, product.id, members, asOf) : undefined),
    [index, product, members, asOf],
  );

  // Colours are given to the map once the records have settled (loaded or failed), so the
  // first painted choropleth is the real one.
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const mapStatuses = useMemo(
    () =>
      geo && product && members && recordsSettled
        ? regionStatuses(index, product.id, geo.byIso3.keys(), members, asOf)
        : undefined,
    [geo, product, members, index, asOf, recordsSettled],
  );

  const searchable = useSearchableCountries();

  // Look at the picked country if there is one, else at the region (both maps).
  const focusCountries = useMemo(
    () => (country && geo?.byIso3.has(country) ? [country] : (members ?? [])),
    [geo, country, members],
  );
  const focus = useMemo(() => {
    if (!geo) return undefined;
    const bounds = boundsOf(geo, focusCountries);
    return bounds ? { key: country ? `country:${country}` : `region:${region?.id}`, bounds } : undefined;
  }, [geo, focusCountries, country, region]);

  const describe = useCallback(
    (iso3: Iso3) => {
      const name = i18n.countryName(iso3);
      if (!product) return { name, status: '' };
      if (!members?.includes(iso3)) {
        const s = statusAsOf(index, product.id, iso3, asOf);
        return { name, status: `${i18n.t('status.outside')} · ${i18n.status(s.status)}` };
      }
      const s = statusAsOf(index, product.id, iso3, asOf);
      const detail = s.record
        ? [i18n.formatDate(s.record.date), s.record.note].filter(Boolean).join(' · ')
        : i18n.t('map.tooltipNoRecord');
      return { name, status: i18n.status(s.status), detail };
    },
    [i18n, product, members, index, asOf],
  );

  const productRows = useMemo(
    () =>
      members ? products.map((p) => ({ product: p, counts: countsFor(index, p.id, members, asOf) })) : [],
    [products, members, index, asOf],
  );
  const series = useMemo(
    () =>
      members
        ? products.map((p) => ({
            id: p.id,
            label: p.short,
            points: submissionsOverTime(index, p.id, members, asOf),
          }))
        : [],
    [products, members, index, asOf],
  );
  const regionRows = useMemo(() => {
    if (!product) return { rows: [], hidden: 0 };
    const withRecords = new Set(index.get(product.id)?.keys() ?? []);
    const shown = regions.filter((r) => r.id === region?.id || r.members.some((m) => withRecords.has(m)));
    return {
      rows: shown.map((r) => ({ region: r, counts: countsFor(index, product.id, r.members, asOf) })),
      hidden: regions.length - shown.length,
    };
  }, [product, regions, region, index, asOf]);

  useEffect(() => {
    if (mapMode === 'svg') notify('notice.svgMap');
  }, [mapMode, notify]);

  if (!product || !region) return null;
  const title = productTitle(product);
  const mapLabel = i18n.t('map.label', { product: title, region: region.name });
  const legendHeading = i18n.t('legend.heading', {
    product: title,
    region: region.name,
    date: i18n.formatDate(asOf),
  });

  return (
    <div className="overview">
      <div className="overview__controls">
        <ProductSwitcher
          products={products}
          current={product.id}
          onChange={(id) => select({ product: id })}
        />
        <RegionSelect
          regions={regions}
          current={region.id}
          onChange={(id) => select({ region: id, country: undefined })}
        />
        <AsOfControl value={asOf} latest={latest} max={today()} onChange={(d) => select({ asOf: d })} />
        <CountrySearch countries={searchable} onPick={(iso3) => select({ country: iso3 })} />
      </div>
      <div className="overview__title-row">
        <h2 className="overview__title">
          {product.name} ({title})
        </h2>
        {geo && (
          <FigureExport
            fileName={figureFileName(product, region, asOf)}
            props={() => figureProps({ i18n, geo, index, product, region, asOf })}
          />
        )}
      </div>
      <div className="overview__main">
        <div className="overview__map" id="map">
          {geo && mapMode === 'svg' ? (
            <SvgMap
              geo={geo}
              statuses={mapStatuses}
              highlight={highlight}
              selected={country}
              fit={focusCountries}
              label={mapLabel}
              describe={describe}
              onSelect={(iso3) => select({ country: iso3 })}
            />
          ) : mapMode === 'webgl' && boundaries.state !== 'error' ? (
            // Mounted while the boundaries still load, so MapLibre's start-up overlaps the download.
            <MapView
              geo={geo}
              statuses={mapStatuses}
              highlight={highlight}
              selected={country}
              focus={focus}
              label={mapLabel}
              describe={describe}
              onSelect={(iso3) => select({ country: iso3 })}
              onFatal={(error) => {
                console.warn('map:', error.message);
                setMapMode('svg');
              }}
            />
          ) : (
            <div className="overview__map-missing">
              {boundaries.state === 'loading' ? i18n.t('app.loading') : i18n.t('error.noBoundaries')}
            </div>
          )}
          <p className="overview__disclaimer">{i18n.t('map.disclaimer')}</p>
        </div>
        <aside className="overview__side">
          {counts && (
            <Legend
              counts={counts}
              heading={legendHeading}
              highlight={highlight}
              onHighlight={setHighlight}
            />
          )}
          {country && (
            <CountryPanel
              iso3={country}
              products={products}
              regions={regions}
              index={index}
              asOf={asOf}
              isUnMember={geo?.byIso3.get(country)?.properties.un}
              onClose={() => select({ country: undefined })}
              onOpenPage={() => select({ view: 'country' })}
            />
          )}
        </aside>
      </div>
      <section className="overview__charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">{i18n.t('charts.title')}</h2>
        <div className="overview__chart-grid">
          <BarRows
            title={i18n.t('charts.byProduct', { region: region.name })}
            kind="product"
            barHeight={16}
            rows={productRows.map((r) => ({ id: r.product.id, label: r.product.short, counts: r.counts }))}
            current={product.id}
            onSelect={(id) => select({ product: id })}
          />
          <SubmissionsOverTime
            title={i18n.t('charts.overTime', { region: region.name })}
            series={series}
            asOf={asOf}
            total={region.members.length}
          />
          <BarRows
            title={i18n.t('charts.byRegion', { product: product.short })}
            kind="region"
            barHeight={12}
            rows={regionRows.rows.map((r) => ({ id: r.region.id, label: r.region.name, counts: r.counts }))}
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
    </div>
  );
}
