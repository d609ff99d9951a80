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

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A real calendar day written YYYY-MM-DD (the one unambiguous spelling). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
