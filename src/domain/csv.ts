import Papa from 'papaparse';

/**
 * The one CSV writer of every download (records, outstanding maps, template): UTF-8 with a BOM
 * and CRLF, so that Excel opens it as it is meant; values quoted where needed; and a cell that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * neutralised with a leading apostrophe, which spreadsheets hide and the records reader drops.
 */
export function writeCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((r) => [...r]) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

/** Undoes writeCsv's neutralising apostrophe on a cell read back. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
