import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react';
import { hasHistory, playedDates } from '../domain/history';
import { MapTable } from '../features/map/MapTable';
import { mapTableRows } from '../features/map/overviewMap';
import { Collapsible, ProductSwitcher } from '../shared/controls/Controls';
import { RegionAndDate } from './RegionAndDate';
import { CountrySearch } from '../features/search/CountrySearch';
import { useI18n } from '../shared/i18n/useI18n';
import { useProducts, useRecords } from '../state/derived';
import { useRegions } from './regions';
import { useAppStore } from '../state/store';
import { toSearch } from '../state/url';
import { useOverviewMap } from './useOverviewMap';
import { SelectionChoropleth, SelectionLegend } from './SelectionMap';
import { EmbedButton } from './EmbedButton';
import { FigureExport } from '../shared/figure/FigureExport';
import { figureFileName, figureProps } from '../shared/figure/figureProps';
import { useSearchableCountries } from './searchable';
import { ALL_PRODUCTS, unbroken } from '../domain/products';
import { vocabularyOf } from '../domain/stages';
import { DataText } from '../shared/DataText';

// The charts sit below the map: their code (d3 scales and shapes) loads after it.
const OverviewCharts = lazy(() => import('./OverviewCharts'));
// Every product at a glance (`?product=all`): a chunk of its own.
const AllProductsView = lazy(() => import('./AllProductsView'));
// The country panel opens on a choice: its code loads once the map has its colours (or at once
// for an address that names a country), not with the page's first chunk.
const loadCountryPanel = () => import('../features/country/CountryPanel');
const CountryPanel = lazy(() => loadCountryPanel().then((m) => ({ default: m.CountryPanel })));

