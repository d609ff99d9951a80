import type { LocalText } from './languages';
import type { StatusDef } from './stages';
/**
 * The stages of the data, in the order the app meets them:
 *   RawRecord (a CSV row as text, by column) → SubmissionRecord (typed, validated)
 *   → CountryStatus (one product and country as of a date) → counts, outstanding rows, map colours.
 */

/**
 * A status id: one of the product's statuses (see domain/stages: each product may give its own
 * in products.json, else the default four), or "no_information" for a country without a record.
 */
export type Status = string;
/** A status a record carries: one of its product's. */
export type RecordStatus = Status;

/** What a country shows for a region: its status, or "outside" when it is not a member. */
export type MapStatus = Status;

/** ISO 3166-1 alpha-3 code, upper case. */
export type Iso3 = string;
/** A calendar date as YYYY-MM-DD; compares correctly as a string. */
export type IsoDate = string;

export interface Contact {
  name: string;
  email?: string;
}

export interface Product {
  id: string;
  short: string;
  /** In one language, or one text per language (see LocalText). */
  name: LocalText;
  version?: string;
  contact?: Contact;
  description?: LocalText;
  url?: string;
  /** When the national maps are due (see domain/deadlines). */
  deadline?: IsoDate;
  /** A region's own due date, by region id, before `deadline`. */
  deadlines?: Readonly<Record<string, IsoDate>>;
  /** The statuses its records may carry, in the legend's order; without them, the default four. */
  statuses?: StatusDef[];
  /** What done means in its headline: "registered" for "19 of 24 registered". */
  done?: LocalText;
}

export interface Region {
  id: string;
  /** In one language, or one text per language (see LocalText). */
  name: LocalText;
  kind: string;
  source: string;
  parent?: string;
  members: Iso3[];
}

/** One row of records.csv that the app can use. */
export interface SubmissionRecord {
  product: string;
  country: Iso3;
  status: RecordStatus;
  date: IsoDate;
  note: string;
  source: string;
  /** 1-based line of the file the row starts on (a spreadsheet's row number). */
  line: number;
  /** The records file the row is in, when the records come from several (site.json). */
  file?: string;
  /**
   * Set on a record recorded in this browser and not published in any file (see domain/drafts):
   * the id of the draft it comes from.
   */
  draft?: string;
}

/** The status of one product and country as of a date, with the record that set it. */
export interface CountryStatus {
  product: string;
  country: Iso3;
  status: Status;
  /** The record behind the status; undefined for No information. */
  record?: SubmissionRecord;
}

/** Countries per status: every status of the product's vocabulary has its count. */
export type StatusCounts = Record<Status, number>;

/** What went wrong with a row or file; the interface words each code in its language. */
export const ISSUE_CODES = [
  'empty-file',
  'missing-columns',
  'extra-columns',
  'missing-product',
  'unknown-product',
  'missing-country',
  'unknown-country',
  'country-read-as',
  'missing-status',
  'unknown-status',
  'status-no-information',
  'missing-date',
  'invalid-date',
  'future-date',
  'duplicate',
  'conflict',
  'invalid-email',
  // A text date read as day/month/year though its day could be the month.
  'date-read-as',
  // A note longer than NOTE_LIMIT: kept whole, shown shortened.
  'long-note',
  // A product of products.json that is not valid: left out, the others shown.
  'invalid-product',
  // A row of the records before a change that the change removed or edited (check-data --previous).
  'history-lost',
  // The same row in two records sources (site.json): kept once.
  'duplicate-elsewhere',
  // The same product, country and date with another status in another source: both left out.
  'conflict-elsewhere',
  // site.json is not a list of records sources: the site's records.csv is shown.
  'invalid-site',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A problem found while reading a data file. Errors drop the row; warnings keep it. */
export interface DataIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  file: string;
  /**
   * The sheet, when the file is a spreadsheet's workbook: then `line` is the sheet's row number,
   * and the report says "row" where it says "line" for a text file.
   */
  sheet?: string;
  /** 1-based line in the file (a spreadsheet's row number), when the issue belongs to one. */
  line?: number;
  column?: string;
  value?: string;
  /** Values the message names, e.g. { iso3: 'VNM' } or { line: 4 }. */
  params?: Record<string, string | number>;
}

/** Where the records shown come from: the site's own file, a `?records=` address, or a file opened here. */
export type RecordsSource =
  | { kind: 'default' }
  | { kind: 'url'; url: string }
  /** `sheet`: the sheet read, when the file is a workbook. */
  | {
      kind: 'file';
      name: string;
      sheet?: string;
      /** Kept in this browser, to be shown again on the next visit (see state/openedFile). */
      kept?: boolean;
    };
