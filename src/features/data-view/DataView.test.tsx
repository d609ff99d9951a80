// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataIssue } from '../../domain/types';
import { DataFiles } from './DataFiles';
import { REPORT_LIMIT, ValidationReport } from './ValidationReport';

afterEach(cleanup);

const duplicate = (line: number): DataIssue => ({
  severity: 'warning',
  code: 'duplicate',
  file: 'records.csv',
  line,
  column: 'country',
  value: 'NPL',
  params: { line: 2 },
});

describe('ValidationReport', () => {
  it('lists each issue at its line, the value as text, and counts those past the limit', () => {
    const issues = Array.from({ length: REPORT_LIMIT + 3 }, (_, i) => duplicate(i + 3));
    issues[0] = { ...issues[0]!, value: '<img src=x onerror=alert(1)>' };
    const { container } = render(<ValidationReport issues={issues} />);
    const rows = container.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(REPORT_LIMIT);
    expect(rows[0]!.getAttribute('data-line')).toBe('3');
    expect(within(rows[0] as HTMLElement).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(within(rows[1] as HTMLElement).getByText('duplicate of line 2; ignored')).toBeInTheDocument();
    expect(screen.getByText('… and 3 more.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: `Validation report (${REPORT_LIMIT + 3} issues)` }),
    ).toBeVisible();
  });

  it('says so when every row could be used', () => {
    render(<ValidationReport issues={[]} />);
    expect(screen.getByText('Every row could be used.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('DataFiles', () => {
  it('gives each file its counts, names a failure and retries the failed file', async () => {
    const onRetry = vi.fn();
    render(
      <DataFiles
        files={[
          { file: 'records.csv', state: 'ready', rows: 1234, warnings: 2, errors: 0 },
          {
            file: 'regions.json',
            state: 'error',
            failure: { kind: 'not-found', file: 'regions.json', status: 404 },
          },
          { file: 'contacts.csv', state: 'absent' },
        ]}
        onRetry={onRetry}
      />,
    );
    const records = screen.getByRole('row', { name: /records\.csv/ });
    expect(within(records).getByText('1,234')).toBeInTheDocument();
    const regions = screen.getByRole('row', { name: /regions\.json/ });
    expect(within(regions).getByText(/regions\.json was not found/)).toBeInTheDocument();
    await userEvent.click(within(regions).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledWith('regions.json');
    expect(within(screen.getByRole('row', { name: /contacts\.csv/ })).queryByRole('button')).toBeNull();
  });
});

describe('DataFiles with a file refused', () => {
  it('says why the file could not be read, as an alert, with nothing to retry', () => {
    render(
      <DataFiles
        files={[
          { file: 'records.csv', state: 'ready', rows: 24, warnings: 0, errors: 0 },
          { file: 'old.xls', state: 'refused', failure: { kind: 'xls', file: 'old.xls' } },
        ]}
        onRetry={() => {}}
      />,
    );
    const refused = screen.getByRole('row', { name: /old\.xls/ });
    expect(within(refused).getByRole('alert')).toHaveTextContent(
      /^old\.xls is an Excel 97–2003 workbook \(\.xls\)/,
    );
    expect(within(refused).queryByRole('button')).toBeNull();
    expect(within(screen.getByRole('row', { name: /records\.csv/ })).getByText('24')).toBeInTheDocument();
  });
});

describe('ValidationReport of two files', () => {
  it('names the file of each problem when more than one file has problems', () => {
    const email: DataIssue = {
      severity: 'warning',
      code: 'invalid-email',
      file: 'contacts.csv',
      line: 4,
      column: 'email',
      value: 'focal.point@',
    };
    const { container } = render(<ValidationReport issues={[duplicate(7), email]} />);
    expect(screen.getByRole('columnheader', { name: 'File' })).toBeInTheDocument();
    const row = container.querySelector('tr[data-issue-file="contacts.csv"]') as HTMLElement;
    expect(within(row).getByText('contacts.csv')).toBeInTheDocument();
    expect(within(row).getByText('4')).toBeInTheDocument();
    expect(within(row).getByText('focal.point@')).toBeInTheDocument();
  });

  it('says "row" for a spreadsheet and "line" for a text file, and both when both are listed', () => {
    const sheet = (issue: DataIssue): DataIssue => ({ ...issue, file: 'records.xlsx', sheet: 'Records' });
    const { container, unmount } = render(<ValidationReport issues={[sheet(duplicate(7))]} />);
    expect(screen.getByRole('columnheader', { name: 'Row' })).toBeInTheDocument();
    const row = container.querySelector('tr[data-row="7"]') as HTMLElement;
    expect(row.getAttribute('data-line')).toBeNull();
    expect(row.getAttribute('data-issue-sheet')).toBe('Records');
    expect(within(row).getByText('duplicate of row 2; ignored')).toBeInTheDocument();
    unmount();
    render(<ValidationReport issues={[sheet(duplicate(7)), duplicate(3)]} />);
    expect(screen.getByRole('columnheader', { name: 'Line or row' })).toBeInTheDocument();
    expect(screen.getByText('duplicate of line 2; ignored')).toBeInTheDocument();
  });

  it('leaves the file out when all problems are in one', () => {
    render(<ValidationReport issues={[duplicate(7)]} />);
    expect(screen.queryByRole('columnheader', { name: 'File' })).toBeNull();
  });
});
