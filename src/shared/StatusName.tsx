import type { Vocabulary } from '../domain/stages';
import type { Status } from '../domain/types';
import { useI18n } from './i18n/useI18n';

/**
 * A status's name for a product in the interface language: its label from the data, else the
 * interface's word. A label the data has only in English is marked `lang="en"`.
 */
export function StatusName({ status, vocabulary }: { status: Status; vocabulary: Vocabulary }) {
  const { text, lang } = useI18n().statusIn(status, vocabulary);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
