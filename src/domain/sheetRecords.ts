import type { ParsedRecords, ProgressListener, RecordsReader, RowNote } from './records';
import type { IsoDate } from './types';

/**
 * A records sheet of a spreadsheet, turned into the text rows the records reader (the CSV
 * path's validator) takes: stages SheetCell → text cell → RawRow → SubmissionRecord.
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

/** The letters of a column, as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
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

/** What a text date reads as: day/month/year always (the partnership's usage). */
export interface TextDate {
  date: IsoDate;
  /** Both day and month are 12 or less (and differ): read as month/day/year it would be another day. */
  ambiguous: boolean;
}

/**
 * Reads a date written as text, day first: "09/03/2022", "9.3.2022" and "9-3-2022" are all
 * 9 March 2022. Undefined when the text is no such date (a four-digit year is required; a day
 * that does not exist, such as 31/02/2022 or a month above 12, is no date).
 */
export function readDayMonthYear(text: string): TextDate | undefined {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[3]);
  // A day that does not exist rolls over into another month (31/02 is 3 March, 0/03 is 28
  // February), and so does a month outside 1–12.
  if (new Date(Date.UTC(Number(m[4]), month - 1, day)).getUTCMonth() !== month - 1) return undefined;
  return { date: `${m[4]}-${pad(month)}-${pad(day)}`, ambiguous: day <= 12 && day !== month };
}

/**
 * A cell as text, as the CSV reader would have it: numbers as written without a format (an
 * ISO or M49 code typed as a number stays that code), truth values as TRUE / FALSE, a date
 * cell as its day.
 */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateCellDay(cell) ?? '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * A cell of the date column as the records reader's YYYY-MM-DD: a date cell by its day; text
 * YYYY-MM-DD as it is; text day/month/year read as such, with a note when the day could be the
 * month. Anything else is passed on as text, for the reader to report as an invalid date (a
 * number that is no date cell, for one: its text is no day/month/year).
 */
export function dateText(cell: SheetCell, ref: string): { text: string; note?: RowNote } {
  const text = cellText(cell);
  const read = readDayMonthYear(text);
  if (!read) return { text };
  return read.ambiguous
    ? {
        text: read.date,
        note: {
          code: 'date-read-as',
          column: 'date',
          value: text.trim(),
          params: { cell: ref, date: read.date },
        },
      }
    : { text: read.date };
}

const PROGRESS_EVERY = 5000;

/**
 * Reads the records of one sheet with the same checks as a CSV file, through `reader` (the
 * records reader made for this sheet, see recordsReader): its first row that is not blank is
 * the header, blank rows are skipped, and every issue is reported at the sheet's row number
 * (the header usually being row 1, as a CSV's line 1).
 */
export function parseRecordsSheet(
  sheet: Sheet,
  reader: RecordsReader,
  onProgress?: ProgressListener,
): ParsedRecords {
  let dateAt: number | undefined;
  sheet.rows.forEach((cells, i) => {
    if (cells.every(isBlank)) return;
    const row = i + 1;
    if (!reader.header) {
      reader.row(cells.map(cellText), row);
      dateAt = reader.header!.indexOf('date');
      return;
    }
    const notes: RowNote[] = [];
    const texts = cells.map((cell, column) => {
      if (column !== dateAt) return cellText(cell);
      const { text, note } = dateText(cell, `${columnLetters(column)}${row}`);
      if (note) notes.push(note);
      return text;
    });
    const before = reader.rows;
    reader.row(texts, row, notes);
    if (onProgress && reader.rows !== before && reader.rows % PROGRESS_EVERY === 0)
      onProgress(row / sheet.rows.length);
  });
  return { ...reader.finish(), sheet: sheet.name };
}
