import { useContext } from 'react';
import type { I18n } from './index';
import { I18nContext } from './I18nProvider';

/** The interface language's messages and formatters, from the nearest I18nProvider (English without one). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
