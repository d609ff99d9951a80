import type { MapStatus, Status } from '../domain/types';

/**
 * Status colours: a blue–orange scheme that stays distinct under the common colour-vision
 * deficiencies; No information is also set apart by a hatch, not by hue alone.
 */
export const STATUS_COLORS: Record<Status, string> = {
  submitted: '#1d5b99',
  in_preparation: '#7fb8da',
  not_submitted: '#e0701b',
  not_applicable: '#8f8f8f',
  no_information: '#ffffff',
};

export const HATCH_COLOR = '#8a8a8a';
export const OUTSIDE_COLOR = '#e9e7e2';
export const OTHER_LAND_COLOR = '#e9e7e2';
export const SEA_COLOR = '#d6e4ee';
export const BORDER_COLOR = '#ffffff';
export const FOCUS_COLOR = '#111111';
/** Countries whose status changed since a date: outlined in the focus colour, dashed. */
export const CHANGED_DASH = '4 3';
export const CHANGED_WIDTH = 2;
/** The outline of a legend swatch, on screen and in the figure. */
export const SWATCH_STROKE = '#666666';
/** The outline of a country's symbol outside the region, and of its shape in the figure. */
export const OUTSIDE_STROKE_COLOR = '#b9b6ae';
/** The dashed border of land that is not a country on the map (e.g. disputed areas). */
export const OTHER_BORDER_COLOR = '#9a9a9a';

export function fillOf(status: MapStatus): string {
  return status === 'outside' ? OUTSIDE_COLOR : STATUS_COLORS[status];
}

/**
 * The outline of a country's symbol (small countries and islands drawn as circles): the
 * hatch's grey for No information, whose white fill would vanish otherwise; quieter outside
 * the region; white borders like the shapes' otherwise. Every renderer uses this rule.
 */
export function symbolStrokeOf(status: MapStatus): string {
  if (status === 'no_information') return HATCH_COLOR;
  if (status === 'outside') return OUTSIDE_STROKE_COLOR;
  return BORDER_COLOR;
}

/**
 * The No information hatch, the same in every renderer (SVG map, WebGL map, figure, bars and
 * swatches): a square tile `size` pixels wide, white, crossed by one diagonal line from its
 * bottom-left to its top-right corner, so tiles join into unbroken diagonal stripes.
 */
export const HATCH = { size: 8, color: HATCH_COLOR, lineWidth: 1.5 } as const;

/** The hatch's line in one tile, with the corner stubs that join it to its neighbours. */
export function hatchPath(size: number = HATCH.size): string {
  return `M0 ${size}L${size} 0M-1 1L1 -1M${size - 1} ${size + 1}L${size + 1} ${size - 1}`;
}

/** The hatch tile as RGBA pixels, for a WebGL map's image. */
export function hatchPixels(size: number = HATCH.size): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(HATCH.color.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // The pixels the line from (0, size) to (size, 0) passes through, two wide.
      const on = (x + y) % size === 0 || (x + y + 1) % size === 0;
      data.set(on ? [r, g, b, 255] : [255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
