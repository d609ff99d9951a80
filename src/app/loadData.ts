import { LoadError, type LoadFailure } from '../data/fetchFile';
import { FILES, loadBoundaries, loadContacts, loadProducts, loadRecords, loadRegions } from '../data/loaders';
import { toGeoFeatures } from '../geo/geoFeatures';
import { today } from '../state/derived';
import { useAppStore, type DataKey } from '../state/store';

function failureOf(error: unknown, file: string): LoadFailure {
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

/** Records need the products (to know which product ids are valid). */
async function loadRecordsFile(): Promise<void> {
  const products = useAppStore.getState().products;
  if (products.state !== 'ready') {
    useAppStore.getState().setLoad('records', {
      state: 'error',
      failure: { kind: 'invalid', file: FILES.records, detail: `${FILES.products} is needed to read it` },
    });
    return;
  }
  await into('records', FILES.records, () => loadRecords(products.value, today()));
}

/** Loads one file again (after a failure). */
export async function reload(key: DataKey): Promise<void> {
  switch (key) {
    case 'products':
      await into('products', FILES.products, () => loadProducts());
      if (useAppStore.getState().products.state === 'ready') await loadRecordsFile();
      return;
    case 'records':
      return loadRecordsFile();
    case 'regions':
      return into('regions', FILES.regions, () => loadRegions());
    case 'boundaries':
      return into('boundaries', FILES.boundaries, async () => toGeoFeatures(await loadBoundaries()));
    case 'contacts':
      return into('contacts', FILES.contacts, () => loadContacts());
  }
}

/** Loads every data file; each one that fails is reported, the rest still load. */
export async function loadAll(): Promise<void> {
  await Promise.all([reload('products'), reload('regions'), reload('boundaries'), reload('contacts')]);
}
