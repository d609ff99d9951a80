import type { DataIssue } from './types';

export interface IssueCounts {
  /** Rows left out. */
  errors: number;
  /** Rows kept, with something to check. */
  warnings: number;
}

/**
 * How many rows of a file were left out and how many were kept with a warning. A conflict is
 * reported once, on its later row, yet leaves out both rows: the earlier one it names counts too,
 * once however many later rows conflict with it.
 */
export function countIssues(issues: readonly DataIssue[]): IssueCounts {
  let warnings = 0;
  let errors = 0;
  const conflicted = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== 'error') {
      warnings++;
      continue;
    }
    errors++;
    if (issue.code === 'conflict' && issue.params?.line !== undefined)
      conflicted.add(`${issue.file}\u0000${issue.sheet ?? ''}\u0000${issue.params.line}`);
  }
  return { errors: errors + conflicted.size, warnings };
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
