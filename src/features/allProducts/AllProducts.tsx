import { doneOf, expectedOf, type Vocabulary } from '../../domain/stages';
import type { Region } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { DataText } from '../../shared/DataText';
import { StaticMap, useStaticOutlines } from '../../shared/figure/StaticMap';
import { useI18n } from '../../shared/i18n/useI18n';
import { statusColours } from '../../shared/palette';
import { StatusName } from '../../shared/StatusName';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { useMapReadyMark } from '../../shared/performance';
import { sharedVocabulary, type ProductGlance } from './allProducts';
import './allProducts.css';

/** Each small map's drawing size; the page scales it to its column. */
const SMALL_MAP = { width: 480, height: 300 };

/** A status's colour, name and, where given, count: the shared legend's item or a map's count. */
function StatusItem({
  status,
  vocabulary,
  count,
  nameHidden,
}: {
  status: string;
  vocabulary: Vocabulary;
  count?: string;
  nameHidden?: boolean;
}) {
  return (
    <li data-status={status}>
      <StatusSwatch status={status} vocabulary={vocabulary} size={12} />{' '}
      <span className={nameHidden ? 'visually-hidden' : undefined}>
        <StatusName status={status} vocabulary={vocabulary} />
      </span>
      {count !== undefined && <> {count}</>}
    </li>
  );
}

export interface AllProductsProps {
  glance: readonly ProductGlance[];
  region: Region;
  geo?: GeoFeatures;
  /** Opens one product's map. */
  onOpen(product: string): void;
  /** The level of each map's heading: 3 under the overview's heading, 2 on a slide. */
  headingLevel?: 2 | 3;
}

/**
 * Every product at a glance: one small map per product for the region and date, all at the same
 * scale and extent, each with its headline and counts; one legend above them when the products'
 * statuses agree, each map's own otherwise. A map opens its product.
 */
export function AllProducts({ glance, region, geo, onOpen, headingLevel = 3 }: AllProductsProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const i18n = useI18n();
  const shared = sharedVocabulary(glance.map((g) => g.vocabulary));
  // One projection serves every map: the same region, the same size.
  const outlines = useStaticOutlines({ geo, fit: region.members, ...SMALL_MAP });
  useMapReadyMark(outlines !== undefined);
  return (
    <div className="all-products">
      {shared && (
        <ul className="all-products__legend" aria-label={i18n.t('legend.title')}>
          {shared.ids.map((status) => (
            <StatusItem key={status} status={status} vocabulary={shared} />
          ))}
        </ul>
      )}
      <ul className="all-products__grid">
        {glance.map(({ product, vocabulary, snapshot, statuses }) => {
          const { counts } = snapshot;
          const headline = i18n.progress(
            doneOf(vocabulary, counts),
            expectedOf(vocabulary, counts),
            vocabulary,
          );
          return (
            <li key={product.id} className="all-products__card" data-product={product.id}>
              <Heading className="all-products__title">
                <DataText value={product.short} />
              </Heading>
              <p className="all-products__headline" data-testid="glance-headline">
                {headline}
              </p>
              <button
                type="button"
                className="all-products__map"
                onClick={() => onOpen(product.id)}
                aria-label={i18n.t('allProducts.open', { product: product.short })}
              >
                <svg
                  viewBox={`0 0 ${SMALL_MAP.width} ${SMALL_MAP.height}`}
                  aria-hidden="true"
                  focusable="false"
                >
                  {geo && outlines && (
                    <StaticMap
                      geo={geo}
                      outlines={outlines}
                      statuses={statuses}
                      fit={region.members}
                      {...SMALL_MAP}
                      idPrefix={`glance-${product.id}`}
                      colours={statusColours(vocabulary)}
                      symbols
                    />
                  )}
                </svg>
              </button>
              <ul
                className="all-products__counts"
                aria-label={i18n.t('allProducts.counts', { product: product.short })}
              >
                {vocabulary.ids
                  .filter((status) => (counts[status] ?? 0) > 0)
                  .map((status) => (
                    <StatusItem
                      key={status}
                      status={status}
                      vocabulary={vocabulary}
                      count={i18n.formatNumber(counts[status] ?? 0)}
                      nameHidden={shared !== undefined}
                    />
                  ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
