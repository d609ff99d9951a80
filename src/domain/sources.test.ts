import { describe, expect, it } from 'vitest';
import { countIssues } from './issues';
import { parseRecordsCsv } from './records';
import { isSourceAddress, mergeSources, siteSources } from './sources';

const products = [{ id: 'gsocseq', short: 'GSOCseq', name: 'GSOCseq' }];
const read = (file: string, rows: string[]) => ({
  file,
  parsed: parseRecordsCsv(['product,country,status,date', ...rows].join('\n'), {
    file,
    products,
    today: '2024-01-01',
  }),
});

describe('mergeSources', () => {
  it('keeps the same row of two sources once, with a warning at the later one naming the first', () => {
    const merged = mergeSources([
      read('a.csv', ['gsocseq,NPL,submitted,2022-01-01']),
      read('b.csv', ['gsocseq,BGD,submitted,2022-01-01', 'gsocseq,NPL,submitted,2022-01-01']),
    ]);
    expect(merged.records.map((r) => `${r.country} ${r.file}:${r.line}`)).toEqual([
      'NPL a.csv:2',
      'BGD b.csv:2',
    ]);
    expect(merged.issues).toEqual([
      {
        severity: 'warning',
        code: 'duplicate-elsewhere',
        file: 'b.csv',
        line: 3,
        params: { file: 'a.csv', line: 2 },
      },
    ]);
    expect(
      merged.sources.map(({ records, ...report }) => ({ ...report, holds: records.map((r) => r.country) })),
    ).toEqual([
      { file: 'a.csv', rows: 1, latest: '2022-01-01', holds: ['NPL'] },
      { file: 'b.csv', rows: 2, latest: '2022-01-01', holds: ['BGD', 'NPL'] },
    ]);
  });

  it('leaves both rows of a conflict across sources out, each reported at its line, and counted in its file', () => {
    const merged = mergeSources([
      read('a.csv', ['gsocseq,NPL,submitted,2022-01-01', 'gsocseq,BGD,submitted,2021-01-01']),
      read('b.csv', ['gsocseq,NPL,in_preparation,2022-01-01']),
    ]);
    expect(merged.records.map((r) => r.country)).toEqual(['BGD']);
    expect(merged.issues.map((i) => [i.file, i.line, i.severity, i.code, i.params])).toEqual([
      ['b.csv', 2, 'error', 'conflict-elsewhere', { file: 'a.csv', line: 2, status: 'submitted' }],
      ['a.csv', 2, 'error', 'conflict-elsewhere', { file: 'b.csv', line: 2, status: 'in_preparation' }],
    ]);
    for (const file of ['a.csv', 'b.csv'])
      expect(countIssues(merged.issues.filter((i) => i.file === file)).errors).toBe(1);
  });

  it('leaves the file of a single source’s records unsaid', () => {
    expect(
      mergeSources([read('a.csv', ['gsocseq,NPL,submitted,2022-01-01'])]).records[0]!.file,
    ).toBeUndefined();
  });

  it('keeps each source’s own issues, and counts the rows of every source', () => {
    const merged = mergeSources([read('a.csv', ['gsocseq,XXX,submitted,2022-01-01']), read('b.csv', [])]);
    expect(merged.issues.map((i) => [i.file, i.code])).toEqual([['a.csv', 'unknown-country']]);
    expect(merged.rows).toBe(1);
  });
});

describe('siteSources', () => {
  it('takes files of the data folder and https addresses, in order', () => {
    expect(
      siteSources({
        records: ['records.csv', 'records/eurosoil.csv', 'https://docs.example/pub?output=csv'],
      }),
    ).toEqual({
      sources: ['records.csv', 'records/eurosoil.csv', 'https://docs.example/pub?output=csv'],
    });
  });

  it('names the entry and why for anything else', () => {
    expect(siteSources([])).toEqual({ problem: 'not an object with "records"' });
    expect(siteSources({ records: 'records.csv' })).toEqual({
      problem: 'records: a list of one or more addresses',
    });
    expect(siteSources({ records: ['a.csv', 'a.csv'] })).toEqual({
      problem: 'records.1: “a.csv” is listed twice',
    });
    expect(siteSources({ records: ['a.csv', 3] })).toEqual({ problem: 'records.1: not an address' });
  });

  it.each([
    ['records.csv', true],
    ['regions/asp.csv', true],
    ['https://docs.google.com/spreadsheets/d/e/x/pub?output=csv', true],
    ['http://example.com/r.csv', false],
    ['/etc/passwd', false],
    ['../records.csv', false],
    ['records//x.csv', false],
    ['javascript:alert(1)', false],
    ['data:text/csv,a', false],
    ['https://', false],
  ])('%s: %s', (entry, ok) => {
    expect(isSourceAddress(entry)).toBe(ok);
  });
});
