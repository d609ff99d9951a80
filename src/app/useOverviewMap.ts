import { useCallback, useMemo } from 'react';
import { describeCountry, mapFocus } from '../features/map/overviewMap';
import { overdueText, statusSummary } from '../features/legend/summary';
import { countsFor, regionStatuses } from '../domain/status';
import { changeSummary } from '../domain/changes';
import { draftStatusesShown } from '../domain/drafts';
import { productTitle } from '../domain/products';
import { vocabularyOf } from '../domain/stages';
import type { Iso3 } from '../domain/types';
import { useI18n } from '../shared/i18n/useI18n';
import { useRecordIndex } from '../state/derived';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';

/**
 * The overview's map and legend for the selection: what the overview and the embedded map
 * (`?embed=1`) both show. `focusOn` is the country the map looks at, if any.
 */
export function useOverviewMap(focusOn: Iso3 | undefined) {
  const i18n = useI18n();
  const index = useRecordIndex();
  const boundaries = useAppStore((s) => s.boundaries);
  const effective = useEffective();
  const { product, region, asOf, overdueOn, since } = effective;
  const geo = boundaries.state === 'ready' ? boundaries.value : undefined;
  const members = region?.members;
  const vocabulary = vocabularyOf(product);

  // Counts, colours and charts wait for the records to settle (loaded or failed): until then
  // they would show every country as No information.
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const counts = useMemo(
    () =>
      product && members && recordsSettled
        ? countsFor(index, product.id, members, asOf, vocabulary)
        : undefined,
    [index, product, members, asOf, recordsSettled, vocabulary],
  );
  const statuses = useMemo(
    () =>
      geo && product && members && recordsSettled
        ? regionStatuses(index, product.id, geo.byIso3.keys(), members, asOf)
        : undefined,
    [geo, product, members, index, asOf, recordsSettled],
  );
  // Since a date asked for: what changed, in the legend's counts and outlined on the map.
  const changes = useMemo(
    () =>
      since && product && members && recordsSettled
        ? { since, ...changeSummary(index, product.id, members, since, asOf, vocabulary) }
        : undefined,
    [since, product, members, recordsSettled, index, asOf, vocabulary],
  );
  // Countries whose status shown comes from a change recorded in this browser.
  const draftsShown = useMemo(
    () => (product && members ? draftStatusesShown(index, product.id, members, asOf) : 0),
    [index, product, members, asOf],
  );
  const focus = useMemo(
    () => (geo && region ? mapFocus(geo, region.members, region.id, focusOn) : undefined),
    [geo, region, focusOn],
  );
  const describe = useCallback(
    (iso3: Iso3) =>
      product && members
        ? describeCountry(i18n, iso3, { index, product: product.id, vocabulary, members, asOf })
        : { name: i18n.countryName(iso3), status: '' },
    [i18n, product, vocabulary, members, index, asOf],
  );

  const title = product && productTitle(product);
  const texts =
    product && region && title
      ? {
          title,
          mapLabel: i18n.t('map.label', { product: title, region: i18n.text(region.name) }),
          legendHeading: i18n.t('legend.heading', {
            product: title,
            region: i18n.text(region.name),
            date: i18n.formatDate(asOf),
          }),
          summary:
            counts &&
            statusSummary(i18n, { product: title, region: i18n.text(region.name), asOf, counts, vocabulary }),
          overdue: overdueText(i18n, { index, product, region, asOf, day: overdueOn }),
        }
      : undefined;

  return {
    ...effective,
    index,
    boundaries,
    geo,
    recordsSettled,
    vocabulary,
    counts,
    statuses,
    changes,
    draftsShown,
    focus,
    describe,
    texts,
  };
}
