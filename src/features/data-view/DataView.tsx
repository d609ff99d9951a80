import { useRef, useState, type ReactNode } from 'react';
import { recordsTemplate, recordsTemplateCsv, type ParsedRecords } from '../../domain/records';
import type { DataIssue, Product, RecordsSource } from '../../domain/types';
import { download } from '../../shared/download';
import { useI18n } from '../../shared/i18n/useI18n';
import { DataFiles, type FileStatus } from './DataFiles';
import { ValidationReport } from './ValidationReport';
import { StatusesTable } from './StatusesTable';
import './data-view.css';

export type { FileStatus };

/** The records template as a workbook; the writer is fetched only now. */
async function downloadTemplateWorkbook() {
  try {
    const { recordsTemplateWorkbook } = await import('../../data/writeWorkbook');
    download(await recordsTemplateWorkbook(recordsTemplate()), 'records-template.xlsx');
  } catch (error) {
    console.error('the workbook template could not be made:', error);
  }
}

/** What a records file opened here may be: CSV, or an Excel workbook (an old .xls is explained). */
const ACCEPT = [
  '.csv',
  'text/csv',
  'text/plain',
  '.xlsx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls',
  'application/vnd.ms-excel',
].join(',');

export interface DataViewProps {
  files: FileStatus[];
  records?: ParsedRecords;
  /** Problems found in the other files read row by row (contacts.csv), reported after the records'. */
  otherIssues?: readonly DataIssue[];
  /** Describes where the records come from. */
  recordsSource: RecordsSource;
  progress?: number;
  onOpenFile(file: File): void;
  onSiteRecords(): void;
  onRetry(file: string): void;
  /** "Record a change" and the drafts, from the app. */
  drafts?: ReactNode;
  /** The products, whose statuses the records may carry. */
  products?: readonly Product[];
  /** Downloads the data shown as one .zip; absent while the records load. */
  onDownloadData?(): void;
}

/** Which files are loaded, the full validation report, and a records file of one's own. */
export function DataView({
  files,
  records,
  otherIssues,
  recordsSource,
  progress,
  onOpenFile,
  onSiteRecords,
  onRetry,
  drafts,
  products = [],
  onDownloadData,
}: DataViewProps) {
  const i18n = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const open = (list: FileList | null) => {
    const file = list?.[0];
    if (file) onOpenFile(file);
  };
  const sourceText =
    recordsSource.kind === 'file'
      ? recordsSource.sheet !== undefined
        ? i18n.t('data.sourceSheet', { name: recordsSource.name, sheet: recordsSource.sheet })
        : i18n.t('data.sourceFile', { name: recordsSource.name })
      : recordsSource.kind === 'url'
        ? i18n.t('data.sourceUrl', { url: recordsSource.url })
        : i18n.t('data.sourceDefault');

  return (
    <div className="data-view">
      <h2>{i18n.t('data.title')}</h2>
      <DataFiles files={files} onRetry={onRetry} />

      <section className="data-view__records" aria-labelledby="records-title">
        <h3 id="records-title">{i18n.t('data.recordsTitle')}</h3>
        <p data-testid="records-source">{sourceText}</p>
        {recordsSource.kind === 'file' && recordsSource.kept && (
          <p data-testid="records-kept">{i18n.t('data.fileKept')}</p>
        )}
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
            accept={ACCEPT}
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
                new Blob([recordsTemplateCsv()], { type: 'text/csv;charset=utf-8' }),
                'records-template.csv',
              )
            }
          >
            {i18n.t('data.template')}
          </button>
          <button type="button" onClick={() => void downloadTemplateWorkbook()}>
            {i18n.t('data.templateXlsx')}
          </button>
          {onDownloadData && (
            <button type="button" onClick={onDownloadData}>
              {i18n.t('data.downloadAll')}
            </button>
          )}
        </div>
        <StatusesTable products={products} />
      </section>

      {drafts}

      <ValidationReport issues={[...(records?.issues ?? []), ...(otherIssues ?? [])]} />
    </div>
  );
}
