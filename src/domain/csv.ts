import Papa from 'papaparse';

/** A cell a spreadsheet would run: its first character is enough, whatever follows. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * The one CSV writer of every download (records, outstanding maps, template): UTF-8 with a BOM
 * and CRLF, so that Excel opens it as it is meant; values quoted where needed; and a cell that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
 * neutralised with a leading apostrophe, which spreadsheets hide and the records reader drops.
 */
export function writeCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows.map((r) => [...r]) },
    // Papa's own test (/^[=+\-@\t\r].*$/) misses a formula that goes on over a line break.
    { newline: '\r\n', escapeFormulae: FORMULA },
  );
  return `\uFEFF${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}

/**
 * One row as a file writes its rows: its delimiter, values quoted where needed, a formula
 * neutralised as writeCsv does. No line break.
 */
export function csvRow(cells: readonly string[], delimiter: string): string {
  return Papa.unparse([[...cells]], { delimiter, newline: '\n', escapeFormulae: FORMULA });
}

/** Undoes writeCsv's neutralising apostrophe on a cell read back. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
