import type { Iso3, MapStatus, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { CHANGED_DASH, CHANGED_WIDTH, FOCUS_COLOR, SWATCH_STROKE, type StatusColours } from '../palette';
import { StaticMap, statusFill } from './StaticMap';

export interface FigureProps {
  geo: GeoFeatures;
  statuses: ReadonlyMap<Iso3, MapStatus>;
  fit: readonly Iso3[];
  /** "Submission of national maps to <name> (<short> v<version>)" */
  title: string;
  /** e.g. "Asian Soil Partnership, status as of 9 March 2022" */
  subtitle: string;
  legendTitle: string;
  /** `change`: how the count changed since a date (`changeText` says it: "(+1)"), when it did. */
  legend: { status: Status; label: string; count: number; change?: number; changeText?: string }[];
  /** Each status's colour, for the product shown. */
  colours: StatusColours;
  /** Under the legend: "7 of 21 submitted", in the product's words. */
  progress?: string;
  /** Outlined dashed: the countries whose status changed since a date, named by `markedLabel`. */
  marked?: ReadonlySet<Iso3>;
  markedLabel?: string;
  source: string;
  disclaimer: string;
  idPrefix?: string;
  /** Right to left (Arabic): the figure is mirrored, text right-aligned, the legend on the left. */
  dir?: 'ltr' | 'rtl';
}

export const FIGURE_WIDTH = 1200;
export const FIGURE_HEIGHT = 860;
const MAP_X = 24;
const MAP_WIDTH = 880;
/** Room under the map for the source and disclaimer, at the least. */
const FOOTER = 118;
const SOURCE_LINE = 15;
const DISCLAIMER_LINE = 13;
/** Characters of a legend label a line holds, between its swatch and its count. */
const LEGEND_LABEL = 22;
const LEGEND_LINE = 17;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * Where everything goes. The map starts under however many lines the title takes; the footer
 * takes as many lines as the sources and the disclaimer need, and the figure grows rather than
 * let the disclaimer fall off its edge.
 */
export function figureLayout({
  title,
  source,
  disclaimer,
}: Pick<FigureProps, 'title' | 'source' | 'disclaimer'>) {
  const titleLines = wrap(title, 70);
  const sourceLines = wrap(source, 150);
  const disclaimerLines = wrap(disclaimer, 175);
  const top = 40 + titleLines.length * 28 + 34;
  const footer = Math.max(
    FOOTER,
    26 + sourceLines.length * SOURCE_LINE + 10 + disclaimerLines.length * DISCLAIMER_LINE + 16,
  );
  const mapHeight = FIGURE_HEIGHT - top - FOOTER;
  const height = top + mapHeight + footer;
  return {
    titleLines,
    sourceLines,
    disclaimerLines,
    map: { x: MAP_X, y: top, width: MAP_WIDTH, height: mapHeight },
    footerY: top + mapHeight + 26,
    height,
  };
}

/** Chinese, Japanese and Korean characters (and full-width forms): a line may break between any two. */
const CJK = '\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF';
/** Spaces a line may break at: not the no-break ones (U+00A0, U+202F) that hold words together. */
const SPACE = '[^\\S\\u00a0\\u202f]';
const UNITS = new RegExp(`[${CJK}]|(?:(?!${SPACE})[^${CJK}])+|${SPACE}+`, 'gu');
const SPACES = new RegExp(`^${SPACE}+$`);

/**
 * Breaks text into lines of at most `max` characters, at spaces, or between any two Chinese
 * characters (which count as two, being about twice as wide).
 */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let space = false;
  for (const unit of text.match(UNITS) ?? []) {
    if (SPACES.test(unit)) {
      space = true;
      continue;
    }
    const w = new RegExp(`^[${CJK}]$`, 'u').test(unit) ? 2 : unit.length;
    const gap = space && line ? 1 : 0;
    if (line && width + gap + w > max) {
      lines.push(line);
      line = unit;
      width = w;
    } else {
      line += (gap ? ' ' : '') + unit;
      width += gap + w;
    }
    space = false;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where each legend entry goes: a long label takes two lines or more, beside a count that stays
 * on the first; `end` is where the entries end.
 */
function legendLayout(legend: FigureProps['legend']) {
  let y = 24;
  const rows = legend.map((entry) => {
    const lines = wrap(entry.label, LEGEND_LABEL);
    const row = { entry, lines, y };
    y += 30 + (lines.length - 1) * LEGEND_LINE;
    return row;
  });
  return { rows, end: y };
}

/**
 * A figure like the report's: title, map, legend with counts, as-of date, source and the
 * boundary disclaimer. Every legend entry has `data-status` and the fill of its countries.
 */
export function Figure(props: FigureProps) {
  const {
    geo,
    statuses,
    fit,
    title,
    subtitle,
    legendTitle,
    legend,
    colours,
    progress,
    marked,
    markedLabel,
    idPrefix = 'figure',
    dir = 'ltr',
  } = props;
  const { titleLines, sourceLines, disclaimerLines, map: MAP, footerY, height } = figureLayout(props);
  // Right to left, every x is measured from the right edge and text is anchored at its start,
  // which is then its right end.
  const rtl = dir === 'rtl';
  const x = (left: number) => (rtl ? FIGURE_WIDTH - left : left);
  const mapX = rtl ? FIGURE_WIDTH - MAP.x - MAP.width : MAP.x;
  const legendX = x(MAP.x + MAP.width + 28);
  const end = rtl ? 'start' : 'end';
  const { rows: legendRows, end: legendEnd } = legendLayout(legend);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={FIGURE_WIDTH}
      height={height}
      viewBox={`0 0 ${FIGURE_WIDTH} ${height}`}
      fontFamily={FONT}
      direction={dir}
      role="img"
      aria-label={`${title}. ${subtitle}`}
    >
      <rect width={FIGURE_WIDTH} height={height} fill="#ffffff" />
      <text x={x(24)} y={40} fontSize={24} fontWeight={700} fill="#111">
        {titleLines.map((line, i) => (
          <tspan key={i} x={x(24)} dy={i ? 28 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={x(24)} y={40 + titleLines.length * 28 + 2} fontSize={16} fill="#333">
        {subtitle}
      </text>
      <g transform={`translate(${mapX},${MAP.y})`}>
        <StaticMap
          geo={geo}
          statuses={statuses}
          fit={fit}
          width={MAP.width}
          height={MAP.height}
          idPrefix={idPrefix}
          marked={marked}
          colours={colours}
        />
        <rect width={MAP.width} height={MAP.height} fill="none" stroke="#999" />
      </g>
      <g transform={`translate(${legendX},${MAP.y + 8})`} className="figure-legend">
        <text fontSize={16} fontWeight={700} fill="#111">
          {legendTitle}
        </text>
        {legendRows.map(({ entry, lines, y }) => (
          <g
            key={entry.status}
            transform={`translate(0,${y})`}
            data-status={entry.status}
            data-count={entry.count}
            data-change={entry.change}
          >
            <rect
              x={rtl ? -20 : 0}
              width={20}
              height={20}
              fill={statusFill(entry.status, idPrefix, colours)}
              stroke={SWATCH_STROKE}
            />
            <text x={rtl ? -30 : 30} y={15} fontSize={15} fill="#111">
              {lines.length === 1
                ? entry.label
                : lines.map((line, i) => (
                    <tspan key={i} x={rtl ? -30 : 30} dy={i ? LEGEND_LINE : 0}>
                      {line}
                    </tspan>
                  ))}
            </text>
            <text x={rtl ? -236 : 236} y={15} fontSize={15} fontWeight={700} textAnchor={end} fill="#111">
              {entry.count}
              {entry.changeText && <tspan fontWeight={400}> {entry.changeText}</tspan>}
            </text>
          </g>
        ))}
        {progress && (
          <text y={legendEnd + 16} fontSize={15} fontWeight={700} fill="#111" data-part="progress">
            {progress}
          </text>
        )}
        {marked && markedLabel && (
          <g transform={`translate(0,${legendEnd + (progress ? 30 : 6)})`} data-part="marked">
            <rect
              x={rtl ? -19 : 1}
              y={1}
              width={18}
              height={18}
              fill="none"
              stroke={FOCUS_COLOR}
              strokeWidth={CHANGED_WIDTH}
              strokeDasharray={CHANGED_DASH}
            />
            {wrap(markedLabel, 26).map((line, i) => (
              <text key={i} x={rtl ? -30 : 30} y={15 + i * 18} fontSize={14} fill="#111">
                {line}
              </text>
            ))}
          </g>
        )}
      </g>
      <text x={x(24)} y={footerY} fontSize={12} fill="#333">
        {sourceLines.map((line, i) => (
          <tspan key={i} x={x(24)} dy={i ? SOURCE_LINE : 0}>
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={x(24)}
        y={footerY + sourceLines.length * SOURCE_LINE + 10}
        fontSize={10.5}
        fill="#555"
        data-part="disclaimer"
      >
        {disclaimerLines.map((line, i) => (
          <tspan key={i} x={x(24)} dy={i ? DISCLAIMER_LINE : 0}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
