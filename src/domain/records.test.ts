import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  NOTE_LIMIT,
  parseRecordsCsv,
  parseStatus,
  RECORD_COLUMNS,
  recordsTemplate,
  recordsTemplateCsv,
  recordsToCsv,
  textStart,
} from './records';
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
      'gsocseq,IND,submitted,03/13/2022,',
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
      [7, 'date', '03/13/2022', 'invalid-date'],
      [8, 'date', '', 'missing-date'],
      [9, 'date', '2030-01-01', 'future-date'],
      [10, 'date', '2022-02-30', 'invalid-date'],
    ]);
  });

  it('reads dates written day/month/year, and reports those whose day could be the month', () => {
    const csv = [
      'product,country,status,date',
      'gsocseq,BGD,submitted,09/03/2022',
      'gsocseq,BTN,submitted,25.12.2021',
      'gsocseq,IND,submitted, 1-2-2022 ',
      'gsocseq,LKA,submitted,05/05/2022',
      'gsocseq,NPL,submitted,01/01/2099',
      'gsocseq,MDV,submitted,31/02/2022',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => [r.line, r.date])).toEqual([
      [2, '2022-03-09'],
      [3, '2021-12-25'],
      [4, '2022-02-01'],
      [5, '2022-05-05'],
    ]);
    expect(issues.map((i) => [i.line, i.severity, i.column, i.value, i.code, i.params])).toEqual([
      [2, 'warning', 'date', '09/03/2022', 'date-read-as', { date: '2022-03-09', monthFirst: '2022-09-03' }],
      [4, 'warning', 'date', '1-2-2022', 'date-read-as', { date: '2022-02-01', monthFirst: '2022-01-02' }],
      [6, 'error', 'date', '01/01/2099', 'future-date', { date: '2099-01-01' }],
      [7, 'error', 'date', '31/02/2022', 'invalid-date', undefined],
    ]);
  });

  it('reports a day that could be the month only when, month first, it would not be after today', () => {
    const csv = [
      'product,country,status,date',
      'gsocseq,BGD,submitted,03/02/2024',
      'gsocseq,BTN,submitted,01/03/2024',
      'gsocseq,IND,submitted,05/03/2024',
      'gsocseq,LKA,submitted,04/03/2024',
      'gsocseq,NPL,submitted,02/04/2024',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, { ...context, today: '2024-03-05' });
    expect(records.map((r) => [r.line, r.date])).toEqual([
      [2, '2024-02-03'],
      [3, '2024-03-01'],
      [4, '2024-03-05'],
      [5, '2024-03-04'],
    ]);
    expect(issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [2, 'date-read-as', { date: '2024-02-03', monthFirst: '2024-03-02' }],
      [3, 'date-read-as', { date: '2024-03-01', monthFirst: '2024-01-03' }],
      // 5 March; month first, 3 May 2024 and 3 April 2024 are still to come.
      [6, 'future-date', { date: '2024-04-02' }],
    ]);
    // Month first it would be today itself: that could be meant.
    const today = parseRecordsCsv('product,country,status,date\ngsocseq,BGD,submitted,05/03/2024', {
      ...context,
      today: '2024-05-03',
    });
    expect(today.issues.map((i) => [i.code, i.params])).toEqual([
      ['date-read-as', { date: '2024-03-05', monthFirst: '2024-05-03' }],
    ]);
  });

  it('checks a day/month/year date for duplicates and conflicts as the day it was read as', () => {
    const csv = [
      'product,country,status,date',
      'gsocseq,BGD,submitted,2022-03-09',
      'gsocseq,BGD,submitted,9/3/2022',
      'gsocseq,NPL,submitted,2022-03-09',
      'gsocseq,NPL,in_preparation,09.03.2022',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => r.line)).toEqual([2]);
    expect(issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [3, 'date-read-as', { date: '2022-03-09', monthFirst: '2022-09-03' }],
      [3, 'duplicate', { line: 2 }],
      [5, 'date-read-as', { date: '2022-03-09', monthFirst: '2022-09-03' }],
      [5, 'conflict', { line: 4, status: 'submitted' }],
    ]);
  });

  it('keeps a note over the limit whole, with a warning that names its line and length', () => {
    const row = (note: string) => `gsocseq,BGD,submitted,2022-03-09,"${note}",report`;
    const long = 'a'.repeat(5999) + 'z';
    const atLimit = '😀'.repeat(NOTE_LIMIT); // 500 characters, 1,000 code units
    const csv = [
      'product,country,status,date,note,source',
      row(atLimit),
      row(long).replace('BGD', 'NPL'),
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(records.map((r) => r.note)).toEqual([atLimit, long]);
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'long-note',
        file: 'records.csv',
        line: 3,
        column: 'note',
        value: `${'a'.repeat(40)}…`,
        params: { length: 6000, limit: NOTE_LIMIT },
      },
    ]);
    // One character over is over.
    const over = parseRecordsCsv(
      `product,country,status,date,note\n${row('b'.repeat(NOTE_LIMIT + 1))}`,
      context,
    );
    expect(over.issues.map((i) => [i.code, i.params?.length])).toEqual([['long-note', NOTE_LIMIT + 1]]);
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
        params: {
          columns: 'status',
          found: 'product, country, date',
          expected: 'product, country, status, date',
          optional: 'note, source',
          rows: 1,
        },
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
      [11, 'gsocseq', 'NPL', 'submitted', '2022-03-09'],
    ]);
    expect(records.map((r) => r.note)).toEqual([
      'Note with ; semicolon',
      `<img src=x onerror="document.title='pwned'">`,
      "<script>document.title='pwned'</script>",
      'multi\r\nline note',
      '',
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
      [11, 'warning', 'country', 'Nepal', 'country-read-as'],
      [11, 'warning', 'date', '09/03/2022', 'date-read-as'],
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
      // Years before 100: Date.UTC would read 0022 as 1922.
      '0022-03-09',
      '0000-01-01',
      'x2022-03-09',
      '',
    ])
      expect(isIsoDate(date), date).toBe(false);
  });
});

