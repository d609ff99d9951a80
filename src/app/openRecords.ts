import { readRecordsFile } from '../data/recordsFile';
import { useAppStore } from '../state/store';
import { failureOf, recordsOptions } from './loadData';

/**
 * Shows a records file from the computer (CSV or a workbook) instead of the records shown;
 * nothing leaves the browser. A file that cannot be read at all changes nothing: the records
 * shown before stay, and the refusal says why.
 */
export async function openRecordsFile(file: File): Promise<void> {
  const { records: before, recordsSource: sourceBefore } = useAppStore.getState();
  const { setLoad, setRecordsSource, setRecordsRefused, setRecordsProgress } = useAppStore.getState();
  setRecordsRefused(undefined);
  setRecordsSource({ kind: 'file', name: file.name });
  setLoad('records', { state: 'loading' });
  try {
    const value = await readRecordsFile(file, recordsOptions());
    if (value.sheet !== undefined) setRecordsSource({ kind: 'file', name: file.name, sheet: value.sheet });
    setLoad('records', { state: 'ready', value });
  } catch (error) {
    setRecordsSource(sourceBefore);
    setLoad('records', before);
    setRecordsRefused(failureOf(error, file.name));
  }
  setRecordsProgress(undefined);
}
