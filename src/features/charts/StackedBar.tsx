import { scaleLinear } from 'd3-scale';
import { NO_INFORMATION, type Vocabulary } from '../../domain/stages';
import type { StatusCounts } from '../../domain/types';
import { HatchPattern, useSvgId } from '../../shared/HatchPattern';
import { fillOf, statusColours } from '../../shared/palette';

/**
 * How every chart here uses d3: d3 computes (scales, shapes), React draws the SVG elements.
 * No d3 selection touches the DOM.
 */
export function StackedBar({
  counts,
  vocabulary,
  width,
  height,
}: {
  counts: StatusCounts;
  /** The product's statuses: the segments follow its order and colours. */
  vocabulary: Vocabulary;
  width: number;
  height: number;
}) {
  const ids = vocabulary.ids;
  const colours = statusColours(vocabulary);
  const count = (s: string) => counts[s] ?? 0;
  const total = ids.reduce((n, s) => n + count(s), 0);
  const x = scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([0, width]);
  // Each status's segment starts where the previous ones end.
  const segments = ids
    .map((status, i) => ({
      status,
      start: ids.slice(0, i).reduce((n, s) => n + count(s), 0),
      n: count(status),
    }))
    .filter((s) => s.n > 0);
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
              fill={fillOf(status, colours)}
              stroke="#fff"
              strokeWidth={0.5}
            />
            {status === NO_INFORMATION && (
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