describe('parseRecordsCsv, header and cells', () => {
  const header = 'product,country,status,date,note,source';

  it('reads headers whatever their case, spaces, underscores, hyphens, or a BOM saved twice', () => {
    const csv =
      '\uFEFF\uFEFFPro_duct;COUN TRY;sta-tus;  Date  ;NOTE;Sour__ce\ngsocseq;NPL;submitted;2022-03-09;n;s\n';
    const { records, issues } = parseRecordsCsv(csv, context);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.country, r.note, r.source])).toEqual([['NPL', 'n', 's']]);
  });

  it('names every required column a file lacks, and what its header holds', () => {
    const { issues, records, rows } = parseRecordsCsv('Country,Date,Remarks\nNPL,2022-03-09,x\n', context);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'missing-columns',
        file: 'records.csv',
        line: 1,
        column: undefined,
        value: 'Country, Date, Remarks',
        params: {
          columns: 'product, status',
          found: 'Country, Date, Remarks',
          expected: 'product, country, status, date',
          optional: 'note, source',
          rows: 1,
        },
      },
      {
        severity: 'warning',
        code: 'extra-columns',
        file: 'records.csv',
        line: 1,
        column: undefined,
        value: 'Remarks',
        params: { columns: 'Remarks' },
      },
    ]);
    // No row of such a file can be read: none is, and each is counted as left out.
    expect(records).toEqual([]);
    expect(rows).toBe(1);
  });

  it('lists every extra column, and takes empty header cells (trailing separators) for none', () => {
    const { issues } = parseRecordsCsv(
      `${header},owner,,checked by, \ngsocseq,NPL,submitted,2022-03-09,,,x,,y,\n`,
      context,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'extra-columns',
        value: 'owner, checked by',
        params: { columns: 'owner, checked by' },
      }),
    ]);
  });

  it('reads a file without note and source columns, and rows cut short, as empty notes and sources', () => {
    const { records, issues } = parseRecordsCsv(
      'product,country,status,date\ngsocseq,NPL,submitted,2022-03-09\n',
      context,
    );
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ note: '', source: '' });
    const short = parseRecordsCsv(`${header}\ngsocseq,BGD,submitted,2022-03-09\n`, context);
    expect(short.records[0]).toMatchObject({ note: '', source: '' });
  });

  it('trims cells and takes off the apostrophe a CSV download put before a formula', () => {
    const { records } = parseRecordsCsv(
      `${header}\n gsocseq , NPL , submitted , 2022-03-09 ,  a note  ,"'=HYPERLINK(""x"")"\n`,
      context,
    );
    expect(records[0]).toMatchObject({ country: 'NPL', note: 'a note', source: '=HYPERLINK("x")' });
  });

  it('keeps a zero-width no-break space inside a note; only the file’s first BOM is dropped', () => {
    const { records } = parseRecordsCsv(`${header}\ngsocseq,NPL,submitted,2022-03-09,a\uFEFFb,\n`, context);
    expect(records[0]!.note).toBe('a\uFEFFb');
  });

  it('counts blank lines in the lines it reports', () => {
    const { issues, records } = parseRecordsCsv(
      `${header}\ngsocseq,NPL,submitted,2022-03-09\n\n\ngsocseq,XXX,submitted,2022-03-09\n\ngsocseq,BGD,submitted,2022-03-09\n`,
      context,
    );
    expect(issues.map((i) => i.line)).toEqual([5]);
    expect(records.map((r) => r.line)).toEqual([2, 7]);
  });

  it('says an empty file is an error, and a header alone has no rows', () => {
    expect(parseRecordsCsv('', context).issues).toEqual([
      { severity: 'error', code: 'empty-file', file: 'records.csv' },
    ]);
    expect(parseRecordsCsv('\n\n', context).issues.map((i) => i.code)).toEqual(['empty-file']);
    expect(parseRecordsCsv(`${header}\n`, context)).toEqual({ records: [], issues: [], rows: 0 });
  });
});

