import { recordsReader, type ParsedRecords } from '../domain/records';
import { LoadError } from './fetchFile';
import { parse, type RecordsOptions } from './loaders';

/**
 * A records file opened from the computer. Only the data view opens one, so this module is in
 * its chunk, not in the page's first ones.
 */

/**
 * A workbook by its name, or by its first bytes: a ZIP archive (.xlsx) or an OLE2 compound file
 * (.xls, or an encrypted .xlsx), which its reader tells apart.
 */
async function isWorkbook(file: Blob & { name: string }): Promise<boolean> {
  if (/\.xls[xmb]?$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const signature = Array.from(head, (b) => b.toString(16).padStart(2, '0')).join('');
  return signature === '504b0304' || signature === 'd0cf11e0';
}

/**
 * A records file opened from the computer, CSV or a spreadsheet's workbook: read in the
 * browser, never uploaded. The workbook reader is fetched only when a workbook is opened.
 */
export async function readRecordsFile(
  file: Blob & { name: string },
  options: RecordsOptions,
): Promise<ParsedRecords> {
  if (await isWorkbook(file)) {
    const { readRecordsWorkbook } = await import('./readWorkbook');
    const { products, today, anyProduct, onProgress } = options;
    return readRecordsWorkbook(file, (sheet) =>
      recordsReader({ file: file.name, sheet, products, today, anyProduct }, onProgress),
    );
  }
  const text = await file.text();
  if (text.trim() === '') throw new LoadError({ kind: 'empty', file: file.name });
  return { ...(await parse(text, file.name, options)), text };
}
