import { readFileSync } from 'node:fs';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRecordsCsv, recordsReader } from '../domain/records';
import type { DataIssue, Product } from '../domain/types';
import type { LoadFailure } from './fetchFile';
import { readRecordsFile } from './recordsFile';
import { unzipSync } from 'fflate';
import { readRecordsWorkbook as readWorkbook, storedCopy, workbookKind } from './readWorkbook';
import { loadFailureOf } from '../../tests/loadFailure';

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'Soil organic carbon' },
  { id: 'gsasmap', short: 'GSASmap', name: 'Salt-affected soils' },
  { id: 'gbsmap', short: 'GBSmap', name: 'Black soils' },
];
const options = { products, today: '2024-01-01' };
/** A workbook's records, read with the records reader made for its sheet, as loaders.ts does. */
const readRecordsWorkbook = (file: File, opts: typeof options) =>
  readWorkbook(file, (sheet) => recordsReader({ file: file.name, sheet, ...opts }));
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url));
const fileOf = (bytes: Uint8Array | string, name: string) => new File([bytes as BlobPart], name);

/** A workbook as a spreadsheet program writes one. */
async function workbook(sheets: { sheet: string; data: SheetData }[]) {
  return new Uint8Array(await writeExcelFile(sheets).toBuffer());
}
const date = (y: number, m: number, d: number) => ({
  value: new Date(Date.UTC(y, m - 1, d)),
  type: Date,
  format: 'dd/mm/yyyy',
});
const HEADER = ['product', 'country', 'status', 'date', 'note', 'source'];

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('the coordinator export as a workbook (tests/fixtures/coordinator-export.xlsx)', () => {
  // Built by scripts/build-xlsx-fixture.mjs from the CSV: a "Notes" sheet, then "Records" with
  // each record on the row of its CSV line and the valid dates as date cells.
  const fromCsv = () =>
    parseRecordsCsv(fixture('coordinator-export.csv').toString('utf8'), {
      ...options,
      file: 'coordinator-export.csv',
    });
  const fromXlsx = () =>
    readRecordsWorkbook(fileOf(fixture('coordinator-export.xlsx'), 'coordinator-export.xlsx'), options);
  /** What an issue says, wherever it comes from. */
  const said = (issue: DataIssue) => {
    const { file, sheet, ...rest } = issue;
    expect(typeof file).toBe('string');
    expect(sheet === undefined || sheet === 'Records').toBe(true);
    return rest;
  };
  for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`gives the CSV's valid rows and problems, at the same numbers (TZ=${tz})`, async () => {
      process.env.TZ = tz;
      const csv = fromCsv();
      const xlsx = await fromXlsx();
      expect(xlsx.sheet).toBe('Records');
      expect(xlsx.records).toEqual(csv.records);
      expect(xlsx.records.map((r) => r.date)).toContain('2021-12-01');
      expect(xlsx.rows).toBe(csv.rows);
      expect(xlsx.issues.map(said)).toEqual(csv.issues.map(said));
      expect(new Set(xlsx.issues.map((i) => `${i.file} / ${i.sheet}`))).toEqual(
        new Set(['coordinator-export.xlsx / Records']),
      );
    });
  }

  it('reads the text date 09/03/2022 of row 11 day first, with a warning, as the CSV does', async () => {
    const xlsx = await fromXlsx();
    expect(xlsx.records.find((r) => r.line === 11)).toMatchObject({
      country: 'NPL',
      status: 'submitted',
      date: '2022-03-09',
    });
    expect(xlsx.issues.filter((i) => i.line === 11).map(said)).toEqual([
      {
        severity: 'warning',
        code: 'country-read-as',
        line: 11,
        column: 'country',
        value: 'Nepal',
        params: { iso3: 'NPL' },
      },
      {
        severity: 'warning',
        code: 'date-read-as',
        line: 11,
        column: 'date',
        value: '09/03/2022',
        params: { date: '2022-03-09', monthFirst: '2022-09-03' },
      },
    ]);
  });
});

