// Builds tests/fixtures/coordinator-export.xlsx from tests/fixtures/coordinator-export.csv: the
// same records as a coordinator's workbook keeps them, for the tests that check a workbook gives
// the same rows and the same problems as the CSV.
//
//   node scripts/build-xlsx-fixture.mjs
//
// - The records are on a sheet named "Records", after a "Notes" sheet: the reader must pick the
//   records sheet by its name, not by its place.
// - Each record is on the sheet row of the CSV line it starts on, so a problem is reported at
//   the same number in both. The CSV's line 5 holds a note across two lines: the sheet's row 6
//   is left empty (a blank row inside a sheet is skipped, like a blank line).
// - A date the CSV writes as a valid YYYY-MM-DD is a real date cell (a day count with a date
//   format, as a spreadsheet stores a date typed in); any other date stays text as written.
// - Every other cell is text exactly as the CSV parser reads it (spaces included).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';

const root = new URL('../', import.meta.url);
const csvPath = fileURLToPath(new URL('tests/fixtures/coordinator-export.csv', root));
const outPath = fileURLToPath(new URL('tests/fixtures/coordinator-export.xlsx', root));

const isIsoDate = (value) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
};

const text = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
const newlines = (s) => s.split('\n').length - 1;
const rows = []; // [the line the row starts on, its cells]
Papa.parse(text, {
  skipEmptyLines: 'greedy',
  step({ data, meta }) {
    // Newlines before the row's end, less its own ending and those inside its cells.
    const end = meta.cursor;
    const ending = text[end - 1] === '\n' ? 1 : 0;
    const inside = data.reduce((n, cell) => n + newlines(cell), 0);
    rows.push([newlines(text.slice(0, end)) - ending - inside + 1, data]);
  },
});

const header = rows[0][1];
const dateAt = header.findIndex((h) => h.trim().toLowerCase() === 'date');
const sheetRows = [];
for (const [at, cells] of rows) {
  while (sheetRows.length < at - 1) sheetRows.push([]); // rows left empty
  sheetRows.push(
    cells.map((cell, i) => {
      if (at > 1 && i === dateAt && isIsoDate(cell)) {
        const [y, m, d] = cell.split('-').map(Number);
        return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd/mm/yyyy' };
      }
      return cell === '' ? null : { value: cell, type: String };
    }),
  );
}

const workbook = await writeExcelFile([
  {
    sheet: 'Notes',
    data: [
      [{ value: 'National map submissions kept by the coordinator', type: String }],
      [{ value: 'The records are on the sheet "Records".', type: String }],
    ],
    columns: [{ width: 60 }],
  },
  {
    sheet: 'Records',
    data: sheetRows,
    columns: header.map((_, i) => ({ width: i === 4 ? 40 : 18 })),
  },
]).toBuffer();

// The same bytes on every run, so a rebuild changes nothing in git: the archive's file times are
// set to one moment (a zip stores local times: 9 March 2022, 00:00 in every time zone).
const parts = unzipSync(new Uint8Array(workbook));
writeFileSync(outPath, zipSync(parts, { mtime: new Date(2022, 2, 9) }));

console.log(`wrote ${outPath}: ${rows.length} rows (the header and ${rows.length - 1} records)`);
