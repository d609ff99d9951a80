import type { Iso3, MapStatus, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { SWATCH_STROKE, type StatusColours } from '../palette';
import { HatchPattern } from '../HatchPattern';
import { wrap } from './Figure';
import { StaticMap, statusFill } from './StaticMap';

/** One product's small map in the figure of every product at a glance. */
export interface GlancePanel {
  id: string;
  /** The product's short name. */
  title: string;
  /** "7 of 24 submitted", in the product's words. */
  headline: string;
  statuses: ReadonlyMap<Iso3, MapStatus>;
  colours: StatusColours;
  /** Its counts (statuses no country has are left out); `label` when the legend is its own. */
  counts: { status: Status; count: number; label?: string }[];
}

export interface GlanceFigureProps {
  geo: GeoFeatures;
  fit: readonly Iso3[];
  title: string;
  subtitle: string;
  panels: readonly GlancePanel[];
  /** One legend for every map, when the products' statuses agree. */
  legend?: { status: Status; label: string }[];
  /** The colours of the shared legend. */
  legendColours?: StatusColours;
  source: string;
  disclaimer: string;
  dir?: 'ltr' | 'rtl';
}

const WIDTH = 1200;
const MARGIN = 24;
const GAP = 20;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** A count without its name takes this much room in a row; a named one, half the panel. */
const COUNT_WIDTH = 70;
/** The shared legend: an entry's room is its label's (about 7.5 units a character) and a swatch. */
const legendWidth = (label: string) => 22 + Math.ceil(label.length * 7.5) + 24;

/** Where each entry of the shared legend goes: rows as wide as the figure allows. */
function legendPlaces(legend: readonly { label: string }[]) {
  let [x, row] = [0, 0];
  return legend.map(({ label }) => {
    const w = legendWidth(label);
    if (x > 0 && x + w > WIDTH - 2 * MARGIN) [x, row] = [0, row + 1];
    const place = { x: MARGIN + x, row };
    x += w;
    return place;
  });
}

/** How a panel's counts fall in rows: two named ones a row, or as many unnamed as fit. */
function countsPerRow(panel: GlancePanel, panelWidth: number): number {
  return panel.counts.some((c) => c.label !== undefined)
    ? 2
    : Math.max(1, Math.floor(panelWidth / COUNT_WIDTH));
}

/** Where everything goes: the panels in up to three columns, the footer under the last row. */
function glanceLayout({ title, source, disclaimer, panels, legend }: GlanceFigureProps) {
  const titleLines = wrap(title, 70);
  const sourceLines = wrap(source, 150);
  const disclaimerLines = wrap(disclaimer, 175);
  const columns = Math.max(1, Math.min(3, panels.length));
  const panelWidth = (WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
  const mapHeight = Math.round(panelWidth * 0.62);
  // The panel's title, its headline, the map, then its counts, in as many rows as the most need.
  const countLines = Math.max(
    1,
    ...panels.map((p) => Math.ceil(p.counts.length / countsPerRow(p, panelWidth))),
  );
  const panelHeight = 26 + 24 + mapHeight + 12 + countLines * 20;
  const places = legend ? legendPlaces(legend) : [];
  const legendRows = places.length ? places[places.length - 1]!.row + 1 : 0;
  const top = 40 + titleLines.length * 28 + 34 + legendRows * 26 + (legendRows ? 8 : 0);
  const rows = Math.ceil(panels.length / columns);
  const footerY = top + rows * (panelHeight + GAP) + 10;
  const height = footerY + sourceLines.length * 15 + 10 + disclaimerLines.length * 13 + 20;
  return {
    titleLines,
    sourceLines,
    disclaimerLines,
    columns,
    panelWidth,
    mapHeight,
    panelHeight,
    top,
    footerY,
    height,
    places,
    legendRows,
  };
}

/**
 * Every product at a glance, as a figure: the title, one legend when the statuses agree, a small
 * map per product (the same extent and scale) with its headline and counts, then the source and
 * the disclaimer. Right to left, the panels run from the right.
 */
export function GlanceFigure(props: GlanceFigureProps) {
  const { geo, fit, title, subtitle, panels, legend, legendColours, dir = 'ltr' } = props;
  const layout = glanceLayout(props);
  const { titleLines, sourceLines, disclaimerLines, columns, panelWidth, mapHeight, panelHeight, top } =
    layout;
  const rtl = dir === 'rtl';
  const x = (left: number) => (rtl ? WIDTH - left : left);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={layout.height}
      viewBox={`0 0 ${WIDTH} ${layout.height}`}
      fontFamily={FONT}
      direction={dir}
      role="img"
      aria-label={`${title}. ${subtitle}`}
    >
      <rect width={WIDTH} height={layout.height} fill="#ffffff" />
      <text x={x(MARGIN)} y={40} fontSize={24} fontWeight={700} fill="#111">
        {titleLines.map((line, i) => (
          <tspan key={i} x={x(MARGIN)} dy={i ? 28 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={x(MARGIN)} y={40 + titleLines.length * 28 + 2} fontSize={16} fill="#333">
        {subtitle}
      </text>
      {legend && legendColours && (
        <g transform={`translate(0,${top - 4 - layout.legendRows * 26})`} className="figure-legend">
          <defs>
            <HatchPattern id="glance-legend-hatch" />
          </defs>
          {legend.map((entry, i) => {
            const { x: left, row } = layout.places[i]!;
            return (
              <g key={entry.status} data-status={entry.status} transform={`translate(0,${row * 26})`}>
                <rect
                  x={rtl ? x(left) - 16 : x(left)}
                  width={16}
                  height={16}
                  fill={statusFill(entry.status, 'glance-legend', legendColours)}
                  stroke={SWATCH_STROKE}
                />
                <text x={x(left + 22)} y={13} fontSize={14} fill="#111">
                  {entry.label}
                </text>
              </g>
            );
          })}
        </g>
      )}
      {panels.map((panel, i) => {
        const column = i % columns;
        const row = Math.floor(i / columns);
        const left = MARGIN + column * (panelWidth + GAP);
        const y = top + row * (panelHeight + GAP);
        const panelX = rtl ? WIDTH - left - panelWidth : left;
        return (
          <g key={panel.id} transform={`translate(${panelX},${y})`} data-product={panel.id}>
            <text x={rtl ? panelWidth : 0} y={18} fontSize={18} fontWeight={700} fill="#111">
              {panel.title}
            </text>
            <text
              x={rtl ? panelWidth : 0}
              y={42}
              fontSize={15}
              fontWeight={600}
              fill="#111"
              data-part="headline"
            >
              {panel.headline}
            </text>
            <g transform="translate(0,50)">
              <StaticMap
                geo={geo}
                statuses={panel.statuses}
                fit={fit}
                width={panelWidth}
                height={mapHeight}
                idPrefix={`glance-${panel.id}`}
                colours={panel.colours}
              />
              <rect width={panelWidth} height={mapHeight} fill="none" stroke="#999" />
            </g>
            <g transform={`translate(0,${50 + mapHeight + 10})`}>
              {panel.counts.map((c, k) => {
                const named = c.label !== undefined;
                const perRow = countsPerRow(panel, panelWidth);
                const cx = (k % perRow) * (named ? panelWidth / 2 : COUNT_WIDTH);
                const cy = Math.floor(k / perRow) * 20;
                return (
                  <g key={c.status} data-status={c.status} data-count={c.count}>
                    <rect
                      x={rtl ? panelWidth - cx - 14 : cx}
                      y={cy}
                      width={14}
                      height={14}
                      fill={statusFill(c.status, `glance-${panel.id}`, panel.colours)}
                      stroke={SWATCH_STROKE}
                    />
                    <text x={rtl ? panelWidth - cx - 20 : cx + 20} y={cy + 12} fontSize={13} fill="#111">
                      {named ? `${c.label} ${c.count}` : c.count}
                    </text>
                  </g>
                );
              })}
            </g>
          </g>
        );
      })}
      <text x={x(MARGIN)} y={layout.footerY} fontSize={12} fill="#333">
        {sourceLines.map((line, i) => (
          <tspan key={i} x={x(MARGIN)} dy={i ? 15 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={x(MARGIN)}
        y={layout.footerY + sourceLines.length * 15 + 10}
        fontSize={10.5}
        fill="#555"
        data-part="disclaimer"
      >
        {disclaimerLines.map((line, i) => (
          <tspan key={i} x={x(MARGIN)} dy={i ? 13 : 0}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
