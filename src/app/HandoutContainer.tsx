import { useMemo } from 'react';
import { changesBetween, defaultSince } from '../domain/changes';
import { mapStatusesOf, snapshotChanges, snapshotOf } from '../domain/snapshot';
import { vocabularyOf } from '../domain/stages';
import { Handout, type HandoutProduct, type OwedLine } from '../features/handout/Handout';
import { buildItems } from '../features/outstanding/table';
import { sourceLine } from '../shared/figure/figureProps';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo, useProducts, useRecordIndex, useRecords } from '../state/derived';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';

/** The handout (`?view=handout`): the picture for a meeting, to print or save as PDF. */
export default function HandoutContainer() {
  const i18n = useI18n();
  const products = useProducts();
  const records = useRecords();
  const index = useRecordIndex();
  const geo = useGeo();
  const contacts = useAppStore((s) => s.contacts);
  const recordsSource = useAppStore((s) => s.recordsSource);
  const select = useAppStore((s) => s.select);
  const recordsSettled = useAppStore((s) => s.records.state !== 'loading');
  const { region, asOf, since: asked } = useEffective();
  // Changes since the date asked for, else since the record date before (the last meeting's picture).
  const since = asked ?? defaultSince(records, asOf);
  const members = region?.members;
  const pages = useMemo((): HandoutProduct[] => {
    if (!members) return [];
    const countries = geo ? [...geo.byIso3.keys()] : members;
    return products.map((product) => {
      const vocabulary = vocabularyOf(product);
      const snapshot = snapshotOf(index, product.id, members, asOf, vocabulary);
      const before = since ? snapshotOf(index, product.id, members, since, vocabulary) : undefined;
      return {
        product,
        vocabulary,
        counts: snapshot.counts,
        statuses: mapStatusesOf(snapshot, countries),
        delta: before && snapshotChanges(before, snapshot).delta,
        changes: since ? changesBetween(index, [product.id], members, since, asOf, () => vocabulary) : [],
        source: sourceLine(i18n, index, product.id, members, asOf),
      };
    });
  }, [products, index, members, asOf, since, geo, i18n]);
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
      contacts: contacts.state === 'ready' && contacts.value ? contacts.value.contacts : undefined,
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
  const source =
    recordsSource.kind === 'default'
      ? i18n.t('footer.source')
      : i18n.t('footer.otherSource', {
          file: recordsSource.kind === 'file' ? recordsSource.name : recordsSource.url,
        });
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
