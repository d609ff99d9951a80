import { describe, expect, it } from 'vitest';
import { countIssues, firstIssues } from './issues';
import type { DataIssue } from './types';

const issue = (severity: DataIssue['severity'], line: number): DataIssue => ({
  severity,
  code: severity === 'error' ? 'unknown-country' : 'country-read-as',
  file: 'records.csv',
  line,
});

describe('countIssues', () => {
  it('counts nothing in an empty list', () => {
    expect(countIssues([])).toEqual({ errors: 0, warnings: 0 });
  });

  it('counts errors and warnings apart', () => {
    const issues = [
      issue('error', 2),
      issue('warning', 3),
      issue('error', 4),
      issue('warning', 5),
      issue('error', 6),
    ];
    expect(countIssues(issues)).toEqual({ errors: 3, warnings: 2 });
  });

  it('counts both rows of a conflict, and a row that several later rows conflict with once', () => {
    const conflict = (line: number, earlier: number, file = 'records.csv'): DataIssue => ({
      severity: 'error',
      code: 'conflict',
      file,
      line,
      params: { line: earlier, status: 'submitted' },
    });
    expect(countIssues([issue('error', 2), conflict(9, 8)])).toEqual({ errors: 3, warnings: 0 });
    expect(countIssues([conflict(9, 8), conflict(10, 8)])).toEqual({ errors: 3, warnings: 0 });
    // Line 8 of two files is two rows.
    expect(countIssues([conflict(9, 8), conflict(9, 8, 'other.csv')])).toEqual({ errors: 4, warnings: 0 });
  });

  it('counts an earlier row only for a conflict, and a conflict that names none as its own row', () => {
    // Another error that happens to name a line leaves out its own row only.
    const named: DataIssue = { ...issue('error', 9), params: { line: 8 } };
    expect(countIssues([named])).toEqual({ errors: 1, warnings: 0 });
    const bare: DataIssue = { severity: 'error', code: 'conflict', file: 'records.csv', line: 9 };
    expect(countIssues([bare])).toEqual({ errors: 1, warnings: 0 });
    // Row 8 of two sheets of one workbook is two rows.
    const inSheet = (sheet: string): DataIssue => ({
      severity: 'error',
      code: 'conflict',
      file: 'records.xlsx',
      sheet,
      line: 9,
      params: { line: 8, status: 'submitted' },
    });
    expect(countIssues([inSheet('asp'), inSheet('eurosoil')])).toEqual({ errors: 4, warnings: 0 });
  });

  it('counts a list of warnings only as no errors', () => {
    expect(countIssues([issue('warning', 2)])).toEqual({ errors: 0, warnings: 1 });
  });
});

describe('firstIssues', () => {
  it('puts rows left out before warnings, each in file order, and keeps only as many as asked', () => {
    const issues = [
      issue('warning', 1),
      issue('warning', 2),
      issue('error', 3),
      issue('warning', 4),
      issue('error', 5),
      issue('error', 6),
    ];
    const shown = (count: number) => firstIssues(issues, count).map((i) => `${i.severity[0]}${i.line}`);
    expect(shown(4)).toEqual(['e3', 'e5', 'e6', 'w1']);
    expect(shown(2)).toEqual(['e3', 'e5']);
    expect(shown(10)).toEqual(['e3', 'e5', 'e6', 'w1', 'w2', 'w4']);
    expect(firstIssues([], 5)).toEqual([]);
  });
});
