import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseRecordsCsv, parseStatus, recordsToCsv } from './records';
import type { Product } from './types';

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'Soil organic carbon' },
  { id: 'gsasmap', short: 'GSASmap', name: 'Salt-affected soils' },
];
const context = { file: 'records.csv', products, today: '2024-01-01' };

describe('parseRecordsCsv', () => {
  it('reads a plain file', () => {
    const csv = 'product,country,status,date,note,source\ngsocseq,BGD,submitted,2022-03-09,a note,report\n';
    const { records, issues, rows } = parseRecordsCsv(csv, context);
    expect(issues).toEqual([]);
    expect(rows).toBe(1);
    expect(records).toEqual([
      {
        product: 'gsocseq',
        country: 'BGD',
        status: 'submitted',
        date: '2022-03-09',
        note: 'a note',
        source: 'report',
        line: 2,
      },
    ]);
  });

  it('forgives header order and case, BOM, CRLF, semicolons, labels, names and alpha-2', () => {
    const csv =
      '\uFEFF Status ;COUNTRY;Product;Date\r\n' +
      'In preparation;Viet Nam;GSOCseq;2022-03-09\r\n' +
      'SUBMITTED;bd;gsasmap;2021-01-05\r\n';
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => [r.product, r.country, r.status, r.line])).toEqual([
      ['gsocseq', 'VNM', 'in_preparation', 2],
      ['gsasmap', 'BGD', 'submitted', 3],
    ]);
    expect(issues.map((i) => [i.severity, i.line, i.column, i.params])).toEqual([
      ['warning', 2, 'country', { iso3: 'VNM' }],
      ['warning', 3, 'country', { iso3: 'BGD' }],
    ]);
  });

  it('reports each unusable row with its line, column, value and reason, and keeps the rest', () => {
    const csv = [
      'product,country,status,date,note',
      'gsocseq,BGD,submitted,2022-03-09,"a note, with a comma',
      'and a newline"',
      'nope,BGD,submitted,2022-03-09,',
      'gsocseq,XXX,submitted,2022-03-09,',
      'gsocseq,IND,done,2022-03-09,',
      'gsocseq,IND,submitted,09/03/2022,',
      'gsocseq,IND,submitted,,',
      'gsocseq,IND,submitted,2030-01-01,',
      'gsocseq,LKA,submitted,2022-02-30,',
      'gsocseq,NPL,submitted,2022-03-09,',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => [r.country, r.line])).toEqual([
      ['BGD', 2],
      ['NPL', 11],
    ]);
    expect(records[0]!.note).toBe('a note, with a comma\nand a newline');
    expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
      [4, 'product', 'nope', 'unknown-product'],
      [5, 'country', 'XXX', 'unknown-country'],
      [6, 'status', 'done', 'unknown-status'],
      [7, 'date', '09/03/2022', 'invalid-date'],
      [8, 'date', '', 'missing-date'],
      [9, 'date', '2030-01-01', 'future-date'],
      [10, 'date', '2022-02-30', 'invalid-date'],
    ]);
  });

  it('drops both rows of a conflict and one row of a duplicate', () => {
    const csv = [
      'product,country,status,date',
      'gsocseq,BGD,submitted,2022-03-09',
      'gsocseq,BGD,in_preparation,2022-03-09',
      'gsocseq,IND,submitted,2022-03-09',
      'gsocseq,IND,submitted,2022-03-09',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => [r.country, r.line])).toEqual([['IND', 4]]);
    expect(issues.map((i) => [i.severity, i.line])).toEqual([
      ['error', 3],
      ['warning', 5],
    ]);
    expect(issues[0]).toMatchObject({ code: 'conflict', params: { line: 2, status: 'submitted' } });
    expect(issues[1]).toMatchObject({ code: 'duplicate', params: { line: 4 } });
  });

  it('reports missing columns and extra columns once', () => {
    expect(parseRecordsCsv('product,country,date\ngsocseq,BGD,2022-01-01', context).issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        code: 'missing-columns',
        params: { columns: 'status' },
      }),
    ]);
    const extra = parseRecordsCsv(
      'product,country,status,date,owner\ngsocseq,BGD,submitted,2022-01-01,me',
      context,
    );
    expect(extra.records).toHaveLength(1);
    expect(extra.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'extra-columns', params: { columns: 'owner' } }),
    ]);
  });

  it('says an empty file is empty', () => {
    expect(parseRecordsCsv('', context).issues).toEqual([expect.objectContaining({ code: 'empty-file' })]);
  });

  it('round-trips through recordsToCsv', () => {
    const csv =
      'product,country,status,date,note,source\ngsocseq,BGD,submitted,2022-03-09,"quote "" and, comma",src\n';
    const { records } = parseRecordsCsv(csv, context);
    expect(recordsToCsv(records)).toBe(`\uFEFF${csv.replace(/\n/g, '\r\n')}`);
  });
});

