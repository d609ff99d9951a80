import { readRecordsFile } from '../data/recordsFile';
import { forgetOpenedFile, keepOpenedFile, rememberOpenedFile } from '../state/openedFile';
import { useAppStore } from '../state/store';
import { failureOf } from '../data/fetchFile';
import { recordsOptions } from './loadData';

/**
 * Shows a records file from the computer (CSV or a workbook) instead of the records shown;
 * nothing leaves the browser. A file that cannot be read at all changes nothing: the records
 * shown before stay, and the refusal says why; the answer is whether the file was read. A file
 * read is kept in this browser (see state/openedFile) unless `keep` is false: it is read again
 * (after a reload, or with products.json loaded again), and `kept` says whether it is kept.
 */
export async function openRecordsFile(
  file: File,
  { keep = true, kept: keptBefore = false }: { keep?: boolean; kept?: boolean } = {},
): Promise<boolean> {
  const { records: before, recordsSource: sourceBefore } = useAppStore.getState();
  const { setLoad, setRecordsSource, setRecordsRefused, setRecordsProgress } = useAppStore.getState();
  setRecordsRefused(undefined);
  setRecordsSource({ kind: 'file', name: file.name });
  setLoad('records', { state: 'loading' });
  try {
    const value = await readRecordsFile(file, recordsOptions());
    // Shown again after a reload, until "Back to the site's records": kept before it is shown,
    // so that the page says so only once a reload would bring it back.
    const kept = keep ? await keepOpenedFile(file) : keptBefore;
    if (keep && !kept) {
      // Nor the one kept before: a reload shows the site's records, as the notice says.
      await forgetOpenedFile();
      useAppStore.getState().notify('fileNotKept');
    }
    rememberOpenedFile(file);
    setRecordsSource({
      kind: 'file',
      name: file.name,
      kept,
      ...(value.sheet !== undefined ? { sheet: value.sheet } : {}),
    });
    setLoad('records', { state: 'ready', value });
  } catch (error) {
    setRecordsSource(sourceBefore);
    setLoad('records', before);
    setRecordsRefused(failureOf(error, file.name));
    setRecordsProgress(undefined);
    return false;
  }
  setRecordsProgress(undefined);
  return true;
}
