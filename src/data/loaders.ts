import type { Topology } from 'topojson-specification';
import type { parseContactsCsv } from '../domain/contacts';
import type { ParsedRecords, ProgressListener } from '../domain/records';
import type { IsoDate, Product, Region } from '../domain/types';
import { mergeSources, siteSources, type SourceRecords, type SourceReport } from '../domain/sources';
import { dataUrl, fetchJson, fetchText, LoadError, type FileMeta, type LoadFailure } from './fetchFile';
import { fetchRecordsText } from './sourceCopy';
import { parseRecords } from './parseRecords';
import { readJson } from './readJson';
import type { ProductsFile } from './schemas';

/** One loader per data file: fetch, validate at the boundary, return typed data or throw a LoadError. */

export const FILES = {
  products: 'products.json',
  regions: 'regions.json',
  records: 'records.csv',
  boundaries: 'boundaries.json',
  contacts: 'contacts.csv',
  /** Optional: the records sources, when there are several (see domain/sources). */
  site: 'site.json',
} as const;

/** The valid products, and why each other one is left out (see validateProducts), read in a worker. */
export async function loadProducts(base?: string): Promise<ProductsFile> {
  return readJson('products', await fetchText(dataUrl(FILES.products, base), FILES.products), FILES.products);
}

/** The regions, read in a worker (see readJson). */
export async function loadRegions(base?: string): Promise<Region[]> {
  return readJson('regions', await fetchText(dataUrl(FILES.regions, base), FILES.regions), FILES.regions);
}

export interface RecordsOptions {
  products: readonly Product[];
  /** products.json failed: accept any product id. */
  anyProduct?: boolean;
  today: IsoDate;
  onProgress?: ProgressListener;
}

/** Reads records text with every check (in a worker when it is large). */
export function parse(text: string, file: string, options: RecordsOptions): Promise<ParsedRecords> {
  const { products, today, anyProduct, onProgress } = options;
  return parseRecords(text, { file, products, today, anyProduct }, onProgress);
}

export interface RecordsText extends FileMeta {
  file: string;
  text: string;
}

/**
 * Fetches the site's records.csv, or records at another address (`?records=`). Kept apart from
 * reading them so the download can start before products.json, which reading needs, arrives.
 */
export async function fetchRecords(url?: string, base?: string): Promise<RecordsText> {
  const file = url ? fileNameOf(url) : FILES.records;
  const href = url ? readableAddress(url, file, base ?? document.baseURI) : dataUrl(FILES.records, base);
  const meta: FileMeta = {};
  return { file, text: await fetchRecordsText(href, file, meta), ...meta };
}

/**
 * The address of `?records=` resolved against the page, if the page may read it: the site's own
 * addresses, or any https one (the Content-Security-Policy's connect-src). Any other (http
 * elsewhere, data:, file:) is refused with a reason, rather than blocked by the browser with
 * a "Failed to fetch" that says nothing.
 */
function readableAddress(url: string, file: string, base: string): string {
  let address: URL | undefined;
  try {
    address = new URL(url, base);
  } catch {
    address = undefined;
  }
  if (address && (address.protocol === 'https:' || address.origin === new URL(base).origin))
    return address.href;
  throw new LoadError({ kind: 'address', file, address: url });
}

/** One records source of site.json, fetched: its text, or why it could not be. */
export interface SourceText extends FileMeta {
  file: string;
  text?: string;
  failure?: LoadFailure;
}

/**
 * The site's records: its records.csv, or the sources site.json lists, each fetched on its own
 * (one that fails is reported, the others shown). `siteProblem`: site.json is not a list of
 * sources, so records.csv is read instead.
 */
export type SiteRecords =
  | { kind: 'single'; text: Promise<RecordsText>; siteProblem?: string }
  | { kind: 'sources'; sources: Promise<SourceText[]> };

export async function fetchSiteRecords(base?: string): Promise<SiteRecords> {
  // records.csv is fetched at once, beside site.json: most sites have no site.json, and waiting
  // for its answer would hold up the records.
  const single = fetchRecords(undefined, base);
  single.catch(() => undefined);
  let data: unknown;
  try {
    data = await fetchJson(dataUrl(FILES.site, base), FILES.site);
  } catch (error) {
    // No site.json: missing, or a host's page for what it does not have.
    const kind = error instanceof LoadError ? error.failure.kind : undefined;
    const absent = kind === 'not-found' || kind === 'html';
    return { kind: 'single', text: single, ...(absent ? {} : { siteProblem: kind ?? String(error) }) };
  }
  const listed = siteSources(data);
  if ('problem' in listed) return { kind: 'single', text: single, siteProblem: listed.problem };
  const pageBase = base ?? document.baseURI;
  return {
    kind: 'sources',
    sources: Promise.all(
      listed.sources.map(async (file): Promise<SourceText> => {
        const meta: FileMeta = {};
        try {
          // records.csv, already on its way, is not fetched twice.
          if (file === FILES.records) return { ...(await single), file };
          const href = /^https:/i.test(file) ? file : dataUrl(file, pageBase);
          return { file, text: await fetchRecordsText(href, file, meta), ...meta };
        } catch (error) {
          return {
            file,
            failure:
              error instanceof LoadError
                ? error.failure
                : { kind: 'network', file, detail: error instanceof Error ? error.message : String(error) },
          };
        }
      }),
    ),
  };
}