describe('parseStatus', () => {
  it('accepts codes and labels in any case', () => {
    expect(parseStatus('Not submitted')).toBe('not_submitted');
    expect(parseStatus('not-applicable')).toBe('not_applicable');
    expect(parseStatus('no information')).toBeUndefined();
  });
});

describe("parseRecordsCsv on a coordinator's spreadsheet export", () => {
  // tests/fixtures/coordinator-export.csv: BOM, ";", CRLF, names for codes, an extra column,
  // a note across two lines (lines 5 and 6), broken rows and script payloads.
  const exported = () =>
    parseRecordsCsv(
      readFileSync(new URL('../../tests/fixtures/coordinator-export.csv', import.meta.url), 'utf8'),
      {
        file: 'coordinator-export.csv',
        products: [...products, { id: 'gbsmap', short: 'GBSmap', name: 'Black soils' }],
        today: '2024-01-01',
      },
    );

  it('keeps every usable row, with the line it starts on and its text as written', () => {
    const { records, rows } = exported();
    expect(rows).toBe(18); // 19 lines after the header, one row across two
    expect(records.map((r) => [r.line, r.product, r.country, r.status, r.date])).toEqual([
      [2, 'gsocseq', 'BGD', 'submitted', '2022-03-09'],
      [3, 'gsasmap', 'VNM', 'in_preparation', '2022-03-09'],
      [4, 'gsasmap', 'LAO', 'not_submitted', '2022-03-09'],
      [5, 'gsasmap', 'PRK', 'not_submitted', '2022-03-09'],
      [7, 'gbsmap', 'KOR', 'in_preparation', '2021-12-01'],
    ]);
    expect(records.map((r) => r.note)).toEqual([
      'Note with ; semicolon',
      `<img src=x onerror="document.title='pwned'">`,
      "<script>document.title='pwned'</script>",
      'multi\r\nline note',
      '',
    ]);
    expect(records[4]!.source).toBe('javascript:alert(1)');
  });

  it('reports every other row on its line, with the column, the value and why', () => {
    const { issues } = exported();
    expect(issues.map((i) => [i.line, i.severity, i.column, i.value, i.code])).toEqual([
      [1, 'warning', undefined, ' Owner', 'extra-columns'],
      [2, 'warning', 'country', 'Bangladesh', 'country-read-as'],
      [3, 'warning', 'country', 'Viet Nam', 'country-read-as'],
      [4, 'warning', 'country', 'Lao PDR', 'country-read-as'],
      [5, 'warning', 'country', 'DPR Korea', 'country-read-as'],
      [7, 'warning', 'country', 'Republic of Korea', 'country-read-as'],
      [8, 'error', 'country', 'Atlantis', 'unknown-country'],
      [9, 'error', 'status', 'Done', 'unknown-status'],
      [10, 'error', 'product', 'NoSuchMap', 'unknown-product'],
      [11, 'error', 'date', '09/03/2022', 'invalid-date'],
      [12, 'error', 'date', '', 'missing-date'],
      [13, 'error', 'date', '2099-01-01', 'future-date'],
      [14, 'error', 'date', '2022-02-30', 'invalid-date'],
      [15, 'error', 'country', '', 'missing-country'],
      [16, 'error', 'status', '', 'missing-status'],
      [17, 'error', 'product', '', 'missing-product'],
      [18, 'warning', 'country', 'Bhutan', 'country-read-as'],
      [19, 'warning', 'country', 'Bhutan', 'country-read-as'],
      [19, 'error', 'status', 'in_preparation', 'conflict'],
      [20, 'error', 'status', 'No information', 'status-no-information'],
    ]);
    expect(issues.find((i) => i.code === 'conflict')?.params).toEqual({ line: 18, status: 'submitted' });
    expect(issues.find((i) => i.line === 5)?.params).toEqual({ iso3: 'PRK' });
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['coordinator-export.csv']));
  });
});

describe('isIsoDate', () => {
  it('takes real calendar days written YYYY-MM-DD, and nothing else', () => {
    for (const date of ['2022-03-09', '2024-02-29', '2000-02-29', '1999-12-31', '2022-01-01'])
      expect(isIsoDate(date), date).toBe(true);
    for (const date of [
      '2023-02-29',
      '1900-02-29',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '2022-03-00',
      '2022-3-9',
      '22-03-09',
      '2022/03/09',
      '09/03/2022',
      ' 2022-03-09',
      '2022-03-09 ',
      '2022-03-09T00:00',
      'x2022-03-09',
      '',
    ])
      expect(isIsoDate(date), date).toBe(false);
  });
});
