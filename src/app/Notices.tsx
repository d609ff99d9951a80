import { useI18n } from '../shared/i18n/useI18n';
import { useAppStore } from '../state/store';

/** Quiet, dismissible messages about the URL or data the app had to correct. */
export function Notices() {
  const i18n = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{i18n.t(n.key, n.values)}</span>
          <button type="button" className="notice__dismiss" onClick={() => dismiss(n.id)}>
            {i18n.t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
