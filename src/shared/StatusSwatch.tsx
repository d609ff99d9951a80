import type { Status } from '../domain/types';
import { HATCH_COLOR, STATUS_COLORS } from './palette';

/** A small square in a status's colour; No information is hatched, as on the map. */
export function StatusSwatch({ status, size = 16 }: { status: Status; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="swatch"
    >
      <rect x="0.5" y="0.5" width="15" height="15" fill={STATUS_COLORS[status]} stroke="#666" />
      {status === 'no_information' && (
        <path d="M0 8L8 0M0 16L16 0M8 16L16 8" stroke={HATCH_COLOR} strokeWidth="1.5" />
      )}
    </svg>
  );
}
