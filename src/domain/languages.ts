/**
 * The languages the interface is written in, by code; the other UN languages are added here and
 * as message files in shared/i18n (which must then have one for each code).
 */
export const LANGUAGE_CODES = ['en'] as const;
export type Language = (typeof LANGUAGE_CODES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(lang: string): lang is Language {
  return (LANGUAGE_CODES as readonly string[]).includes(lang);
}
