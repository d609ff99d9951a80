import { scaleLinear } from 'd3-scale';
import { STATUSES, type StatusCounts } from '../../domain/types';
import { HatchPattern, useSvgId } from '../../shared/HatchPattern';
import { STATUS_COLORS } from '../../shared/palette';

/**
 * How every chart here uses d3: d3 computes (scales, shapes), React draws the SVG elements.
 * No d3 selection touches the DOM.
 */
export function StackedBar({
  counts,
  width,
  height,
}: {
  counts: StatusCounts;
  width: number;
  height: number;
}) {
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([0, width]);
  // Each status's segment starts where the previous ones end.
  const segments = STATUSES.map((status, i) => ({
    status,
    start: STATUSES.slice(0, i).reduce((n, s) => n + counts[s], 0),
    n: counts[status],
  })).filter((s) => s.n > 0);
  const hatchId = useSvgId('bar-hatch');
  return (
    <g>
      <defs>
        <HatchPattern id={hatchId} />
      </defs>
      <rect width={width} height={height} fill="#f1f1f1" />
      {segments.map(({ status, start, n }) => {
        const w = x(start + n) - x(start);
        return (
          <g key={status} data-status={status}>
            <rect
              x={x(start)}
              width={w}
              height={height}
              fill={STATUS_COLORS[status]}
              stroke="#fff"
              strokeWidth={0.5}
            />
            {status === 'no_information' && (
              <rect
                x={x(start)}
                width={w}
                height={height}
                fill={`url(#${hatchId})`}
                stroke="#999"
                strokeWidth={0.5}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
