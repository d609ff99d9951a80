import type { LoadFailure } from '../data/fetchFile';
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
  const withIssues = [
    loads.products.state === 'ready' ? productIssues : [],
    loads.records.state === 'ready' ? loads.records.value.issues : [],
    loads.contacts.state === 'ready' ? (loads.contacts.value?.issues ?? []) : [],
  ].filter((issues) => issues.length > 0);
  if (failed.length === 0 && withIssues.length === 0) return null;
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
