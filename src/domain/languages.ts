/**
 * The languages of the interface: the six official languages of the United Nations, in which
 * the Global Soil Partnership works. Each has a message file in shared/i18n.
 */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(lang: string): lang is Language {
  return (LANGUAGE_CODES as readonly string[]).includes(lang);
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, e.g. ["fr-CA", "en"])
 * that the interface speaks, by its primary subtag; English when none.
 */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A text from the data (a product's or region's name, a description): one string, or one text
 * per language, `{ "en": …, "fr": …, … }`, English required.
 */
export type LocalText = string | Readonly<Partial<Record<Language, string>> & { en: string }>;

/**
 * A data text in a language: its own text, else English. `lang` says which language the text
 * is in when it is not the one asked for (to mark it, `lang="en"`); a plain string is taken as
 * written for every language.
 */
export function textIn(value: LocalText, lang: Language): { text: string; lang?: Language } {
  if (typeof value === 'string') return { text: value };
  const own = value[lang];
  if (own) return { text: own };
  // English is required and not empty, so an English reader never gets here.
  return { text: value.en, lang: 'en' };
}

/** Every text a data text gives, one per language it has (a plain string is one text). */
export function textsOf(value: LocalText): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((t): t is string => !!t);
}