describe('parseRecordsCsv, products', () => {
  it('takes a product by its id or its short name, in any case', () => {
    const named = [{ id: 'salinity', short: 'GSASmap', name: 'Salt-affected soils' }];
    const csv =
      'product,country,status,date\nGSASMAP,NPL,submitted,2022-03-09\ngsasmap,BGD,submitted,2022-03-09\nSalinity,IND,submitted,2022-03-09\n';
    const { records, issues } = parseRecordsCsv(csv, { ...context, products: named });
    expect(issues).toEqual([]);
    expect(records.map((r) => r.product)).toEqual(['salinity', 'salinity', 'salinity']);
  });

  it('names missing and unknown products apart', () => {
    const csv = 'product,country,status,date\n,NPL,submitted,2022-03-09\nGSNmap,NPL,submitted,2022-03-09\n';
    expect(parseRecordsCsv(csv, context).issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
      [2, 'product', '', 'missing-product'],
      [3, 'product', 'GSNmap', 'unknown-product'],
    ]);
  });

  it('takes any product id written as one when products.json could not be read, in lower case', () => {
    const csv = [
      'product,country,status,date',
      'GSNmap,NPL,submitted,2022-03-09',
      'soil_fertility-2,NPL,submitted,2022-03-09',
      '9map,NPL,submitted,2022-03-09',
      'new map,NPL,submitted,2022-03-09',
      '-gsoc,NPL,submitted,2022-03-09',
      '_gsoc,NPL,submitted,2022-03-09',
      'gsoc.seq,NPL,submitted,2022-03-09',
      'gsoc/seq,NPL,submitted,2022-03-09',
      ',NPL,submitted,2022-03-09',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, { ...context, products: [], anyProduct: true });
    expect(records.map((r) => r.product)).toEqual(['gsnmap', 'soil_fertility-2', '9map']);
    expect(issues.map((i) => [i.line, i.value, i.code])).toEqual([
      [5, 'new map', 'unknown-product'],
      [6, '-gsoc', 'unknown-product'],
      [7, '_gsoc', 'unknown-product'],
      [8, 'gsoc.seq', 'unknown-product'],
      [9, 'gsoc/seq', 'unknown-product'],
      [10, '', 'missing-product'],
    ]);
  });

  it('still knows the products it is given when it takes any other', () => {
    const csv = 'product,country,status,date\nGSOCseq,NPL,submitted,2022-03-09\n';
    expect(parseRecordsCsv(csv, { ...context, anyProduct: true }).records[0]!.product).toBe('gsocseq');
  });
});

