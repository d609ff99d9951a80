import { localDayOf } from '../domain/dates';
import { latestDate } from '../domain/status';
import { lazy, Suspense, useEffect } from 'react';
import { Collapsible, LanguageSelect, ThemeSelect } from '../shared/controls/Controls';
import { LANGUAGES } from '../shared/i18n/languages';
import type { Language } from '../domain/languages';
import { THEME_CHOICES, useTheme } from './theme';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import { browserLanguage } from './language';
import { useI18n } from '../shared/i18n/useI18n';
import { useAppStore } from '../state/store';
import { DataProblems } from './DataProblems';
import { Notices } from './Notices';
import { UpdateReady } from './UpdateReady';
import { Nav } from './Nav';
import { Overview } from './Overview';
import { useProducts } from '../state/derived';
import { useRegions } from './regions';
import type { View } from '../state/url';
import { useUrlSync } from './useUrlSync';
import { recordsSourceText } from './recordsSourceText';
import './app.css';

// Each view but the overview is its own chunk, loaded when it is opened.
const OutstandingContainer = lazy(() => import('./OutstandingContainer'));
const CountryContainer = lazy(() => import('./CountryContainer'));
const PresentContainer = lazy(() => import('./PresentContainer'));
const DataContainer = lazy(() => import('./DataContainer'));
const ChangesContainer = lazy(() => import('./ChangesContainer'));
const HandoutContainer = lazy(() => import('./HandoutContainer'));
// The embedded map (`?embed=1`): the overview's map and legend, laid out for an iframe.
const EmbedContainer = lazy(() => import('./embedding').then((m) => ({ default: m.EmbedContainer })));

/** The dashboard, in the language the selection asks for (English when it is not available). */
export function App() {
  // The language asked for in the URL, else the browser's first one the interface speaks.
  const lang = useAppStore((s) => s.selection.lang) ?? browserLanguage();
  return (
    <I18nProvider lang={lang}>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  useUrlSync();
  const i18n = useI18n();
  const products = useProducts();
  const regions = useRegions();
  const loading = useAppStore(
    (s) => s.products.state === 'loading' || s.regions.state === 'loading' || s.records.state === 'loading',
  );
  const view = useAppStore((s) => s.selection.view);
  const embed = useAppStore((s) => s.selection.embed);
  const select = useAppStore((s) => s.select);
  const [theme, setTheme] = useTheme();
  const recordsSource = useAppStore((s) => s.recordsSource);
  // When the records were last updated: their file's Last-Modified day, else their latest record.
  const updated = useAppStore((s) => {
    if (s.records.state !== 'ready') return undefined;
    return localDayOf(s.records.value.lastModified) ?? latestDate(s.records.value.records);
  });

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
    // The embedded map names its product and region itself.
    if (!embed) document.title = i18n.t('app.title');
  }, [i18n, embed]);
  useEffect(() => i18n.prepare(), [i18n]);

  // Views need at least one product and one region (from their files, or derived when those failed).
  const ready = products.length > 0 && regions.length > 0;
  if (embed) {
    const loadingText = <p role="status">{i18n.t('app.loading')}</p>;
    return (
      <Suspense fallback={loadingText}>{ready ? <EmbedContainer /> : loading ? loadingText : null}</Suspense>
    );
  }
  // Present mode and the handout fill the page themselves.
  if ((view === 'present' || view === 'handout') && ready) {
    return (
      <Suspense fallback={<p role="status">{i18n.t('app.loading')}</p>}>
        {view === 'present' ? <PresentContainer /> : <HandoutContainer />}
      </Suspense>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {i18n.t('app.skip')}
      </a>
      <header className="app__header">
        <div>
          <p className="app__org">{i18n.t('app.subtitle')}</p>
          <h1 className="app__title">{i18n.t('app.title')}</h1>
        </div>
        <div className="app__header-end">
          <div className="app__settings">
            <Collapsible
              id="settings"
              summary={`${LANGUAGES[i18n.lang as Language].name} · ${i18n.labelled(i18n.t('theme.label'), i18n.t(`theme.${theme}`))}`}
            >
              <LanguageSelect current={i18n.lang} onChange={(lang) => select({ lang })} />
              <ThemeSelect choices={THEME_CHOICES} current={theme} onChange={setTheme} />
            </Collapsible>
          </div>
          <Nav />
        </div>
      </header>
      <main className="app__main" id="content" tabIndex={-1}>
        <Notices />
        <UpdateReady />
        <DataProblems />
        <Suspense fallback={<p role="status">{i18n.t('app.loading')}</p>}>
          {view === 'data' ? (
            <DataContainer />
          ) : ready ? (
            <CurrentView view={view} />
          ) : loading ? (
            <p role="status">{i18n.t('app.loading')}</p>
          ) : null}
        </Suspense>
      </main>
      <footer className="app__footer">
        <p>
          {recordsSourceText(i18n, recordsSource)}
          {updated && <> {i18n.t('footer.updated', { date: i18n.formatDate(updated) })}</>}
        </p>
      </footer>
    </div>
  );
}

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'outstanding':
      return <OutstandingContainer />;
    case 'country':
      return <CountryContainer />;
    case 'changes':
      return <ChangesContainer />;
    default:
      return <Overview />;
  }
}
