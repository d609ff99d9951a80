import { FILES } from '../data/loaders';
import { countIssues } from '../domain/issues';
import { DataView, type FileStatus } from '../features/data-view/DataView';
import { reload, restoreSiteRecords } from './loadData';
import { openRecordsFile } from './openRecords';
import { useAppStore, useLoads, type DataKey } from '../state/store';

export default function DataContainer() {
  const loads = useLoads();
  const recordsSource = useAppStore((s) => s.recordsSource);
  const recordsProgress = useAppStore((s) => s.recordsProgress);
  const recordsRefused = useAppStore((s) => s.recordsRefused);

  const records = loads.records.state === 'ready' ? loads.records.value : undefined;
  const contacts = loads.contacts.state === 'ready' ? loads.contacts.value : undefined;
  const recordsFile =
    recordsSource.kind === 'file'
      ? recordsSource.name
      : recordsSource.kind === 'url'
        ? recordsSource.url
        : FILES.records;
  const status = (key: DataKey, file: string): FileStatus => {
    const load = loads[key];
    if (load.state === 'error') return { file, state: 'error', failure: load.failure };
    if (load.state === 'loading') return { file, state: 'loading' };
    if (key === 'contacts' && contacts === null) return { file, state: 'absent' };
    if (key === 'contacts' && contacts)
      return { file, state: 'ready', rows: contacts.rows, ...countIssues(contacts.issues) };
    if (key === 'records' && records) {
      return {
        file,
        state: 'ready',
        rows: records.rows,
        ...countIssues(records.issues),
      };
    }
    return { file, state: 'ready' };
  };
  const files: [DataKey, string][] = [
    ['products', FILES.products],
    ['regions', FILES.regions],
    ['records', recordsFile],
    ['boundaries', FILES.boundaries],
    ['contacts', FILES.contacts],
  ];
  return (
    <DataView
      files={files.flatMap(([key, file]) => [
        status(key, file),
        // A file that could not be read is listed after the records that stay.
        ...(key === 'records' && recordsRefused
          ? [{ file: recordsRefused.file, state: 'refused' as const, failure: recordsRefused }]
          : []),
      ])}
      records={records}
      otherIssues={contacts?.issues}
      recordsSource={recordsSource}
      progress={recordsProgress}
      onOpenFile={(file) => void openRecordsFile(file)}
      onSiteRecords={() => void restoreSiteRecords()}
      onRetry={(file) => {
        const entry = files.find(([, f]) => f === file);
        if (entry) void reload(entry[0]);
      }}
    />
  );
}
