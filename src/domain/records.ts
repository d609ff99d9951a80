import Papa from 'papaparse';
import { resolveCountry } from './countries';
import { unneutralise, writeCsv } from './csv';
import { readDate } from './dates';
import { rowLineCounter } from './csvLines';
import { DEFAULT_VOCABULARY, vocabularyOf } from './stages';
import type { DataIssue, IsoDate, IssueCode, Product, RecordStatus, SubmissionRecord } from './types';
import { characters, NOTE_LIMIT, parseStatus, RECORD_COLUMNS, textStart } from './recordFields';

export { NOTE_LIMIT, parseStatus, RECORD_COLUMNS, textStart } from './recordFields';
export { isIsoDate } from './dates';

type Column = (typeof RECORD_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['product', 'country', 'status', 'date'];

export interface RecordsContext {
  /** Shown in every issue, e.g. "records.csv". */
  file: string;
  /**
   * The sheet of a workbook the rows come from: every issue names it, and its line is the
   * sheet's row number (1 = the first row, as the spreadsheet shows it).
   */
  sheet?: string;
  products: readonly Product[];
  /** Rows dated after this day are rejected. */
  today: IsoDate;
  /**
   * Accept any product id (products.json could not be loaded): the records still show, each
   * product known by the id the file gives it.
   */
  anyProduct?: boolean;
}

/** Called now and then while a large file is read, with the share of the text read (0–1). */
export type ProgressListener = (fraction: number) => void;
const PROGRESS_EVERY = 5000;

export interface ParsedRecords {
  records: SubmissionRecord[];
  issues: DataIssue[];
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** The sheet read, when the file is a workbook. */
  sheet?: string;
  /** When the server last changed the file(s) (Last-Modified), when it says. */
  lastModified?: string;
  /**
   * When the copy shown was made, when the network failed and a copy kept from an earlier visit
   * was read (with several sources, the oldest such copy).
   */
  copyOf?: string;
  /**
   * The file's text as it was read, when it is text (not a workbook): changes recorded in the
   * browser are written into it, every other line kept (see fileWithDrafts).
   */
  text?: string;
}

/** Header cell → column name: case, spaces and underscores do not matter ("Country ", "NOTE"). */
export function columnOf(header: string): Column | undefined {
  // \s also matches a BOM (a file saved twice with one keeps the second).
  const key = header.toLowerCase().replace(/[\s_-]/g, '');
  return RECORD_COLUMNS.find((c) => c === key);
}

function productIndex(products: readonly Product[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const p of products) {
    index.set(p.id.toLowerCase(), p.id);
    index.set(p.short.toLowerCase(), p.id);
  }
  return index;
}

/** A function of a string that remembers its answers. */
function remembered<T>(f: (value: string) => T): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    if (answers.has(value)) return answers.get(value)!;
    const answer = f(value);
    answers.set(value, answer);
    return answer;
  };
}

/** A row of records.csv as text, by column: what the reader checks. */
export type RawRecord = Record<Column, string>;

/** A cell as the reader takes it: spaces trimmed, writeCsv's neutralising apostrophe dropped. */
export function readCell(value: string): string {
  return unneutralise(value.trim());
}

/**
 * The one validator of records, fed row by row by the reader of each file format (CSV text,
 * a spreadsheet's sheet): the first row it is given is the header, each later one a data row
 * as text cells. Every row it cannot use is reported with its line and reason; every row it can
 * use is kept.
 */
export interface RecordsReader {
  /**
   * Reads a row that is not blank, found at `line` (1-based; a spreadsheet's row number).
   * `read`: the share of the file read up to this row, for the reader's progress listener.
   */
  row(cells: readonly string[], line: number, read?: number): void;
  /** Reads a data row already split into columns, its cells read (see readCell). */
  record(raw: RawRecord, line: number): void;
  /** The records kept and every issue, in file order. */
  finish(): ParsedRecords;
}

