import type { DataIssue } from '../../domain/types';
import { TableHead } from '../../shared/TableHead';
import { useI18n } from '../../shared/i18n/useI18n';

/** Rows of the report drawn at most; the rest are counted. */
export const REPORT_LIMIT = 500;

/**
 * Every problem found in the files read row by row, by line, in file order; the file is named
 * when there are problems in more than one. A spreadsheet's problems are at its rows, a text
 * file's at its lines, and the report says which.
 */
export function ValidationReport({ issues }: { issues: readonly DataIssue[] }) {
  const i18n = useI18n();
  const files = new Set(issues.map((issue) => issue.file));
  const withFile = files.size > 1;
  const placed = issues.filter((issue) => issue.line !== undefined);
  const rows = placed.some((issue) => issue.sheet !== undefined);
  const lines = placed.some((issue) => issue.sheet === undefined);
  return (
    <section aria-labelledby="report-title">
      <h3 id="report-title">{i18n.t('data.report', { count: issues.length })}</h3>
      {issues.length === 0 ? (
        <p>{i18n.t('data.noIssues')}</p>
      ) : (
        <div className="data-view__report-wrap">
          <table className="data-view__report">
            <TableHead
              columns={[
                i18n.t('data.severity'),
                withFile && i18n.t('data.file'),
                i18n.t(rows && lines ? 'data.lineOrRow' : rows ? 'data.row' : 'data.line'),
                i18n.t('data.column'),
                i18n.t('data.value'),
                i18n.t('data.reason'),
              ]}
            />
            <tbody>
              {issues.slice(0, REPORT_LIMIT).map((issue, i) => (
                <tr
                  key={i}
                  data-issue-file={issue.file}
                  data-issue-sheet={issue.sheet}
                  {...(issue.sheet === undefined ? { 'data-line': issue.line } : { 'data-row': issue.line })}
                  data-severity={issue.severity}
                  data-code={issue.code}
                >
                  <td>{i18n.t(issue.severity === 'error' ? 'data.error' : 'data.warning')}</td>
                  {withFile && <td>{issue.file}</td>}
                  <td>{issue.line ?? ''}</td>
                  <td>{issue.column ?? ''}</td>
                  <td className="data-view__value">{issue.value ?? ''}</td>
                  <td>{i18n.issueReason(issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {issues.length > REPORT_LIMIT && (
            <p>{i18n.t('data.more', { count: issues.length - REPORT_LIMIT })}</p>
          )}
        </div>
      )}
    </section>
  );
}
