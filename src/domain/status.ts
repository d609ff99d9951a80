import { ascending } from 'd3-array';
import { isDone, isOwed, NO_INFORMATION, OUTSIDE, type Vocabulary } from './stages';
import type {
  CountryStatus,
  Iso3,
  IsoDate,
  MapStatus,
  Region,
  Status,
  StatusCounts,
  SubmissionRecord,
} from './types';

/** Records by product, then by country, each list sorted by date (oldest first). */
export type RecordIndex = ReadonlyMap<string, ReadonlyMap<Iso3, readonly SubmissionRecord[]>>;

/** Oldest first; on one day, the later line last (it is the one that holds). */
function byDateThenLine(a: SubmissionRecord, b: SubmissionRecord): number {
  return ascending(a.date, b.date) || a.line - b.line;
}

export function indexRecords(records: readonly SubmissionRecord[]): RecordIndex {
  const index = new Map<string, Map<Iso3, SubmissionRecord[]>>();
  for (const r of records) {
    let byCountry = index.get(r.product);
    if (!byCountry) index.set(r.product, (byCountry = new Map()));
    const list = byCountry.get(r.country);
    if (list) list.push(r);
    else byCountry.set(r.country, [r]);
  }
  for (const byCountry of index.values()) {
    for (const list of byCountry.values()) list.sort(byDateThenLine);
  }
  return index;
}

/** A product and country's history, oldest first. */
export function historyOf(index: RecordIndex, product: string, country: Iso3): readonly SubmissionRecord[] {
  return index.get(product)?.get(country) ?? [];
}

/** The status as of a date: the latest record on or before it; none means No information. */
export function statusAsOf(index: RecordIndex, product: string, country: Iso3, asOf: IsoDate): CountryStatus {
  const history = historyOf(index, product, country);
  // Histories are sorted by date: the first record after the date, by halving.
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history[mid]!.date <= asOf) lo = mid + 1;
    else hi = mid;
  }
  const record = history[lo - 1];
  return record
    ? { product, country, status: record.status, record }
    : { product, country, status: NO_INFORMATION };
}

export function statusesOf(
  index: RecordIndex,
  product: string,
  countries: readonly Iso3[],
  asOf: IsoDate,
): CountryStatus[] {
  return countries.map((c) => statusAsOf(index, product, c, asOf));
}

/** A count of 0 for every status of the vocabulary. */
export function emptyCounts(v: Vocabulary): StatusCounts {
  return Object.fromEntries(v.ids.map((s) => [s, 0])) as StatusCounts;
}

export function countStatuses(statuses: readonly { status: Status }[], v: Vocabulary): StatusCounts {
  const counts = emptyCounts(v);
  for (const s of statuses) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

/** Counts per status for a product among a region's members as of a date. */
export function countsFor(
  index: RecordIndex,
  product: string,
  members: readonly Iso3[],
  asOf: IsoDate,
  v: Vocabulary,
): StatusCounts {
  return countStatuses(statusesOf(index, product, members, asOf), v);
}

export interface OutstandingRow {
  product: string;
  country: Iso3;
  status: Status;
  /** Date of the record that set the status; undefined for No information. */
  since?: IsoDate;
  note: string;
  /** The status comes from a draft recorded in this browser, not published. */
  draft: boolean;
}

/**
 * Every (product, country) among the members whose map is still owed as of the date, each
 * product's statuses read by its vocabulary.
 */
export function outstanding(
  index: RecordIndex,
  products: readonly string[],
  members: readonly Iso3[],
  asOf: IsoDate,
  vocabularyOf: (product: string) => Vocabulary,
): OutstandingRow[] {
  const rows: OutstandingRow[] = [];
  for (const product of products) {
    const v = vocabularyOf(product);
    for (const s of statusesOf(index, product, members, asOf)) {
      if (!isOwed(v, s.status)) continue;
      rows.push({
        product,
        country: s.country,
        status: s.status,
        since: s.record?.date,
        note: s.record?.note ?? '',
        draft: s.record?.draft !== undefined,
      });
    }
  }
  return rows;
}

/** Distinct record dates, oldest first. */
export function recordDates(records: readonly SubmissionRecord[]): IsoDate[] {
  return [...new Set(records.map((r) => r.date))].sort();
}

export function latestDate(records: readonly SubmissionRecord[]): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const r of records) if (latest === undefined || r.date > latest) latest = r.date;
  return latest;
}

export interface ProgressPoint {
  date: IsoDate;
  submitted: number;
}

/**
 * Members whose status is done (Submitted) as of each record date up to asOf (a step series: the count
 * holds until the next date). Dates are those of the product's records.
 */
export function submissionsOverTime(
  index: RecordIndex,
  product: string,
  members: readonly Iso3[],
  asOf: IsoDate,
  v: Vocabulary,
): ProgressPoint[] {
  const byCountry = index.get(product);
  if (!byCountry) return [];
  const dates = new Set<IsoDate>();
  for (const list of byCountry.values()) for (const r of list) if (r.date <= asOf) dates.add(r.date);
  // One pass over the members' records in date order, counting who is Submitted after each date.
  const changes: SubmissionRecord[] = [];
  // Records after asOf are never reached: the loop below stops at the last date up to asOf.
  for (const country of new Set(members)) {
    for (const r of byCountry.get(country) ?? []) changes.push(r);
  }
  changes.sort(byDateThenLine);
  const current = new Map<Iso3, Status>();
  let submitted = 0;
  let next = 0;
  return [...dates].sort().map((date) => {
    for (; next < changes.length && changes[next]!.date <= date; next++) {
      const r = changes[next]!;
      const was = current.get(r.country);
      if (was !== undefined && isDone(v, was)) submitted--;
      if (isDone(v, r.status)) submitted++;
      current.set(r.country, r.status);
    }
    return { date, submitted };
  });
}

/** Regions that contain a country, in the order given. */
export function regionsOf(regions: readonly Region[], country: Iso3): Region[] {
  return regions.filter((r) => r.members.includes(country));
}

/** Each country's status for a product as of a date, or "outside" when it is not a member. */
export function regionStatuses(
  index: RecordIndex,
  product: string,
  countries: Iterable<Iso3>,
  members: readonly Iso3[],
  asOf: IsoDate,
): Map<Iso3, MapStatus> {
  const inRegion = new Set(members);
  const out = new Map<Iso3, MapStatus>();
  for (const iso3 of countries) {
    out.set(iso3, inRegion.has(iso3) ? statusAsOf(index, product, iso3, asOf).status : OUTSIDE);
  }
  return out;
}
