/// <reference lib="webworker" />
import { parseRecordsCsv, type RecordsContext } from '../domain/records';

/** Records are sent back in parts: the page takes each in a short task, not one long one. */
const PART = 10_000;

/** Reads records.csv off the main thread, reporting progress, so large files never freeze the page. */
self.onmessage = (event: MessageEvent<{ text: string; context: RecordsContext }>) => {
  const { text, context } = event.data;
  const result = parseRecordsCsv(text, context, (fraction) =>
    self.postMessage({ type: 'progress', fraction }),
  );
  for (let i = 0; i < result.records.length; i += PART) {
    self.postMessage({ type: 'records', records: result.records.slice(i, i + PART) });
  }
  self.postMessage({ type: 'done', result: { ...result, records: [] } });
};
