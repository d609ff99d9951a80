import { ascending } from 'd3-array';
import Papa from 'papaparse';
import { csvRow } from './csv';
import { readDate } from './dates';
import { columnOf, readCell } from './records';
import type { Product, SubmissionRecord } from './types';

/**
 * A records file with records added, as its keeper would have added them: every line of the
 * file kept as it is (its byte order mark, line breaks, delimiter, quoting, extra columns, rows
 * the site could not use), and each new row written in the file's columns and delimiter, at its
 * place in the file's order. So the change a reviewer sees is the new rows, and nothing else.
 *
 * The file's order: a file sorted as the site's records.csv is (by product as products.json
 * lists them, then by date) gets each row at its place in that order; any other file gets the
 * rows at its end, in the order given, as a history is written.
 */
export function fileWithDrafts(
  text: string,
  added: readonly Pick<SubmissionRecord, 'product' | 'country' | 'status' | 'date' | 'note' | 'source'>[],
  products: readonly Pick<Product, 'id' | 'short'>[],
): string {
  if (added.length === 0) return text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);

  // Each row of the file, its cells and the offset just after its line.
  const rows: { cells: string[]; after: number }[] = [];
  const parsed = Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step(result) {
      const end = result.meta.cursor;
      const newline = body[end - 1] === '\n' ? end - 1 : body.indexOf('\n', end);
      rows.push({ cells: result.data, after: newline === -1 ? body.length : newline + 1 });
    },
  });
  const delimiter = parsed.meta?.delimiter || guessDelimiter(body);
  const linebreak = body.includes('\r\n')
    ? '\r\n'
    : body.includes('\r') && !body.includes('\n')
      ? '\r'
      : '\n';
  const [header, ...data] = rows;
  if (!header) return text;
  const columns = header.cells.map(columnOf);

  const rank = new Map<string, number>();
  products.forEach((p, i) => {
    rank.set(p.id.toLowerCase(), i);
    rank.set(p.short.toLowerCase(), i);
  });
  type Key = [number, string];
  const at = (name: 'product' | 'date') => columns.indexOf(name);
  const keyOf = (product: string, date: string | undefined): Key | undefined => {
    const r = rank.get(product.toLowerCase());
    return r === undefined || date === undefined ? undefined : [r, date];
  };
  const before = (a: Key, b: Key) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
  // The rows the site can place: those of a known product with a date.
  const placed = data.flatMap((row, i) => {
    const key = keyOf(
      readCell(row.cells[at('product')] ?? ''),
      readDate(readCell(row.cells[at('date')] ?? ''))?.date,
    );
    return key ? [{ key, i }] : [];
  });
  const sorted = placed.every((p, j) => j === 0 || before(placed[j - 1]!.key, p.key));

  // Where each new row goes: after the last row of the file that comes before it in the order.
  const end = body.length;
  const inserts = new Map<number, string[]>();
  // In a sorted file, rows that land at one place are written in the file's order too.
  const order = sorted
    ? [...added].sort((a, b) => {
        const ka = keyOf(a.product, a.date);
        const kb = keyOf(b.product, b.date);
        if (!ka || !kb) return ka ? -1 : kb ? 1 : 0;
        return ka[0] - kb[0] || ascending(ka[1], kb[1]);
      })
    : added;
  for (const record of order) {
    const key = keyOf(record.product, record.date);
    let offset = end;
    if (sorted && key) {
      let last = -1;
      for (const p of placed) if (before(p.key, key)) last = p.i;
      offset =
        last === -1
          ? placed.length
            ? rowStart(data, placed[0]!.i, header.after)
            : header.after
          : data[last]!.after;
    }
    const line = csvRow(
      columns.map((column) => (column ? record[column] : '')),
      delimiter,
    );
    inserts.set(offset, [...(inserts.get(offset) ?? []), line]);
  }

  let out = bom;
  let from = 0;
  for (const offset of [...inserts.keys()].sort((a, b) => a - b)) {
    out += body.slice(from, offset);
    // A file whose last line has no line break gets one before the new rows.
    if (offset > 0 && !/[\r\n]$/.test(out)) out += linebreak;
    out += inserts
      .get(offset)!
      .map((line) => line + linebreak)
      .join('');
    from = offset;
  }
  return out + body.slice(from);
}

/** Where the i-th data row's line starts: just after the line before it. */
function rowStart(data: readonly { after: number }[], i: number, headerEnd: number): number {
  return i === 0 ? headerEnd : data[i - 1]!.after;
}

/** Papa names the delimiter it found; a one-column file has none: a comma. */
function guessDelimiter(body: string): string {
  return body.split(/\r?\n/, 1)[0]!.includes(';') ? ';' : ',';
}
