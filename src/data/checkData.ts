import { parseContactsCsv } from '../domain/contacts';
import { countIssues } from '../domain/issues';
import { parseRecordsCsv, recordsReader, type ParsedRecords } from '../domain/records';
import { mergeSources, siteSources, type SourceRecords } from '../domain/sources';
import type { DataIssue, IsoDate, Product, SubmissionRecord } from '../domain/types';
import { failureOf, LoadError, parseJson, type LoadFailure } from './fetchFile';
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
  /** A records source published elsewhere (https), which the site reads when it loads. */
  remote?: boolean;
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

/** A file's text, as fetchText has it: an empty file is an "empty" LoadError. */
function textOf(bytes: Uint8Array, file: string): string {
  const body = text(bytes);
  if (body.trim() === '') throw new LoadError({ kind: 'empty', file });
  return body;
}

const json = (bytes: Uint8Array, file: string): unknown => parseJson(textOf(bytes, file), file);

/** The records file of a folder without site.json: records.csv, else records.xlsx. */
async function recordsFileName(read: ReadFile): Promise<string> {
  for (const file of [FILES.records, 'records.xlsx']) if (await read(file)) return file;
  return FILES.records;
}

/**
 * A file the site needs, checked by `check` (which throws a LoadError for what it refuses):
 * its report, or why it could not be read.
 */
async function required(
  read: ReadFile,
  file: string,
  check: (bytes: Uint8Array) => Omit<FileReport, 'file'>,
): Promise<FileReport> {
  try {
    const bytes = await read(file);
    if (!bytes) throw new LoadError({ kind: 'not-found', file, status: 404 });
    return { file, ...check(bytes) };
  } catch (error) {
    return { file, failure: failureOf(error, file), issues: [] };
  }
}

/** Reads records as the browser does: a CSV's text, or a workbook's records sheet. */
async function readRecordsBytes(
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
  return parseRecordsCsv(textOf(bytes, file), { file, products, today, anyProduct });
}

/** The records before a change are read as the site read them then: no day refused. */
const NO_DAY_REFUSED = '9999-12-31';

/** One records file of a folder, read; undefined when it is missing or cannot be read. */
async function readNamedRecords(
  read: ReadFile,
  file: string,
  products: readonly Product[],
  anyProduct: boolean,
): Promise<ParsedRecords | undefined> {
  const bytes = await read(file);
  if (!bytes) return undefined;
  return readRecordsBytes(file, bytes, products, NO_DAY_REFUSED, anyProduct).catch(() => undefined);
}

/**
 * The records of a folder as the site reads them: the sources site.json lists, each read and
 * then merged, or else records.csv (or records.xlsx). A report per file read.
 */
async function readAllRecords(
  read: ReadFile,
  products: readonly Product[],
  today: IsoDate,
  anyProduct: boolean,
): Promise<{ reports: FileReport[]; records?: ParsedRecords }> {
  const reports: FileReport[] = [];
  let names: string[] | undefined;
  const site = await read(FILES.site);
  if (site) {
    let listed: ReturnType<typeof siteSources>;
    try {
      listed = siteSources(json(site, FILES.site));
    } catch (error) {
      listed = { problem: failureOf(error, FILES.site).kind };
    }
    if ('sources' in listed) names = listed.sources;
    else
      reports.push({
        file: FILES.site,
        issues: [
          { severity: 'error', code: 'invalid-site', file: FILES.site, params: { detail: listed.problem } },
        ],
      });
  }
  names ??= [await recordsFileName(read)];
  const sources: SourceRecords[] = [];
  for (const file of names) {
    if (/^https:/i.test(file)) {
      reports.push({ file, issues: [], remote: true });
      continue;
    }
    try {
      const bytes = await read(file);
      if (!bytes) throw new LoadError({ kind: 'not-found', file, status: 404 });
      const parsed = await readRecordsBytes(file, bytes, products, today, anyProduct);
      sources.push({ file, parsed });
      reports.push({ file, issues: [], rows: parsed.rows });
    } catch (error) {
      reports.push({ file, failure: failureOf(error, file), issues: [] });
    }
  }
  if (sources.length === 0) return { reports };
  const merged = mergeSources(sources);
  // Each file's issues, the merge's across files included, with the rows it kept.
  for (const report of reports) {
    if (report.rows === undefined) continue;
    report.issues = merged.issues.filter((i) => i.file === report.file);
    report.kept = report.rows - countIssues(report.issues).errors;
  }
  return { reports, records: merged };
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
  files.push(
    await required(read, FILES.products, (bytes) => {
      const valid = validateProducts(json(bytes, FILES.products), FILES.products);
      products = valid.products;
      productsRead = true;
      return { issues: valid.issues, rows: products.length + valid.issues.length, kept: products.length };
    }),
    await required(read, FILES.regions, (bytes) => {
      const { regions } = validate(regionsSchema, json(bytes, FILES.regions), FILES.regions);
      return { issues: [], rows: regions.length, kept: regions.length };
    }),
    await required(read, FILES.boundaries, (bytes) => {
      topologyOf(json(bytes, FILES.boundaries));
      return { issues: [] };
    }),
  );

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

  const current = await readAllRecords(read, products, options.today, !productsRead);
  files.push(...current.reports);

  if (options.previous && current.records) {
    const before = options.previous.records
      ? await readNamedRecords(options.previous.read, options.previous.records, products, !productsRead)
      : (await readAllRecords(options.previous.read, products, NO_DAY_REFUSED, !productsRead)).records;
    if (before) {
      // Reported on the first records file (a row that is gone has no line of its own).
      const report = current.reports.find((r) => !r.failure && !r.remote)!;
      report.issues.push(
        ...lostHistory(before.records, current.records.records, report.file, !!options.allowRemoved),
      );
    }
  }

  const ok = files.every((f) => !f.failure && !f.issues.some((i) => i.severity === 'error'));
  return { files, ok };
}
