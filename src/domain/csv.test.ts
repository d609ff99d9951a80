import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unneutralise, writeCsv } from './csv';

/** Cells a spreadsheet would run, as coordinators' exports and hostile files hold them. */
const written = () =>
  writeCsv(
    ['a', 'b'],
    [
      ['=HYPERLINK("http://x")', '+1'],
      ['-2', '@SUM(A1)'],
      ['plain, with comma', 'quote " inside'],
      ['line\nbreak', 'é 字 ب'],
      ['\tTAB', '\rCR'],
    ],
  );
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);

describe('writeCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = written();
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n')).toBe(false);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const rows = rowsOf(written());
    expect(rows[0]).toEqual([`'=HYPERLINK("http://x")`, `'+1`]);
    expect(rows[1]).toEqual([`'-2`, `'@SUM(A1)`]);
    expect(rows[4]).toEqual([`'\tTAB`, `'\rCR`]);
  });

  it('neutralises a formula that goes on over a line break', () => {
    const csv = writeCsv(['a'], [['=1+1\n2'], ['\r\n=1']]);
    expect(rowsOf(csv)).toEqual([[`'=1+1\n2`], [`'\r\n=1`]]);
  });

  it('keeps other text as it is, quoted where needed', () => {
    const rows = rowsOf(written());
    expect(rows[2]).toEqual(['plain, with comma', 'quote " inside']);
    expect(rows[3]).toEqual(['line\nbreak', 'é 字 ب']);
    expect(written()).toContain('"plain, with comma","quote "" inside"\r\n');
  });

  it('writes a header alone as one line', () => {
    expect(writeCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('writes rows in the order given, one line each', () => {
    expect(
      writeCsv(
        ['product', 'country'],
        [
          ['gsocseq', 'NPL'],
          ['gsasmap', 'BGD'],
        ],
      ),
    ).toBe('\uFEFFproduct,country\r\ngsocseq,NPL\r\ngsasmap,BGD\r\n');
  });

  it('is undone on reading', () => {
    const rows = rowsOf(written()).flat().map(unneutralise);
    expect(rows).toEqual([
      '=HYPERLINK("http://x")',
      '+1',
      '-2',
      '@SUM(A1)',
      'plain, with comma',
      'quote " inside',
      'line\nbreak',
      'é 字 ب',
      '\tTAB',
      '\rCR',
    ]);
  });

  it('takes off only the apostrophe it put before a formula character', () => {
    for (const cell of [`'=1+1`, `'+1`, `'-2`, `'@A1`, `'\tx`, `'\rx`])
      expect(unneutralise(cell)).toBe(cell.slice(1));
    // A note that starts with an apostrophe, or has one before "=" further on, is text.
    expect(unneutralise(`'quoted`)).toBe(`'quoted`);
    expect(unneutralise(`''=1`)).toBe(`''=1`);
    expect(unneutralise(`it's =fine`)).toBe(`it's =fine`);
    expect(unneutralise(`x'=1`)).toBe(`x'=1`);
    expect(unneutralise('=1')).toBe('=1');
    expect(unneutralise(`'`)).toBe(`'`);
    expect(unneutralise('')).toBe('');
  });
});
