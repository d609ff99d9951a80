import type { ParsedRecords } from './records';
import { latestDate } from './status';
import type { DataIssue, IsoDate, SubmissionRecord } from './types';

/**
 * Several records files, one history (site.json's `records`): each source read on its own, then
 * merged. The same row in two sources is kept once, with a warning; the same product, country and
 * date with another status in two sources is a conflict: both rows are left out, each reported at
 * its own line naming the other, as inside one file.
 */

/** One source as read: its name, as site.json writes it, and its records and issues. */
export interface SourceRecords {
  file: string;
  parsed: ParsedRecords;
  lastModified?: string;
  /** When the copy read was made, when the network failed and a kept copy was read instead. */
  copyOf?: string;
}

export interface SourceReport {
  file: string;
  rows: number;
  /** The records read from it (before the merge): which product and country it holds. */
  records: readonly SubmissionRecord[];
  /** The latest record date the source holds, undefined without records. */
  latest?: IsoDate;
  /** When the server last changed the file (its Last-Modified header), when it says. */
  lastModified?: string;
  /** When the copy shown was made, when it is a copy kept from an earlier visit (offline). */
  copyOf?: string;
}

export interface MergedRecords extends ParsedRecords {
  /** Each source with its rows and latest record, in site.json's order. */
  sources: SourceReport[];
}

export function mergeSources(sources: readonly SourceRecords[]): MergedRecords {
  const first = new Map<string, { record: SubmissionRecord; file: string }>();
  const issues: DataIssue[] = [];
  const dropped = new Set<SubmissionRecord>();
  const records: SubmissionRecord[] = [];
  const several = sources.length > 1;
  for (const { file, parsed } of sources) {
    issues.push(...parsed.issues);
    for (const read of parsed.records) {
      // Lines are counted in each file: a record says which file its line is in.
      const record = several ? { ...read, file } : read;
      const key = `${record.product}\u0000${record.country}\u0000${record.date}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { record, file });
        records.push(record);
        continue;
      }
      // Inside one file the reader has already kept one row per key: this one is from another file.
      const at = (r: SubmissionRecord, f: string): DataIssue => ({
        severity: 'error',
        code: 'conflict-elsewhere',
        file: f,
        line: r.line,
        column: 'status',
        value: r.status,
        params: {},
      });
      if (earlier.record.status === record.status) {
        issues.push({
          severity: 'warning',
          code: 'duplicate-elsewhere',
          file,
          line: record.line,
          params: { file: earlier.file, line: earlier.record.line },
        });
      } else {
        issues.push(
          {
            ...at(record, file),
            params: { file: earlier.file, line: earlier.record.line, status: earlier.record.status },
          },
          { ...at(earlier.record, earlier.file), params: { file, line: record.line, status: record.status } },
        );
        dropped.add(earlier.record);
      }
    }
  }
  const kept = dropped.size ? records.filter((r) => !dropped.has(r)) : records;
  return {
    records: kept,
    issues,
    rows: sources.reduce((n, s) => n + s.parsed.rows, 0),
    sources: sources.map(({ file, parsed, lastModified, copyOf }) => ({
      file,
      rows: parsed.rows,
      records: parsed.records,
      latest: latestDate(parsed.records),
      ...(lastModified ? { lastModified } : {}),
      ...(copyOf ? { copyOf } : {}),
    })),
  };
}

/**
 * The records sources site.json lists: each an address relative to the data folder (a CSV file,
 * within the folder) or an https one (a published spreadsheet's CSV link). Undefined when the
 * data is not a list of such addresses; `problem` then says which entry and why.
 */
export function siteSources(data: unknown): { sources: string[] } | { problem: string } {
  const records = (data as { records?: unknown } | null)?.records;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { problem: 'not an object with "records"' };
  if (!Array.isArray(records) || records.length === 0)
    return { problem: 'records: a list of one or more addresses' };
  const seen = new Set<string>();
  for (const [i, entry] of records.entries()) {
    if (typeof entry !== 'string' || entry.trim() === '') return { problem: `records.${i}: not an address` };
    if (!isSourceAddress(entry))
      return {
        problem: `records.${i}: “${entry}” is neither a file of the data folder nor an https address`,
      };
    if (seen.has(entry)) return { problem: `records.${i}: “${entry}” is listed twice` };
    seen.add(entry);
  }
  return { sources: records as string[] };
}

/** A file of the data folder (no scheme, no way out of it) or an https address. */
export function isSourceAddress(entry: string): boolean {
  if (/^https:\/\/[^/\s]+/i.test(entry)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(entry) || entry.startsWith('/') || entry.startsWith('\\')) return false;
  return !entry.split(/[/\\]/).some((part) => part === '..' || part === '');
}
