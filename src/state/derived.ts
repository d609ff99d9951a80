import { useMemo } from 'react';
import { localToday } from '../domain/dates';
import { isLanguage } from '../domain/languages';
import { isIsoDate } from '../domain/dates';
import { indexRecords, latestDate, type RecordIndex } from '../domain/status';
import type { IsoDate, Product, Region, Status, SubmissionRecord } from '../domain/types';
import { vocabularyOf } from '../domain/stages';
import { ALL_PRODUCTS } from '../domain/products';
import type { DraftCheck } from '../domain/drafts';
import type { ContactDirectory } from '../domain/contacts';
import { recordsContext, useAppStore, type AppState, type Load, type NoticeData } from './store';
import type { Selection } from './url';
import type { GeoFeatures } from '../geo/geoFeatures';

export const DEFAULT_REGION = 'asp';

const EMPTY: never[] = [];
function valueOr<T>(load: Load<T>, fallback: T): T {
  return load.state === 'ready' ? load.value : fallback;
}

/** Products from products.json; if it failed, the product ids the records use. */
export function useProducts(): Product[] {
  const products = useAppStore((s) => s.products);
  const records = useRecords();
  return useMemo(() => {
    if (products.state !== 'error') return valueOr(products, EMPTY);
    const ids = [...new Set(records.map((r) => r.product))];
    return ids.map((id) => ({ id, short: id, name: id }));
  }, [products, records]);
}

/** The country boundaries once loaded; undefined while loading or if they failed. */
export function useGeo(): GeoFeatures | undefined {
  return useAppStore((s) => (s.boundaries.state === 'ready' ? s.boundaries.value : undefined));
}

/** The focal points of contacts.csv; undefined while loading, or when it is absent or failed. */
export function useContactDirectory(): ContactDirectory | undefined {
  return useAppStore((s) =>
    s.contacts.state === 'ready' && s.contacts.value ? s.contacts.value.contacts : undefined,
  );
}

export const FALLBACK_REGION_ID = 'world';

/** The name and source of the region used when regions.json failed, in the interface language. */
export type FallbackRegionNames = Pick<Region, 'name' | 'source'>;

/**
 * Regions from regions.json; if it failed, one region of every country on the map or in the
 * records, named by the caller (the app, in the interface language).
 */
export function useRegionsOr(fallback: FallbackRegionNames): Region[] {
  const regions = useAppStore((s) => s.regions);
  const geo = useGeo();
  const records = useRecords();
  return useMemo(() => {
    if (regions.state !== 'error') return valueOr(regions, EMPTY);
    const members = new Set<string>(records.map((r) => r.country));
    for (const iso3 of geo?.byIso3.keys() ?? []) members.add(iso3);
    return [{ id: FALLBACK_REGION_ID, kind: 'world', ...fallback, members: [...members].sort() }];
  }, [regions, geo, records, fallback]);
}
/**
 * The records loaded with the drafts recorded in this browser (see domain/drafts), checked
 * together; undefined until the records are loaded (drafts wait for the records they join).
 * One answer for every component, computed again only when the records, drafts, products or
 * the day change.
 */
export function draftCheckOf(state: AppState, now = new Date()): DraftCheck | undefined {
  if (state.records.state !== 'ready') return undefined;
  const context = recordsContext(state, now);
  const c = lastCheck;
  if (
    c &&
    c.records === state.records &&
    c.drafts === state.drafts &&
    c.products === state.products &&
    c.file === context.file &&
    c.today === context.today &&
    c.rules === state.draftRules
  )
    return c.check;
  // Without drafts, the records as they are; drafts wait for their rules (a moment, once).
  const rules = state.drafts.length > 0 ? state.draftRules : undefined;
  const check = rules
    ? rules.checkDrafts(state.records.value.records, state.drafts, context)
    : { records: state.records.value.records, accepted: new Map(), refused: new Map() };
  lastCheck = {
    rules: state.draftRules,
    records: state.records,
    drafts: state.drafts,
    products: state.products,
    file: context.file,
    today: context.today,
    check,
  };
  return check;
}
let lastCheck:
  | (Pick<AppState, 'records' | 'drafts' | 'products'> & {
      rules: AppState['draftRules'];
      file: string;
      today: IsoDate;
      check: DraftCheck;
    })
  | undefined;

export function useDraftCheck(): DraftCheck | undefined {
  return useAppStore(draftCheckOf);
}

/** The records every view shows: those loaded, and the drafts they accept. */
export function useRecords(): SubmissionRecord[] {
  return useDraftCheck()?.records ?? EMPTY;
}
export function useRecordIndex(): RecordIndex {
  const records = useRecords();
  return useMemo(() => indexRecords(records), [records]);
}

