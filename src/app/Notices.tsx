import type { MessageKey } from '../shared/i18n/en';
import { useI18n } from '../shared/i18n/useI18n';
import { useAppStore, type NoticeKind } from '../state/store';

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

/** Quiet, dismissible messages about the URL or data the app had to correct. */
export function Notices() {
  const i18n = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
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