/** `onProgress` hears now and then, every PROGRESS_EVERY data rows, how much has been read. */
export function recordsReader(context: RecordsContext, onProgress?: ProgressListener): RecordsReader {
  const { file, sheet } = context;
  const issues: DataIssue[] = [];
  const records: SubmissionRecord[] = [];
  const products = productIndex(context.products);
  const vocabularies = new Map(context.products.map((p) => [p.id, vocabularyOf(p)]));

  // A file has few distinct dates, statuses and countries and many rows: each is read once.
  const dateOf = remembered(readDate);
  const statusReaders = new Map<string, (value: string) => RecordStatus | undefined>();
  const statusOf = (product: string, value: string) => {
    let read = statusReaders.get(product);
    if (!read) {
      const v = vocabularies.get(product) ?? DEFAULT_VOCABULARY;
      statusReaders.set(product, (read = remembered((text) => parseStatus(text, v))));
    }
    return read(value);
  };
  const countryOf = remembered(resolveCountry);

  /** Where each column is in a row (-1 when the file has none), once the header has been read. */
  let layout: { at: Record<Column, number>; complete: boolean } | undefined;
  let rows = 0;
  /** The header's error when it lacks a required column: none of the rows can be read. */
  let refused: DataIssue | undefined;

  const where = sheet === undefined ? {} : { sheet };
  const report =
    (severity: DataIssue['severity']) =>
    (
      line: number,
      column: Column | undefined,
      value: string | undefined,
      code: IssueCode,
      params?: DataIssue['params'],
    ) =>
      issues.push({ severity, code, file, ...where, line, column, value, ...(params ? { params } : {}) });
  const error = report('error');
  const warning = report('warning');

  function readHeader(cells: readonly string[], line: number) {
    const header = cells.map(columnOf);
    const missing = REQUIRED.filter((c) => !header.includes(c));
    const extra = cells.filter((_, i) => !header[i] && cells[i]!.trim() !== '');
    if (missing.length) {
      // The file is refused as a whole: the columns it has beside those it needs, and (at the end)
      // how many rows that leaves out.
      error(line, undefined, cells.join(', '), 'missing-columns', {
        columns: missing.join(', '),
        found:
          cells
            .map((c) => c.trim())
            .filter(Boolean)
            .join(', ') || '—',
        expected: REQUIRED.join(', '),
        optional: RECORD_COLUMNS.filter((c) => !REQUIRED.includes(c)).join(', '),
      });
      refused = issues[issues.length - 1];
    }
    if (extra.length)
      warning(line, undefined, extra.join(', '), 'extra-columns', { columns: extra.join(', ') });
    const at = Object.fromEntries(RECORD_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
      Column,
      number
    >;
    layout = { at, complete: missing.length === 0 };
  }

  function toRecord(raw: RawRecord, line: number): SubmissionRecord | undefined {
    const product =
      products.get(raw.product.toLowerCase()) ??
      (context.anyProduct && /^[a-z0-9][a-z0-9_-]*$/i.test(raw.product)
        ? raw.product.toLowerCase()
        : undefined);
    if (!product) {
      error(line, 'product', raw.product, raw.product ? 'unknown-product' : 'missing-product');
      return undefined;
    }
    const match = countryOf(raw.country);
    if (!match) {
      error(line, 'country', raw.country, raw.country ? 'unknown-country' : 'missing-country');
      return undefined;
    }
    const status = statusOf(product, raw.status);
    if (!status) {
      const isNoInformation = raw.status.toLowerCase().replace(/[\s_-]+/g, ' ') === 'no information';
      const code = !raw.status
        ? 'missing-status'
        : isNoInformation
          ? 'status-no-information'
          : 'unknown-status';
      const v = vocabularies.get(product) ?? DEFAULT_VOCABULARY;
      // The statuses the product takes, by id: what the file should write.
      const known = { product, statuses: v.statuses.map((st) => st.id).join(', ') };
      error(line, 'status', raw.status, code, code === 'unknown-status' ? known : undefined);
      return undefined;
    }
    if (!raw.date) {
      error(line, 'date', raw.date, 'missing-date');
      return undefined;
    }
    const read = dateOf(raw.date);
    if (!read) {
      error(line, 'date', raw.date, 'invalid-date');
      return undefined;
    }
    const { date, monthFirst } = read;
    if (date > context.today) {
      // The day it was read as: 02/04/2025 is 2 April, which may not be the day meant.
      error(line, 'date', raw.date, 'future-date', { date });
      return undefined;
    }
    // Reported only for rows that are kept: a dropped row's one error says enough.
    if (match.via !== 'alpha3')
      warning(line, 'country', raw.country, 'country-read-as', { iso3: match.iso3 });
    // Month first, the text could only mean a day after today, which no record has.
    if (monthFirst && monthFirst <= context.today)
      warning(line, 'date', raw.date, 'date-read-as', { date, monthFirst });
    if (raw.note.length > NOTE_LIMIT) {
      const length = characters(raw.note);
      if (length > NOTE_LIMIT)
        warning(line, 'note', textStart(raw.note), 'long-note', { length, limit: NOTE_LIMIT });
    }
    return { product, country: match.iso3, status, date, note: raw.note, source: raw.source, line };
  }

  function take(raw: RawRecord, line: number) {
    rows++;
    const record = toRecord(raw, line);
    if (record) records.push(record);
  }

  return {
    row(cells, line, read = 0) {
      if (!layout) return readHeader(cells, line);
      if (!layout.complete) {
        rows++;
        return;
      }
      const { at } = layout;
      // A column the file lacks (-1), or a row cut short, reads as empty.
      const cell = (column: Column) => readCell(cells[at[column]] ?? '');
      take(
        {
          product: cell('product'),
          country: cell('country'),
          status: cell('status'),
          date: cell('date'),
          note: cell('note'),
          source: cell('source'),
        },
        line,
      );
      if (onProgress && rows % PROGRESS_EVERY === 0) onProgress(read);
    },
    record(raw, line) {
      take(raw, line);
    },
    finish() {
      if (!layout) issues.push({ severity: 'error', code: 'empty-file', file, ...where });
      if (refused) refused.params = { ...refused.params, rows };
      const kept = dropConflicts(records, file, issues, where);
      // The report reads in file order (conflicts are found after the rows they follow).
      issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { records: kept, issues, rows };
    },
  };
}

/**
 * Reads records.csv as a coordinator's spreadsheet writes it: any header order and case, a BOM,
 * CRLF, ";" as delimiter, names or alpha-2 codes for countries, status labels in any case,
 * dates as YYYY-MM-DD or day/month/year (see readDate; a day that could be the month is read
 * day first and reported). Every row it cannot use is reported with its line and reason; every
 * row it can use is kept. Never throws on any text.
 */
export function parseRecordsCsv(
  text: string,
  context: RecordsContext,
  onProgress?: ProgressListener,
): ParsedRecords {
  const body = text.replace(/^\uFEFF/, '');
  const reader = recordsReader(context, onProgress);
  const lineOf = rowLineCounter(body);
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step(result) {
      const end = result.meta.cursor;
      reader.row(result.data, lineOf(result.data, end), end / body.length);
    },
  });
  return reader.finish();
}

