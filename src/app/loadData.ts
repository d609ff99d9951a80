import { LoadError, type LoadFailure } from '../data/fetchFile';
import {
  FILES,
  loadBoundaries,
  loadContacts,
  loadProducts,
  fetchRecords,
  loadRegions,
  readRecords,
  type RecordsText,
} from '../data/loaders';
import { toGeoFeaturesSliced } from '../geo/geoFeatures';
import { today } from '../state/derived';
import { useAppStore, type DataKey } from '../state/store';

export function failureOf(error: unknown, file: string): LoadFailure {
  if (error instanceof LoadError) return error.failure;
  return { kind: 'invalid', file, detail: error instanceof Error ? error.message : String(error) };
}

async function into<K extends DataKey>(key: K, file: string, load: () => Promise<unknown>): Promise<void> {
  const { setLoad } = useAppStore.getState();
  setLoad(key, { state: 'loading' });
  try {
    const value = await load();
    setLoad(key, { state: 'ready', value } as never);
  } catch (error) {
    setLoad(key, { state: 'error', failure: failureOf(error, file) });
  }
}

export function recordsOptions() {
  const { products, setRecordsProgress } = useAppStore.getState();
  return {
    products: products.state === 'ready' ? products.value : [],
    anyProduct: products.state !== 'ready',
    today: today(),
    onProgress: (fraction: number) => setRecordsProgress(fraction),
  };
}

function recordsFileName(): string {
  const source = useAppStore.getState().recordsSource;
  return source.kind === 'url' ? source.url : FILES.records;
}

function startRecordsFetch(): Promise<RecordsText> {
  const source = useAppStore.getState().recordsSource;
  const text = fetchRecords(source.kind === 'url' ? source.url : undefined);
  // A failed download is reported when the records are read, not as an unhandled rejection
  // while products.json is still on its way.
  text.catch(() => undefined);
  return text;
}

/**
 * Records are read once products.json has settled (it says which product ids are valid; without
 * it any id is read). The download itself may already be under way.
 */
async function loadRecordsFile(text = startRecordsFetch()): Promise<void> {
  await into('records', recordsFileName(), async () => readRecords(await text, recordsOptions()));
  useAppStore.getState().setRecordsProgress(undefined);
}

/** Back to the site's own records.csv. */
export async function restoreSiteRecords(): Promise<void> {
  useAppStore.getState().setRecordsRefused(undefined);
  useAppStore.getState().setRecordsSource({ kind: 'default' });
  await loadRecordsFile();
}

/** Loads one file again (after a failure). */
export async function reload(key: DataKey): Promise<void> {
  switch (key) {
    case 'products':
      await into('products', FILES.products, () => loadProducts());
      return loadRecordsFile();
    case 'records':
      return loadRecordsFile();
    case 'regions':
      return into('regions', FILES.regions, () => loadRegions());
    case 'boundaries':
      return into('boundaries', FILES.boundaries, async () => toGeoFeaturesSliced(await loadBoundaries()));
    case 'contacts':
      return into('contacts', FILES.contacts, () => loadContacts());
  }
}

/**
 * Loads every data file; each one that fails is reported, the rest still load. `?records=<url>`
 * reads the records from another address.
 */
export async function loadAll(search = window.location.search): Promise<void> {
  const recordsUrl = new URLSearchParams(search).get('records')?.trim();
  if (recordsUrl) useAppStore.getState().setRecordsSource({ kind: 'url', url: recordsUrl });
  // Every download starts at once; records are read when products.json has settled.
  useAppStore.getState().setLoad('records', { state: 'loading' });
  const records = startRecordsFetch();
  const products = into('products', FILES.products, () => loadProducts()).then(() =>
    loadRecordsFile(records),
  );
  await Promise.all([products, reload('regions'), reload('boundaries'), reload('contacts')]);
}
