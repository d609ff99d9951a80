import { useRef, useState } from 'react';
import { writeCsv } from '../../domain/csv';
import { RECORD_COLUMNS, recordsToCsv, type ParsedRecords } from '../../domain/records';
import type { DataIssue } from '../../domain/types';
import type { LoadFailure } from '../../data/fetchFile';
import { download } from '../../shared/figure/exportFigure';
import type { MessageKey } from '../../shared/i18n/en';
import { useI18n } from '../../shared/i18n/useI18n';
import './data-view.css';

interface FileCounts {
  rows?: number;
  warnings?: number;
  errors?: number;
}

/** How one data file stands; a failed one says why. */
export type FileStatus = { file: string } & (
  | { state: 'loading' | 'absent' }
  | ({ state: 'ready' } & FileCounts)
  | { state: 'error'; failure: LoadFailure }
);

export interface DataViewProps {
  files: FileStatus[];
  records?: ParsedRecords;
  /** Describes where the records come from. */
  recordsSource: { kind: 'default' } | { kind: 'url'; url: string } | { kind: 'file'; name: string };
  progress?: number;
  onOpenFile(file: File): void;
  onSiteRecords(): void;
  onRetry(file: string): void;
}

const REPORT_LIMIT = 500;

/** Which files are loaded, the full validation report, and a records file of one's own. */
export function DataView({
  files,
  records,
  recordsSource,
  progress,
  onOpenFile,
  onSiteRecords,
  onRetry,
}: DataViewProps) {
  const i18n = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const issues: readonly DataIssue[] = records?.issues ?? [];
  const open = (list: FileList | null) => {
    const file = list?.[0];
    if (file) onOpenFile(file);
  };
  const sourceText =
    recordsSource.kind === 'file'
      ? i18n.t('data.sourceFile', { name: recordsSource.name })
      : recordsSource.kind === 'url'
        ? i18n.t('data.sourceUrl', { url: recordsSource.url })
        : i18n.t('data.sourceDefault');

  return (
    <div className="data-view">
      <h2>{i18n.t('data.title')}</h2>
      <table className="data-view__files">
        <caption className="visually-hidden">{i18n.t('data.filesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('data.file')}</th>
            <th scope="col">{i18n.t('data.state')}</th>
            <th scope="col">{i18n.t('data.rows')}</th>
            <th scope="col">{i18n.t('data.warnings')}</th>
            <th scope="col">{i18n.t('data.errors')}</th>
            <th scope="col">
              <span className="visually-hidden">{i18n.t('error.retry')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => {
            const counts: FileCounts = f.state === 'ready' ? f : {};
            return (
              <tr key={f.file} data-file={f.file} data-state={f.state}>
                <td>{f.file}</td>
                <td>{f.state === 'error' ? i18n.failure(f.failure) : i18n.t(`data.state.${f.state}`)}</td>
                <td>{counts.rows !== undefined ? i18n.formatNumber(counts.rows) : ''}</td>
                <td>{counts.warnings !== undefined ? i18n.formatNumber(counts.warnings) : ''}</td>
                <td>{counts.errors !== undefined ? i18n.formatNumber(counts.errors) : ''}</td>
                <td>
                  {f.state === 'error' && (
                    <button type="button" onClick={() => onRetry(f.file)}>
                      {i18n.t('error.retry')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <section className="data-view__records" aria-labelledby="records-title">
        <h3 id="records-title">{i18n.t('data.recordsTitle')}</h3>
        <p data-testid="records-source">{sourceText}</p>
        {recordsSource.kind !== 'default' && (
          <button type="button" onClick={onSiteRecords}>
            {i18n.t('data.backToSite')}
          </button>
        )}
        <div
          className={`data-view__drop${dragging ? ' data-view__drop--over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            open(e.dataTransfer.files);
          }}
        >
          <label htmlFor="records-file">{i18n.t('data.open')}</label>
          <input
            ref={inputRef}
            id="records-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              open(e.target.files);
              e.target.value = '';
            }}
          />
          <p className="data-view__hint">{i18n.t('data.openHint')}</p>
        </div>
        {progress !== undefined && (
          <p>
            <label htmlFor="records-progress">{i18n.t('data.reading')}</label>{' '}
            <progress id="records-progress" max={1} value={progress} />
          </p>
        )}
        <div className="data-view__downloads">
          <button
            type="button"
            onClick={() =>
              download(
                new Blob([writeCsv(RECORD_COLUMNS, [])], { type: 'text/csv;charset=utf-8' }),
                'records-template.csv',
              )
            }
          >
            {i18n.t('data.template')}
          </button>
          {records && records.records.length > 0 && (
            <button
              type="button"
              onClick={() =>
                download(
                  new Blob([recordsToCsv(records.records)], { type: 'text/csv;charset=utf-8' }),
                  'records-valid.csv',
                )
              }
            >
              {i18n.t('data.validRows')}
            </button>
          )}
        </div>
      </section>

      <section aria-labelledby="report-title">
        <h3 id="report-title">{i18n.t('data.report', { count: issues.length })}</h3>
        {issues.length === 0 ? (
          <p>{i18n.t('data.noIssues')}</p>
        ) : (
          <div className="data-view__report-wrap">
            <table className="data-view__report">
              <thead>
                <tr>
                  <th scope="col">{i18n.t('data.severity')}</th>
                  <th scope="col">{i18n.t('data.line')}</th>
                  <th scope="col">{i18n.t('data.column')}</th>
                  <th scope="col">{i18n.t('data.value')}</th>
                  <th scope="col">{i18n.t('data.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {issues.slice(0, REPORT_LIMIT).map((issue, i) => (
                  <tr key={i} data-line={issue.line} data-severity={issue.severity} data-code={issue.code}>
                    <td>{i18n.t(issue.severity === 'error' ? 'data.error' : 'data.warning')}</td>
                    <td>{issue.line ?? ''}</td>
                    <td>{issue.column ?? ''}</td>
                    <td className="data-view__value">{issue.value ?? ''}</td>
                    <td>{i18n.t(`issue.${issue.code}` as MessageKey, issue.params)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {issues.length > REPORT_LIMIT && (
              <p>{i18n.t('data.more', { count: issues.length - REPORT_LIMIT })}</p>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
