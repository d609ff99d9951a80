import { failureOf } from '../data/fetchFile';
import { localToday } from '../domain/dates';
import {
  FILES,
  loadBoundaries,
  loadContacts,
  loadProducts,
  fetchRecords,
  fetchSiteRecords,
  loadRegions,
  readRecords,
  readSources,
  type SiteRecords,
} from '../data/loaders';
import type { ParsedRecords } from '../domain/records';
import { toGeoFeaturesSliced } from '../geo/geoFeatures';
import {
  forgetOpenedFile,
  keptOpenedFile,
  openedFileInMemory,
  rememberOpenedFile,
} from '../state/openedFile';
import { useAppStore, type DataKey } from '../state/store';
import { parseSearch } from '../state/url';

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
    today: localToday(),
    onProgress: (fraction: number) => setRecordsProgress(fraction),
  };
}

function recordsFileName(): string {
  const source = useAppStore.getState().recordsSource;
  return source.kind === 'url' ? source.url : FILES.records;
}

/**
 * Starts the download of the records: an address asked for (`?records=`), or the site's own,
 * which site.json may split into several sources.
 */
function startRecordsFetch(): Promise<SiteRecords> {
  const source = useAppStore.getState().recordsSource;
  const download: Promise<SiteRecords> =
    source.kind === 'url'
      ? Promise.resolve({ kind: 'single', text: fetchRecords(source.url) })
      : fetchSiteRecords();
  // A failed download is reported when the records are read, not as an unhandled rejection
  // while products.json is still on its way.
  void download.then((d) => (d.kind === 'single' ? d.text.catch(() => undefined) : undefined));
  return download;
}

/** The records downloaded, read with every check; several sources merged into one history. */
async function readDownload(download: SiteRecords): Promise<ParsedRecords> {
  const options = recordsOptions();
  if (download.kind === 'sources') return readSources(await download.sources, options);
  const parsed = await readRecords(await download.text, options);
  if (download.siteProblem === undefined) return parsed;
  // site.json could not be used: said once, before the records' own issues.
  return {
    ...parsed,
    issues: [
      {
        severity: 'error',
        code: 'invalid-site',
        file: FILES.site,
        params: { detail: download.siteProblem },
      },
      ...parsed.issues,
    ],
  };
}

/**
 * Records are read once products.json has settled (it says which product ids are valid; without
 * it any id is read). The download itself may already be under way.
 */
async function loadRecordsFile(download = startRecordsFetch()): Promise<void> {
  await into('records', recordsFileName(), async () => readDownload(await download));
  useAppStore.getState().setRecordsProgress(undefined);
}

/** The products that can be shown; those left out are reported beside them. */
async function products() {
  useAppStore.getState().setProductIssues([]);
  const file = await loadProducts();
  useAppStore.getState().setProductIssues(file.issues);
  return file.products;
}

/** Back to the site's own records.csv; the file opened is no longer kept. */
export async function restoreSiteRecords(): Promise<void> {
  // Forgotten first: the page says the site's records only once a reload would show them too.
  await forgetOpenedFile();
  rememberOpenedFile(undefined);
  useAppStore.getState().setRecordsRefused(undefined);
  useAppStore.getState().setRecordsSource({ kind: 'default' });
  await loadRecordsFile();
}

/**
 * A file opened, read again as when it was opened (in the data view's chunk): the one kept from
 * an earlier visit, or the one in memory.
 */
async function readKeptFile(file: File, kept = true): Promise<void> {
  const { openRecordsFile } = await import('./openRecords');
  if (await openRecordsFile(file, { keep: false, kept })) return;
  // It cannot be read any more: the refusal says why, and the site's records show.
  useAppStore.getState().setRecordsSource({ kind: 'default' });
  await Promise.all([forgetOpenedFile(), loadRecordsFile()]);
}

/**
 * The records to read: a file opened is read again (it is the kept one), anything else fetched.
 * `fetched` is the download already under way.
 */
async function loadRecords(fetched?: Promise<SiteRecords>): Promise<void> {
  const source = useAppStore.getState().recordsSource;
  const file = source.kind === 'file' ? openedFileInMemory() : undefined;
  if (file) return readKeptFile(file, source.kind === 'file' && source.kept === true);
  return loadRecordsFile(fetched);
}

/** Loads one file again (after a failure). */
export async function reload(key: DataKey): Promise<void> {
  switch (key) {
    case 'products':
      await into('products', FILES.products, products);
      return loadRecords();
    case 'records':
      return loadRecords();
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
  const params = new URLSearchParams(search);
  const recordsUrl = params.get('records')?.trim();
  if (recordsUrl) useAppStore.getState().setRecordsSource({ kind: 'url', url: recordsUrl });
  // Every download starts at once; records are read when products.json has settled. A file
  // opened on an earlier visit and kept in this browser is shown instead of the site's records
  // (an address in ?records= comes first); looking for it does not hold up the downloads.
  // The embedded map on a partnership's page shows the site's records, never a reader's own file.
  useAppStore.getState().setLoad('records', { state: 'loading' });
  const embedded = parseSearch(search).selection.embed === true;
  const kept = recordsUrl || embedded ? Promise.resolve(undefined) : keptOpenedFile();
  const untouched = () => useAppStore.getState().recordsSource.kind === 'default';
  void kept.then((file) => {
    if (file && untouched()) useAppStore.getState().setRecordsSource({ kind: 'file', name: file.name });
  });
  const records = startRecordsFetch();
  const productsRead = into('products', FILES.products, products).then(async () => {
    const file = await kept;
    const { recordsSource } = useAppStore.getState();
    if (!file) return loadRecordsFile(records);
    // Unless the reader opened another file, or went back to the site's records, meanwhile.
    if (recordsSource.kind === 'file' && recordsSource.name === file.name && !recordsSource.kept)
      return readKeptFile(file);
  });
  await Promise.all([productsRead, reload('regions'), reload('boundaries'), reload('contacts')]);
}
