import type { DraftRefusal } from '../../domain/drafts';
import { parseStatus, RECORD_COLUMNS } from '../../domain/recordFields';
import { vocabularies } from '../../domain/stages';
import type { DataIssue, Product } from '../../domain/types';
import type { I18n } from '../../shared/i18n';

/** A field of the "Record a change" form: a column of records.csv. */
export type DraftField = (typeof RECORD_COLUMNS)[number];

export interface RefusalMessage {
  /** The field the reason belongs to. */
  field: DraftField;
  text: string;
}

/** A product's status as the interface names it, or as written when it is not one of the product's. */
export function statusText(i18n: I18n, value: string, products: readonly Product[], product: string): string {
  const vocabulary = vocabularies(products)(productOf(products, product)?.id ?? product);
  const status = parseStatus(value, vocabulary);
  return status ? i18n.status(status, vocabulary) : value;
}

/** A product as a draft writes it: its id or short name, in any case. */
function productOf(products: readonly Product[], value: string): Product | undefined {
  const key = value.trim().toLowerCase();
  return products.find((p) => p.id.toLowerCase() === key || p.short.toLowerCase() === key);
}

/** A product by its short name (and version), or as written when it is not one. */
export function productText(products: readonly Product[], value: string): string {
  return productOf(products, value)?.short ?? value;
}

/** The file of the row a refusal names: its own when the records come from several files. */
const fileOf = (issue: DataIssue) =>
  typeof issue.params?.file === 'string' ? issue.params.file : issue.file;

/**
 * The validator's reasons for refusing a draft, each with the field it belongs to. A duplicate
 * or conflict names the row it meets: a line of the records file, or another draft (whose line
 * in the check means nothing to the user).
 */
export function refusalMessages(
  i18n: I18n,
  refusals: readonly DraftRefusal[],
  products: readonly Product[],
  product: string,
): RefusalMessage[] {
  return refusals.map(({ issue, otherDraft }) => {
    const field = (RECORD_COLUMNS as readonly string[]).includes(issue.column ?? '')
      ? (issue.column as DraftField)
      : 'product';
    const status = statusText(i18n, String(issue.params?.status ?? ''), products, product);
    let text: string;
    if (issue.code === 'conflict')
      text = otherDraft
        ? i18n.t('drafts.refusal.conflictDraft', { status })
        : i18n.t('drafts.refusal.conflict', { file: fileOf(issue), line: issue.params?.line ?? '', status });
    else if (issue.code === 'duplicate')
      text = otherDraft
        ? i18n.t('drafts.refusal.duplicateDraft')
        : i18n.t('drafts.refusal.duplicate', { file: fileOf(issue), line: issue.params?.line ?? '' });
    else if (issue.code === 'long-note')
      text = i18n.t('drafts.refusal.longNote', {
        limit: issue.params?.limit ?? '',
        length: issue.params?.length ?? '',
      });
    else text = i18n.issueReason(issue);
    return { field, text };
  });
}
