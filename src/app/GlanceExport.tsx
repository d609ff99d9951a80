import { useMemo } from 'react';
import { hasHistory, playedDates } from '../domain/history';
import { glanceOf, type ProductGlance } from '../features/allProducts/allProducts';
import { glanceFigureProps, glanceFileName } from '../features/allProducts/glanceFigure';
import { FigureExport } from '../shared/figure/FigureExport';
import { useI18n } from '../shared/i18n/useI18n';
import { useGeo, useProducts, useRecordIndex, useRecords } from '../state/derived';
import { useEffective } from './regions';

/**
 * The downloads of every product at a glance (SVG, PNG) for the selection's region and date;
 * `withHistory`: the history as a GIF too, when every product's records have two dates or more.
 */
export function GlanceExport({
  glance,
  withHistory = false,
}: {
  glance: readonly ProductGlance[];
  withHistory?: boolean;
}) {
  const i18n = useI18n();
  const products = useProducts();
  const index = useRecordIndex();
  const records = useRecords();
  const geo = useGeo();
  const { region, asOf } = useEffective();
  const hasDates = useMemo(() => withHistory && hasHistory(records, asOf), [withHistory, records, asOf]);
  if (!geo || !region) return null;
  const figure = (items: readonly ProductGlance[], date: string) => ({
    kind: 'glance' as const,
    props: glanceFigureProps({ i18n, geo, index, glance: items, region, asOf: date }),
  });
  return (
    <FigureExport
      fileName={glanceFileName(region, asOf)}
      figure={() => figure(glance, asOf)}
      history={
        withHistory
          ? {
              available: hasDates,
              dates: () => playedDates(records, asOf),
              figure: (date) =>
                figure(glanceOf(products, index, region.members, date, geo.byIso3.keys()), date),
            }
          : undefined
      }
    />
  );
}
