import type { Iso3 } from '../domain/types';
import type { GeoFeatures } from './geoFeatures';
import { worldX, worldY } from './mercator';
import type { Rings } from './unwrap';

/**
 * Boundaries laid out flat for the two interactive maps, computed once when the boundaries
 * load (see geoFeatures.ts):
 *
 * - longitudes made continuous (unwrap.ts), so that a country across the antimeridian
 *   (Russia, Fiji) is one shape running on past 180° instead of a band across the whole map;
 * - each country projected once to Web Mercator world coordinates (zoom 0) as an SVG path, so
 *   a camera change is one transform and a colour change touches no geometry.
 */
export interface PlanarCountry {
  iso3: Iso3;
  /** SVG path data in hundredths of world coordinates (PATH_UNITS). */
  d: string;
  /** World x of the middle of the country's box, to pick the world copy it is drawn in. */
  x: number;
  /**
   * A point for the country's label or tooltip, in world coordinates: the middle of the box of
   * its largest part (the mainland, not the middle of the sea between its islands).
   */
  anchor: [number, number];
}

export interface PlanarWorld {
  countries: PlanarCountry[];
  other: { d: string; x: number }[];
  /** Symbols of small states, in world coordinates. */
  points: { iso3: Iso3; x: number; y: number }[];
  byIso3: ReadonlyMap<Iso3, PlanarCountry>;
  /** The same geometry as GeoJSON with continuous longitudes (what MapLibre draws). */
  unwrapped: {
    countries: GeoFeatures['countries'];
    other: GeoFeatures['other'];
  };
}

/**
 * Path data is in hundredths of a world pixel, as whole numbers in relative steps: at zoom 5 a
 * step is a third of a screen pixel, and the strings are half as long and quick to build.
 */
export const PATH_UNITS = 100;

/**
 * SVG path data of unwrapped polygons (see PATH_UNITS), the world x of their box's middle, and
 * the middle of the box of the largest polygon.
 */
export function planarPath(polygons: readonly Rings[]): Omit<PlanarCountry, 'iso3'> {
  let d = '';
  let min = Infinity;
  let max = -Infinity;
  let anchor: [number, number] = [0, 0];
  let largest = -1;
  for (const rings of polygons) {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      let px = 0;
      let py = 0;
      let first = true;
      for (const [lng, lat] of ring) {
        const wx = worldX(lng!);
        const x = Math.round(wx * PATH_UNITS);
        const y = Math.round(worldY(lat!) * PATH_UNITS);
        if (first) d += `M${x},${y}`;
        else if (x !== px || y !== py) d += `l${x - px},${y - py}`;
        px = x;
        py = y;
        first = false;
        if (wx < min) min = wx;
        if (wx > max) max = wx;
        const wy = worldY(lat!);
        box[0] = Math.min(box[0]!, wx);
        box[1] = Math.min(box[1]!, wy);
        box[2] = Math.max(box[2]!, wx);
        box[3] = Math.max(box[3]!, wy);
      }
      if (!first) d += 'z';
    }
    const [x0, y0, x1, y1] = box as [number, number, number, number];
    const area = (x1 - x0) * (y1 - y0);
    if (area > largest) {
      largest = area;
      anchor = [(x0 + x1) / 2, (y0 + y1) / 2];
    }
  }
  return { d, x: (min + max) / 2, anchor };
}

/** The flat layout of the boundaries, computed when they loaded. */
export function planarWorld(geo: GeoFeatures): PlanarWorld {
  return geo.planar;
}
