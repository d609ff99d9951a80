import { productTitle, unbroken } from '../../domain/products';
import { mapStatusesOf, snapshotChanges, snapshotOf } from '../../domain/snapshot';
import { statusAsOf, type RecordIndex } from '../../domain/status';
import { doneOf, expectedOf, vocabularyOf } from '../../domain/stages';
import type { IsoDate, Product, Region } from '../../domain/types';
import { statusColours } from '../palette';
import type { GeoFeatures } from '../../geo/geoFeatures';
import type { FigureProps } from './Figure';
import type { I18n } from '../i18n';

/**
 * Everything a figure of one product, region and date shows; with `since`, what changed since
 * that date too, as the screen shows it: each count's change in the legend, the countries that
 * changed outlined dashed, and the date in the subtitle.
 */
export function figureProps(args: {
  i18n: I18n;
  geo: GeoFeatures;
  index: RecordIndex;
  product: Product;
  region: Region;
  asOf: IsoDate;
  since?: IsoDate;
  idPrefix?: string;
}): FigureProps {
  const { i18n, geo, index, product, region, asOf, since, idPrefix } = args;
  const vocabulary = vocabularyOf(product);
  const snapshot = snapshotOf(index, product.id, region.members, asOf, vocabulary);
  const { counts } = snapshot;
  const changes =
    since !== undefined
      ? snapshotChanges(snapshotOf(index, product.id, region.members, since, vocabulary), snapshot)
      : undefined;
  const delta = (status: string) => changes?.delta[status] ?? 0;
  const date = i18n.formatDate(asOf);
  return {
    geo,
    statuses: mapStatusesOf(snapshot, geo.byIso3.keys()),
    fit: region.members,
    title: i18n.t(vocabulary.builtIn ? 'figure.title' : 'figure.titleOwn', {
      name: i18n.text(product.name),
      short: unbroken(productTitle(product)),
    }),
    subtitle:
      since !== undefined
        ? i18n.t('figure.subtitleSince', {
            region: i18n.text(region.name),
            date,
            since: i18n.formatDate(since),
          })
        : i18n.t('figure.subtitle', { region: i18n.text(region.name), date }),
    legendTitle: i18n.t('legend.title'),
    legend: vocabulary.ids.map((status) => ({
      status,
      label: i18n.status(status, vocabulary),
      count: counts[status] ?? 0,
      ...(delta(status) !== 0
        ? {
            change: delta(status),
            changeText: i18n.t('legend.change', { change: i18n.formatChange(delta(status)) }),
          }
        : {}),
    })),
    colours: statusColours(vocabulary),
    progress: i18n.progress(doneOf(vocabulary, counts), expectedOf(vocabulary, counts), vocabulary),
    ...(changes && since !== undefined
      ? {
          marked: changes.marked,
          markedLabel: i18n.t('figure.changed', { date: i18n.formatDate(since), count: changes.marked.size }),
        }
      : {}),
    source: sourceLine(i18n, index, product.id, region.members, asOf),
    disclaimer: i18n.t('map.disclaimer'),
    idPrefix,
    dir: i18n.dir,
  };
}

/** The sources of the records behind the figure (and the embedded map), each named once. */
export function sourceLine(
  i18n: I18n,
  index: RecordIndex,
  product: string | readonly string[],
  members: readonly string[],
  asOf: IsoDate,
): string {
  const sources = new Set<string>();
  let drafts = 0;
  for (const id of typeof product === 'string' ? [product] : product) {
    for (const country of members) {
      const record = statusAsOf(index, id, country, asOf).record;
      if (record?.source) sources.add(record.source);
      if (record?.draft) drafts++;
    }
  }
  const line = sources.size
    ? i18n.t('figure.source', { sources: [...sources].join('; ') })
    : i18n.t('figure.noSource');
  // A figure that shows changes recorded in this browser says so, wherever it is shown.
  return drafts ? `${line} ${i18n.t('drafts.included', { count: drafts })}` : line;
}

/**
 * A file name such as "gsocseq-asp-2022-03-09", or "gsocseq-asp-2022-03-09-since-2022-01-01" for
 * the figure of what changed since a date.
 */
export function figureFileName(product: Product, region: Region, asOf: IsoDate, since?: IsoDate): string {
  return `${product.id}-${region.id}-${asOf}${since !== undefined ? `-since-${since}` : ''}`;
}
