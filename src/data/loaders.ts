import type { Topology } from 'topojson-specification';
import { parseContactsCsv } from '../domain/contacts';
import type { ParsedRecords, ProgressListener } from '../domain/records';
import type { IsoDate, Product, Region } from '../domain/types';
import { dataUrl, fetchJson, fetchText, LoadError } from './fetchFile';
import { parseRecords } from './parseRecords';
import { regionsSchema, validate, validateProducts, type ProductsFile } from './schemas';

/** One loader per data file: fetch, validate at the boundary, return typed data or throw a LoadError. */

export const FILES = {
  products: 'products.json',
  regions: 'regions.json',
  records: 'records.csv',
  boundaries: 'boundaries.json',
  contacts: 'contacts.csv',
} as const;

/** The valid products, and why each other one is left out (see validateProducts). */
export async function loadProducts(base?: string): Promise<ProductsFile> {
  return validateProducts(await fetchJson(dataUrl(FILES.products, base), FILES.products), FILES.products);
}

export async function loadRegions(base?: string): Promise<Region[]> {
  return validate(regionsSchema, await fetchJson(dataUrl(FILES.regions, base), FILES.regions), FILES.regions)
    .regions;
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

export interface RecordsText {
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
  return { file, text: await fetchText(href, file) };
}

/**
 * The address of `?records=` resolved against the page, if the page may read it: the site's own
 * addresses, or any https one (the Content-Security-Policy's connect-src). Any other (http
 * elsewhere, data:, file:) is refused with a reason, rather than blocked by the browser with
 * a "Failed to fetch" that says nothing.
 */
export function readableAddress(url: string, file: string, base: string): string {
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

/** Reads fetched records with every check. */
export function readRecords({ file, text }: RecordsText, options: RecordsOptions): Promise<ParsedRecords> {
  return parse(text, file, options);
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
  const parsed = parseContactsCsv(text, FILES.contacts);
  return parsed.contacts.size === 0 && parsed.issues.length === 0 ? null : parsed;
}
