import { sourcesOf } from '../data/loaders';
import type { ParsedRecords } from '../domain/records';
import type { MessageKey } from '../shared/i18n/en';
import { useI18n } from '../shared/i18n/useI18n';
import { recordsFileName, useAppStore, type NoticeKind } from '../state/store';

/** The words of each kind of notice. */
const NOTICE_MESSAGES: Record<NoticeKind, MessageKey> = {
  unknownProduct: 'notice.unknownProduct',
  unknownRegion: 'notice.unknownRegion',
  unknownCountry: 'notice.unknownCountry',
  unknownView: 'notice.unknownView',
  unknownLang: 'notice.unknownLang',
  badDate: 'notice.badDate',
  futureAsOf: 'notice.futureAsOf',
  badSince: 'notice.badSince',
  svgMap: 'notice.svgMap',
  draftsNotKept: 'notice.draftsNotKept',
  draftsUnreadable: 'notice.draftsUnreadable',
  fileNotKept: 'notice.fileNotKept',
};

/** The files shown from a kept copy, when the records are (offline): by name, in source order. */
function copiedFiles(records: ParsedRecords, file: string): string[] {
  if (!records.copyOf) return [];
  const sources = sourcesOf(records);
  return sources ? sources.filter((s) => s.copyOf).map((s) => s.file) : [file];
}

/** Quiet, dismissible messages about the URL or data the app had to correct. */
export function Notices() {
  const i18n = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  const records = useAppStore((s) => (s.records.state === 'ready' ? s.records.value : undefined));
  const recordsFile = recordsFileName(useAppStore((s) => s.recordsSource));
  // Offline, the records shown may be old: said for as long as they are shown.
  const copy = records && i18n.formatMoment(records.copyOf);
  return (
    <div className="notices" role="status" aria-live="polite">
      {copy && (
        <p className="notice" data-testid="records-copy">
          <span>
            {i18n.t('notice.recordsCopy', {
              ...copy,
              files: i18n.list(copiedFiles(records, recordsFile)),
            })}
          </span>
        </p>
      )}
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>
            {i18n.t(
              NOTICE_MESSAGES[n.kind],
              Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, i18n.text(v)])),
            )}
          </span>
          <button type="button" className="notice__dismiss" onClick={() => dismiss(n.id)}>
            {i18n.t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
