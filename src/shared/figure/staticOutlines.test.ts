import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it, vi } from 'vitest';
import { toGeoFeatures } from '../../geo/geoFeatures';
import {
  cachedOutlines,
  projectOutlinesSliced,
  staticOutlines,
  type OutlinesRequest,
  type StaticOutlines,
} from './staticOutlines';

const geo = toGeoFeatures(
  JSON.parse(readFileSync(join(process.cwd(), 'public/data/boundaries.json'), 'utf8')) as Topology,
);
const [width, height] = [640, 360];

function request(centre = 0): OutlinesRequest {
  const projection = geoEqualEarth()
    .precision(0)
    .rotate([-centre, 0])
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      geo.countries,
    );
  return { geo, projection, width, height, candidates: geo.countries.features, symbols: true };
}

describe('static outlines', () => {
  it("draw each country as d3's one-decimal path, and leave out what falls outside the view", () => {
    const r = request();
    const outlines = staticOutlines(geo, 'world', () => r);
    const path = geoPath(r.projection).digits(1);
    const india = geo.byIso3.get('IND')!;
    expect(outlines.byIso3.get('IND')).toBe(path(india));
    expect(outlines.countries).toHaveLength(geo.countries.features.length);
    // Fitted to India alone, the world's other side is out of view.
    const zoomed: OutlinesRequest = {
      ...r,
      projection: geoEqualEarth()
        .precision(0)
        .fitExtent(
          [
            [0, 0],
            [width, height],
          ],
          india,
        ),
    };
    const near = staticOutlines(geo, 'india', () => zoomed);
    expect(near.byIso3.has('IND')).toBe(true);
    expect(near.byIso3.has('BRA')).toBe(false);
    expect(near.countries.length).toBeLessThan(outlines.countries.length);
  });

  it('are kept per view: the same view is not projected again', () => {
    let asked = 0;
    const first = staticOutlines(geo, 'kept', () => (asked++, request(10)));
    const again = staticOutlines(geo, 'kept', () => (asked++, request(10)));
    expect(again).toBe(first);
    expect(asked).toBe(1);
    expect(cachedOutlines(geo, 'kept')).toBe(first);
    expect(cachedOutlines(geo, 'never shown')).toBeUndefined();
  });

  it('come the same in slices as at once, over several tasks', async () => {
    const atOnce = staticOutlines(geo, 'at once', () => request(40));
    // A clock on which each country takes 2.5 ms: a slice of 5 ms holds two of them.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 2.5));
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const sliced = await new Promise<StaticOutlines>((resolve) =>
      projectOutlinesSliced(geo, 'sliced', () => request(40), resolve),
    );
    expect(sliced).toEqual(atOnce);
    expect(sliced).not.toBe(atOnce);
    expect(timeout.mock.calls.length).toBeGreaterThan(geo.countries.features.length / 3);
    expect(cachedOutlines(geo, 'sliced')).toBe(sliced);
  });

  it('stop when asked, leaving nothing kept', async () => {
    let done = false;
    const stop = projectOutlinesSliced(
      geo,
      'stopped',
      () => request(80),
      () => (done = true),
    );
    stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    expect(cachedOutlines(geo, 'stopped')).toBeUndefined();
  });
});