/** A source as the data view lists it: read (rows, latest record), or not, with the reason. */
export interface SourceStatus extends SourceReport {
  failure?: LoadFailure;
  /** Its text as read, to write changes into (see fileWithDrafts). */
  text?: string;
}

/** The records of several sources, merged, and how each source stands. */
export interface SourcesRecords extends ParsedRecords {
  sources: SourceStatus[];
}

/** The sources of the records, when site.json lists several; undefined for one records file. */
export function sourcesOf(records: ParsedRecords | undefined): readonly SourceStatus[] | undefined {
  return records && 'sources' in records ? (records as SourcesRecords).sources : undefined;
}

/**
 * Reads each source that could be fetched with every check, and merges them into one history.
 * Throws the first source's failure when none could be read.
 */
export async function readSources(
  sources: readonly SourceText[],
  options: RecordsOptions,
): Promise<SourcesRecords> {
  const read: SourceRecords[] = [];
  for (const s of sources) {
    if (s.text !== undefined)
      read.push({
        file: s.file,
        parsed: await parse(s.text, s.file, options),
        lastModified: s.lastModified,
        copyOf: s.copyOf,
      });
  }
  if (read.length === 0) throw new LoadError(sources[0]!.failure!);
  const merged = mergeSources(read);
  // The sources' HTTP dates in one field, as times; one that is not a date is left out.
  const times = (field: 'lastModified' | 'copyOf') =>
    read.map((r) => Date.parse(r[field] ?? '')).filter((t) => !Number.isNaN(t));
  const dates = times('lastModified');
  const copies = times('copyOf');
  return {
    ...merged,
    // The records were last updated when the latest of their files was.
    ...(dates.length ? { lastModified: new Date(Math.max(...dates)).toUTCString() } : {}),
    // Shown from kept copies (offline): the oldest of them says how old the picture may be.
    ...(copies.length ? { copyOf: new Date(Math.min(...copies)).toUTCString() } : {}),
    // Every source, in site.json's order, those that failed with their reason.
    sources: sources.map((s): SourceStatus => {
      const report = merged.sources.find((m) => m.file === s.file);
      return report
        ? { ...report, text: s.text }
        : { file: s.file, rows: 0, records: [], failure: s.failure };
    }),
  };
}

/** Reads fetched records with every check. */
export async function readRecords(
  { file, text, lastModified, copyOf }: RecordsText,
  options: RecordsOptions,
): Promise<ParsedRecords> {
  const parsed = await parse(text, file, options);
  return { ...parsed, text, ...(lastModified ? { lastModified } : {}), ...(copyOf ? { copyOf } : {}) };
}

function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'http://x/').pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

export async function loadBoundaries(base?: string): Promise<Topology> {
  return topologyOf(await fetchJson(dataUrl(FILES.boundaries, base), FILES.boundaries));
}

/** boundaries.json's data if it is a TopoJSON topology with countries; else a LoadError. */
export function topologyOf(data: unknown): Topology {
  const topo = data as Partial<Topology> | null;
  if (!topo || topo.type !== 'Topology' || !topo.objects?.countries || !Array.isArray(topo.arcs)) {
    throw new LoadError({
      kind: 'invalid',
      file: FILES.boundaries,
      detail: 'not a TopoJSON topology with "countries"',
    });
  }
  return topo as Topology;
}

/**
 * contacts.csv is optional: a missing file, or one with a header and no rows (as shipped), is
 * null, not an error.
 */
export async function loadContacts(base?: string): Promise<ReturnType<typeof parseContactsCsv> | null> {
  let text: string;
  try {
    text = await fetchText(dataUrl(FILES.contacts, base), FILES.contacts);
  } catch (e) {
    if (e instanceof LoadError && (e.failure.kind === 'not-found' || e.failure.kind === 'empty')) return null;
    throw e;
  }
  // A header alone (as shipped) needs no reader; one with rows brings it (its own chunk).
  if (text.split(/\r\n|\n|\r/).filter((line) => line.trim()).length <= 1) return null;
  const { parseContactsCsv: parse } = await import('../domain/contacts');
  const parsed = parse(text, FILES.contacts);
  return parsed.contacts.size === 0 && parsed.issues.length === 0 ? null : parsed;
}
