import { isOwed, OUTSIDE, type Vocabulary } from './stages';
import { countStatuses, statusesOf, type RecordIndex } from './status';
import type { CountryStatus, Iso3, IsoDate, MapStatus, StatusCounts } from './types';

/**
 * One product's picture of a region on a date: each member's status worked out once, and
 * everything the views show of it derived from that (counts, the map's colours, its table, the
 * maps past a deadline, the drafts shown, what changed since another date). A view makes one per
 * (product, region, date, records) and keeps it while they stay the same.
 */
export interface Snapshot {
  product: string;
  asOf: IsoDate;
  vocabulary: Vocabulary;
  /** Each member's status as of the date, in the region's order. */
  statuses: readonly CountryStatus[];
  /** The same, by country. */
  byCountry: ReadonlyMap<Iso3, CountryStatus>;
  counts: StatusCounts;
  /** Members whose map is still owed (under way, owed or No information). */
  owed: number;
  /** Members whose status shown comes from a change recorded in this browser. */
  drafts: number;
}

export function snapshotOf(
  index: RecordIndex,
  product: string,
  members: readonly Iso3[],
  asOf: IsoDate,
  vocabulary: Vocabulary,
): Snapshot {
  const statuses = statusesOf(index, product, members, asOf);
  let owed = 0;
  let drafts = 0;
  for (const s of statuses) {
    if (isOwed(vocabulary, s.status)) owed++;
    if (s.record?.draft) drafts++;
  }
  return {
    product,
    asOf,
    vocabulary,
    statuses,
    byCountry: new Map(statuses.map((s) => [s.country, s])),
    counts: countStatuses(statuses, vocabulary),
    owed,
    drafts,
  };
}

/** The map's statuses: each member's, and every other country of the map outside the region. */
export function mapStatusesOf(snapshot: Snapshot, countries: Iterable<Iso3>): Map<Iso3, MapStatus> {
  const out = new Map<Iso3, MapStatus>();
  for (const iso3 of countries) out.set(iso3, snapshot.byCountry.get(iso3)?.status ?? OUTSIDE);
  return out;
}

/** What changed between two pictures of the same members: each status's count, and who moved. */
export function snapshotChanges(
  before: Snapshot,
  after: Snapshot,
): { delta: StatusCounts; marked: Set<Iso3> } {
  const delta = Object.fromEntries(after.vocabulary.ids.map((s) => [s, 0])) as StatusCounts;
  const marked = new Set<Iso3>();
  for (const now of after.statuses) {
    const then = before.byCountry.get(now.country)?.status;
    if (then === undefined) continue;
    delta[then] = (delta[then] ?? 0) - 1;
    delta[now.status] = (delta[now.status] ?? 0) + 1;
    if (then !== now.status) marked.add(now.country);
  }
  return { delta, marked };
}
