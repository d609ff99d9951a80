import { unzipSync, zipSync } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import type { ParsedRecords, RecordsReader } from '../domain/records';
import { hasContent, parseRecordsSheet, recordsSheet, type SheetCell } from '../domain/sheetRecords';
import { LoadError } from './fetchFile';

/**
 * Reading a records workbook (.xlsx) opened from the computer. This module and the reader
 * library are their own chunk, fetched only when such a file is opened; the records reader
 * (the CSV path's checks) is handed to it by loaders.ts.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: an Excel 97–2003 workbook, or an encrypted (password-protected) .xlsx. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The name of a compound file's stream as its directory writes it (UTF-16LE). */
function utf16(name: string): number[] {
  return [...name].flatMap((c) => [c.charCodeAt(0), 0]);
}
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0]!;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (pattern.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

export type WorkbookKind = 'xlsx' | 'encrypted' | 'xls' | 'other';

/**
 * What kind of file the bytes are: an .xlsx is a ZIP archive; Excel saves a password-protected
 * workbook as a compound file holding an "EncryptedPackage" stream, and an Excel 97–2003
 * workbook is a compound file without one.
 */
export function workbookKind(bytes: Uint8Array): WorkbookKind {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, COMPOUND_FILE)) return contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'xls';
  return 'other';
}

/**
 * The archive again with its XML parts stored uncompressed. The reader library unzips with
 * fflate, which hands a part over 512 KB (a sheet of a few thousand rows) to a Web Worker made
 * from a blob: address; the site's Content-Security-Policy allows workers from the site only,
 * and fflate then never answers. Stored parts are read in place, whatever their size.
 */
export function storedCopy(bytes: Uint8Array): Uint8Array {
  return zipSync(unzipSync(bytes), { level: 0 });
}

/**
 * Reads the records of a workbook: the sheet named "records" (in any case) or else the first,
 * through the records reader `readerFor` makes for that sheet, with every check a CSV file gets.
 * Throws a LoadError for a file that cannot be read at all: an Excel 97–2003 workbook, a
 * password-protected one, a damaged one, an empty sheet.
 */
export async function readRecordsWorkbook(
  file: Blob & { name: string },
  readerFor: (sheet: string) => RecordsReader,
): Promise<ParsedRecords> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name;
  if (bytes.length === 0) throw new LoadError({ kind: 'empty', file: name });
  const kind = workbookKind(bytes);
  if (kind === 'encrypted' || kind === 'xls') throw new LoadError({ kind, file: name });
  // Anything else is tried as an .xlsx: one that is not fails to unzip, and is unreadable.

  let sheets: { name: string; rows: SheetCell[][] }[];
  try {
    const copy = storedCopy(bytes);
    // Text as written, spaces included, as the CSV reader has it (it trims data cells itself).
    const read = await readExcelFile(
      copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength) as ArrayBuffer,
      { trim: false },
    );
    // The library's type for a date cell is off (typeof Date); its values are Date objects.
    sheets = read.map((s) => ({ name: s.sheet, rows: s.data as unknown as SheetCell[][] }));
  } catch (error) {
    // Stryker disable next-line StringLiteral: words for the console only
    console.warn(`${name} could not be read as a workbook:`, error);
    throw new LoadError({ kind: 'unreadable', file: name });
  }
  const sheet = recordsSheet(sheets);
  // Stryker disable next-line ConditionalExpression: a workbook has a sheet (a reader of one without fails before)
  if (!sheet) throw new LoadError({ kind: 'unreadable', file: name });
  if (!hasContent(sheet)) throw new LoadError({ kind: 'empty-sheet', file: name, sheet: sheet.name });
  return parseRecordsSheet(sheet, readerFor(sheet.name));
}
