import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCsv } from './csv';
import { parseRecordsCsv, recordsReader } from './records';
import {
  cellText,
  dateCellDay,
  hasContent,
  parseRecordsSheet as parseSheet,
  recordsSheet,
  type Sheet,
  type SheetCell,
} from './sheetRecords';
import type { Product } from './types';

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'Soil organic carbon' },
  { id: 'gsasmap', short: 'GSASmap', name: 'Salt-affected soils' },
];
const context = { file: 'records.xlsx', products, today: '2024-01-01' };
/** The sheet read with the records reader made for it, as the workbook reader does. */
const parseRecordsSheet = (sheet: Sheet, ctx: typeof context, onProgress?: (f: number) => void) =>
  parseSheet(sheet, recordsReader({ ...ctx, sheet: sheet.name }, onProgress));
const HEADER = ['product', 'country', 'status', 'date', 'note', 'source'];
/** A date cell as workbook readers give it: the day's midnight in UTC. */
const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kathmandu'];

describe('recordsSheet', () => {
  it('takes the sheet named "records" in any case, else the first', () => {
    const s = (name: string) => ({ name });
    expect(recordsSheet([s('Notes'), s('RECORDS'), s('records 2')])?.name).toBe('RECORDS');
    expect(recordsSheet([s('Notes'), s(' Records ')])?.name).toBe(' Records ');
    expect(recordsSheet([s('Sheet1'), s('Record'), s('my records')])?.name).toBe('Sheet1');
    expect(recordsSheet([])).toBeUndefined();
  });
});

