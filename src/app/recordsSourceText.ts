import type { I18n } from '../shared/i18n';
import { recordsFileName, type RecordsSource } from '../state/store';

/** Where the records shown come from, in a sentence: the footer's, and every handout page's. */
export function recordsSourceText(i18n: I18n, source: RecordsSource): string {
  return source.kind === 'default'
    ? i18n.t('footer.source')
    : i18n.t('footer.otherSource', { file: recordsFileName(source) });
}
