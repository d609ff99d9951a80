import type { IsoDate } from './types';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Today's date on the user's own calendar, as YYYY-MM-DD: in Kathmandu just after midnight it
 * is already the next day, in Los Angeles in the evening not yet (the UTC date would be wrong
 * in both). Decides which records are "in the future" and how far the as-of date may go.
 */
export function localToday(now = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The reader's calendar day of a moment a server gives (an HTTP date such as Last-Modified),
 * undefined when there is none or it cannot be read: the day a file changed, as the reader's
 * clock saw it, like every other date the page shows.
 */
export function localDayOf(instant: string | undefined): IsoDate | undefined {
  const time = instant ? Date.parse(instant) : NaN;
  return Number.isNaN(time) ? undefined : localToday(new Date(time));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A real calendar day written YYYY-MM-DD (the one unambiguous spelling). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  // A day that does not exist rolls over into another (30 February is 2 March), and Date.UTC
  // reads years 0 to 99 as 1900 to 1999: either way the date does not read back as written.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A record's date as written in a file, and the day it was read as. */
export interface ReadDate {
  date: IsoDate;
  /**
   * The other day the text could mean: set for day/month/year text whose day is also a month
   * (09/03/2022 is 9 March, but month first it would be 3 September), which the reader reports.
   */
  monthFirst?: IsoDate;
}

/**
 * Reads a record's date: YYYY-MM-DD, or day/month/year as a coordinator's spreadsheet writes it
 * ("09/03/2022", "9.3.2022" and "9-3-2022" are all 9 March 2022; the partnership's usage puts
 * the day first, always). Undefined when the text is neither: a four-digit year is required,
 * and a day that does not exist (31/02/2022, a month above 12, so 03/13/2022) is no date.
 */
export function readDate(text: string): ReadDate | undefined {
  const value = text.trim();
  if (isIsoDate(value)) return { date: value };
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (!m) return undefined;
  const date = `${m[4]}-${pad(Number(m[3]))}-${pad(Number(m[1]))}`;
  if (!isIsoDate(date)) return undefined;
  const monthFirst = `${m[4]}-${pad(Number(m[1]))}-${pad(Number(m[3]))}`;
  return monthFirst !== date && isIsoDate(monthFirst) ? { date, monthFirst } : { date };
}
