import { createContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_LANGUAGE } from '../../domain/languages';
import { getI18n, isLoaded, loadLanguage, type I18n } from './index';

/** English where no provider is set (a component rendered on its own, as in its tests). */
export const I18nContext = createContext<I18n>(getI18n(DEFAULT_LANGUAGE));

/**
 * The interface language for everything inside; the app sets it from the selection. A language
 * whose messages are still on their way takes over when they arrive; until then the page stays
 * in the language it had, so nothing flickers through English.
 */
export function I18nProvider({ lang, children }: { lang: string | undefined; children: ReactNode }) {
  const [shown, setShown] = useState(() => (isLoaded(lang) ? lang : DEFAULT_LANGUAGE));
  useEffect(() => {
    let current = true;
    void loadLanguage(lang).then((code) => {
      if (current) setShown(code);
    });
    return () => {
      current = false;
    };
  }, [lang]);
  return <I18nContext value={getI18n(isLoaded(lang) ? lang : shown)}>{children}</I18nContext>;
}
