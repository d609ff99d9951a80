import type { DataIssue } from './types';

export interface IssueCounts {
  /** Rows left out. */
  errors: number;
  /** Rows kept, with something to check. */
  warnings: number;
}

/** How many of a file's issues are errors and how many warnings. */
export function countIssues(issues: readonly DataIssue[]): IssueCounts {
  const counts: IssueCounts = { errors: 0, warnings: 0 };
  for (const issue of issues) {
    if (issue.severity === 'error') counts.errors++;
    else counts.warnings++;
  }
  return counts;
}

/**
 * The issues to show first when there is room for only a few: rows left out before rows kept
 * with a warning, each kind in file order.
 */
export function firstIssues(issues: readonly DataIssue[], count: number): DataIssue[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity !== 'error');
  return [...errors, ...warnings].slice(0, count);
}