describe('readRecordsWorkbook', () => {
  it('takes the sheet named records, else the first; numbers in text columns are text', async () => {
    const data = [HEADER, ['gsocseq', 'NPL', 'submitted', date(2022, 3, 9), 12345, 2022]];
    const named = await workbook([
      { sheet: 'Summary', data: [['not', 'records']] },
      { sheet: 'RECORDS', data },
    ]);
    const first = await workbook([
      { sheet: 'Sheet1', data },
      { sheet: 'Sheet2', data: [['not', 'records']] },
    ]);
    for (const bytes of [named, first]) {
      const { records, issues } = await readRecordsWorkbook(fileOf(bytes, 'r.xlsx'), options);
      expect(issues).toEqual([]);
      expect(records.map((r) => [r.country, r.date, r.note, r.source])).toEqual([
        ['NPL', '2022-03-09', '12345', '2022'],
      ]);
    }
    expect((await readRecordsWorkbook(fileOf(named, 'r.xlsx'), options)).sheet).toBe('RECORDS');
    expect((await readRecordsWorkbook(fileOf(first, 'r.xlsx'), options)).sheet).toBe('Sheet1');
  });

  it('reads date cells as the days they show in every time zone, and ignores empty rows at the end', async () => {
    const bytes = await workbook([
      {
        sheet: 'records',
        data: [
          HEADER,
          ['gsocseq', 'BGD', 'submitted', date(2022, 3, 9)],
          ['gsocseq', 'NPL', 'submitted', date(2021, 1, 1)],
          ['gsocseq', 'IND', 'submitted', date(2023, 12, 31)],
          [null, null, null, null],
          [null, null, null, null],
        ],
      },
    ]);
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu']) {
      process.env.TZ = tz;
      const { records, rows } = await readRecordsWorkbook(fileOf(bytes, 'r.xlsx'), options);
      expect(
        records.map((r) => r.date),
        tz,
      ).toEqual(['2022-03-09', '2021-01-01', '2023-12-31']);
      expect(rows).toBe(3);
    }
  });

  it('reads a sheet far over 512 KB', async () => {
    const data: SheetData = [HEADER];
    for (let i = 0; i < 4000; i++)
      data.push(['gsocseq', 'NPL', 'submitted', date(2022, 3, 9), `note ${i}`, 'source']);
    const { records } = await readRecordsWorkbook(
      fileOf(await workbook([{ sheet: 'r', data }]), 'big.xlsx'),
      options,
    );
    expect(records).toHaveLength(1); // the other 3999 are duplicates
  });

  it('refuses, with a reason, what it cannot read', async () => {
    const xlsx = fixture('coordinator-export.xlsx');
    const cases: [Uint8Array | string, string, LoadFailure][] = [
      [fixture('password-protected.xlsx'), 'p.xlsx', { kind: 'encrypted', file: 'p.xlsx' }],
      [fixture('old-format.xls'), 'old.xls', { kind: 'xls', file: 'old.xls' }],
      [xlsx.subarray(0, 1000), 'cut.xlsx', { kind: 'unreadable', file: 'cut.xlsx' }],
      ['product,country\n', 'text.xlsx', { kind: 'unreadable', file: 'text.xlsx' }],
      ['', 'nothing.xlsx', { kind: 'empty', file: 'nothing.xlsx' }],
      [
        await workbook([{ sheet: 'Records', data: [[null], [' ']] }]),
        'blank.xlsx',
        { kind: 'empty-sheet', file: 'blank.xlsx', sheet: 'Records' },
      ],
    ];
    for (const [bytes, name, failure] of cases)
      expect(await loadFailureOf(readRecordsWorkbook(fileOf(bytes, name), options)), name).toEqual(failure);
  });
});

describe('workbookKind', () => {
  it('tells an .xlsx, an encrypted workbook and an .xls apart by their bytes', () => {
    expect(workbookKind(fixture('coordinator-export.xlsx'))).toBe('xlsx');
    expect(workbookKind(fixture('password-protected.xlsx'))).toBe('encrypted');
    expect(workbookKind(fixture('old-format.xls'))).toBe('xls');
    expect(workbookKind(new TextEncoder().encode('product,country'))).toBe('other');
    expect(workbookKind(new Uint8Array())).toBe('other');
    expect(workbookKind(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe('other');
    expect(workbookKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe('other');
  });
});

describe('storedCopy', () => {
  it('holds the same parts, uncompressed (so the unzipper reads them in place, with no worker)', () => {
    const xlsx = new Uint8Array(fixture('coordinator-export.xlsx'));
    const parts = unzipSync(xlsx);
    const copy = storedCopy(xlsx);
    expect(unzipSync(copy)).toEqual(parts);
    const size = Object.values(parts).reduce((n, part) => n + part.length, 0);
    expect(copy.length).toBeGreaterThan(size);
    expect(xlsx.length).toBeLessThan(size);
  });
});

describe('readRecordsFile', () => {
  it('reads a workbook by its name or its bytes, and a CSV file as text', async () => {
    const xlsx = fixture('coordinator-export.xlsx');
    for (const name of ['export.xlsx', 'EXPORT.XLSX', 'export.csv', 'export']) {
      const read = await readRecordsFile(fileOf(xlsx, name), options);
      expect(read.sheet, name).toBe('Records');
      expect(read.issues[0]!.file).toBe(name);
    }
    expect(await loadFailureOf(readRecordsFile(fileOf(fixture('old-format.xls'), 'x.csv'), options))).toEqual(
      {
        kind: 'xls',
        file: 'x.csv',
      },
    );
    const csv = await readRecordsFile(fileOf(fixture('coordinator-export.csv'), 'export.csv'), options);
    expect(csv.sheet).toBeUndefined();
    expect(csv.records).toHaveLength(6);
    // A name says workbook, the bytes say otherwise: it is no workbook.
    for (const name of ['a.xls', 'a.xlsx', 'a.XLSM'])
      expect(await loadFailureOf(readRecordsFile(fileOf('product,country\n', name), options))).toEqual({
        kind: 'unreadable',
        file: name,
      });
    // Only the end of a name says what it is.
    const text = fixture('coordinator-export.csv');
    expect((await readRecordsFile(fileOf(text, 'export.xlsx.csv'), options)).records).toHaveLength(6);
  });
});
