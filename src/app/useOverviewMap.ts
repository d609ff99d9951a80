import { useCallback, useMemo } from 'react';
import { describeCountry, mapFocus } from '../features/map/overviewMap';
import { overdueLine, statusSummary } from '../features/legend/summary';
import { overdueIn } from '../domain/deadlines';
import { productTitle } from '../domain/products';
import { mapStatusesOf, snapshotChanges, snapshotOf } from '../domain/snapshot';
import { vocabularyOf } from '../domain/stages';
import type { Iso3 } from '../domain/types';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo, useRecordIndex } from '../state/derived';
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
  const geo = useGeo();
  const members = region?.members;
  const vocabulary = vocabularyOf(product);

  // Counts, colours and charts wait for the records to settle (loaded or failed): until then
  // they would show every country as No information.
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  // Each member's status, worked out once for the product, region, date and records; the counts,
  // the map's colours and table, the drafts shown and the maps past a deadline all come from it.
  const snapshot = useMemo(
    () =>
      product && members && recordsSettled
        ? snapshotOf(index, product.id, members, asOf, vocabulary)
        : undefined,
    [index, product, members, asOf, recordsSettled, vocabulary],
  );
  const counts = snapshot?.counts;
  // The status the legend keeps, while some country has it.
  const filter = effective.status && (counts?.[effective.status] ?? 0) > 0 ? effective.status : undefined;
  const statuses = useMemo(
    () => (geo && snapshot ? mapStatusesOf(snapshot, geo.byIso3.keys()) : undefined),
    [geo, snapshot],
  );
  // Since a date asked for: what changed, in the legend's counts and outlined on the map.
  const changes = useMemo(
    () =>
      since && snapshot && members
        ? {
            since,
            ...snapshotChanges(snapshotOf(index, snapshot.product, members, since, vocabulary), snapshot),
          }
        : undefined,
    [since, snapshot, members, index, vocabulary],
  );
  // Countries whose status shown comes from a change recorded in this browser.
  const draftsShown = snapshot?.drafts ?? 0;
  const focus = useMemo(
    () => (geo && region ? mapFocus(geo, region.members, region.id, focusOn) : undefined),
    [geo, region, focusOn],
  );
  const describe = useCallback(
    (iso3: Iso3) =>
      product && members
        ? describeCountry(i18n, iso3, { index, product: product.id, vocabulary, members, asOf, snapshot })
        : { name: i18n.countryName(iso3), status: '' },
    [i18n, product, vocabulary, members, index, asOf, snapshot],
  );

  const title = product && productTitle(product);
  const texts = useMemo(
    () =>
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
              snapshot &&
              statusSummary(i18n, {
                product: title,
                region: i18n.text(region.name),
                asOf,
                counts: snapshot.counts,
                vocabulary,
              }),
            overdue:
              snapshot &&
              overdueLine(i18n, product, region, overdueIn(snapshot, product, region.id, overdueOn)),
          }
        : undefined,
    [i18n, product, region, title, asOf, snapshot, vocabulary, overdueOn],
  );

  return {
    ...effective,
    index,
    boundaries,
    geo,
    recordsSettled,
    vocabulary,
    snapshot,
    counts,
    filter,
    statuses,
    changes,
    draftsShown,
    focus,
    describe,
    texts,
  };
}
