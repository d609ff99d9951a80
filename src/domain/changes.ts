import { ascending } from 'd3-array';
import { snapshotChanges, snapshotOf } from './snapshot';
import { isDone, progressOf, stageOf, type Vocabulary } from './stages';
import { historyOf, recordDates, statusAsOf, type RecordIndex } from './status';
import { type Iso3, type IsoDate, type Status, type StatusCounts, type SubmissionRecord } from './types';

/**
 * What a change of status means for the maps owed (see stages: forward and back follow the
 * stages, then the product's order):
 *   submitted  the country delivered (a done status, from one that is not)
 *   started    work began (an under way status, from an earlier one)
 *   back       it moved back (a submission withdrawn, work stopped)
 *   other      anything else (Not applicable given or lifted, Not submitted recorded)
 */
export type ChangeKind = 'submitted' | 'started' | 'back' | 'other';
export const CHANGE_KINDS: readonly ChangeKind[] = ['submitted', 'started', 'back', 'other'];

export function changeKind(v: Vocabulary, from: Status, to: Status): ChangeKind {
  if (isDone(v, to) && !isDone(v, from)) return 'submitted';
  const a = progressOf(v, from);
  const b = progressOf(v, to);
  // Stryker disable next-line ConditionalExpression: with b undefined the comparisons below are false and `to` is not under way: 'other' either way
  if (a === undefined || b === undefined) return 'other';
  if (b < a) return 'back';
  return stageOf(v, to) === 'under_way' ? 'started' : 'other';
}

/** One record that changed a country's status for a product. */
export interface StatusChange {
  product: string;
  country: Iso3;
  from: Status;
  to: Status;
  kind: ChangeKind;
  record: SubmissionRecord;
}

/**
 * Every change of status among the members, for each product, by a record dated after `since`
 * and on or before `asOf`: a record that repeats the status the country already had is not a
 * change. Oldest first, then by product in the order given.
 */
export function changesBetween(
  index: RecordIndex,
  products: readonly string[],
  members: readonly Iso3[],
  since: IsoDate,
  asOf: IsoDate,
  vocabularyOf: (product: string) => Vocabulary,
): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const product of products) {
    const v = vocabularyOf(product);
    for (const country of new Set(members)) {
      let from = statusAsOf(index, product, country, since).status;
      for (const record of historyOf(index, product, country)) {
        if (record.date <= since || record.date > asOf) continue;
        if (record.status !== from) {
          changes.push({
            product,
            country,
            from,
            to: record.status,
            kind: changeKind(v, from, record.status),
            record,
          });
        }
        from = record.status;
      }
    }
  }
  // Listed product by product: the sort is stable, so one day's changes keep that order.
  return changes.sort(
    (a, b) =>
      ascending(a.record.date, b.record.date) ||
      (a.product === b.product ? a.record.line - b.record.line : 0),
  );
}

/** What changed for a product among the members between two dates, in one pass over them. */
export interface ChangeSummary {
  /** Per status, how many more (or fewer) countries have it as of `asOf` than as of `since`. */
  delta: StatusCounts;
  /** Countries whose status differs between the two dates (the map marks them). */
  marked: Set<Iso3>;
}

export function changeSummary(
  index: RecordIndex,
  product: string,
  members: readonly Iso3[],
  since: IsoDate,
  asOf: IsoDate,
  v: Vocabulary,
): ChangeSummary {
  return snapshotChanges(
    snapshotOf(index, product, members, since, v),
    snapshotOf(index, product, members, asOf, v),
  );
}

/**
 * Countries a kind of change reached, per kind: a country that submitted twice (after moving
 * back) counts once as a new submission.
 */
export function headline(changes: readonly StatusChange[]): Record<ChangeKind, number> {
  const countries = Object.fromEntries(CHANGE_KINDS.map((k) => [k, new Set<Iso3>()])) as Record<
    ChangeKind,
    Set<Iso3>
  >;
  for (const c of changes) countries[c.kind].add(c.country);
  return Object.fromEntries(CHANGE_KINDS.map((k) => [k, countries[k].size])) as Record<ChangeKind, number>;
}

/**
 * The date changes are counted from when none is asked for: the latest record date before
 * `asOf` (the previous meeting's picture); undefined when no record is older.
 */
export function defaultSince(records: readonly SubmissionRecord[], asOf: IsoDate): IsoDate | undefined {
  const dates = recordDates(records).filter((d) => d < asOf);
  return dates[dates.length - 1];
}
