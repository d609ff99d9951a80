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
