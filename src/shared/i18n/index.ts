import { en, type MessageKey, type Messages } from './en';
import { formatMessage, type Values } from './format';
import { alpha2Of } from '../../domain/countries';
import type { Iso3, IsoDate, Status } from '../../domain/types';

/** Languages the interface is written in; the other UN languages are added as files like en.ts. */
export const LANGUAGES: Record<string, { messages: Messages; dir: 'ltr' | 'rtl'; name: string }> = {
  en: { messages: en, dir: 'ltr', name: 'English' },
};
export const DEFAULT_LANG = 'en';

export function isLanguage(lang: string): boolean {
  return Object.hasOwn(LANGUAGES, lang);
}

export interface I18n {
  lang: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: Values): string;
  status(status: Status): string;
  formatDate(date: IsoDate): string;
  formatNumber(n: number): string;
  /** The country's name in the interface language. */
  countryName(iso3: Iso3): string;
}

const cache = new Map<string, I18n>();

export function getI18n(lang: string): I18n {
  const code = isLanguage(lang) ? lang : DEFAULT_LANG;
  const cached = cache.get(code);
  if (cached) return cached;
  const { messages, dir } = LANGUAGES[code]!;
  const dateFormat = new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(code);
  const regionNames = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
  const names = new Map<Iso3, string>();
  const i18n: I18n = {
    lang: code,
    dir,
    t: (key, values = {}) => formatMessage(messages[key], values, code),
    status: (status) => messages[`status.${status}`],
    formatDate: (date) => {
      const d = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? date : dateFormat.format(d);
    },
    formatNumber: (n) => numberFormat.format(n),
    countryName: (iso3) => {
      let name = names.get(iso3);
      if (name === undefined) {
        const alpha2 = alpha2Of(iso3);
        name = (alpha2 && regionNames.of(alpha2)) || iso3;
        names.set(iso3, name);
      }
      return name;
    },
  };
  cache.set(code, i18n);
  return i18n;
}

export type { MessageKey };
