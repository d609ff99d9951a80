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
