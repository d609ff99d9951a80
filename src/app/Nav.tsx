import { useEffect, useRef } from 'react';
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
} as const satisfies Record<Exclude<View, 'handout'>, string>;
/** The views the bar links to: the handout is reached from present mode and the outstanding view. */
const NAV_VIEWS = VIEWS.filter((v): v is keyof typeof LABELS => v in LABELS);

/** The views, as real links (they open in a new tab too) that switch in place when clicked. */
export function Nav() {
  const i18n = useI18n();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  // On a phone the links are one row that scrolls on its own: the current view's stays in it.
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // After the page has taken the language's direction (the shell sets it after this runs).
    const frame = requestAnimationFrame(() => {
      const ul = list.current;
      const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
      if (!ul || !current || ul.scrollWidth <= ul.clientWidth) return;
      const box = ul.getBoundingClientRect();
      const link = current.getBoundingClientRect();
      if (link.left < box.left) ul.scrollLeft -= box.left - link.left;
      else if (link.right > box.right) ul.scrollLeft += link.right - box.right;
    });
    return () => cancelAnimationFrame(frame);
  }, [selection.view, i18n.lang]);
  return (
    <nav className="nav" aria-label={i18n.t('nav.label')}>
      <ul ref={list}>
        {NAV_VIEWS.map((view) => (
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
