import { max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { ProgressPoint } from '../../domain/status';
import type { IsoDate } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';

export interface Series {
  id: string;
  label: string;
  points: ProgressPoint[];
}

/**
 * Series colours, told apart by their direct labels too (never by hue alone): twenty dark
 * enough to read as text on white (contrast 4.5:1 or more), the first six the most distinct.
 */
export const SERIES_COLORS = [
  '#1d5b99',
  '#b35806',
  '#4d4d4d',
  '#542788',
  '#1b7837',
  '#8c510a',
  '#c51b7d',
  '#01665e',
  '#7f3b08',
  '#2d004b',
  '#00441b',
  '#a50026',
  '#313695',
  '#67001f',
  '#40004b',
  '#003c30',
  '#543005',
  '#053061',
  '#6a3d9a',
  '#b15928',
];

const W = 340;
const M = { top: 10, right: 92, bottom: 24, left: 30 };
/** Room per end label: the chart grows to give every series its own line. */
const LABEL_GAP = 11;
const MIN_HEIGHT = 160;

const toDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);
/** Above this many steps in a series, its steps are drawn as a line without dots. */
const MAX_DOTS = 40;

/** The points where a series changes (a step line needs no others), the first one included. */
function stepsOf(points: readonly ProgressPoint[]): ProgressPoint[] {
  return points.filter((p, i) => i === 0 || p.submitted !== points[i - 1]!.submitted);
}

/** Cumulative submissions per product from the record dates, as steps up to the as-of date. */
export function SubmissionsOverTime({
  title,
  series,
  asOf,
  total,
}: {
  title: string;
  series: Series[];
  asOf: IsoDate;
  total: number;
}) {
  const i18n = useI18n();
  const H = Math.max(MIN_HEIGHT, M.top + M.bottom + series.length * LABEL_GAP);
  const dates = series.flatMap((s) => s.points.map((p) => p.date));
  if (dates.length === 0) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">{title}</figcaption>
        <p className="chart__note">{i18n.t('charts.overTimeEmpty')}</p>
      </figure>
    );
  }
  const first = dates.reduce((a, b) => (a < b ? a : b));
  const start = toDate(first);
  const end = toDate(asOf);
  // A single date still gets a visible span: one month before it.
  const domainStart = start.getTime() === end.getTime() ? new Date(start.getTime() - 30 * 864e5) : start;
  const x = scaleUtc()
    .domain([domainStart, end])
    .range([M.left, W - M.right]);
  const yMax = Math.max(total, max(series, (s) => max(s.points, (p) => p.submitted) ?? 0) ?? 0, 1);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([H - M.bottom, M.top])
    .nice();
  const path = line<{ date: Date; value: number }>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))
    .curve(curveStepAfter);
  // The axis names its two ends: the first record date and the as-of date.
  const ticks = start.getTime() === end.getTime() ? [end] : [start, end];
  const format = (d: Date) => i18n.formatDate(d.toISOString().slice(0, 10));
  const lastValues = series.map((s) => s.points.at(-1)?.submitted ?? 0);
  const labelY = fitLabels(
    lastValues.map((v) => y(v)),
    LABEL_GAP,
    M.top,
    H - M.bottom,
  );
  // Time runs left to right in every language; a label's anchor is where it starts or ends on
  // screen, and SVG reads `start` from the right in a right-to-left page.
  const towards = (side: 'left' | 'right') => ((side === 'right') === (i18n.dir === 'ltr') ? 'start' : 'end');
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart__svg" role="img" aria-labelledby="over-time-desc">
        <desc id="over-time-desc">
          {i18n.list(
            series.map((s) => i18n.labelled(s.label, i18n.formatNumber(s.points.at(-1)?.submitted ?? 0))),
          )}
        </desc>
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={M.left} x2={W - M.right} stroke="#e3e3e3" />
            <text x={M.left - 4} dy="0.32em" textAnchor={towards('left')} className="chart__tick">
              {i18n.formatNumber(t)}
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <text
            key={t.getTime()}
            x={x(t)}
            y={H - 6}
            textAnchor={towards(t === end ? 'left' : 'right')}
            className="chart__tick"
          >
            {format(t)}
          </text>
        ))}
        {series.map((s, i) => {
          const steps = stepsOf(s.points);
          const values = [
            ...steps.map((p) => ({ date: toDate(p.date), value: p.submitted })),
            { date: end, value: s.points.at(-1)?.submitted ?? 0 },
          ];
          const color = SERIES_COLORS[i % SERIES_COLORS.length];
          const last = values.at(-1)!;
          return (
            <g key={s.id} data-series={s.id}>
              <path d={path(values) ?? ''} fill="none" stroke={color} strokeWidth={2} />
              {steps.length <= MAX_DOTS &&
                steps.map((p) => (
                  <circle key={p.date} cx={x(toDate(p.date))} cy={y(p.submitted)} r={2.5} fill={color} />
                ))}
              <text
                x={x(last.date) + 4}
                y={labelY[i]}
                dy="0.32em"
                textAnchor={towards('right')}
                className="chart__label"
                fill={color}
              >
                {s.label} {last.value}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="chart__data">
        <summary>{i18n.t('charts.tableCaption')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{i18n.t('map.table.date')}</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows(series).map(({ date, values }) => (
              <tr key={date}>
                <th scope="row">{i18n.formatDate(date)}</th>
                {values.map((v, i) => (
                  <td key={series[i]!.id}>{i18n.formatNumber(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * The chart as a table, its text alternative: one row per date on which any series changes,
 * with each series' count on that date.
 */
export function tableRows(series: readonly Series[]): { date: IsoDate; values: number[] }[] {
  const steps = series.map((s) => stepsOf(s.points));
  const dates = [...new Set(steps.flatMap((points) => points.map((p) => p.date)))].sort();
  const at = steps.map(() => 0);
  return dates.map((date) => ({
    date,
    values: steps.map((points, i) => {
      while (at[i]! < points.length && points[at[i]!]!.date <= date) at[i]!++;
      return at[i]! > 0 ? points[at[i]! - 1]!.submitted : 0;
    }),
  }));
}

/**
 * Label positions at least `gap` apart, in their order, all between `top` and `bottom` (the
 * chart is tall enough for that): dodged down from the top, then pushed up from the bottom.
 */
export function fitLabels(positions: readonly number[], gap: number, top: number, bottom: number): number[] {
  const placed = dodge(positions, gap);
  const order = placed.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = [...placed];
  let next = top;
  // Upward pass: none above the top.
  for (const { i } of order) {
    out[i] = Math.max(out[i]!, next);
    next = out[i]! + gap;
  }
  // Downward pass from the bottom: none below it, still `gap` apart.
  let limit = bottom;
  for (const { i } of [...order].reverse()) {
    out[i] = Math.min(out[i]!, limit);
    limit = out[i]! - gap;
  }
  return out;
}

/** Moves label positions apart so that no two are closer than `gap`, keeping their order. */
function dodge(positions: readonly number[], gap: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
  const out = [...positions];
  let previous = Infinity;
  for (const { p, i } of order) {
    const placed = Math.min(p, previous - gap);
    out[i] = placed;
    previous = placed;
  }
  return out;
}
