import type { Status } from '../domain/types';
import { HatchPattern, useSvgId } from './HatchPattern';
import { STATUS_COLORS, SWATCH_STROKE } from './palette';

/** A small square in a status's colour; No information is hatched, as on the map. */
export function StatusSwatch({ status, size = 16 }: { status: Status; size?: number }) {
  const hatchId = useSvgId('swatch-hatch');
  const hatched = status === 'no_information';
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="swatch"
    >
      {hatched && (
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
      )}
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        fill={hatched ? `url(#${hatchId})` : STATUS_COLORS[status]}
        stroke={SWATCH_STROKE}
      />
    </svg>
  );
}
