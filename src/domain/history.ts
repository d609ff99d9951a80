import type { IsoDate, SubmissionRecord } from './types';

/** More record dates than this are played month by month. */
const MAX_PLAYED_DATES = 36;

/** The last day of the month of `date` (YYYY-MM-DD). */
function monthEnd(date: IsoDate): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The month after `date`'s, as its first day. */
function nextMonth(date: IsoDate): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * The dates a history is played through, from the first record to `end`: each date a record
 * was made (for `products`, or every product when undefined), or, when there are more than
 * `max`, the end of each month from the first record's to `end`'s. The last step is `end`
 * itself. Empty when no record is on or before `end`.
 */
export function playedDates(
  records: readonly SubmissionRecord[],
  end: IsoDate,
  products?: ReadonlySet<string>,
  max = MAX_PLAYED_DATES,
): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const r of records) {
    if (r.date <= end && (!products || products.has(r.product))) dates.add(r.date);
  }
  if (dates.size === 0) return [];
  const sorted = [...dates].sort();
  let steps = sorted;
  if (sorted.length > max) {
    steps = [];
    for (let month = sorted[0]!; month <= end; month = nextMonth(month)) {
      steps.push(monthEnd(month) < end ? monthEnd(month) : end);
    }
  }
  if (steps[steps.length - 1] !== end) steps.push(end);
  return steps;
}

/**
 * Whether there is a history to play up to `end`: two record dates or more on or before it
 * (for `products`, or every product). It stops at the second date found, so it is quick on a
 * long history, where `playedDates` reads every record.
 */
export function hasHistory(
  records: readonly SubmissionRecord[],
  end: IsoDate,
  products?: ReadonlySet<string>,
): boolean {
  let first: IsoDate | undefined;
  for (const r of records) {
    if (r.date > end || (products && !products.has(r.product))) continue;
    if (first === undefined) first = r.date;
    else if (r.date !== first) return true;
  }
  return false;
}
