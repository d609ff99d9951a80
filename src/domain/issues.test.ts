import { describe, expect, it } from 'vitest';
import { countIssues } from './issues';
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

  it('counts a list of warnings only as no errors', () => {
    expect(countIssues([issue('warning', 2)])).toEqual({ errors: 0, warnings: 1 });
  });
});
