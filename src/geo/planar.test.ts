import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { toGeoFeatures } from './geoFeatures';
import { PATH_UNITS, planarWorld } from './planar';
import { unwrapPolygons } from './unwrap';
import { WORLD_SIZE } from './mercator';

const topology = JSON.parse(
  readFileSync(new URL('../../public/data/boundaries.json', import.meta.url), 'utf8'),
) as Topology;
const geo = toGeoFeatures(topology);

/** The largest jump in longitude between neighbouring points of any ring. */
function largestJump(coordinates: number[][][][]): number {
  let jump = 0;
  for (const polygon of coordinates)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) jump = Math.max(jump, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  return jump;
}

describe('unwrapPolygons', () => {
  it('makes a ring that jumps from 180° to -180° continuous', () => {
    const rings = unwrapPolygons({
      type: 'Polygon',
      coordinates: [
        [
          [179, 60],
          [180, 61],
          [-180, 61],
          [-179, 62],
          [-180, 63],
          [180, 63],
          [179, 60],
        ],
      ],
    });
    const lngs = rings[0]![0]!.map((p) => p[0]!);
    const turn = lngs[0]! - 179; // a whole number of turns: the ring may sit in either world copy
    expect(Math.abs(turn % 360)).toBe(0);
    expect(lngs.map((l) => l - turn)).toEqual([179, 180, 180, 181, 180, 180, 179]);
  });

  it('moves a country’s small parts next to its largest one', () => {
    const rings = unwrapPolygons({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-100, 40],
            [-90, 40],
            [-90, 50],
            [-100, 50],
            [-100, 40],
          ],
        ],
        [
          [
            [173, 52],
            [174, 52],
            [174, 53],
            [173, 52],
          ],
        ],
      ],
    });
    expect(rings[1]![0]![0]![0]).toBe(173 - 360);
  });
});

describe('planarWorld', () => {
  const world = planarWorld(geo);

  it('leaves no country with a jump across the map (the stripes at high latitudes)', () => {
    for (const f of world.unwrapped.countries.features) {
      expect(largestJump(f.geometry.coordinates as number[][][][]), f.properties.iso3).toBeLessThan(180);
    }
    // Russia and Fiji are the ones that had such jumps.
    const before = (iso3: string) => {
      const g = geo.byIso3.get(iso3)!.geometry;
      return largestJump((g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][]);
    };
    expect(before('RUS')).toBeGreaterThan(300);
    expect(before('FJI')).toBeGreaterThan(300);
  });

  it('has a path for every country and a symbol for every small state', () => {
    expect(world.countries).toHaveLength(geo.countries.features.length);
    for (const c of world.countries) expect(c.d).toMatch(/^M\d+,\d+(l-?\d+,-?\d+)*z/);
    expect(world.points.map((p) => p.iso3)).toEqual(geo.points.features.map((p) => p.properties.iso3));
  });

  it('keeps Russia in one piece east of Europe, running on past 180°', () => {
    const russia = world.byIso3.get('RUS')!;
    expect(russia.x).toBeGreaterThan(WORLD_SIZE / 2);
    // Absolute x of every point, from the relative steps of the path.
    const xs: number[] = [];
    let x = 0;
    for (const [, command, dx] of russia.d.matchAll(/([Ml])(-?\d+),-?\d+/g)) {
      x = command === 'M' ? Number(dx) : x + Number(dx);
      xs.push(x / PATH_UNITS);
    }
    expect(Math.max(...xs)).toBeGreaterThan(WORLD_SIZE);
    expect(Math.min(...xs)).toBeGreaterThan(WORLD_SIZE / 2);
  });

  it('gives Russia region boxes that do not wrap round the world', () => {
    const boxes = geo.boxes.get('RUS')!;
    for (const [w, , e] of boxes) expect(e - w).toBeLessThan(180);
  });

  it('is computed once per boundaries file', () => {
    expect(planarWorld(geo)).toBe(world);
  });
});
