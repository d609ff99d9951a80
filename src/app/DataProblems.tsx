import type { LoadFailure } from '../data/fetchFile';
import { countIssues } from '../domain/issues';
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
  const records = loads.records.state === 'ready' ? loads.records.value : undefined;
  const { errors, warnings } = countIssues(records?.issues ?? []);
  if (failed.length === 0 && errors + warnings === 0) return null;
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
        {records && errors + warnings > 0 && (
          <li>
            {i18n.t('error.recordIssues', {
              file: records.issues[0]?.file ?? 'records.csv',
              errors,
              warnings,
            })}{' '}
            <button type="button" className="link-button" onClick={() => select({ view: 'data' })}>
              {i18n.t('error.fullReport')}
            </button>
            <ul className="problems__issues">
              {records.issues.slice(0, 5).map((issue, i) => (
                <li key={i}>{i18n.issue(issue)}</li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
}
