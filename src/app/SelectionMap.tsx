import type { ReactNode } from 'react';
import { Legend, type LegendProps } from '../features/legend/Legend';
import { ChoroplethMap, type ChoroplethMapProps } from '../features/map/ChoroplethMap';
import { useI18n } from '../shared/i18n/useI18n';
import { statusColours } from '../shared/palette';
import { useAppStore } from '../state/store';
import type { useOverviewMap } from './useOverviewMap';

type OverviewMap = ReturnType<typeof useOverviewMap>;

/**
 * The choropleth of the selection, as the overview and the embedded map both draw it (`missing`
 * in its place when the boundaries failed). The status the legend highlights is the store's.
 */
export function SelectionChoropleth({
  map,
  missing,
  ...props
}: { map: OverviewMap; missing: ReactNode } & Pick<
  ChoroplethMapProps,
  'selected' | 'marked' | 'onSelect' | 'onWebGLUnavailable' | 'webglOnDemand'
>) {
  const i18n = useI18n();
  const highlight = useAppStore((s) => s.highlight);
  const { product, region, asOf, boundaries, geo, statuses, vocabulary, focus, describe, texts, filter } =
    map;
  if (boundaries.state === 'error') return missing;
  if (!product || !region || !texts) return null;
  return (
    <ChoroplethMap
      geo={geo}
      statuses={statuses}
      colours={statusColours(vocabulary)}
      paintedKey={`${product.id}|${region.id}|${asOf}`}
      highlight={highlight ?? filter}
      focus={focus}
      label={texts.mapLabel}
      describe={describe}
      placeholder={i18n.t('app.loading')}
      {...props}
    />
  );
}

/**
 * The legend of the selection, once its counts are known: a status hovered in it is highlighted on
 * the map, and one chosen is kept (`?status=`).
 */
export function SelectionLegend({
  map,
  ...props
}: { map: OverviewMap } & Pick<LegendProps, 'headingLevel' | 'changes'>) {
  const setHighlight = useAppStore((s) => s.setHighlight);
  const select = useAppStore((s) => s.select);
  const { counts, vocabulary, texts, filter } = map;
  if (!counts || !texts?.summary) return null;
  return (
    <Legend
      counts={counts}
      vocabulary={vocabulary}
      heading={texts.legendHeading}
      summary={texts.summary}
      overdue={texts.overdue}
      onHighlight={setHighlight}
      filter={filter}
      onFilter={(status) => select({ status })}
      {...props}
    />
  );
}
