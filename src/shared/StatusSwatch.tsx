import { NO_INFORMATION, type Vocabulary } from '../domain/stages';
import type { Status } from '../domain/types';
import { HatchPattern, useSvgId } from './HatchPattern';
import { fillOf, statusColours, SWATCH_STROKE } from './palette';

/** A small square in a status's colour for the product; No information is hatched, as on the map. */
export function StatusSwatch({
  status,
  vocabulary,
  size = 16,
}: {
  status: Status;
  vocabulary: Vocabulary;
  size?: number;
}) {
  const hatchId = useSvgId('swatch-hatch');
  const hatched = status === NO_INFORMATION;
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
        fill={hatched ? `url(#${hatchId})` : fillOf(status, statusColours(vocabulary))}
        stroke={SWATCH_STROKE}
      />
    </svg>
  );
}
