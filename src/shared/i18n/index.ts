import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en';
import { LANGUAGES, LANGUAGE_FILES, type LanguageFiles } from './languages';
import englishNames from '../../domain/names/en.json';
import { DEFAULT_LANGUAGE, isLanguage, textIn, type Language, type LocalText } from '../../domain/languages';
import type { LoadFailure } from '../../data/fetchFile';
import type { DataIssue, Iso3, IsoDate, Status } from '../../domain/types';
import type { Vocabulary } from '../../domain/stages';
import { localDayOf } from '../../domain/dates';

export interface I18n {
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: Values): string;
  /** A status's name for a product: its label from the data, else the interface's word for it. */
  status(status: Status, vocabulary: Vocabulary): string;
  /** The same, with the language it is in when the data has none in the interface's. */
  statusIn(status: Status, vocabulary: Vocabulary): { text: string; lang?: Language };
  /**
   * "7 of 24 submitted", "19 of 24 registered": the product's word for done, or for the default
   * statuses the message `builtIn` (charts.submittedOf by default).
   */
  progress(
    done: number,
    total: number,
    vocabulary: Vocabulary,
    builtIn?: 'charts.submittedOf' | 'present.headline',
  ): string;
  /** What done means for the product, in a sentence ("registered"; "done" when the data says not). */
  doneWord(vocabulary: Vocabulary): string;
  formatDate(date: IsoDate): string;
  /** A short month and year for chart axes. */
  formatMonth(date: IsoDate): string;
  /**
   * An instant (an HTTP date, "Fri, 04 Dec 2026 09:30:00 GMT") as the reader's day and time of
   * day; undefined when the text is not a date.
   */
  formatMoment(instant: string | undefined): { date: string; time: string } | undefined;
  formatNumber(n: number): string;
  /** A change in a count, signed unless zero: "+2", "−1", "0". */
  formatChange(n: number): string;
  /** Items as a list read aloud: "7 submitted, 7 in preparation, 10 no information". */
  list(items: readonly string[]): string;
  /** A label and its value in the language's punctuation: "Note: …", "Note : …", "备注：…". */
  labelled(label: string, value: string): string;
  /**
   * The text before, between and after a label and its value (["", ": ", ""] in English), for a
   * line that lays out the label or the value as markup.
   */
  labelledParts(): readonly [before: string, between: string, after: string];
  /** A text from the data (a product's or region's name) in the interface language, else English. */
  text(value: LocalText): string;
  /** The same, with the language it is in when that is not the interface's (English). */
  textIn(value: LocalText): { text: string; lang?: Language };
  /** The country's name in the interface language. */
  countryName(iso3: Iso3): string;
  /**
   * A data issue in words: "records.csv, line 5, country “XXX”: unknown country"; in a
   * spreadsheet, "records.xlsx, sheet “records”, row 5, …".
   */
  issue(issue: DataIssue): string;
  /**
   * Why the issue is one: "unknown country". A spreadsheet's issue says "row" where a text
   * file's says "line", and a date it names is written in the interface language.
   */
  issueReason(issue: DataIssue): string;
  /** Why a data file could not be loaded: "records.csv was not found (404)." */
  failure(failure: LoadFailure): string;
  /**
   * Makes the Intl formatters now, one short task each: the first one a page makes loads the
   * locale data and takes tens of milliseconds, better spent while the data downloads than
   * inside the first render of the map.
   */
  prepare(): () => void;
}

/** Values put into a message; inserted as text, never as markup. */
export type Values = Record<string, string | number>;

const loaded = new Map<Language, LanguageFiles>([['en', { messages: en, countryNames: englishNames }]]);
const loading = new Map<Language, Promise<Language>>();

