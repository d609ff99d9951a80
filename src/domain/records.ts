import Papa from 'papaparse';
import { resolveCountry } from './countries';
import { unneutralise, writeCsv } from './csv';
import { isIsoDate } from './dates';
import { rowLineCounter } from './csvLines';
import { isRecordStatus } from './types';
import type { DataIssue, IsoDate, IssueCode, Product, RecordStatus, SubmissionRecord } from './types';

export const RECORD_COLUMNS = ['product', 'country', 'status', 'date', 'note', 'source'] as const;
type Column = (typeof RECORD_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['product', 'country', 'status', 'date'];

export interface RecordsContext {
  /** Shown in every issue, e.g. "records.csv". */
  file: string;
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
}

/** Header cell → column name: case, spaces and underscores do not matter ("Country ", "NOTE"). */
function columnOf(header: string): Column | undefined {
  // \s also matches a BOM (a file saved twice with one keeps the second).
  const key = header.toLowerCase().replace(/[\s_-]/g, '');
  return RECORD_COLUMNS.find((c) => c === key);
}

/** "In preparation", "in-preparation", "IN_PREPARATION" → "in_preparation". */
export function parseStatus(value: string): RecordStatus | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return isRecordStatus(key) ? key : undefined;
}

export { isIsoDate } from './dates';

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

type Report = (
  line: number,
  column: Column | undefined,
  value: string | undefined,
  code: IssueCode,
  params?: DataIssue['params'],
) => void;

/**
 * The check of one row, the same for a file and for any set of rows (see checkRecordRows): a
 * usable record, or undefined with the reason reported.
 */
function rowChecker(
  context: RecordsContext,
  error: Report,
  warning: Report,
): (raw: RawRecord, line: number) => SubmissionRecord | undefined {
  const products = productIndex(context.products);
  // A file has few distinct dates, statuses and countries and many rows: each is read once.
  const validDate = remembered(isIsoDate);
  const statusOf = remembered(parseStatus);
  const countryOf = remembered(resolveCountry);

  return function toRecord(raw, line) {
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
    const status = statusOf(raw.status);
    if (!status) {
      const isNoInformation = raw.status.toLowerCase().replace(/[\s_-]+/g, ' ') === 'no information';
      const code = !raw.status
        ? 'missing-status'
        : isNoInformation
          ? 'status-no-information'
          : 'unknown-status';
      error(line, 'status', raw.status, code);
      return undefined;
    }
    if (!raw.date) {
      error(line, 'date', raw.date, 'missing-date');
      return undefined;
    }
    if (!validDate(raw.date)) {
      error(line, 'date', raw.date, 'invalid-date');
      return undefined;
    }
    if (raw.date > context.today) {
      error(line, 'date', raw.date, 'future-date');
      return undefined;
    }
    // Reported only for rows that are kept: a dropped row's one error says enough.
    if (match.via !== 'alpha3')
      warning(line, 'country', raw.country, 'country-read-as', { iso3: match.iso3 });
    return { product, country: match.iso3, status, date: raw.date, note: raw.note, source: raw.source, line };
  };
}

/** Issue reporters that add to `issues`, naming the file. */
function reporters(file: string, issues: DataIssue[]): { error: Report; warning: Report } {
  const report =
    (severity: DataIssue['severity']): Report =>
    (line, column, value, code, params) =>
      issues.push({ severity, code, file, line, column, value, ...(params ? { params } : {}) });
  return { error: report('error'), warning: report('warning') };
}

/**
 * Reads records.csv as a coordinator's spreadsheet writes it: any header order and case, a BOM,
 * CRLF, ";" as delimiter, names or alpha-2 codes for countries, status labels in any case.
 * Every row it cannot use is reported with its line and reason; every row it can use is kept.
 * Never throws on any text.
 */
export function parseRecordsCsv(
  text: string,
  context: RecordsContext,
  onProgress?: ProgressListener,
): ParsedRecords {
  const { file } = context;
  const issues: DataIssue[] = [];
  const records: SubmissionRecord[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const { error, warning } = reporters(file, issues);
  const toRecord = rowChecker(context, error, warning);

  /** Where each column is in a row (-1 when the file has none), once the header has been read. */
  let layout: { at: number[]; complete: boolean } | undefined;
  let rows = 0;
  const lineOf = rowLineCounter(body);

  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step(result) {
      const cells = result.data;
      const end = result.meta.cursor;
      const line = lineOf(cells, end);

      if (!layout) {
        const header = cells.map(columnOf);
        const missing = REQUIRED.filter((c) => !header.includes(c));
        const extra = cells.filter((_, i) => !header[i] && cells[i]!.trim() !== '');
        if (missing.length) {
          error(line, undefined, cells.join(', '), 'missing-columns', { columns: missing.join(', ') });
        }
        if (extra.length)
          warning(line, undefined, extra.join(', '), 'extra-columns', { columns: extra.join(', ') });
        layout = { at: RECORD_COLUMNS.map((c) => header.indexOf(c)), complete: missing.length === 0 };
        return;
      }
      if (!layout.complete) return;
      const { at } = layout;
      rows++;
      if (onProgress && rows % PROGRESS_EVERY === 0) onProgress(end / body.length);
      // A column the file lacks (-1), or a row cut short, reads as empty.
      const cell = (i: number) => readCell(cells[i] ?? '');
      const raw: RawRecord = {
        product: cell(at[0]!),
        country: cell(at[1]!),
        status: cell(at[2]!),
        date: cell(at[3]!),
        note: cell(at[4]!),
        source: cell(at[5]!),
      };
      const record = toRecord(raw, line);
      if (record) records.push(record);
    },
  });

  if (!layout) issues.push({ severity: 'error', code: 'empty-file', file });
  const kept = dropConflicts(records, file, issues);
  // The report reads in file order (conflicts are found after the rows they follow).
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records: kept, issues, rows };
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
  const issues: DataIssue[] = [];
  const { error, warning } = reporters(context.file, issues);
  const toRecord = rowChecker(context, error, warning);
  const records: SubmissionRecord[] = [];
  for (const { raw, line } of rows) {
    const record = toRecord(raw, line);
    if (record) records.push(record);
  }
  const kept = dropConflicts(records, context.file, issues);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records: kept, issues };
}

/**
 * Two rows for the same product, country and date: the same status is a duplicate (the first is
 * kept), different statuses are a conflict (neither can be trusted, both are dropped).
 */
function dropConflicts(records: SubmissionRecord[], file: string, issues: DataIssue[]): SubmissionRecord[] {
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

/** Writes records back as CSV in the canonical column order, like every download (see writeCsv). */
export function recordsToCsv(records: readonly Omit<SubmissionRecord, 'line'>[]): string {
  return writeCsv(
    RECORD_COLUMNS,
    records.map((r) => RECORD_COLUMNS.map((c) => r[c])),
  );
}