describe('dateCellDay', () => {
  it('is the day written in the cell, in every time zone of the computer', () => {
    for (const tz of ZONES) {
      process.env.TZ = tz;
      expect(dateCellDay(day(2022, 3, 9)), tz).toBe('2022-03-09');
      // A date with a time of day is still that day.
      expect(dateCellDay(day(2022, 3, 9, 23, 59)), tz).toBe('2022-03-09');
      expect(dateCellDay(day(2024, 2, 29)), tz).toBe('2024-02-29');
      expect(dateCellDay(day(999, 1, 2)), tz).toBe('0999-01-02');
    }
  });

  it('is nothing for an invalid date', () => {
    expect(dateCellDay(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('cellText', () => {
  it('writes numbers, truth values and dates as text the CSV reader would read', () => {
    expect(cellText(356)).toBe('356');
    expect(cellText(4)).toBe('4');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' NPL ')).toBe(' NPL ');
    expect(cellText(day(2022, 3, 9))).toBe('2022-03-09');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
});

describe('hasContent', () => {
  it('is false for a sheet of blank cells only', () => {
    expect(hasContent({ name: 'a', rows: [] })).toBe(false);
    expect(hasContent({ name: 'a', rows: [[null, '  ', undefined], []] })).toBe(false);
    expect(hasContent({ name: 'a', rows: [[null], [null, 0]] })).toBe(true);
    expect(hasContent({ name: 'a', rows: [[false]] })).toBe(true);
  });
});

describe('parseRecordsSheet', () => {
  it('reads dates of every kind, and reports each problem at its sheet row', () => {
    const sheet: Sheet = {
      name: 'Records',
      rows: [
        HEADER,
        ['gsocseq', 'BGD', 'submitted', day(2022, 3, 9), 'a date cell', 'report'],
        ['gsocseq', 'BTN', 'submitted', day(2022, 3, 9, 15, 30), 'a date and time', ''],
        ['gsocseq', 'KHM', 'submitted', '2022-03-10', 'text, YYYY-MM-DD', ''],
        ['gsocseq', 'IND', 'submitted', '09/03/2022', 'day/month/year, could be 3 September', ''],
        ['gsocseq', 'LKA', 'submitted', '25.12.2021', 'day/month/year, clear', ''],
        ['gsocseq', 'NPL', 'submitted', '03/13/2022', 'month/day/year: no 13th month', ''],
        ['gsocseq', 'MMR', 'submitted', 44629, 'a day count without a date format', ''],
        ['gsocseq', 'PHL', 'submitted', day(2099, 1, 1), 'a date cell in the future', ''],
        ['gsocseq', 'THA', 'submitted', '01/01/2099', 'text in the future', ''],
        ['gsocseq', 'Atlantis', 'submitted', '01/02/2022', 'dropped: no note about its date', ''],
        ['gsocseq', 'VNM', 'submitted', null, 'no date', ''],
      ],
    };
    const { records, issues, rows, sheet: read } = parseRecordsSheet(sheet, context);
    expect(read).toBe('Records');
    expect(rows).toBe(11);
    expect(records.map((r) => [r.line, r.country, r.date])).toEqual([
      [2, 'BGD', '2022-03-09'],
      [3, 'BTN', '2022-03-09'],
      [4, 'KHM', '2022-03-10'],
      [5, 'IND', '2022-03-09'],
      [6, 'LKA', '2021-12-25'],
    ]);
    expect(issues.map((i) => [i.line, i.severity, i.column, i.value, i.code, i.params])).toEqual([
      [5, 'warning', 'date', '09/03/2022', 'date-read-as', { date: '2022-03-09', monthFirst: '2022-09-03' }],
      [7, 'error', 'date', '03/13/2022', 'invalid-date', undefined],
      [8, 'error', 'date', '44629', 'invalid-date', undefined],
      [9, 'error', 'date', '2099-01-01', 'future-date', { date: '2099-01-01' }],
      [10, 'error', 'date', '01/01/2099', 'future-date', { date: '2099-01-01' }],
      [11, 'error', 'country', 'Atlantis', 'unknown-country', undefined],
      [12, 'error', 'date', '', 'missing-date', undefined],
    ]);
    expect(new Set(issues.map((i) => `${i.file} ${i.sheet}`))).toEqual(new Set(['records.xlsx Records']));
  });

  it('gives the same days in every time zone', () => {
    const sheet: Sheet = {
      name: 'records',
      rows: [
        HEADER,
        ['gsocseq', 'BGD', 'submitted', day(2022, 3, 9)],
        ['gsocseq', 'NPL', 'submitted', day(2021, 12, 31, 23, 59)],
      ],
    };
    for (const tz of ZONES) {
      process.env.TZ = tz;
      expect(
        parseRecordsSheet(sheet, context).records.map((r) => r.date),
        tz,
      ).toEqual(['2022-03-09', '2021-12-31']);
    }
  });

  it('numbers rows as the sheet does: blank rows before, inside and after are skipped', () => {
    const sheet: Sheet = {
      name: 'Sheet1',
      rows: [
        [],
        [null, null, '  '],
        ['Status', 'Country', 'Product', 'Date'],
        ['submitted', 'BGD', 'gsocseq', '2022-03-09'],
        [null, null, null, null],
        ['done', 'BGD', 'gsasmap', '2022-03-09'],
        ['submitted', 'BD', 'gsocseq', '2022-03-09'],
        [],
        [null, ''],
      ],
    };
    const { records, issues, rows } = parseRecordsSheet(sheet, context);
    expect(rows).toBe(3);
    expect(records.map((r) => r.line)).toEqual([4]);
    expect(issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [
        6,
        'unknown-status',
        { product: 'gsasmap', statuses: 'submitted, in_preparation, not_submitted, not_applicable' },
      ],
      [7, 'country-read-as', { iso3: 'BGD' }],
      [7, 'duplicate', { line: 4 }],
    ]);
  });

  it('finds the date column wherever the header puts it', () => {
    const sheet: Sheet = {
      name: 'Sheet1',
      rows: [
        [null, 'Note', 'Country', 'Status', 'Product', 'Source', 'DATE'],
        [null, 'n', 'BGD', 'submitted', 'gsocseq', 's', '10/11/2021'],
      ],
    };
    const { issues, records } = parseRecordsSheet(sheet, context);
    expect(records.map((r) => r.date)).toEqual(['2021-11-10']);
    expect(issues.map((i) => [i.column, i.params])).toEqual([
      ['date', { date: '2021-11-10', monthFirst: '2021-10-11' }],
    ]);
  });

  it('reads day/month/year in the date column only', () => {
    const { records, issues } = parseRecordsSheet(
      {
        name: 'S',
        rows: [HEADER, ['gsocseq', 'NPL', 'submitted', '2022-03-09', '01/02/2022', '03/04/2021']],
      },
      context,
    );
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.note, r.source])).toEqual([['01/02/2022', '03/04/2021']]);
  });

  it('reads numbers in text columns as text', () => {
    const sheet: Sheet = {
      name: 'Sheet1',
      rows: [
        [...HEADER, 'owner'],
        ['gsocseq', 50, 'submitted', '2022-03-09', 12345, 2022, 7],
        ['gsocseq', 'NPL', 'submitted', '2022-03-09', true, 0.5],
      ],
    };
    const { records, issues } = parseRecordsSheet(sheet, context);
    expect(issues.map((i) => [i.line, i.code, i.value])).toEqual([
      [1, 'extra-columns', 'owner'],
      [2, 'unknown-country', '50'],
    ]);
    expect(records.map((r) => [r.note, r.source])).toEqual([['TRUE', '0.5']]);
  });

  it('reports a sheet without the columns it needs, like a CSV file', () => {
    const { issues, records } = parseRecordsSheet(
      {
        name: 'Sheet1',
        rows: [
          ['country', 'status'],
          ['NPL', 'submitted'],
        ],
      },
      context,
    );
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.line, i.code, i.params, i.sheet])).toEqual([
      [
        1,
        'missing-columns',
        expect.objectContaining({ columns: 'product, date', found: 'country, status', rows: 1 }),
        'Sheet1',
      ],
    ]);
  });

  it('names the sheet in a conflict', () => {
    const { issues, records } = parseRecordsSheet(
      {
        name: 'Records',
        rows: [
          HEADER,
          ['gsocseq', 'NPL', 'submitted', '2022-03-09'],
          ['gsocseq', 'NPL', 'in_preparation', '2022-03-09'],
        ],
      },
      context,
    );
    expect(records).toEqual([]);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'conflict',
        file: 'records.xlsx',
        sheet: 'Records',
        line: 3,
        column: 'status',
        value: 'in_preparation',
        params: { line: 2, status: 'submitted' },
      },
    ]);
  });

  it('reads an empty sheet as a file without a header', () => {
    expect(parseRecordsSheet({ name: 'S', rows: [] }, context).issues).toEqual([
      { severity: 'error', code: 'empty-file', file: 'records.xlsx', sheet: 'S' },
    ]);
  });

  it('reports progress on a long sheet', () => {
    const rows: SheetCell[][] = [HEADER];
    for (let i = 0; i < 12_000; i++) rows.push(['gsocseq', 'NPL', 'submitted', '2022-03-09']);
    const seen: number[] = [];
    parseRecordsSheet({ name: 'S', rows }, context, (f) => seen.push(f));
    // After the 5,000th and 10,000th records: sheet rows 5,001 and 10,001 of 12,001.
    expect(seen).toEqual([5001 / 12_001, 10_001 / 12_001]);
    // Without a listener, or without rows to read (no date column: every row left out), nothing is reported.
    expect(() => parseRecordsSheet({ name: 'S', rows }, context)).not.toThrow();
    const noDate = rows.map((row) => row.slice(0, 3));
    const none: number[] = [];
    expect(parseRecordsSheet({ name: 'S', rows: noDate }, context, (f) => none.push(f)).rows).toBe(12_000);
    expect(none).toEqual([]);
  });
});

