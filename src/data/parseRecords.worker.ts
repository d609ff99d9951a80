/// <reference lib="webworker" />
import { parseRecordsCsv, type RecordsContext } from '../domain/records';

/** Reads records.csv off the main thread, reporting progress, so large files never freeze the page. */
self.onmessage = (event: MessageEvent<{ text: string; context: RecordsContext }>) => {
  const { text, context } = event.data;
  const result = parseRecordsCsv(text, context, (fraction) =>
    self.postMessage({ type: 'progress', fraction }),
  );
  self.postMessage({ type: 'done', result });
};