describe('parseRecordsCsv, countries and statuses', () => {
  it('names missing and unknown countries apart, and warns of each country not given by its alpha-3 code', () => {
    const csv =
      'product,country,status,date\ngsocseq,,submitted,2022-03-09\ngsocseq,np,submitted,2022-03-09\ngsocseq,bgd,submitted,2022-03-09\n';
    expect(parseRecordsCsv(csv, context).issues).toEqual([
      {
        severity: 'error',
        code: 'missing-country',
        file: 'records.csv',
        line: 2,
        column: 'country',
        value: '',
      },
      {
        severity: 'warning',
        code: 'country-read-as',
        file: 'records.csv',
        line: 3,
        column: 'country',
        value: 'np',
        params: { iso3: 'NPL' },
      },
    ]);
  });

  it('says a missing status is missing, and No information is not a status a record can have', () => {
    const statuses = [
      '',
      'No information',
      'NO_INFORMATION',
      'no-information',
      'No  information',
      ' no information ',
      'none',
    ];
    const csv = ['product,country,status,date', ...statuses.map((s) => `gsocseq,NPL,"${s}",2022-03-09`)].join(
      '\n',
    );
    expect(parseRecordsCsv(csv, context).issues.map((i) => [i.line, i.severity, i.column, i.code])).toEqual([
      [2, 'error', 'status', 'missing-status'],
      [3, 'error', 'status', 'status-no-information'],
      [4, 'error', 'status', 'status-no-information'],
      [5, 'error', 'status', 'status-no-information'],
      [6, 'error', 'status', 'status-no-information'],
      [7, 'error', 'status', 'status-no-information'],
      [8, 'error', 'status', 'unknown-status'],
    ]);
  });

  it('warns of a duplicate row on the status column, naming the line it repeats', () => {
    const csv =
      'product,country,status,date\ngsocseq,NPL,submitted,2022-03-09\ngsocseq,NPL,Submitted,2022-03-09\n';
    expect(parseRecordsCsv(csv, context).issues).toEqual([
      {
        severity: 'warning',
        code: 'duplicate',
        file: 'records.csv',
        line: 3,
        column: 'status',
        value: 'submitted',
        params: { line: 2 },
      },
    ]);
  });

  it('lists issues by line, a conflict among the rows it follows', () => {
    const csv = [
      'product,country,status,date',
      'gsocseq,NPL,submitted,2022-03-09',
      'gsocseq,XXX,submitted,2022-03-09',
      'gsocseq,NPL,in_preparation,2022-03-09',
      'gsocseq,YYY,submitted,2022-03-09',
    ].join('\n');
    expect(parseRecordsCsv(csv, context).issues.map((i) => [i.line, i.code])).toEqual([
      [3, 'unknown-country'],
      [4, 'conflict'],
      [5, 'unknown-country'],
    ]);
  });
});

describe('parseRecordsCsv, progress on a large file', () => {
  it('reports the share read every 5,000 rows, and only when asked', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `gsocseq,NPL,submitted,${1990 + (i % 30)}-01-01`);
    const csv = `product,country,status,date\n${rows.join('\n')}\n`;
    const fractions: number[] = [];
    parseRecordsCsv(csv, context, (f) => fractions.push(f));
    expect(fractions).toHaveLength(2);
    // Rows are the same length: 5,000 and 10,000 of 12,000 rows read.
    expect(fractions[0]).toBeCloseTo(5000 / 12_000, 2);
    expect(fractions[1]).toBeCloseTo(10_000 / 12_000, 2);
    expect(() => parseRecordsCsv(csv, context)).not.toThrow();
    // A file without the columns it needs reads no rows, and so reports no progress.
    const none: number[] = [];
    parseRecordsCsv(csv.replace('product,', 'products,'), context, (f) => none.push(f));
    expect(none).toEqual([]);
  });
});

describe('parseStatus, as typed', () => {
  it('reads codes and labels with any spacing and case', () => {
    expect(parseStatus(' In preparation ')).toBe('in_preparation');
    expect(parseStatus('in  preparation')).toBe('in_preparation');
    expect(parseStatus('IN_PREPARATION')).toBe('in_preparation');
    expect(parseStatus('Not - submitted')).toBe('not_submitted');
    expect(parseStatus('submitted')).toBe('submitted');
    expect(parseStatus('Submitted.')).toBeUndefined();
    expect(parseStatus('')).toBeUndefined();
  });
});

