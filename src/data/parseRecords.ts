import type { ParsedRecords, ProgressListener, RecordsContext } from '../domain/records';

/**
 * Reads records here, on the main thread: the reader (the CSV parser, every country's names)
 * is a chunk of its own, fetched only now.
 */
async function parseHere(text: string, context: RecordsContext, onProgress?: ProgressListener) {
  const { parseRecordsCsv } = await import('../domain/records');
  return parseRecordsCsv(text, context, onProgress);
}

/**
 * Reads records in a Web Worker where workers exist, else in place. The result is the same
 * either way; the page's first chunk holds none of the reader, and the page stays free while
 * a large file is read.
 */
export function parseRecords(
  text: string,
  context: RecordsContext,
  onProgress?: ProgressListener,
): Promise<ParsedRecords> {
  if (typeof Worker === 'undefined') return parseHere(text, context, onProgress);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseRecords.worker.ts', import.meta.url), { type: 'module' });
    const records: ParsedRecords['records'] = [];
    worker.onmessage = (
      e: MessageEvent<
        | { type: 'progress'; fraction: number }
        | { type: 'records'; records: ParsedRecords['records'] }
        | { type: 'done'; result: ParsedRecords }
      >,
    ) => {
      if (e.data.type === 'progress') onProgress?.(e.data.fraction);
      else if (e.data.type === 'records') {
        for (const r of e.data.records) records.push(r);
      } else {
        resolve({ ...e.data.result, records });
        worker.terminate();
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      // A worker that cannot start (blocked, old browser) must not lose the file: read it here.
      e.preventDefault();
      parseHere(text, context, onProgress).then(resolve, reject);
    };
    worker.postMessage({ text, context });
  });
}
