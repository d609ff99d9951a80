import { area } from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Kept here rather than left to turf: turf's operations take longitudes within ±180°, and do not
 * join the halves of a ring cut at the antimeridian.
 *
 * Polygons whose rings jump across the antimeridian (Natural Earth's Russia and Fiji go from
 * 180° to -180° along the meridian) drawn flat become bands across the whole map. Unwrapped,
 * longitudes run on past 180° instead, and each part of a country sits within 180° of its
 * largest part.
 */
export type Rings = Position[][];

/** A ring with no jump of more than 180° between neighbouring points. */
function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const point of ring) {
    const lng = point[0]!;
    if (previous !== undefined) {
      const step = lng + offset - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lng + offset;
    out.push([previous, point[1]!]);
  }
  return out;
}

/** A ring's area on the globe (turf), to find a country's largest part. */
function ringArea(ring: readonly Position[]): number {
  return ring.length < 4 ? 0 : area({ type: 'Polygon', coordinates: [ring as Position[]] });
}

function middleLng(rings: Rings): number {
  let min = Infinity;
  let max = -Infinity;
  for (const point of rings[0] ?? []) {
    min = Math.min(min, point[0]!);
    max = Math.max(max, point[0]!);
  }
  return (min + max) / 2;
}

function shiftRings(rings: Rings, by: number): Rings {
  return by === 0 ? rings : rings.map((ring) => ring.map(([lng, lat]) => [lng! + by, lat!]));
}

/** Polygons with continuous longitudes, each moved by whole turns to lie near the largest. */
export function unwrapPolygons(geometry: Polygon | MultiPolygon): Rings[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const unwrapped = polygons.map((rings) => {
    // Holes follow their outer ring: unwrap all rings as one path of longitudes.
    const outer = unwrapRing(rings[0] ?? []);
    const start = outer[0]?.[0] ?? 0;
    const holes = rings.slice(1).map((ring) => {
      const hole = unwrapRing(ring);
      const by = Math.round((start - (hole[0]?.[0] ?? start)) / 360) * 360;
      return by ? hole.map(([lng, lat]) => [lng! + by, lat!]) : hole;
    });
    // A ring that starts on the meridian may run on to -540°: bring its middle back to ±180°.
    const all = [outer, ...holes];
    return shiftRings(all, -Math.round(middleLng(all) / 360) * 360);
  });
  let main = 0;
  let largest = -1;
  unwrapped.forEach((rings, i) => {
    const size = ringArea(rings[0] ?? []);
    if (size > largest) [largest, main] = [size, i];
  });
  const anchor = middleLng(unwrapped[main] ?? []);
  return unwrapped.map((rings) => shiftRings(rings, Math.round((anchor - middleLng(rings)) / 360) * 360));
}
