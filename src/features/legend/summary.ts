import { deadlineFor, overdueCount } from '../../domain/deadlines';
import type { RecordIndex } from '../../domain/status';
import type { Vocabulary } from '../../domain/stages';
import type { IsoDate, Product, Region, StatusCounts } from '../../domain/types';
import type { MessageKey } from '../../shared/i18n/en';
import type { I18n } from '../../shared/i18n';

const A11Y_COUNTS = new Set([
  'a11y.count.submitted',
  'a11y.count.in_preparation',
  'a11y.count.not_submitted',
  'a11y.count.not_applicable',
  'a11y.count.no_information',
]);

/**
 * The map's state in one sentence, for screen readers when the product, region or date changes:
 * "GSOCseq v1.0, Asian Soil Partnership, as of 9 March 2022: 7 submitted, 7 in preparation,
 * 10 no information." Statuses no country has are left out.
 */
export function statusSummary(
  i18n: I18n,
  at: { product: string; region: string; asOf: IsoDate; counts: StatusCounts; vocabulary: Vocabulary },
): string {
  const v = at.vocabulary;
  const counts = v.ids
    .filter((status) => (at.counts[status] ?? 0) > 0)
    .map((status) => {
      const count = at.counts[status]!;
      // The default statuses have a phrase of their own; a product's own, its label and count.
      const own = `a11y.count.${status}`;
      return v.byId.get(status)?.label === undefined && A11Y_COUNTS.has(own)
        ? i18n.t(own as MessageKey, { count })
        : i18n.t('a11y.count.status', { status: i18n.status(status, v), count });
    });
  return i18n.t('a11y.summary', {
    product: at.product,
    region: at.region,
    date: i18n.formatDate(at.asOf),
    counts: i18n.list(counts),
  });
}

/**
 * "5 maps past the deadline of 31 March 2022" when products.json gives the product a deadline
 * for the region and it has passed on `day`; undefined otherwise.
 */
export function overdueText(
  i18n: I18n,
  at: { index: RecordIndex; product: Product; region: Region; asOf: IsoDate; day: IsoDate },
): string | undefined {
  return overdueLine(
    i18n,
    at.product,
    at.region,
    overdueCount(at.index, at.product, at.region, at.asOf, at.day),
  );
}

/** "5 maps past the deadline of 31 March 2022", of a count already made; none at 0. */
export function overdueLine(i18n: I18n, product: Product, region: Region, count: number): string | undefined {
  const deadline = deadlineFor(product, region.id);
  return deadline && count > 0
    ? i18n.t('legend.overdue', { count, date: i18n.formatDate(deadline) })
    : undefined;
}
