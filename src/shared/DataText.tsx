import type { LocalText } from '../domain/languages';
import { useI18n } from './i18n/useI18n';

/**
 * A text from the data (a product's or region's name) in the interface language; where the data
 * has none in that language, its English, marked `lang="en"` for screen readers and fonts.
 */
export function DataText({ value }: { value: LocalText }) {
  const { text, lang } = useI18n().textIn(value);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
