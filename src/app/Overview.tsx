import { lazy, Suspense, useCallback, useMemo } from 'react';
import { ChoroplethMap } from '../features/map/ChoroplethMap';
import { MapTable } from '../features/map/MapTable';
import { describeCountry, mapFocus, mapTableRows } from '../features/map/overviewMap';
import { countsFor, regionStatuses } from '../domain/status';
import { changedCountries, countChanges } from '../domain/changes';
import type { Iso3 } from '../domain/types';
import { AsOfControl, ProductSwitcher, RegionSelect } from '../shared/controls/Controls';
import { CountryPanel } from '../features/country/CountryPanel';
import { Legend } from '../features/legend/Legend';
import { overdueText, statusSummary } from '../features/legend/summary';
import { CountrySearch } from '../features/search/CountrySearch';
import { useI18n } from '../shared/i18n/useI18n';
import { today, useProducts, useRecordIndex } from '../state/derived';
import { useEffective, useRegions } from './regions';
import { useAppStore } from '../state/store';
import { FigureExport } from '../shared/figure/FigureExport';
import { figureFileName, figureProps } from '../shared/figure/figureProps';
import { productTitle } from '../domain/products';
import { draftStatusesShown } from '../domain/drafts';
import { useSearchableCountries } from './searchable';

// The charts sit below the map: their code (d3 scales and shapes) loads after it.
const OverviewCharts = lazy(() => import('./OverviewCharts'));

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
  const { product, region, asOf, latest, country, overdueOn, since } = useEffective();
  const geo = boundaries.state === 'ready' ? boundaries.value : undefined;
  const members = region?.members;

  // Counts, colours and charts wait for the records to settle (loaded or failed): until then
  // they would show every country as No information.
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const counts = useMemo(
    () => (product && members && recordsSettled ? countsFor(index, product.id, members, asOf) : undefined),
    [index, product, members, asOf, recordsSettled],
  );

  const mapStatuses = useMemo(
    () =>
      geo && product && members && recordsSettled
        ? regionStatuses(index, product.id, geo.byIso3.keys(), members, asOf)
        : undefined,
    [geo, product, members, index, asOf, recordsSettled],
  );

  // Since a date asked for: what changed, in the legend's counts and outlined on the map.
  const changes = useMemo(
    () =>
      since && product && members && recordsSettled
        ? {
            delta: countChanges(index, product.id, members, since, asOf),
            marked: changedCountries(index, product.id, members, since, asOf),
          }
        : undefined,
    [since, product, members, recordsSettled, index, asOf],
  );

  // Countries whose status shown comes from a change recorded in this browser.
  const draftsShown = useMemo(
    () => (product && members ? draftStatusesShown(index, product.id, members, asOf) : 0),
    [index, product, members, asOf],
  );

  const searchable = useSearchableCountries();

  const focus = useMemo(
    () => (geo && region ? mapFocus(geo, region.members, region.id, country) : undefined),
    [geo, region, country],
  );
  const describe = useCallback(
    (iso3: Iso3) =>
      product && members
        ? describeCountry(i18n, iso3, { index, product: product.id, members, asOf })
        : { name: i18n.countryName(iso3), status: '' },
    [i18n, product, members, index, asOf],
  );

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
          {boundaries.state === 'error' ? (
            <div className="overview__map-missing">{i18n.t('error.noBoundaries')}</div>
          ) : (
            <ChoroplethMap
              geo={geo}
              statuses={mapStatuses}
              paintedKey={`${product.id}|${region.id}|${asOf}`}
              highlight={highlight}
              selected={country}
              marked={changes?.marked}
              focus={focus}
              label={mapLabel}
              describe={describe}
              onSelect={(iso3) => select({ country: iso3 })}
              onWebGLUnavailable={() => notify('svgMap')}
              placeholder={i18n.t('app.loading')}
            />
          )}
          <p className="overview__disclaimer">{i18n.t('map.disclaimer')}</p>
          {recordsSettled && (
            <MapTable
              rows={mapTableRows(i18n, { index, product: product.id, members: region.members, asOf })}
              caption={i18n.t('map.table.caption', {
                product: title,
                region: region.name,
                date: i18n.formatDate(asOf),
              })}
              selected={country}
              onSelect={(iso3) => select({ country: iso3 })}
            />
          )}
        </div>
        <aside className="overview__side">
          {counts && (
            <Legend
              counts={counts}
              heading={legendHeading}
              summary={statusSummary(i18n, { product: title, region: region.name, asOf, counts })}
              overdue={overdueText(i18n, { index, product, region, asOf, day: overdueOn })}
              highlight={highlight}
              onHighlight={setHighlight}
              changes={
                changes && since
                  ? {
                      delta: changes.delta,
                      since,
                      changed: changes.marked.size,
                      onClear: () => select({ since: undefined }),
                    }
                  : undefined
              }
            />
          )}
          {draftsShown > 0 && (
            <p className="overview__drafts" data-testid="drafts-shown">
              <span className="draft-mark">{i18n.t('drafts.included', { count: draftsShown })}</span>{' '}
              <button type="button" className="link-button" onClick={() => select({ view: 'data' })}>
                {i18n.t('drafts.review')}
              </button>
            </p>
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
      {recordsSettled && (
        <Suspense fallback={<section className="overview__charts" aria-busy="true" />}>
          <OverviewCharts product={product} region={region} asOf={asOf} />
        </Suspense>
      )}
    </div>
  );
}
