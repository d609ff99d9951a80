import type { IsoDate, SubmissionRecord } from './types';

/** More record dates than this are played month by month. */
const MAX_PLAYED_DATES = 36;

/** The last day of the month of `date` (YYYY-MM-DD). */
function monthEnd(date: IsoDate): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The first day of the month `months` after `date`'s. */
function monthsAfter(date: IsoDate, months: number): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Months from `from`'s to `to`'s, both counted. */
function monthsSpanned(from: IsoDate, to: IsoDate): number {
  const index = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** Spans of months a long history is played by: the shortest that gives few enough steps. */
const SPANS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * The dates a history is played through, from the first record to `end`: each date a record
 * was made (for `products`, or every product when undefined), or, when there are more than
 * `max`, the ends of months (or of 2, 3, 6, 12… months: the shortest span that keeps to `max`
 * steps) from the first record's month. The last step is `end` itself. Empty when no record is
 * on or before `end`.
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
    const months = monthsSpanned(sorted[0]!, end);
    const span = SPANS.find((n) => Math.ceil(months / n) <= max) ?? Math.ceil(months / max);
    steps = [];
    for (let last = span - 1; ; last += span) {
      const date = monthEnd(monthsAfter(sorted[0]!, last));
      if (date >= end) break;
      steps.push(date);
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
