import { useId } from 'react';
import { NO_INFORMATION } from '../domain/stages';
import { HATCH, STATUS_COLORS, hatchPath } from './palette';

/** An id unique in the document and safe inside `url(#…)`, for a pattern of one drawing. */
export function useSvgId(name: string): string {
  return `${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * The No information hatch as an SVG pattern (see HATCH in the palette); put it in a <defs>
 * and fill with `url(#id)`. `size` is the tile's width in the units of the drawing.
 */
export function HatchPattern({
  id,
  size = HATCH.size,
  transform,
}: {
  id: string;
  size?: number;
  /** e.g. `scale(…)` to undo the zoom of the content it fills. */
  transform?: string;
}) {
  const lineWidth = (HATCH.lineWidth * size) / HATCH.size;
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse" patternTransform={transform}>
      <rect width={size} height={size} fill={STATUS_COLORS[NO_INFORMATION]} />
      <path d={hatchPath(size)} stroke={HATCH.color} strokeWidth={lineWidth} />
    </pattern>
  );
}
