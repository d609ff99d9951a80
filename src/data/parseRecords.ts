import {
  parseRecordsCsv,
  type ParsedRecords,
  type ProgressListener,
  type RecordsContext,
} from '../domain/records';

/** Below this size a file is read on the main thread: starting a worker would cost more. */
const WORKER_THRESHOLD = 200_000;

/**
 * Reads records in a Web Worker when the file is large and workers exist, else in place. The
 * result is the same either way.
 */
export function parseRecords(
  text: string,
  context: RecordsContext,
  onProgress?: ProgressListener,
): Promise<ParsedRecords> {
  if (typeof Worker === 'undefined' || text.length < WORKER_THRESHOLD) {
    return Promise.resolve(parseRecordsCsv(text, context, onProgress));
  }
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
      try {
        resolve(parseRecordsCsv(text, context, onProgress));
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage({ text, context });
  });
}
