import { en, type MessageKey, type Messages } from './en';
import { formatMessage, type Values } from './format';
import { alpha2Of } from '../../domain/countries';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../domain/languages';
import type { LoadFailure } from '../../data/fetchFile';
import type { DataIssue, Iso3, IsoDate, Status } from '../../domain/types';

interface LanguageFile {
  messages: Messages;
  dir: 'ltr' | 'rtl';
  name: string;
  locale: string;
}

/** Each language's messages, as files like en.ts; the codes are those of domain/languages. */
export const LANGUAGES: Record<Language, LanguageFile> = {
  // Dates as the UN writes them in English: 9 March 2022.
  en: { messages: en, dir: 'ltr', name: 'English', locale: 'en-GB' },
};

export interface I18n {
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: Values): string;
  status(status: Status): string;
  formatDate(date: IsoDate): string;
  /** A short month and year for chart axes. */
  formatMonth(date: IsoDate): string;
  formatNumber(n: number): string;
  /** The country's name in the interface language. */
  countryName(iso3: Iso3): string;
  /** A data issue in words: "records.csv, line 5, country “XXX”: unknown country". */
  issue(issue: DataIssue): string;
  /** Why a data file could not be loaded: "records.csv was not found (404)." */
  failure(failure: LoadFailure): string;
  /**
   * Makes the Intl formatters now, one short task each: the first one a page makes loads the
   * locale data and takes tens of milliseconds, better spent while the data downloads than
   * inside the first render of the map.
   */
  prepare(): () => void;
}

const cache = new Map<string, I18n>();

export function getI18n(lang: string): I18n {
  const code = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const cached = cache.get(code);
  if (cached) return cached;
  const { messages, dir, locale } = LANGUAGES[code];
  // Intl formatters are costly to create: each is made when first used.
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const dateFormat = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  const monthFormat = once(
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  );
  const numberFormat = once(() => new Intl.NumberFormat(code));
  const regionNames = once(() => new Intl.DisplayNames([code], { type: 'region', fallback: 'none' }));
  const names = new Map<Iso3, string>();
  const i18n: I18n = {
    lang: code,
    dir,
    t: (key, values = {}) => formatMessage(messages[key], values, code),
    status: (status) => messages[`status.${status}`],
    formatDate: (date) => {
      const d = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? date : dateFormat().format(d);
    },
    formatMonth: (date) => {
      const d = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? date : monthFormat().format(d);
    },
    formatNumber: (n) => numberFormat().format(n),
    countryName: (iso3) => {
      let name = names.get(iso3);
      if (name === undefined) {
        const alpha2 = alpha2Of(iso3);
        name = (alpha2 && regionNames().of(alpha2)) || iso3;
        names.set(iso3, name);
      }
      return name;
    },
    prepare: () => {
      const steps = [dateFormat, monthFormat, numberFormat, regionNames];
      let timer: ReturnType<typeof setTimeout>;
      const next = () => {
        steps.shift()?.();
        if (steps.length) timer = setTimeout(next, 0);
      };
      timer = setTimeout(next, 0);
      return () => clearTimeout(timer);
    },
    issue: (issue) => {
      const t = (key: MessageKey, values?: Values) => formatMessage(messages[key], values ?? {}, code);
      const where = [
        issue.file,
        issue.line !== undefined ? t('issue.line', { line: issue.line }) : undefined,
        issue.column !== undefined
          ? t('issue.value', { column: issue.column, value: issue.value ?? '' })
          : undefined,
      ].filter(Boolean);
      return `${where.join(', ')}: ${t(`issue.${issue.code}`, issue.params)}`;
    },
    failure: (failure) => formatMessage(messages[`error.${failure.kind}`], { ...failure }, code),
  };
  cache.set(code, i18n);
  return i18n;
}

export type { MessageKey };