describe('parseRecordsSheet and parseRecordsCsv', () => {
  // The same rows as text cells give the same records and issues, at the same numbers: the
  // sheet's rows go through the CSV reader's validator, not a second one.
  const cell = fc.constantFrom(
    'gsocseq',
    'GSASmap',
    'nope',
    'BGD',
    'Viet Nam',
    'bd',
    'XXX',
    'submitted',
    'In preparation',
    'no information',
    'done',
    '2022-03-09',
    '2021-12-01',
    '2030-01-01',
    '2022-02-30',
    '09/03/2022',
    '25.12.2021',
    '03/13/2022',
    '',
    ' ',
    'a note; with, "quotes"',
    '=1+1',
  );
  const row = fc.array(cell, { minLength: 0, maxLength: 7 });
  const header = fc.shuffledSubarray([...HEADER, 'owner'], { minLength: 3 });

  it('holds for any rows of text', () => {
    fc.assert(
      fc.property(header, fc.array(row, { maxLength: 12 }), (head, rows) => {
        // writeCsv writes a row as wide as its header: the sheet holds the same cells.
        const body = rows.map((r) => r.slice(0, head.length));
        const sheet = parseRecordsSheet({ name: 'S', rows: [head, ...body] }, context);
        const csv = parseRecordsCsv(writeCsv(head, body), context);
        expect(sheet.records).toEqual(csv.records);
        expect(sheet.rows).toBe(csv.rows);
        expect(sheet.issues.map(({ sheet: name, ...issue }) => (expect(name).toBe('S'), issue))).toEqual(
          csv.issues,
        );
      }),
      { numRuns: 300 },
    );
  });
});
