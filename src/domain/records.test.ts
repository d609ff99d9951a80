import { describe, expect, it } from 'vitest';
import { parseRecordsCsv, parseStatus, recordsToCsv } from './records';
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
