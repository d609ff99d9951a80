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

  it('gives an empty file the site’s header, then the rows', () => {
    expect(fileWithDrafts('', [row('gsocseq', 'NPL', '2022-01-01', { note: 'a, b' })], products)).toBe(
      'product,country,status,date,note,source\ngsocseq,NPL,submitted,2022-01-01,"a, b",\n',
    );
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
});

const SITE_HEADER = 'product,country,status,date';
/** Where new rows land: the lines after the header of a file with `lines` once `added` is in. */
function placed(lines: string[], added: ReturnType<typeof row>[]) {
  const out = fileWithDrafts([SITE_HEADER, ...lines, ''].join('\n'), added, products);
  return out.split('\n').slice(1, -1);
}
const S = (product: string, country: string, date: string) => `${product},${country},submitted,${date}`;

describe('fileWithDrafts: where new rows go', () => {
  it.each([
    {
      where: 'several rows at one place go in the file’s order',
      file: [S('gsocseq', 'NPL', '2022-01-01'), S('gsasmap', 'NPL', '2022-01-01')],
      add: [row('gsocseq', 'BTN', '2024-01-01'), row('gsocseq', 'BGD', '2023-01-01')],
      want: [
        S('gsocseq', 'NPL', '2022-01-01'),
        S('gsocseq', 'BGD', '2023-01-01'),
        S('gsocseq', 'BTN', '2024-01-01'),
        S('gsasmap', 'NPL', '2022-01-01'),
      ],
    },
    {
      where: 'a sorted file that names products by their short names, in any case',
      file: [S('GSOCseq', 'NPL', '2022-01-01'), S('GSASmap', 'NPL', '2022-01-01')],
      add: [row('gsocseq', 'BTN', '2023-01-01')],
      want: [
        S('GSOCseq', 'NPL', '2022-01-01'),
        S('gsocseq', 'BTN', '2023-01-01'),
        S('GSASmap', 'NPL', '2022-01-01'),
      ],
    },
    {
      // The first row is one the site cannot place (an unknown product): it stays first.
      where: 'a row that comes before every placed row goes just before the first of them',
      file: [S('xmap', 'NPL', '2020-01-01'), S('gsocseq', 'NPL', '2022-01-01')],
      add: [row('gsocseq', 'BTN', '2021-01-01')],
      want: [
        S('xmap', 'NPL', '2020-01-01'),
        S('gsocseq', 'BTN', '2021-01-01'),
        S('gsocseq', 'NPL', '2022-01-01'),
      ],
    },
    {
      where:
        'a file not in the site’s order gets them at its end, in the order given, as a history is written',
      file: [S('gsasmap', 'NPL', '2023-01-01'), S('gsocseq', 'NPL', '2022-01-01')],
      add: [
        row('gsocseq', 'BTN', '2024-01-01'),
        row('gsasmap', 'BTN', '2021-01-01'),
        row('gsocseq', 'BGD', '2021-01-01'),
      ],
      want: [
        S('gsasmap', 'NPL', '2023-01-01'),
        S('gsocseq', 'NPL', '2022-01-01'),
        S('gsocseq', 'BTN', '2024-01-01'),
        S('gsasmap', 'BTN', '2021-01-01'),
        S('gsocseq', 'BGD', '2021-01-01'),
      ],
    },
    {
      where: 'a row of a product products.json does not list goes after the rows it can place',
      file: [S('gsocseq', 'NPL', '2022-01-01'), S('gsasmap', 'NPL', '2022-01-01')],
      add: [row('xmap', 'BTN', '2021-01-01'), row('gsocseq', 'BGD', '2023-01-01')],
      want: [
        S('gsocseq', 'NPL', '2022-01-01'),
        S('gsocseq', 'BGD', '2023-01-01'),
        S('gsasmap', 'NPL', '2022-01-01'),
        S('xmap', 'BTN', '2021-01-01'),
      ],
    },
    {
      where:
        'a row of the same product and day as one of the file goes after it, read past a row without a date',
      file: [
        S('gsocseq', 'NPL', 'soon'),
        S('gsocseq', 'BGD', '2022-01-01'),
        S('gsasmap', 'NPL', '2022-01-01'),
      ],
      add: [row('gsocseq', 'BTN', '2022-01-01')],
      want: [
        S('gsocseq', 'NPL', 'soon'),
        S('gsocseq', 'BGD', '2022-01-01'),
        S('gsocseq', 'BTN', '2022-01-01'),
        S('gsasmap', 'NPL', '2022-01-01'),
      ],
    },
    {
      where: 'at the end of a sorted file, the rows it can place come before those it cannot',
      file: [S('gsocseq', 'NPL', '2022-01-01')],
      add: [row('xmap', 'BTN', '2021-01-01'), row('gbsmap', 'BGD', '2023-01-01')],
      want: [
        S('gsocseq', 'NPL', '2022-01-01'),
        S('gbsmap', 'BGD', '2023-01-01'),
        S('xmap', 'BTN', '2021-01-01'),
      ],
    },
    {
      where: 'a file none of whose rows the site can place gets them at its end, as the history it is',
      file: [S('xmap', 'NPL', '2022-01-01')],
      add: [row('gsocseq', 'BTN', '2021-01-01')],
      want: [S('xmap', 'NPL', '2022-01-01'), S('gsocseq', 'BTN', '2021-01-01')],
    },
  ])('$where', ({ file, add, want }) => {
    expect(placed(file, add)).toEqual(want);
  });

  it('leaves the text as it was when nothing is added', () => {
    const text = [SITE_HEADER, S('gsocseq', 'NPL', '2022-01-01'), ''].join('\r\n');
    expect(fileWithDrafts(text, [], products)).toBe(text);
  });
});
