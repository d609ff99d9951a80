import { parseContactsCsv } from '../domain/contacts';
import { countIssues } from '../domain/issues';
import { parseRecordsCsv, recordsReader, type ParsedRecords } from '../domain/records';
import type { DataIssue, IsoDate, Product, SubmissionRecord } from '../domain/types';
import { LoadError, type LoadFailure } from './fetchFile';
import { FILES, topologyOf } from './loaders';
import { readRecordsWorkbook } from './readWorkbook';
import { regionsSchema, validate, validateProducts } from './schemas';

/**
 * The site's own checks of a data folder, for the command line (scripts/check-data.ts) and its
 * tests: every file read by the readers and validators the browser uses.
 */

/** Reads a file of the folder as bytes; undefined when there is no such file. */
export type ReadFile = (name: string) => Promise<Uint8Array | undefined>;

export interface FileReport {
  file: string;
  /** Set when the file could not be read at all. */
  failure?: LoadFailure;
  issues: DataIssue[];
  /** Data rows read, for the files read row by row. */
  rows?: number;
  /** Rows kept. */
  kept?: number;
  /** Not provided, and optional. */
  absent?: boolean;
}

export interface CheckOptions {
  /** Rows dated after this day are refused, as in the browser. */
  today: IsoDate;
  /** The records before the change, to find the rows of history the change loses. */
  previous?: { read: ReadFile; records?: string };
  /** A reviewer allows the rows the change removes or edits: reported as warnings. */
  allowRemoved?: boolean;
}

export interface CheckResult {
  files: FileReport[];
  /** Whether the folder may go live: no row left out, every required file read, no history lost. */
  ok: boolean;
}

const decoder = new TextDecoder();
const text = (bytes: Uint8Array) => decoder.decode(bytes);

/** A failure as a LoadError carries it, or one of "invalid" for anything else thrown. */
function failureOf(error: unknown, file: string): LoadFailure {
  if (error instanceof LoadError) return error.failure;
  return { kind: 'invalid', file, detail: error instanceof Error ? error.message : String(error) };
}

function json(bytes: Uint8Array, file: string): unknown {
  const body = text(bytes);
  if (body.trim() === '') throw new LoadError({ kind: 'empty', file });
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new LoadError({ kind: 'malformed', file, detail: e instanceof Error ? e.message : String(e) });
  }
}

/** The records file of a folder: records.csv, else records.xlsx. */
async function recordsFile(
  read: ReadFile,
  name?: string,
): Promise<{ file: string; bytes: Uint8Array } | undefined> {
  for (const file of name ? [name] : [FILES.records, 'records.xlsx']) {
    const bytes = await read(file);
    if (bytes) return { file, bytes };
  }
  return undefined;
}

/** Reads records as the browser does: a CSV's text, or a workbook's records sheet. */
export async function readRecordsBytes(
  file: string,
  bytes: Uint8Array,
  products: readonly Product[],
  today: IsoDate,
  anyProduct = false,
): Promise<ParsedRecords> {
  if (/\.xlsx$/i.test(file)) {
    const blob = Object.assign(new Blob([bytes as BlobPart]), { name: file });
    return readRecordsWorkbook(blob, (sheet) => recordsReader({ file, sheet, products, today, anyProduct }));
  }
  const body = text(bytes);
  if (body.trim() === '') throw new LoadError({ kind: 'empty', file });
  return parseRecordsCsv(body, { file, products, today, anyProduct });
}

/** A record as a row of history: every field it keeps, canonical (codes, ids, ISO dates). */
function historyKey(r: SubmissionRecord): string {
  return [r.product, r.country, r.status, r.date, r.note, r.source].join('\u0000');
}

/**
 * The rows of the earlier records that the new ones no longer hold as they were (removed, or
 * edited): records are a history, and a change of status is a new row.
 */
export function lostHistory(
  previous: readonly SubmissionRecord[],
  current: readonly SubmissionRecord[],
  file: string,
  allowed: boolean,
): DataIssue[] {
  const held = new Set(current.map(historyKey));
  return previous
    .filter((r) => !held.has(historyKey(r)))
    .map((r) => ({
      severity: allowed ? 'warning' : 'error',
      code: 'history-lost',
      file,
      params: { line: r.line, row: `${r.product} ${r.country} ${r.status} ${r.date}` },
    }));
}

export async function checkData(read: ReadFile, options: CheckOptions): Promise<CheckResult> {
  const files: FileReport[] = [];

  // products.json first: the records are read against its products.
  let products: Product[] = [];
  let productsRead = false;
  {
    const file = FILES.products;
    try {
      const bytes = await read(file);
      if (!bytes) throw new LoadError({ kind: 'not-found', file, status: 404 });
      const valid = validateProducts(json(bytes, file), file);
      products = valid.products;
      productsRead = true;
      files.push({
        file,
        issues: valid.issues,
        rows: products.length + valid.issues.length,
        kept: products.length,
      });
    } catch (error) {
      files.push({ file, failure: failureOf(error, file), issues: [] });
    }
  }

  {
    const file = FILES.regions;
    try {
      const bytes = await read(file);
      if (!bytes) throw new LoadError({ kind: 'not-found', file, status: 404 });
      const { regions } = validate(regionsSchema, json(bytes, file), file);
      files.push({ file, issues: [], rows: regions.length, kept: regions.length });
    } catch (error) {
      files.push({ file, failure: failureOf(error, file), issues: [] });
    }
  }

  {
    const file = FILES.boundaries;
    try {
      const bytes = await read(file);
      if (!bytes) throw new LoadError({ kind: 'not-found', file, status: 404 });
      topologyOf(json(bytes, file));
      files.push({ file, issues: [] });
    } catch (error) {
      files.push({ file, failure: failureOf(error, file), issues: [] });
    }
  }

  {
    const file = FILES.contacts;
    const bytes = await read(file);
    if (!bytes) files.push({ file, issues: [], absent: true });
    else {
      const parsed = parseContactsCsv(text(bytes), file);
      const { errors } = countIssues(parsed.issues);
      files.push({ file, issues: parsed.issues, rows: parsed.rows, kept: parsed.rows - errors });
    }
  }

  let current: ParsedRecords | undefined;
  const found = await recordsFile(read);
  if (!found) {
    files.push({
      file: FILES.records,
      failure: { kind: 'not-found', file: FILES.records, status: 404 },
      issues: [],
    });
  } else {
    const { file, bytes } = found;
    try {
      current = await readRecordsBytes(file, bytes, products, options.today, !productsRead);
      files.push({ file, issues: current.issues, rows: current.rows, kept: current.records.length });
    } catch (error) {
      files.push({ file, failure: failureOf(error, file), issues: [] });
    }
  }

  if (options.previous && current && found) {
    const before = await recordsFile(options.previous.read, options.previous.records);
    if (before) {
      // Read as the browser read it then: against the same products, and no day refused.
      const earlier = await readRecordsBytes(
        before.file,
        before.bytes,
        products,
        '9999-12-31',
        !productsRead,
      ).catch(() => undefined);
      if (earlier) {
        const report = files.find((f) => f.file === found.file)!;
        report.issues.push(
          ...lostHistory(earlier.records, current.records, found.file, !!options.allowRemoved),
        );
      }
    }
  }

  const ok = files.every((f) => !f.failure && !f.issues.some((i) => i.severity === 'error'));
  return { files, ok };
}
