import { preferredLanguage, type Language } from '../domain/languages';
import { loadLanguage } from '../shared/i18n';

/** The browser's first preferred language that the interface speaks, else English. */
export function browserLanguage(): Language {
  return preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Fetches the messages of the language the page opens in (from `?lang=`, else the browser's),
 * so the first render is already in that language. English needs nothing.
 */
export function loadStartLanguage(search: string): Promise<unknown> {
  return loadLanguage(new URLSearchParams(search).get('lang') ?? browserLanguage());
}