/** The overview: product switcher, choropleth and legend, country search and panel, progress charts. */
export function Overview() {
  const i18n = useI18n();
  const products = useProducts();
  const regions = useRegions();
  const select = useAppStore((s) => s.select);
  const notify = useAppStore((s) => s.notify);
  const recordsSource = useAppStore((s) => s.recordsSource);
  const searchable = useSearchableCountries();
  const selected = useAppStore((s) => s.selection.country);
  const map = useOverviewMap(selected);
  const { product, region, asOf, country, index, geo, recordsSettled, vocabulary, snapshot } = map;
  const { changes, draftsShown, texts, filter } = map;
  // When the records first arrive, the map and its legend paint first; the map's table and the
  // charts follow in a render of their own that yields to the browser, not in the same long task.
  const restShown = useDeferredValue(recordsSettled);
  // Whether there is a history up to the date shown, for its GIF.
  const records = useRecords();
  const productId = product?.id;
  const hasDates = useMemo(
    () => productId !== undefined && hasHistory(records, asOf, new Set([productId])),
    [records, asOf, productId],
  );
  useEffect(() => {
    if (restShown) void loadCountryPanel();
  }, [restShown]);

  // The status the legend keeps goes with it to another product that has it; not otherwise.
  const keptFor = (id: string) => {
    const next = products.find((p) => p.id === id);
    return filter !== undefined && next && vocabularyOf(next).ids.includes(filter) ? filter : undefined;
  };
  if (!product || !region || !texts) return null;
  // Closed from inside (its button, Esc), the panel hands the focus back to the map, not the page.
  const closePanel = () => {
    const fromPanel = document.activeElement?.closest('.panel') != null;
    select({ country: undefined });
    if (fromPanel)
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.overview .map')?.focus());
  };
  const { title, mapLabel } = texts;
  const fullCaption = i18n.t('map.table.caption', {
    product: title,
    region: i18n.text(region.name),
    date: i18n.formatDate(asOf),
  });
  // The legend's kept status narrows the table as it does the map.
  const tableCaption = filter
    ? i18n.t('map.table.filtered', { caption: fullCaption, status: i18n.statusIn(filter, vocabulary).text })
    : fullCaption;
  // The iframe code asks for this view in the language shown, whatever the reader's browser speaks.
  const embedFrame = () => ({
    src: `${window.location.origin}${window.location.pathname}${toSearch(
      { ...useAppStore.getState().selection, lang: i18n.lang, embed: true },
      window.location.search,
    )}`,
    title: mapLabel,
  });

  return (
    <div className="overview">
      <div className="overview__controls">
        <ProductSwitcher
          all
          products={products}
          current={map.allProducts ? ALL_PRODUCTS : product.id}
          onChange={(id) => select({ product: id, status: keptFor(id) })}
        />
        <Collapsible
          id="overview-choices"
          summary={`${i18n.text(region.name)} · ${i18n.formatDate(asOf)}${country ? ` · ${i18n.countryName(country)}` : ''}`}
        >
          <RegionAndDate closesCountry playable />
          <CountrySearch countries={searchable} onPick={(iso3) => select({ country: iso3 })} />
        </Collapsible>
      </div>
      {map.allProducts ? (
        <Suspense fallback={<p role="status">{i18n.t('app.loading')}</p>}>
          <AllProductsView />
        </Suspense>
      ) : (
        <>
          <div className="overview__title-row">
            <h2 className="overview__title">
              <DataText value={product.name} /> ({unbroken(title)})
            </h2>
            <div className="overview__actions">
              {geo && (
                <FigureExport
                  fileName={figureFileName(product, region, asOf, changes?.since)}
                  figure={() => ({
                    kind: 'product',
                    props: figureProps({ i18n, geo, index, product, region, asOf, since: changes?.since }),
                  })}
                  history={{
                    available: hasDates,
                    dates: () => playedDates(records, asOf, new Set([product.id])),
                    figure: (date) => ({
                      kind: 'product',
                      props: figureProps({ i18n, geo, index, product, region, asOf: date }),
                    }),
                  }}
                />
              )}
              <EmbedButton
                frame={embedFrame}
                note={recordsSource.kind === 'file' ? i18n.t('embed.localFile') : undefined}
              />
            </div>
          </div>
          <div className="overview__main">
            <div className="overview__map" id="map">
              <SelectionChoropleth
                map={map}
                missing={<div className="overview__map-missing">{i18n.t('error.noBoundaries')}</div>}
                selected={country}
                marked={changes?.marked}
                onSelect={(iso3) => select({ country: iso3 })}
                onWebGLUnavailable={() => notify('svgMap')}
              />
              <p className="overview__disclaimer">{i18n.t('map.disclaimer')}</p>
              {restShown && snapshot && (
                <MapTable
                  rows={mapTableRows(i18n, {
                    index,
                    product: product.id,
                    members: region.members,
                    asOf,
                    snapshot,
                  }).filter((row) => filter === undefined || row.status === filter)}
                  vocabulary={vocabulary}
                  caption={tableCaption}
                  selected={country}
                  onSelect={(iso3) => select({ country: iso3 })}
                />
              )}
            </div>
            <aside className="overview__side">
              <SelectionLegend
                map={map}
                changes={
                  changes && {
                    delta: changes.delta,
                    since: changes.since,
                    changed: changes.marked.size,
                    onClear: () => select({ since: undefined }),
                  }
                }
              />
              {draftsShown > 0 && (
                <p className="overview__drafts" data-testid="drafts-shown">
                  <span className="draft-mark">{i18n.t('drafts.included', { count: draftsShown })}</span>{' '}
                  <button type="button" className="link-button" onClick={() => select({ view: 'data' })}>
                    {i18n.t('drafts.review')}
                  </button>
                </p>
              )}
              {country && (
                <Suspense fallback={null}>
                  <CountryPanel
                    iso3={country}
                    products={products}
                    regions={regions}
                    index={index}
                    asOf={asOf}
                    isUnMember={geo?.byIso3.get(country)?.properties.un}
                    onClose={closePanel}
                    onOpenPage={() => select({ view: 'country' })}
                  />
                </Suspense>
              )}
            </aside>
          </div>
          {restShown && (
            <Suspense fallback={<section className="overview__charts" aria-busy="true" />}>
              <OverviewCharts product={product} region={region} asOf={asOf} />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
