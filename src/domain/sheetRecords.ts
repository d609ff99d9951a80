import type { ParsedRecords, RecordsReader } from './records';
import type { IsoDate } from './types';

/**
 * A records sheet of a spreadsheet, turned into the text rows the records reader (the CSV
 * path's validator) takes: stages SheetCell → text cell → RawRecord → SubmissionRecord.
 *
 * This module goes with the workbook reader into a chunk fetched only when a workbook is
 * opened, so it imports no code of the app's first chunks (only types): the records reader is
 * handed to it.
 */

/** A cell as a workbook reader gives it: text, a number, a truth value, a date, or nothing. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** One sheet of a workbook: its name, and its rows, `rows[i]` being the sheet's row i + 1. */
export interface Sheet {
  name: string;
  rows: readonly (readonly SheetCell[])[];
}

/** The sheet the records are read from: the one named "records" in any case, else the first. */
export function recordsSheet<T extends { name: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => s.name.trim().toLowerCase() === 'records') ?? sheets[0];
}

const isBlank = (cell: SheetCell) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** True when some cell of the sheet holds something. */
export function hasContent(sheet: Sheet): boolean {
  return sheet.rows.some((row) => !row.every(isBlank));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The calendar day of a date cell. A workbook stores a date as a day count with no time zone,
 * and workbook readers hand it over as that day's midnight in UTC (a time of day, if any, after
 * it): its UTC fields are the day as written, in every time zone of the user's computer.
 */
export function dateCellDay(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A cell as text, as the CSV reader would have it: numbers as written without a format (an
 * ISO or M49 code typed as a number stays that code), truth values as TRUE / FALSE, a date
 * cell as its day YYYY-MM-DD. Text stays as typed: the records reader reads a text date
 * (YYYY-MM-DD or day/month/year) as it does in a CSV.
 */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateCellDay(cell) ?? '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * Reads the records of one sheet with the same checks as a CSV file, through `reader` (the
 * records reader made for this sheet, see recordsReader): its first row that is not blank is
 * the header, blank rows are skipped, and every issue is reported at the sheet's row number
 * (the header usually being row 1, as a CSV's line 1).
 */
export function parseRecordsSheet(sheet: Sheet, reader: RecordsReader): ParsedRecords {
  sheet.rows.forEach((cells, i) => {
    if (!cells.every(isBlank)) reader.row(cells.map(cellText), i + 1, (i + 1) / sheet.rows.length);
  });
  return { ...reader.finish(), sheet: sheet.name };
}