/**
 * Checks rows as if they were the rows of one records file, each at its line: every check of
 * parseRecordsCsv after the CSV itself is read (cells as the reader takes them, see readCell),
 * duplicates and conflicts between rows included. Used to check records made in the browser
 * together with those they join.
 */
export function checkRecordRows(
  rows: Iterable<{ raw: RawRecord; line: number }>,
  context: RecordsContext,
): Omit<ParsedRecords, 'rows'> {
  const reader = recordsReader(context);
  // The canonical header: every column, so no row is refused for a missing one.
  reader.row(RECORD_COLUMNS, 0);
  for (const { raw, line } of rows) reader.record(raw, line);
  const { records, issues } = reader.finish();
  return { records, issues };
}

/**
 * Two rows for the same product, country and date: the same status is a duplicate (the first is
 * kept), different statuses are a conflict (neither can be trusted, both are dropped).
 */
function dropConflicts(
  records: SubmissionRecord[],
  file: string,
  issues: DataIssue[],
  where: { sheet?: string },
): SubmissionRecord[] {
  // product → country → date → the first row: few products and countries, a handful of dates each.
  const first = new Map<string, Map<string, Map<IsoDate, SubmissionRecord>>>();
  const conflicted = new Set<SubmissionRecord>();
  const kept: SubmissionRecord[] = [];
  for (const r of records) {
    let byCountry = first.get(r.product);
    if (!byCountry) first.set(r.product, (byCountry = new Map()));
    let byDate = byCountry.get(r.country);
    if (!byDate) byCountry.set(r.country, (byDate = new Map()));
    const earlier = byDate.get(r.date);
    if (!earlier) {
      byDate.set(r.date, r);
      kept.push(r);
    } else if (earlier.status === r.status) {
      issues.push({
        severity: 'warning',
        file,
        ...where,
        line: r.line,
        column: 'status',
        value: r.status,
        code: 'duplicate',
        params: { line: earlier.line },
      });
    } else {
      conflicted.add(earlier);
      issues.push({
        severity: 'error',
        file,
        ...where,
        line: r.line,
        column: 'status',
        value: r.status,
        code: 'conflict',
        params: { line: earlier.line, status: earlier.status },
      });
    }
  }
  // The first row of a conflicting pair is dropped too: neither can be trusted.
  return conflicted.size
    ? kept.filter((r) => !conflicted.has(first.get(r.product)!.get(r.country)!.get(r.date)!))
    : kept;
}

/**
 * The records template, in both its forms (CSV and workbook): the columns in their canonical
 * order and the example rows (none: the header says what each column holds).
 */
export function recordsTemplate(): { columns: readonly Column[]; rows: readonly (readonly string[])[] } {
  return { columns: RECORD_COLUMNS, rows: [] };
}

/** The records template as CSV, written like every download (see writeCsv). */
export function recordsTemplateCsv(): string {
  const { columns, rows } = recordsTemplate();
  return writeCsv(columns, rows);
}

/** Writes records back as CSV in the canonical column order, like every download (see writeCsv). */
export function recordsToCsv(records: readonly Omit<SubmissionRecord, 'line'>[]): string {
  return writeCsv(
    RECORD_COLUMNS,
    records.map((r) => RECORD_COLUMNS.map((c) => r[c])),
  );
}
