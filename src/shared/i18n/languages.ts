import type { Language } from '../../domain/languages';
import type { Messages } from './en';

export interface LanguageInfo {
  /** The language's name in itself, for the language switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The locale of dates and numbers. */
  locale: string;
}

export const LANGUAGES: Record<Language, LanguageInfo> = {
  // Dates as the UN writes them in English: 9 March 2022.
  en: { name: 'English', dir: 'ltr', locale: 'en-GB' },
  fr: { name: 'Français', dir: 'ltr', locale: 'fr-FR' },
  es: { name: 'Español', dir: 'ltr', locale: 'es-ES' },
  ru: { name: 'Русский', dir: 'ltr', locale: 'ru-RU' },
  zh: { name: '中文', dir: 'ltr', locale: 'zh-CN' },
  // Western digits, as in UN documents in Arabic.
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
};

/** A language's messages, and the country names in it (src/domain/names, one table). */
export interface LanguageFiles {
  messages: Messages;
  countryNames: Readonly<Record<string, string>>;
}

const withNames = (messages: Promise<Messages>, names: Promise<{ default: Record<string, string> }>) =>
  Promise.all([messages, names]).then(([m, n]) => ({ messages: m, countryNames: n.default }));

/** The languages other than English, each its own chunks, loaded when chosen. */
export const LANGUAGE_FILES: Record<Exclude<Language, 'en'>, () => Promise<LanguageFiles>> = {
  fr: () =>
    withNames(
      import('./fr').then((m) => m.fr),
      import('../../domain/names/fr.json'),
    ),
  es: () =>
    withNames(
      import('./es').then((m) => m.es),
      import('../../domain/names/es.json'),
    ),
  ru: () =>
    withNames(
      import('./ru').then((m) => m.ru),
      import('../../domain/names/ru.json'),
    ),
  zh: () =>
    withNames(
      import('./zh').then((m) => m.zh),
      import('../../domain/names/zh.json'),
    ),
  ar: () =>
    withNames(
      import('./ar').then((m) => m.ar),
      import('../../domain/names/ar.json'),
    ),
};
