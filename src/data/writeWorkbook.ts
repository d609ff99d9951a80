import writeExcelFile from 'write-excel-file/universal';
import type { recordsTemplate } from '../domain/records';

/**
 * The records template (recordsTemplate(), the CSV template's columns and example rows) as an
 * Excel workbook (.xlsx): on a sheet named "records", the header in bold and kept in view. This
 * module and the writer library are their own chunk, fetched when the template is asked for.
 */
export function recordsTemplateWorkbook({
  columns,
  rows,
}: ReturnType<typeof recordsTemplate>): Promise<Blob> {
  return writeExcelFile(
    [
      columns.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
      ...rows.map((row) => row.map((value) => (value === '' ? null : { value, type: String }))),
    ],
    {
      sheet: 'records',
      columns: columns.map((c) => ({ width: c === 'note' || c === 'source' ? 40 : 16 })),
      stickyRowsCount: 1,
    },
  ).toBlob();
}
