import { useMemo } from 'react';
import { changesBetween, defaultSince } from '../domain/changes';
import { snapshotChanges, snapshotOf } from '../domain/snapshot';
import { vocabularyOf } from '../domain/stages';
import { Handout, type HandoutProduct, type OwedLine } from '../features/handout/Handout';
import { buildItems } from '../features/outstanding/table';
import { sourceLine } from '../shared/figure/figureProps';
import { useI18n } from '../shared/i18n/useI18n';
import { useContactDirectory, useGeo, useProducts, useRecordIndex, useRecords } from '../state/derived';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';
import { recordsSourceText } from './recordsSourceText';
import { useGlance } from './useGlance';

/** The handout (`?view=handout`): the picture for a meeting, to print or save as PDF. */
export default function HandoutContainer() {
  const i18n = useI18n();
  const products = useProducts();
  const records = useRecords();
  const index = useRecordIndex();
  const geo = useGeo();
  const contacts = useContactDirectory();
  const recordsSource = useAppStore((s) => s.recordsSource);
  const select = useAppStore((s) => s.select);
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const { region, asOf, since: asked } = useEffective();
  // Changes since the date asked for, else since the record date before (the last meeting's picture).
  const since = asked ?? defaultSince(records, asOf);
  const members = region?.members;
  // Each product's statuses as the glance has them; the handout adds what changed and the sources.
  const glance = useGlance();
  const pages = useMemo(
    (): HandoutProduct[] =>
      !members || !glance
        ? []
        : glance.map(({ product, vocabulary, snapshot, statuses }) => ({
            product,
            vocabulary,
            counts: snapshot.counts,
            statuses,
            delta: since
              ? snapshotChanges(snapshotOf(index, product.id, members, since, vocabulary), snapshot).delta
              : undefined,
            changes: since ? changesBetween(index, [product.id], members, since, asOf, () => vocabulary) : [],
            source: sourceLine(i18n, index, product.id, members, asOf),
          })),
    [glance, index, members, asOf, since, i18n],
  );
  const owed = useMemo((): OwedLine[] => {
    if (!region) return [];
    const items = buildItems({
      index,
      products,
      region,
      asOf,
      countryName: i18n.countryName,
      statusLabel: (status, vocabulary) => i18n.statusIn(status, vocabulary).text,
      text: i18n.text,
      contacts,
    });
    const byCountry = new Map<string, OwedLine>();
    for (const item of items) {
      let line = byCountry.get(item.iso3);
      if (!line) {
        line = { iso3: item.iso3, country: item.country, owed: [], contacts: item.contacts };
        byCountry.set(item.iso3, line);
      }
      (line.owed as OwedLine['owed'][number][]).push({
        product: item.product,
        status: item.status,
        vocabulary: vocabularyOf(item.product),
      });
    }
    const collator = new Intl.Collator(i18n.lang);
    return [...byCountry.values()].sort((a, b) => collator.compare(a.country, b.country));
  }, [index, products, region, asOf, i18n, contacts]);
  if (!region) return null;
  // Until the records have settled every map would show as owed.
  if (!recordsSettled) return <p role="status">{i18n.t('app.loading')}</p>;
  const source = recordsSourceText(i18n, recordsSource);
  return (
    <Handout
      region={region}
      asOf={asOf}
      since={since}
      products={pages}
      owed={owed}
      geo={geo}
      source={source}
      onClose={() => select({ view: 'overview' })}
    />
  );
}
