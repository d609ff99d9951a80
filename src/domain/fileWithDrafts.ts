import { ascending } from 'd3-array';
import Papa from 'papaparse';
import { csvRow } from './csv';
import { readDate } from './dates';
import { columnOf, readCell, RECORD_COLUMNS } from './records';
import type { Product, SubmissionRecord } from './types';

type Added = Pick<SubmissionRecord, 'product' | 'country' | 'status' | 'date' | 'note' | 'source'>;
/** Where a row stands in the site's order: its product's place in products.json, then its date. */
type Key = readonly [number, string];

const byKey = (a: Key, b: Key) => a[0] - b[0] || ascending(a[1], b[1]);

/**
 * A records file with records added, as its keeper would have added them: every line of the
 * file kept as it is (its byte order mark, line breaks, delimiter, quoting, extra columns, rows
 * the site could not use), and each new row written in the file's columns and delimiter, at its
 * place in the file's order. So the change a reviewer sees is the new rows, and nothing else.
 *
 * The file's order: a file sorted as the site's records.csv is (by product as products.json
 * lists them, then by date) gets each row at its place in that order; any other file gets the
 * rows at its end, in the order given, as a history is written. A file without even a header
 * gets the site's header first.
 */
export function fileWithDrafts(
  text: string,
  added: readonly Added[],
  products: readonly Pick<Product, 'id' | 'short'>[],
): string {
  // A byte order mark stays where it is: the header's first cell reads through it (see columnOf).
  // The parser skips a byte order mark and counts from after it.
  const skipped = text.startsWith('\uFEFF') ? 1 : 0;

  // Each row of the file: its cells and the offset just after its line (its line break included).
  const rows: { cells: string[]; after: number }[] = [];
  let delimiter = ',';
  let linebreak = '\n';
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      ({ delimiter, linebreak } = result.meta);
      rows.push({ cells: result.data, after: result.meta.cursor + skipped });
    },
  });
  const [header, ...data] = rows;
  if (!header) {
    const lines = [
      RECORD_COLUMNS.join(','),
      ...added.map((r) =>
        csvRow(
          RECORD_COLUMNS.map((c) => r[c]),
          ',',
        ),
      ),
    ];
    return `${text}${lines.join('\n')}\n`;
  }
  const columns = header.cells.map(columnOf);

  const rank = new Map<string, number>();
  products.forEach((p, i) => {
    rank.set(p.id.toLowerCase(), i);
    rank.set(p.short.toLowerCase(), i);
  });
  const keyOf = (product: string, date: string | undefined): Key | undefined => {
    const r = rank.get(product.toLowerCase());
    return r === undefined || date === undefined ? undefined : [r, date];
  };
  const cell = (row: { cells: string[] }, column: 'product' | 'date') =>
    readCell(row.cells[columns.indexOf(column)] ?? '');
  // The rows the site can place: those of a known product with a date.
  const placed = data.flatMap((row, i) => {
    const key = keyOf(cell(row, 'product'), readDate(cell(row, 'date'))?.date);
    return key ? [{ key, i }] : [];
  });
  // A file with no row the site can place is in no order the site knows: rows go at its end.
  const sorted =
    placed.length > 0 && placed.every((p, j) => j === 0 || byKey(placed[j - 1]!.key, p.key) <= 0);

  /** Where a row goes: after the last row of the file that comes before it, else before the first. */
  const offsetOf = (key: Key | undefined): number => {
    if (!sorted || !key) return text.length;
    const before = placed.filter((p) => byKey(p.key, key) <= 0);
    const last = before[before.length - 1];
    if (last) return data[last.i]!.after;
    const first = placed[0];
    return first && first.i > 0 ? data[first.i - 1]!.after : header.after;
  };
  // Rows at one place keep the file's order; rows the file cannot place go last, as given.
  const keyed = added.map((record) => {
    const key = keyOf(record.product, record.date);
    return { record, key, offset: offsetOf(key) };
  });
  if (sorted)
    keyed.sort(
      (a, b) => a.offset - b.offset || (a.key && b.key ? byKey(a.key, b.key) : a.key ? -1 : b.key ? 1 : 0),
    );

  let out = '';
  let from = 0;
  for (const { record, offset } of keyed) {
    out += text.slice(from, offset);
    // A file whose last line has no line break gets one before the new rows.
    if (!/[\r\n]$/.test(out)) out += linebreak;
    out +=
      csvRow(
        columns.map((column) => (column ? record[column] : '')),
        delimiter,
      ) + linebreak;
    from = offset;
  }
  return out + text.slice(from);
}
