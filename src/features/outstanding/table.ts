import { writeCsv } from '../../domain/csv';
import type { FocalPoint } from '../../domain/contacts';
import { normaliseName } from '../../domain/countries';
import { outstanding, type RecordIndex } from '../../domain/status';
import { NO_INFORMATION, stageOf, vocabularies, vocabularyOf, type Vocabulary } from '../../domain/stages';
import { deadlineFor, overdueDays } from '../../domain/deadlines';
import type { Iso3, IsoDate, Product, Region, Status } from '../../domain/types';
import type { LocalText } from '../../domain/languages';

/** One row of the coordinators' table: a map a country still owes. */
export interface OutstandingItem {
  product: Product;
  iso3: Iso3;
  country: string;
  region: string;
  status: Status;
  statusLabel: string;
  since?: IsoDate;
  note: string;
  contacts: readonly FocalPoint[];
  /** When the map is due in this region (products.json); undefined when no deadline is set. */
  deadline?: IsoDate;
  /** Days past the deadline on the day counted (0 when not overdue or no deadline). */
  overdue: number;
  /** The status comes from a draft recorded in this browser, not published. */
  draft: boolean;
}

export type SortKey = 'country' | 'region' | 'product' | 'status' | 'since' | 'note' | 'deadline' | 'overdue';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface Filters {
  /** Product id, or undefined for all. */
  product?: string;
  statuses: readonly Status[];
  query: string;
  /** Only the maps past their deadline. */
  overdueOnly?: boolean;
}

export function buildItems(args: {
  index: RecordIndex;
  products: readonly Product[];
  region: Region;
  asOf: IsoDate;
  countryName(iso3: Iso3): string;
  /** A status's name for a product (i18n.status). */
  statusLabel(status: Status, vocabulary: Vocabulary): string;
  /** A data text (the region's name) in the interface language. */
  text(value: LocalText): string;
  contacts?: ReadonlyMap<Iso3, readonly FocalPoint[]>;
  /** The day lateness is counted on: today when the latest status is shown, else the as-of date. */
  overdueOn?: IsoDate;
}): OutstandingItem[] {
  const { index, products, region, asOf, countryName, statusLabel, text, contacts, overdueOn = asOf } = args;
  const byId = new Map(products.map((p) => [p.id, p]));
  return outstanding(
    index,
    products.map((p) => p.id),
    region.members,
    asOf,
    vocabularies(products),
  ).map((row) => ({
    product: byId.get(row.product)!,
    iso3: row.country,
    country: countryName(row.country),
    region: text(region.name),
    status: row.status,
    statusLabel: statusLabel(row.status, vocabularyOf(byId.get(row.product))),
    since: row.since,
    note: row.note,
    contacts: contacts?.get(row.country) ?? [],
    deadline: deadlineFor(byId.get(row.product)!, region.id),
    overdue: overdueDays(deadlineFor(byId.get(row.product)!, region.id), overdueOn),
    draft: row.draft,
  }));
}

export function filterItems(items: readonly OutstandingItem[], filters: Filters): OutstandingItem[] {
  const q = normaliseName(filters.query);
  return items.filter(
    (item) =>
      (filters.product === undefined || item.product.id === filters.product) &&
      filters.statuses.includes(item.status) &&
      (!filters.overdueOnly || item.overdue > 0) &&
      (!q ||
        normaliseName(item.country).includes(q) ||
        item.iso3.toLowerCase() === filters.query.trim().toLowerCase()),
  );
}

/**
 * The statuses still owed among the products, for the status filter: each id once (named by the
 * first product that has it), under way first, then owed, then No information.
 */
export function owedStatuses(products: readonly Product[]): { status: Status; vocabulary: Vocabulary }[] {
  const all = products.length ? products.map((p) => vocabularyOf(p)) : [vocabularyOf(undefined)];
  const seen = new Set<Status>();
  const out: { status: Status; vocabulary: Vocabulary }[] = [];
  for (const stage of ['under_way', 'owed'] as const) {
    for (const vocabulary of all) {
      for (const s of vocabulary.statuses) {
        if (s.stage !== stage || seen.has(s.id)) continue;
        seen.add(s.id);
        out.push({ status: s.id, vocabulary });
      }
    }
  }
  out.push({ status: NO_INFORMATION, vocabulary: all[0]! });
  return out;
}

/** Under way first, then owed, then No information; within a stage, the product's order. */
function statusRank(item: OutstandingItem): number {
  const v = vocabularyOf(item.product);
  if (item.status === NO_INFORMATION) return 200;
  const within = v.statuses.findIndex((s) => s.id === item.status);
  return (stageOf(v, item.status) === 'under_way' ? 0 : 100) + within;
}

function sortValue(item: OutstandingItem, key: SortKey): string | number {
  switch (key) {
    case 'product':
      return item.product.short;
    case 'status':
      return statusRank(item);
    case 'since':
      return item.since ?? '';
    case 'deadline':
      return item.deadline ?? '';
    case 'overdue':
      return item.overdue;
    default:
      return item[key];
  }
}

/** Sorted by the column, then by country and product; text in the order of `locale` (e.g. pinyin for zh). */
export function sortItems(items: readonly OutstandingItem[], sort: Sort, locale = 'en'): OutstandingItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const text = new Intl.Collator(locale).compare;
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : text(String(a), String(b));
  return [...items].sort(
    (a, b) =>
      sign * compare(sortValue(a, sort.key), sortValue(b, sort.key)) ||
      text(a.country, b.country) ||
      text(a.product.short, b.product.short),
  );
}

const CSV_COLUMNS = [
  'product',
  'iso3',
  'country',
  'status',
  'since',
  'region',
  'note',
  'deadline',
  'overdue_days',
] as const;

/** The rows as CSV, written like every download (see writeCsv). */
export function itemsToCsv(items: readonly OutstandingItem[]): string {
  const data = items.map((i) => [
    i.product.short,
    i.iso3,
    i.country,
    i.statusLabel,
    i.since ?? '',
    i.region,
    i.note,
    i.deadline ?? '',
    i.deadline ? String(i.overdue) : '',
  ]);
  return writeCsv(CSV_COLUMNS, data);
}

/** Unique e-mail addresses of the focal points of the rows. */
export function emailsOf(items: readonly OutstandingItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.contacts.map((c) => c.email)).filter(Boolean))];
}

export function mailtoBcc(emails: readonly string[], subject: string): string {
  return `mailto:?bcc=${emails.map(encodeURIComponent).join(',')}&subject=${encodeURIComponent(subject)}`;
}

/** Sorting by a column: a new column sorts ascending, the same column again reverses. */
export function nextSort(sort: Sort, key: SortKey): Sort {
  return { key, direction: sort.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A status filter with `status` switched on or off, in the order the statuses were switched on. */
export function toggleStatus(statuses: readonly Status[], status: Status): Status[] {
  return statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
}

/** The file name of the outstanding list as shown: region, product (or all) and date. */
export function outstandingFileName(regionId: string, product: string | undefined, asOf: IsoDate): string {
  return `outstanding-${regionId}-${product ?? 'all'}-${asOf}.csv`;
}
