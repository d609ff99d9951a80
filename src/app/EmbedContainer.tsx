import { useEffect, useState } from 'react';
import type { Iso3 } from '../domain/types';
import { sourceLine } from '../shared/figure/figureProps';
import { useI18n } from '../shared/i18n/useI18n';
import { useAppStore } from '../state/store';
import { toSearch } from '../state/url';
import { useOverviewMap } from './useOverviewMap';
import { SelectionChoropleth, SelectionLegend } from './SelectionMap';
import './embed.css';

/**
 * `?embed=1`: the overview's map and legend alone, for an iframe on another site, at any size
 * from 320 × 240 without a scrollbar; with a link to the full dashboard, the source and the
 * boundary disclaimer. Nothing in it navigates the frame away.
 */
export default function EmbedContainer() {
  const i18n = useI18n();
  const selection = useAppStore((s) => s.selection);
  const records = useAppStore((s) => s.records);
  // A country clicked is outlined and named on the map, in the frame; the URL stays as it is.
  const [picked, setPicked] = useState<Iso3 | undefined>(selection.country);
  const map = useOverviewMap(selection.country);
  const { product, region, asOf, index, boundaries, recordsSettled, describe, texts } = map;

  const pageTitle =
    texts &&
    region &&
    i18n.t('embed.documentTitle', { product: texts.title, region: i18n.text(region.name) });
  useEffect(() => {
    if (pageTitle) document.title = pageTitle;
  }, [pageTitle]);

  if (!product || !region || !texts) return null;
  const full = `${window.location.pathname}${toSearch({ ...selection, country: picked, embed: undefined }, window.location.search) || '?'}`;
  const tip = picked && describe(picked);
  return (
    <main className="embed">
      <div className="embed__map">
        <SelectionChoropleth
          map={map}
          missing={
            boundaries.state === 'error' && (
              <p className="embed__missing">{i18n.failure(boundaries.failure)}</p>
            )
          }
          selected={picked}
          onSelect={setPicked}
          onWebGLUnavailable={() => undefined}
          webglOnDemand
        />
        {tip && (
          <p className="embed__picked" role="status">
            <strong>{tip.name}</strong> {tip.status}
          </p>
        )}
      </div>
      <div className="embed__legend">
        {records.state === 'error' && (
          <p className="embed__problem" role="alert">
            {i18n.failure(records.failure)} {i18n.t('error.noRecords')}
          </p>
        )}
        <SelectionLegend map={map} headingLevel={1} />
      </div>
      <a className="embed__full" href={full} target="_blank" rel="noopener">
        {i18n.t('embed.fullDashboard')}
        <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> {i18n.t('embed.newTab')}</span>
      </a>
      <div className="embed__notes">
        {recordsSettled && (
          <p className="embed__source">{sourceLine(i18n, index, product.id, region.members, asOf)}</p>
        )}
        {/* The disclaimer goes with the map: in full where there is room, else behind "Boundaries". */}
        <p className="embed__disclaimer">{i18n.t('map.disclaimer')}</p>
        <details className="embed__boundaries">
          <summary>{i18n.t('embed.boundaries')}</summary>
          <p>{i18n.t('map.disclaimer')}</p>
        </details>
      </div>
    </main>
  );
}
