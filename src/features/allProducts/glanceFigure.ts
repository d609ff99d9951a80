import { doneOf, expectedOf } from '../../domain/stages';
import type { RecordIndex } from '../../domain/status';
import type { IsoDate, Region } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import type { GlanceFigureProps } from '../../shared/figure/GlanceFigure';
import { sourceLine } from '../../shared/figure/figureProps';
import type { I18n } from '../../shared/i18n';
import { statusColours } from '../../shared/palette';
import { sharedVocabulary, type ProductGlance } from './allProducts';

/** The figure of every product at a glance, as the screen shows it, with source and disclaimer. */
export function glanceFigureProps(args: {
  i18n: I18n;
  geo: GeoFeatures;
  index: RecordIndex;
  glance: readonly ProductGlance[];
  region: Region;
  asOf: IsoDate;
}): GlanceFigureProps {
  const { i18n, geo, index, glance, region, asOf } = args;
  const shared = sharedVocabulary(glance.map((g) => g.vocabulary));
  return {
    geo,
    fit: region.members,
    title: i18n.t('app.title'),
    subtitle: i18n.t('figure.subtitle', { region: i18n.text(region.name), date: i18n.formatDate(asOf) }),
    panels: glance.map(({ product, vocabulary, snapshot, statuses }) => ({
      id: product.id,
      title: product.short,
      headline: i18n.progress(
        doneOf(vocabulary, snapshot.counts),
        expectedOf(vocabulary, snapshot.counts),
        vocabulary,
      ),
      statuses,
      colours: statusColours(vocabulary),
      counts: vocabulary.ids
        .filter((status) => (snapshot.counts[status] ?? 0) > 0)
        .map((status) => ({
          status,
          count: snapshot.counts[status] ?? 0,
          ...(shared ? {} : { label: i18n.status(status, vocabulary) }),
        })),
    })),
    ...(shared
      ? {
          legend: shared.ids.map((status) => ({ status, label: i18n.status(status, shared) })),
          legendColours: statusColours(shared),
        }
      : {}),
    source: sourceLine(
      i18n,
      index,
      glance.map((g) => g.product.id),
      region.members,
      asOf,
    ),
    disclaimer: i18n.t('map.disclaimer'),
    dir: i18n.dir,
  };
}

/** The file name of the figure of every product at a glance. */
export function glanceFileName(region: Region, asOf: IsoDate): string {
  return `all-products-${region.id}-${asOf}`;
}
