import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unneutralise, writeCsv } from './csv';

describe('writeCsv', () => {
  const csv = writeCsv(
    ['a', 'b'],
    [
      ['=HYPERLINK("http://x")', '+1'],
      ['-2', '@SUM(A1)'],
      ['plain, with comma', 'quote " inside'],
      ['line\nbreak', 'é 字 ب'],
    ],
  );

  it('starts with a BOM and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const [, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([`'=HYPERLINK("http://x")`, `'+1`]);
    expect(rows[1]).toEqual([`'-2`, `'@SUM(A1)`]);
  });

  it('keeps other text as it is, quoted where needed', () => {
    const [, , , a, b] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(a).toEqual(['plain, with comma', 'quote " inside']);
    expect(b).toEqual(['line\nbreak', 'é 字 ب']);
  });

  it('writes a header alone as one line', () => {
    expect(writeCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('is undone on reading', () => {
    expect(unneutralise(`'=1+1`)).toBe('=1+1');
    expect(unneutralise(`'-2`)).toBe('-2');
    expect(unneutralise(`'quoted`)).toBe(`'quoted`);
    expect(unneutralise('=1')).toBe('=1');
  });
});
