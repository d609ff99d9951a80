import { join } from 'node:path';

/** tests/fixtures/coordinator-export.csv: a coordinator's own export (see tests/fixtures/README.md). */
export const COORDINATOR_CSV = join(process.cwd(), 'tests', 'fixtures', 'coordinator-export.csv');

/** The same records as a workbook, each on the row of its CSV line. */
export const COORDINATOR_XLSX = join(process.cwd(), 'tests', 'fixtures', 'coordinator-export.xlsx');

/** The rows either form leaves out, by line (the CSV) or row (the workbook): number → issue code. */
export const LEFT_OUT: readonly [number, string][] = [
  [8, 'unknown-country'],
  [9, 'unknown-status'],
  [10, 'unknown-product'],
  [12, 'missing-date'],
  [13, 'future-date'],
  [14, 'invalid-date'],
  [15, 'missing-country'],
  [16, 'missing-status'],
  [17, 'missing-product'],
  [19, 'conflict'],
  [20, 'status-no-information'],
];
