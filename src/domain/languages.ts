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
