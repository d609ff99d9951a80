import type { LoadFailure } from '../data/fetchFile';
import { sourcesOf } from '../data/loaders';
import { countIssues, firstIssues } from '../domain/issues';
import { useI18n } from '../shared/i18n/useI18n';
import { DATA_KEYS, useAppStore, useLoads, type Load } from '../state/store';
import type { DataKey } from '../state/store';
import { reload } from './loadData';

/** Which data file failed and why, with a retry; the rest of the app keeps working. */
export function DataProblems() {
  const i18n = useI18n();
  const loads = useLoads();
  const select = useAppStore((s) => s.select);

  const failed = DATA_KEYS.map((key) => [key, loads[key]] as [DataKey, Load<unknown>]).filter(
    (entry): entry is [DataKey, { state: 'error'; failure: LoadFailure }] => entry[1].state === 'error',
  );
  const productIssues = useAppStore((s) => s.productIssues);
  // Files read entry by entry whose entries had problems: products.json, the records, contacts.csv.
  // The records' issues file by file: site.json may list several sources.
  const recordIssues = loads.records.state === 'ready' ? loads.records.value.issues : [];
  const byFile = [...new Set(recordIssues.map((i) => i.file))].map((file) =>
    recordIssues.filter((i) => i.file === file),
  );
  const withIssues = [
    loads.products.state === 'ready' ? productIssues : [],
    ...byFile,
    loads.contacts.state === 'ready' ? (loads.contacts.value?.issues ?? []) : [],
  ].filter((issues) => issues.length > 0);
  // Records sources that could not be read while the others were: named, with a retry.
  const failedSources =
    sourcesOf(loads.records.state === 'ready' ? loads.records.value : undefined)?.filter(
      (source) => source.failure,
    ) ?? [];
  if (failed.length === 0 && withIssues.length === 0 && failedSources.length === 0) return null;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      {failed.length > 0 && <h2 id="problems-title">{i18n.t('error.title')}</h2>}
      <ul>
        {failed.map(([key, load]) => (
          <li key={key} data-file={load.failure.file}>
            {i18n.failure(load.failure)} {key === 'records' && i18n.t('error.noRecords')}
            {key === 'boundaries' && i18n.t('error.noBoundaries')}{' '}
            <button type="button" onClick={() => void reload(key)}>
              {i18n.t('error.retry')}
            </button>
          </li>
        ))}
        {failedSources.map((source) => (
          <li key={source.file} data-file={source.file}>
            {i18n.failure(source.failure!)} {i18n.t('error.sourceLeftOut')}{' '}
            <button type="button" onClick={() => void reload('records')}>
              {i18n.t('error.retry')}
            </button>
          </li>
        ))}
        {withIssues.map((issues) => (
          <li key={issues[0]!.file} data-file={issues[0]!.file}>
            {issues === productIssues
              ? i18n.t('error.productIssues', { file: issues[0]!.file, errors: issues.length })
              : i18n.t('error.recordIssues', { file: issues[0]!.file, ...countIssues(issues) })}{' '}
            <button type="button" className="link-button" onClick={() => select({ view: 'data' })}>
              {i18n.t('error.fullReport')}
            </button>
            <ul className="problems__issues">
              {firstIssues(issues, 5).map((issue, i) => (
                <li key={i}>{i18n.issue(issue)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