describe('the records template', () => {
  it('has the columns in their canonical order and no example rows, and reads back with no issue', () => {
    expect(recordsTemplate()).toEqual({ columns: RECORD_COLUMNS, rows: [] });
    const csv = recordsTemplateCsv();
    expect(csv).toBe('\uFEFFproduct,country,status,date,note,source\r\n');
    expect(parseRecordsCsv(csv, context)).toEqual({ records: [], issues: [], rows: 0 });
  });
});

describe('issues of a text file', () => {
  it('name no sheet', () => {
    const { issues } = parseRecordsCsv('product,country,status,date\nnope,BGD,submitted,2022-03-09', context);
    expect(issues).toHaveLength(1);
    expect(Object.keys(issues[0]!)).not.toContain('sheet');
  });
});

describe('textStart', () => {
  it('gives a text of up to `length` characters whole, and the start of a longer one with “…”', () => {
    expect(textStart('abcde', 5)).toBe('abcde');
    expect(textStart('abc', 5)).toBe('abc');
    expect(textStart('abcdef', 5)).toBe('abcde…');
    // Cut at a space: the space goes, not the words before it.
    expect(textStart('abcd  efgh', 6)).toBe('abcd…');
    expect(textStart('😀'.repeat(3), 2)).toBe('😀😀…');
  });
});

describe('a product’s own statuses', () => {
  const glosolan: Product = {
    id: 'glosolan',
    short: 'GLOSOLAN',
    name: 'Laboratories registered in GLOSOLAN',
    statuses: [
      { id: 'registered', label: { en: 'Registered', fr: 'Enregistré', es: 'Registrado' }, stage: 'done' },
      { id: 'not_registered', label: 'No laboratory registered', stage: 'owed' },
    ],
  };
  const withOwn = { ...context, products: [...products, glosolan] };

  it('reads a status by its id or its label in any language, for that product only', () => {
    const csv = [
      'product,country,status,date',
      'glosolan,NPL,registered,2022-01-01',
      'glosolan,BGD,Enregistré,2022-01-01',
      'glosolan,IND,no laboratory registered,2022-01-01',
      'gsocseq,NPL,submitted,2022-01-01',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, withOwn);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.product, r.country, r.status])).toEqual([
      ['glosolan', 'NPL', 'registered'],
      ['glosolan', 'BGD', 'registered'],
      ['glosolan', 'IND', 'not_registered'],
      ['gsocseq', 'NPL', 'submitted'],
    ]);
  });

  it('leaves out a status that is not one of its product’s, naming the ones it takes; the rest show', () => {
    const csv = [
      'product,country,status,date',
      'glosolan,NPL,submitted,2022-01-01',
      'gsocseq,NPL,registered,2022-01-01',
      'glosolan,BGD,registered,2022-01-01',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, withOwn);
    expect(records.map((r) => [r.product, r.country])).toEqual([['glosolan', 'BGD']]);
    expect(issues.map((i) => [i.line, i.code, i.value, i.params])).toEqual([
      [2, 'unknown-status', 'submitted', { product: 'glosolan', statuses: 'registered, not_registered' }],
      [
        3,
        'unknown-status',
        'registered',
        { product: 'gsocseq', statuses: 'submitted, in_preparation, not_submitted, not_applicable' },
      ],
    ]);
  });

  it('reports each row of a status the product no longer has, and keeps the rest', () => {
    const renamed: Product = {
      ...glosolan,
      statuses: [
        { id: 'accredited', label: 'Accredited', stage: 'done' },
        { id: 'not_registered', label: 'No laboratory registered', stage: 'owed' },
      ],
    };
    const csv = [
      'product,country,status,date',
      'glosolan,NPL,registered,2022-01-01',
      'glosolan,BGD,registered,2022-01-01',
      'glosolan,IND,not_registered,2022-01-01',
    ].join('\n');
    const { records, issues } = parseRecordsCsv(csv, { ...context, products: [renamed] });
    expect(records.map((r) => r.country)).toEqual(['IND']);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'unknown-status'],
      [3, 'unknown-status'],
    ]);
  });
});