export interface Effective {
  product?: Product;
  region?: Region;
  asOf: IsoDate;
  /** The latest record date, the default as-of date. */
  latest?: IsoDate;
  country?: string;
  /**
   * The day a map's lateness is counted on: today (the user's calendar) when the latest status
   * is shown, else the as-of date chosen.
   */
  overdueOn: IsoDate;
  /** The date changes are shown from, when one is asked for and is before the as-of date. */
  since?: IsoDate;
  /** The status the legend keeps (see Selection.status), when it is one of the product's. */
  status?: Status;
  /**
   * Every product at a glance (`?product=all`, when there are several); `product` is then the
   * first, for other views.
   */
  allProducts: boolean;
}

/** The selection with defaults filled in from the loaded data. */
export function effectiveSelection(
  selection: Selection,
  products: readonly Product[],
  regions: readonly Region[],
  records: readonly SubmissionRecord[],
  now = new Date(),
): Effective {
  const latest = latestDate(records);
  const asOf = selection.asOf && isIsoDate(selection.asOf) ? selection.asOf : (latest ?? localToday(now));
  const product = products.find((p) => p.id === selection.product) ?? products[0];
  const status = selection.status;
  return {
    product,
    region:
      regions.find((r) => r.id === selection.region) ??
      regions.find((r) => r.id === DEFAULT_REGION) ??
      regions[0],
    asOf,
    latest,
    country: selection.country,
    overdueOn: selection.asOf && isIsoDate(selection.asOf) ? asOf : localToday(now),
    since:
      selection.since && isIsoDate(selection.since) && selection.since < asOf ? selection.since : undefined,
    status: product && status && vocabularyOf(product).ids.includes(status) ? status : undefined,
    allProducts: selection.product === ALL_PRODUCTS && products.length > 1,
  };
}

export function useEffectiveOr(fallback: FallbackRegionNames): Effective {
  const selection = useAppStore((s) => s.selection);
  const products = useProducts();
  const regions = useRegionsOr(fallback);
  const records = useRecords();
  return useMemo(
    () => effectiveSelection(selection, products, regions, records),
    [selection, products, regions, records],
  );
}

export interface Correction {
  selection: Selection;
  notices: NoticeData[];
}

/**
 * Checks a selection against the loaded data: an unknown value is dropped (so its default
 * applies) with a notice saying what was asked for and what is shown instead. Only checks what
 * is loaded, so it can run again as more data arrives.
 */
export function correctSelection(
  selection: Selection,
  data: { products?: readonly Product[]; regions?: readonly Region[]; countries?: ReadonlySet<string> },
  now = new Date(),
): Correction {
  const next: Selection = { ...selection };
  const notices: Correction['notices'] = [];
  const { products, regions, countries } = data;
  if (
    products &&
    next.product !== undefined &&
    next.product !== ALL_PRODUCTS &&
    !products.some((p) => p.id === next.product)
  ) {
    notices.push({
      kind: 'unknownProduct',
      params: { value: next.product, fallback: products[0]?.short ?? '' },
    });
    next.product = undefined;
  }
  if (regions && next.region !== undefined && !regions.some((r) => r.id === next.region)) {
    const fallback = regions.find((r) => r.id === DEFAULT_REGION) ?? regions[0];
    notices.push({
      kind: 'unknownRegion',
      params: { value: next.region, fallback: fallback?.name ?? '' },
    });
    next.region = undefined;
  }
  if (countries && next.country !== undefined && !countries.has(next.country)) {
    notices.push({ kind: 'unknownCountry', params: { value: next.country } });
    next.country = undefined;
  }
  if (next.asOf !== undefined) {
    if (!isIsoDate(next.asOf)) {
      notices.push({ kind: 'badDate', params: { value: next.asOf } });
      next.asOf = undefined;
    } else if (next.asOf > localToday(now)) {
      // No status is known after today: the date is not taken as given.
      notices.push({ kind: 'futureAsOf', params: { value: next.asOf } });
      next.asOf = undefined;
    }
  }
  if (next.since !== undefined && (!isIsoDate(next.since) || next.since > localToday(now))) {
    notices.push({ kind: 'badSince', params: { value: next.since } });
    next.since = undefined;
  }
  if (next.lang !== undefined && !isLanguage(next.lang)) {
    notices.push({ kind: 'unknownLang', params: { value: next.lang } });
    next.lang = undefined;
  }
  return { selection: next, notices };
}
