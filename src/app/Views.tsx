import { useMemo } from 'react';
import { FILES } from '../data/loaders';
import { DataView, type FileStatus } from '../features/data-view/DataView';
import { openRecordsFile, reload, restoreSiteRecords } from './loadData';
import { allIso3 } from '../domain/countries';
import type { Iso3 } from '../domain/types';
import { CountryPage } from '../features/country/CountryPage';
import { OutstandingView } from '../features/outstanding/OutstandingView';
import { PresentView } from '../features/present/PresentView';
import { CountrySearch } from '../features/search/CountrySearch';
import { AsOfControl, RegionSelect } from '../shared/controls/Controls';
import { useI18n } from '../shared/i18n/useI18n';
import { today, useEffective, useProducts, useRecordIndex, useRecords, useRegions } from '../state/derived';
import { useAppStore, useLoads, type DataKey } from '../state/store';
import { figureFileName, figureProps } from './figureProps';

const ISO_COUNTRIES = new Set(allIso3());

/** Countries a search offers: those on the map, in a record or in a region. */
export function useSearchableCountries(): Iso3[] {
  const boundaries = useAppStore((s) => s.boundaries);
  const records = useRecords();
  const regions = useRegions();
  return useMemo(() => {
    const set = new Set<Iso3>(boundaries.state === 'ready' ? boundaries.value.byIso3.keys() : []);
    for (const r of records) set.add(r.country);
    for (const r of regions) for (const m of r.members) set.add(m);
    return [...set].filter((c) => ISO_COUNTRIES.has(c));
  }, [boundaries, records, regions]);
}

export function OutstandingContainer() {
  const products = useProducts();
  const regions = useRegions();
  const index = useRecordIndex();
  const contacts = useAppStore((s) => s.contacts);
  const select = useAppStore((s) => s.select);
  const { region, asOf, latest } = useEffective();
  // Here no product means all products, not the first one.
  const product = useAppStore((s) => s.selection.product);
  if (!region) return null;
  return (
    <OutstandingView
      product={products.some((p) => p.id === product) ? product : undefined}
      onProduct={(id) => select({ product: id })}
      index={index}
      products={products}
      region={region}
      asOf={asOf}
      contacts={contacts.state === 'ready' && contacts.value ? contacts.value.contacts : undefined}
      onOpenCountry={(iso3) => select({ view: 'country', country: iso3 })}
      controls={
        <>
          <RegionSelect regions={regions} current={region.id} onChange={(id) => select({ region: id })} />
          <AsOfControl value={asOf} latest={latest} max={today()} onChange={(d) => select({ asOf: d })} />
        </>
      }
    />
  );
}

export function CountryContainer() {
  const products = useProducts();
  const regions = useRegions();
  const index = useRecordIndex();
  const boundaries = useAppStore((s) => s.boundaries);
  const select = useAppStore((s) => s.select);
  const countries = useSearchableCountries();
  const { asOf, country } = useEffective();
  return (
    <CountryPage
      iso3={country}
      products={products}
      regions={regions}
      index={index}
      asOf={asOf}
      geo={boundaries.state === 'ready' ? boundaries.value : undefined}
      picker={<CountrySearch countries={countries} onPick={(iso3) => select({ country: iso3 })} />}
    />
  );
}

export function PresentContainer() {
  const i18n = useI18n();
  const products = useProducts();
  const index = useRecordIndex();
  const boundaries = useAppStore((s) => s.boundaries);
  const select = useAppStore((s) => s.select);
  const { product, region, asOf } = useEffective();
  if (!product || !region) return null;
  const geo = boundaries.state === 'ready' ? boundaries.value : undefined;
  return (
    <PresentView
      products={products}
      product={product}
      region={region}
      asOf={asOf}
      index={index}
      geo={geo}
      figure={(p) => figureProps({ i18n, geo: geo!, index, product: p, region, asOf })}
      fileName={(p) => figureFileName(p, region, asOf)}
      onSlide={(id) => select({ product: id })}
      onExit={() => select({ view: 'overview' })}
    />
  );
}

export function DataContainer() {
  const loads = useLoads();
  const recordsSource = useAppStore((s) => s.recordsSource);
  const recordsProgress = useAppStore((s) => s.recordsProgress);

  const records = loads.records.state === 'ready' ? loads.records.value : undefined;
  const recordsFile =
    recordsSource.kind === 'file'
      ? recordsSource.name
      : recordsSource.kind === 'url'
        ? recordsSource.url
        : FILES.records;
  const status = (key: DataKey, file: string): FileStatus => {
    const load = loads[key];
    if (load.state === 'error') return { file, state: 'error', failure: load.failure };
    if (load.state === 'loading') return { file, state: 'loading' };
    if (key === 'contacts' && load.value === null) return { file, state: 'absent' };
    if (key === 'records' && records) {
      return {
        file,
        state: 'ready',
        rows: records.rows,
        warnings: records.issues.filter((i) => i.severity === 'warning').length,
        errors: records.issues.filter((i) => i.severity === 'error').length,
      };
    }
    return { file, state: 'ready' };
  };
  const files: [DataKey, string][] = [
    ['products', FILES.products],
    ['regions', FILES.regions],
    ['records', recordsFile],
    ['boundaries', FILES.boundaries],
    ['contacts', FILES.contacts],
  ];
  return (
    <DataView
      files={files.map(([key, file]) => status(key, file))}
      records={records}
      recordsSource={recordsSource}
      progress={recordsProgress}
      onOpenFile={(file) => void openRecordsFile(file)}
      onSiteRecords={() => void restoreSiteRecords()}
      onRetry={(file) => {
        const entry = files.find(([, f]) => f === file);
        if (entry) void reload(entry[0]);
      }}
    />
  );
}
