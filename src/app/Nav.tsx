import { useI18n } from '../shared/i18n/useI18n';
import { useAppStore } from '../state/store';
import { toSearch, VIEWS, type View } from '../state/url';

const LABELS = {
  overview: 'nav.overview',
  outstanding: 'nav.outstanding',
  changes: 'nav.changes',
  country: 'nav.country',
  present: 'nav.present',
  data: 'nav.data',
} as const satisfies Record<View, string>;

/** The views, as real links (they open in a new tab too) that switch in place when clicked. */
export function Nav() {
  const i18n = useI18n();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  return (
    <nav className="nav" aria-label={i18n.t('nav.label')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a
              href={toSearch({ ...selection, view }) || '?'}
              aria-current={selection.view === view ? 'page' : undefined}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                select({ view });
              }}
            >
              {i18n.t(LABELS[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
