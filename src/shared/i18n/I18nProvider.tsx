import { createContext, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE } from '../../domain/languages';
import { getI18n, type I18n } from './index';

/** English where no provider is set (a component rendered on its own, as in its tests). */
export const I18nContext = createContext<I18n>(getI18n(DEFAULT_LANGUAGE));

/** The interface language for everything inside; the app sets it from the selection. */
export function I18nProvider({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  return <I18nContext value={getI18n(lang ?? DEFAULT_LANGUAGE)}>{children}</I18nContext>;
}