/** The language `lang` asks for when the interface speaks it, else English. */
function languageOf(lang: string | undefined): Language {
  return lang && isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** True when getI18n(lang) can answer in that language without waiting. */
export function isLoaded(lang: string | undefined): boolean {
  return loaded.has(languageOf(lang));
}

/**
 * Fetches a language's messages (its own chunk); resolves with the language that will be used,
 * English when `lang` is not one the interface speaks or its file could not be fetched.
 */
export function loadLanguage(lang: string | undefined): Promise<Language> {
  const code = languageOf(lang);
  if (code === 'en' || loaded.has(code)) return Promise.resolve(code);
  let pending = loading.get(code);
  if (!pending) {
    pending = LANGUAGE_FILES[code]()
      .then((files) => {
        loaded.set(code, files);
        return code;
      })
      .catch((error: unknown) => {
        console.warn(`messages for ${code} could not be loaded:`, error);
        loading.delete(code);
        return DEFAULT_LANGUAGE;
      });
    loading.set(code, pending);
  }
  return pending;
}

const cache = new Map<Language, I18n>();

// Each message is its own IntlMessageFormat. By default each looks its locale up among those
// the browser supports (Intl's supportedLocalesOf: on a first render, the most costly call of
// all) and keeps its own number, date and plural formatters. The interface's locales are known
// (languages.ts): here each is read once, and one set of formatters serves every message.
const resolvedLocales = new Map<string, Intl.Locale>();
IntlMessageFormat.resolveLocale = (locales) => {
  const tag = String(Array.isArray(locales) ? locales[0] : locales);
  let locale = resolvedLocales.get(tag);
  if (!locale) resolvedLocales.set(tag, (locale = new Intl.Locale(tag)));
  return locale;
};
/** An Intl constructor's instances, one per distinct set of arguments. */
function sharedInstances<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let instance = made.get(key);
    if (!instance) made.set(key, (instance = make(...args)));
    return instance;
  };
}
const FORMATTERS = {
  getNumberFormat: sharedInstances(
    (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  ),
  getDateTimeFormat: sharedInstances(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getPluralRules: sharedInstances(
    (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  ),
};

/** The interface in `lang` if its messages are loaded (see loadLanguage), else in English. */
export function getI18n(lang: string | undefined): I18n {
  const wanted = languageOf(lang);
  const code = loaded.has(wanted) ? wanted : DEFAULT_LANGUAGE;
  const cached = cache.get(code);
  if (cached) return cached;
  const { messages, countryNames } = loaded.get(code)!;
  const { dir, locale } = LANGUAGES[code];
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey, values: Values = {}): string => {
    let compiled = formats.get(key);
    if (!compiled) {
      compiled = new IntlMessageFormat(messages[key], locale, undefined, {
        ignoreTag: true,
        formatters: FORMATTERS,
      });
      formats.set(key, compiled);
    }
    return String(compiled.format(values));
  };
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
  // The reader's own time of day: the one time not shown in UTC.
  const timeFormat = once(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const numberFormat = once(() => new Intl.NumberFormat(locale));
  const changeFormat = once(() => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }));
  const listFormat = once(() => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }));
  const i18n: I18n = {
    lang: code,
    dir,
    t: format,
    statusIn: (status, vocabulary) => {
      const label = vocabulary.byId.get(status)?.label;
      if (label !== undefined) return textIn(label, code);
      const key = `status.${status}`;
      return { text: key in messages ? format(key as MessageKey) : status };
    },
    status: (status, vocabulary) => i18n.statusIn(status, vocabulary).text,
    progress: (done, total, vocabulary, builtIn = 'charts.submittedOf') =>
      vocabulary.builtIn
        ? format(builtIn, { submitted: done, total })
        : format('progress.ofWord', { done, total, word: i18n.doneWord(vocabulary) }),
    doneWord: (vocabulary) => {
      if (vocabulary.done === undefined) return format('progress.doneWord');
      const word = textIn(vocabulary.done, code).text;
      // Right to left, the data's word is isolated, so that a word in Latin script keeps its place.
      return dir === 'rtl' ? `\u2068${word}\u2069` : word;
    },
    formatDate: (date) => {
      const d = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? date : dateFormat().format(d);
    },
    formatMonth: (date) => {
      const d = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? date : monthFormat().format(d);
    },
    formatMoment: (instant) => {
      const day = localDayOf(instant);
      return day === undefined
        ? undefined
        : { date: i18n.formatDate(day), time: timeFormat().format(new Date(instant!)) };
    },
    formatNumber: (n) => numberFormat().format(n),
    formatChange: (n) => changeFormat().format(n),
    list: (items) => listFormat().format(items),
    text: (value) => textIn(value, code).text,
    textIn: (value) => textIn(value, code),
    labelled: (label, value) => format('common.labelled', { label, value }),
    labelledParts: once(() => {
      // Private-use characters stand for the label and the value, which every language gives in
      // that order (messages.test.ts holds each language to it).
      const [before = '', rest = ''] = format('common.labelled', { label: '\uE000', value: '\uE001' }).split(
        '\uE000',
      );
      const [between = '', after = ''] = rest.split('\uE001');
      return [before, between, after] as const;
    }),
    countryName: (iso3) => countryNames[iso3] ?? (englishNames as Record<string, string>)[iso3] ?? iso3,
    prepare: () => {
      const steps = [dateFormat, monthFormat, numberFormat];
      let timer: ReturnType<typeof setTimeout>;
      const next = () => {
        steps.shift()?.();
        if (steps.length) timer = setTimeout(next, 0);
      };
      timer = setTimeout(next, 0);
      return () => clearTimeout(timer);
    },
    issue: (issue) => {
      const t = format;
      const inSheet = issue.sheet !== undefined;
      const where = [
        issue.file,
        inSheet ? t('issue.sheet', { sheet: issue.sheet! }) : undefined,
        issue.line !== undefined ? t(inSheet ? 'issue.row' : 'issue.line', { line: issue.line }) : undefined,
        issue.column !== undefined
          ? t('issue.value', { column: issue.column, value: issue.value ?? '' })
          : undefined,
      ].filter(Boolean);
      return i18n.labelled(where.join(', '), i18n.issueReason(issue));
    },
    issueReason: (issue) => {
      const sheetKey = `issue.${issue.code}.sheet`;
      const key =
        issue.sheet !== undefined && sheetKey in messages
          ? (sheetKey as MessageKey)
          : (`issue.${issue.code}` as const);
      const params = { ...issue.params };
      // Days a message names are written as dates in the reader's language.
      for (const name of ['date', 'monthFirst'] as const)
        if (params[name] !== undefined) params[name] = i18n.formatDate(String(params[name]));
      return format(key, params);
    },
    failure: (failure) => format(`error.${failure.kind}`, { ...failure }),
  };
  cache.set(code, i18n);
  return i18n;
}

export type { MessageKey };
export { LANGUAGES };
