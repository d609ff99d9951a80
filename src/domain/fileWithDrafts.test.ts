import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { record } from '../../tests/records';
import { fileWithDrafts } from './fileWithDrafts';
import { parseRecordsCsv } from './records';
import type { Product } from './types';

const products = JSON.parse(
  readFileSync(join(process.cwd(), 'public', 'data', 'products.json'), 'utf8'),
) as Product[];
const siteFile = readFileSync(join(process.cwd(), 'public', 'data', 'records.csv'), 'utf8');
const row = (
  product: string,
  country: string,
  date: string,
  extra: Partial<Record<'status' | 'note' | 'source', string>> = {},
) => record({ product, country, status: 'submitted', date, ...extra });

/** The lines the new text has that the old one had not, and whether every old line stayed. */
function diff(before: string, after: string) {
  const old = before.split(/\r?\n/);
  const now = after.split(/\r?\n/);
  const added = [...now];
  for (const line of old) added.splice(added.indexOf(line), 1);
  return { kept: old.every((line) => now.includes(line)), added: added.filter(Boolean) };
}

describe('fileWithDrafts', () => {
  it('adds each row at its place in a file sorted as the site’s, and changes no other line', () => {
    const out = fileWithDrafts(
      siteFile,
      [
        row('gsocseq', 'PAK', '2024-05-10', { source: 'e-mail, 10 May' }),
        row('gsocseq', 'AFG', '2021-01-01', { status: 'not_submitted' }),
      ],
      products,
    );
    const lines = out.split('\n');
    // AFG (2021) before the 2022 rows of GSOCseq; PAK (2024) after them, before GSASmap.
    expect(lines[1]).toBe('gsocseq,AFG,not_submitted,2021-01-01,,');
    expect(lines[16]).toBe('gsocseq,PAK,submitted,2024-05-10,,"e-mail, 10 May"');
    expect(lines[17]).toMatch(/^gsasmap,/);
    expect(diff(siteFile, out)).toEqual({
      kept: true,
      added: ['gsocseq,AFG,not_submitted,2021-01-01,,', 'gsocseq,PAK,submitted,2024-05-10,,"e-mail, 10 May"'],
    });
    // No byte order mark or CRLF where the file had none.
    expect(out.startsWith('\uFEFF')).toBe(false);
    expect(out).not.toContain('\r');
    const back = parseRecordsCsv(out, { file: 'records.csv', products, today: '2024-05-10' });
    expect(back.issues).toEqual([]);
    expect(back.records).toHaveLength(
      parseRecordsCsv(siteFile, { file: 'r', products, today: '2024-05-10' }).records.length + 2,
    );
  });

  it('writes in the file’s own columns, delimiter, line breaks and mark: a spreadsheet’s export', () => {
    const text =
      '\uFEFFCountry;Product;Date;Status;Checked by\r\nNepal;GSOCseq;09/03/2022;Submitted;Ana\r\nBhutan;GSOCseq;10/03/2022;In preparation;Ana\r\n';
    const out = fileWithDrafts(text, [row('gsocseq', 'PAK', '2024-05-10', { note: 'n; m' })], products);
    expect(out).toBe(`${text}PAK;gsocseq;2024-05-10;submitted;\r\n`);
  });

  it('appends to a file not in the site’s order, in the order given, as a history is written', () => {
    const text =
      'product,country,status,date\ngsasmap,NPL,submitted,2023-01-01\ngsocseq,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(
      text,
      [row('gsocseq', 'BTN', '2024-01-01'), row('gsasmap', 'BTN', '2021-01-01')],
      products,
    );
    expect(out).toBe(
      `${text}gsocseq,BTN,submitted,2024-01-01,\ngsasmap,BTN,submitted,2021-01-01,\n`.replace(/,\n/g, '\n'),
    );
  });

  it('keeps rows the site could not use, and a last line without a line break', () => {
    const text =
      'product,country,status,date,note\r\ngsocseq,Atlantis,submitted,2022-01-01,kept\r\ngsocseq,NPL,submitted,2022-01-01,';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2023-01-01')], products);
    expect(out).toBe(`${text}\r\ngsocseq,BTN,submitted,2023-01-01,\r\n`);
  });

  it('neutralises a formula and quotes what needs it', () => {
    const out = fileWithDrafts(
      'product,country,status,date,note\n',
      [row('gsocseq', 'NPL', '2022-01-01', { note: '=HYPERLINK("x")\nsecond line' })],
      products,
    );
    expect(out).toBe(
      'product,country,status,date,note\ngsocseq,NPL,submitted,2022-01-01,"\'=HYPERLINK(""x"")\nsecond line"\n',
    );
    expect(parseRecordsCsv(out, { file: 'r', products, today: '2024-01-01' }).records[0]!.note).toBe(
      '=HYPERLINK("x")\nsecond line',
    );
  });

  it('several rows at one place go in the file’s order; nothing added leaves the text as it was', () => {
    const text =
      'product,country,status,date\ngsocseq,NPL,submitted,2022-01-01\ngsasmap,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(
      text,
      [row('gsocseq', 'BTN', '2024-01-01'), row('gsocseq', 'BGD', '2023-01-01')],
      products,
    );
    expect(out.split('\n').slice(1, 4)).toEqual([
      'gsocseq,NPL,submitted,2022-01-01',
      'gsocseq,BGD,submitted,2023-01-01',
      'gsocseq,BTN,submitted,2024-01-01',
    ]);
    expect(fileWithDrafts(text, [], products)).toBe(text);
  });

  it('places rows in a sorted file that names products by their short names, in any case', () => {
    const text =
      'product,country,status,date\nGSOCseq,NPL,submitted,2022-01-01\nGSASmap,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2023-01-01')], products);
    expect(out.split('\n')[2]).toBe('gsocseq,BTN,submitted,2023-01-01');
  });

  it('puts a row that comes before every placed row just before the first of them', () => {
    // The first row is one the site cannot place (an unknown product): it stays first.
    const text =
      'product,country,status,date\nxmap,NPL,submitted,2020-01-01\ngsocseq,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2021-01-01')], products);
    expect(out.split('\n').slice(1, 4)).toEqual([
      'xmap,NPL,submitted,2020-01-01',
      'gsocseq,BTN,submitted,2021-01-01',
      'gsocseq,NPL,submitted,2022-01-01',
    ]);
  });

  it('in a file not in the site’s order, never reorders what is given, even where a sorted file would', () => {
    const text =
      'product,country,status,date\ngsasmap,NPL,submitted,2023-01-01\ngsocseq,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(
      text,
      [row('gsasmap', 'BTN', '2021-01-01'), row('gsocseq', 'BGD', '2021-01-01')],
      products,
    );
    expect(out.split('\n').slice(3, 5)).toEqual([
      'gsasmap,BTN,submitted,2021-01-01',
      'gsocseq,BGD,submitted,2021-01-01',
    ]);
  });

  it('puts a row of a product products.json does not list after the rows it can place', () => {
    const text =
      'product,country,status,date\ngsocseq,NPL,submitted,2022-01-01\ngsasmap,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(
      text,
      [row('xmap', 'BTN', '2021-01-01'), row('gsocseq', 'BGD', '2023-01-01')],
      products,
    );
    expect(out.split('\n').slice(1, 5)).toEqual([
      'gsocseq,NPL,submitted,2022-01-01',
      'gsocseq,BGD,submitted,2023-01-01',
      'gsasmap,NPL,submitted,2022-01-01',
      'xmap,BTN,submitted,2021-01-01',
    ]);
  });

  it('gives an empty file the site’s header, then the rows', () => {
    expect(fileWithDrafts('', [row('gsocseq', 'NPL', '2022-01-01', { note: 'a, b' })], products)).toBe(
      'product,country,status,date,note,source\ngsocseq,NPL,submitted,2022-01-01,"a, b",\n',
    );
  });

  it('puts a row of the same product and day as one of the file after it, and reads past a row without a date', () => {
    const text =
      'product,country,status,date\ngsocseq,NPL,submitted,soon\ngsocseq,BGD,submitted,2022-01-01\ngsasmap,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2022-01-01')], products);
    expect(out.split('\n').slice(1, 5)).toEqual([
      'gsocseq,NPL,submitted,soon',
      'gsocseq,BGD,submitted,2022-01-01',
      'gsocseq,BTN,submitted,2022-01-01',
      'gsasmap,NPL,submitted,2022-01-01',
    ]);
  });

  it('at the end of a sorted file, writes the rows it can place before those it cannot', () => {
    const text = 'product,country,status,date\ngsocseq,NPL,submitted,2022-01-01\n';
    const out = fileWithDrafts(
      text,
      [row('xmap', 'BTN', '2021-01-01'), row('gbsmap', 'BGD', '2023-01-01')],
      products,
    );
    expect(out.split('\n').slice(2, 4)).toEqual([
      'gbsmap,BGD,submitted,2023-01-01',
      'xmap,BTN,submitted,2021-01-01',
    ]);
  });

  it('never puts a row inside a quoted cell, with a byte order mark and a note over two lines at the end', () => {
    const text = '\uFEFFproduct,country,status,date,note\ngsocseq,NPL,submitted,2022-01-01,"a note\n"';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2023-01-01')], products);
    expect(out).toBe(`${text}\ngsocseq,BTN,submitted,2023-01-01,\n`);
    const back = parseRecordsCsv(out, { file: 'r', products, today: '2024-01-01' });
    expect(back.records.map((r) => [r.country, r.note])).toEqual([
      // The reader trims a cell's ends.
      ['NPL', 'a note'],
      ['BTN', ''],
    ]);
  });

  it('keeps a file’s old Mac line breaks (CR alone), each row at its place', () => {
    const text =
      'product,country,status,date\rgsocseq,NPL,submitted,2022-01-01\rgsasmap,NPL,submitted,2022-01-01\r';
    const out = fileWithDrafts(text, [row('gsocseq', 'BTN', '2023-01-01')], products);
    expect(out.split('\r')).toEqual([
      'product,country,status,date',
      'gsocseq,NPL,submitted,2022-01-01',
      'gsocseq,BTN,submitted,2023-01-01',
      'gsasmap,NPL,submitted,2022-01-01',
      '',
    ]);
  });

  it('appends to a file none of whose rows the site can place, as the history it is', () => {
    const text = 'product,country,status,date\nxmap,NPL,submitted,2022-01-01\n';
    expect(fileWithDrafts(text, [row('gsocseq', 'BTN', '2021-01-01')], products)).toBe(
      `${text}gsocseq,BTN,submitted,2021-01-01\n`,
    );
  });
});
