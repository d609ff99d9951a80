/**
 * What the two interactive maps share, so that the SVG map that paints first and the WebGL
 * map that takes over look the same: opacities, line widths, symbol sizes and zoom limits.
 * Colours and the No information hatch are in the palette (src/shared/palette.ts), shared
 * with the figure, the bars and the swatches.
 */

/** Opacity of countries the legend's highlight sets aside. */
export const DIM_OPACITY = 0.25;
export const BORDER_WIDTH = 0.6;
export const HOVER_WIDTH = 1.8;
export const SELECTED_WIDTH = 2.5;

/** Symbol radius by zoom, linear between stops: [zoom, radius in the region, radius outside]. */
export const SYMBOL_RADIUS_STOPS: readonly (readonly [number, number, number])[] = [
  [1, 3, 2],
  [4, 5, 3],
  [7, 7, 4],
];

export function symbolRadius(zoom: number, outside: boolean): number {
  const stops = SYMBOL_RADIUS_STOPS;
  const pick = (s: readonly [number, number, number]) => (outside ? s[2] : s[1]);
  if (zoom <= stops[0]![0]) return pick(stops[0]!);
  for (let i = 1; i < stops.length; i++) {
    const [z1] = stops[i]!;
    const [z0] = stops[i - 1]!;
    if (zoom <= z1) {
      const t = (zoom - z0) / (z1 - z0);
      return pick(stops[i - 1]!) + t * (pick(stops[i]!) - pick(stops[i - 1]!));
    }
  }
  return pick(stops[stops.length - 1]!);
}

/** How the maps are fitted to a region or a country, as the WebGL map's fitBounds was. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 9;
export const FIT_PADDING = 40;
/**
 * How far the maps zoom in on a country, by its span in degrees: a country under 2° (a small
 * island state) to zoom 5, any other to 4.5, so that its neighbours stay in view.
 */
export function focusMaxZoom(span: number): number {
  return span < 2 ? 5 : 4.5;
}
