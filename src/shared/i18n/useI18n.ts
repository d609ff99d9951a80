import { useAppStore } from '../../state/store';
import { getI18n, type I18n } from './index';

/** The interface language's messages and formatters. */
export function useI18n(): I18n {
  return getI18n(useAppStore((s) => s.selection.lang) ?? 'en');
}
