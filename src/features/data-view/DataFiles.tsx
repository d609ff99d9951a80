import { localDayOf } from '../../domain/dates';
import type { LoadFailure } from '../../data/fetchFile';
import { TableHead } from '../../shared/TableHead';
import { useI18n } from '../../shared/i18n/useI18n';
import type { I18n } from '../../shared/i18n';

interface FileCounts {
  rows?: number;
  warnings?: number;
  errors?: number;
  /** A records source's latest record date (with several sources). */
  latest?: string;
  /** When the server last changed the file (its Last-Modified header). */
  lastModified?: string;
  /** When the copy shown was made, when the network failed and a kept copy was read. */
  copyOf?: string;
}

/**
 * How one data file stands; a failed one says why. A file opened from the computer that could
 * not be read at all is "refused": it says why, and the records shown before stay.
 */
export type FileStatus = { file: string } & (
  | { state: 'loading' | 'absent' }
  | ({ state: 'ready' } & FileCounts)
  | { state: 'error' | 'refused'; failure: LoadFailure }
);

/** How a file stands, in words: a copy read offline says when it was made. */
function stateText(f: FileStatus, i18n: I18n): string {
  if (f.state === 'error' || f.state === 'refused') return i18n.failure(f.failure);
  const copy = f.state === 'ready' ? i18n.formatMoment(f.copyOf) : undefined;
  if (copy) return i18n.t('data.state.copy', copy);
  return i18n.t(`data.state.${f.state}`);
}

/** Which data files are loaded, with their rows, warnings and errors; a failed one can be retried. */
export function DataFiles({ files, onRetry }: { files: readonly FileStatus[]; onRetry(file: string): void }) {
  const i18n = useI18n();
  // The dates of the records sources, when there are several.
  const dated = files.some(
    (f) => f.state === 'ready' && (f.latest !== undefined || f.lastModified !== undefined),
  );
  const modified = (value: string | undefined) => {
    const day = localDayOf(value);
    return day ? i18n.formatDate(day) : '';
  };
  return (
    <div className="data-view__files-wrap">
      <table className="data-view__files">
        <TableHead
          caption={i18n.t('data.filesCaption')}
          columns={[
            i18n.t('data.file'),
            i18n.t('data.state'),
            i18n.t('data.rows'),
            i18n.t('data.warnings'),
            i18n.t('data.errors'),
            dated && i18n.t('data.latest'),
            dated && i18n.t('data.lastModified'),
            <span className="visually-hidden">{i18n.t('error.retry')}</span>,
          ]}
        />
        <tbody>
          {files.map((f) => {
            const counts: FileCounts = f.state === 'ready' ? f : {};
            if (f.state === 'refused')
              return (
                <tr key={`refused ${f.file}`} data-file={f.file} data-state="refused">
                  <td>{f.file}</td>
                  <td colSpan={dated ? 7 : 5}>
                    <span role="alert">{i18n.failure(f.failure)}</span>
                  </td>
                </tr>
              );
            return (
              <tr key={f.file} data-file={f.file} data-state={counts.copyOf ? 'copy' : f.state}>
                <td>{f.file}</td>
                <td>{stateText(f, i18n)}</td>
                <td>{counts.rows !== undefined ? i18n.formatNumber(counts.rows) : ''}</td>
                <td>{counts.warnings !== undefined ? i18n.formatNumber(counts.warnings) : ''}</td>
                <td>{counts.errors !== undefined ? i18n.formatNumber(counts.errors) : ''}</td>
                {dated && <td>{counts.latest ? i18n.formatDate(counts.latest) : ''}</td>}
                {dated && <td>{modified(counts.lastModified)}</td>}
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
    </div>
  );
}
