import type { Topology } from 'topojson-specification';
import { parseContactsCsv } from '../domain/contacts';
import { parseRecordsCsv, type ParsedRecords } from '../domain/records';
import type { IsoDate, Product, Region } from '../domain/types';
import { dataUrl, fetchJson, fetchText, LoadError } from './fetchFile';
import { productsSchema, regionsSchema, validate } from './schemas';

/** One loader per data file: fetch, validate at the boundary, return typed data or throw a LoadError. */

export const FILES = {
  products: 'products.json',
  regions: 'regions.json',
  records: 'records.csv',
  boundaries: 'boundaries.json',
  contacts: 'contacts.csv',
} as const;

export async function loadProducts(base?: string): Promise<Product[]> {
  return validate(
    productsSchema,
    await fetchJson(dataUrl(FILES.products, base), FILES.products),
    FILES.products,
  );
}

export async function loadRegions(base?: string): Promise<Region[]> {
  return validate(regionsSchema, await fetchJson(dataUrl(FILES.regions, base), FILES.regions), FILES.regions)
    .regions;
}

export async function loadRecords(
  products: readonly Product[],
  today: IsoDate,
  base?: string,
): Promise<ParsedRecords> {
  const text = await fetchText(dataUrl(FILES.records, base), FILES.records);
  return parseRecordsCsv(text, { file: FILES.records, products, today });
}

export async function loadBoundaries(base?: string): Promise<Topology> {
  const data = await fetchJson(dataUrl(FILES.boundaries, base), FILES.boundaries);
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
