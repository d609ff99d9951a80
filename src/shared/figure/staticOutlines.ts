import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { Iso3 } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';

/** What a static map draws, projected: each country in view as SVG path data, other land, symbols. */
export interface StaticOutlines {
  /** The boundaries and the size they were projected from and for. */
  geo: GeoFeatures;
  width: number;
  height: number;
  countries: readonly { iso3: Iso3; d: string }[];
  byIso3: ReadonlyMap<Iso3, string>;
  other: readonly string[];
  symbols: readonly { iso3: Iso3; x: number; y: number }[];
}

/**
 * Records one geometry's path data (as d3's path string with one decimal) and its projected box
 * in one pass of the projection, where `path(f)` and `path.bounds(f)` would make two.
 */
class PathRecorder {
  d = '';
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  private point(command: string, x: number, y: number) {
    if (x < this.x0) this.x0 = x;
    if (x > this.x1) this.x1 = x;
    if (y < this.y0) this.y0 = y;
    if (y > this.y1) this.y1 = y;
    this.d += `${command}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
  }
  moveTo(x: number, y: number) {
    this.point('M', x, y);
  }
  lineTo(x: number, y: number) {
    this.point('L', x, y);
  }
  closePath() {
    this.d += 'Z';
  }
  beginPath() {}
  arc() {}
  /** The path data, or undefined when nothing of it falls in a width × height view. */
  inView(width: number, height: number): string | undefined {
    const seen = this.x1 >= 0 && this.y1 >= 0 && this.x0 <= width && this.y0 <= height;
    return seen && Number.isFinite(this.x0) ? this.d : undefined;
  }
}

export interface OutlinesRequest {
  geo: GeoFeatures;
  projection: GeoProjection;
  width: number;
  height: number;
  /** Countries worth projecting (the others cannot be in view). */
  candidates: readonly Feature<Geometry, { iso3: Iso3 }>[];
  symbols: boolean;
}

/**
 * The projection, in steps: fitting it first, then one country each, so a caller can spread it
 * over short tasks.
 */
function* outlineSteps(request: () => OutlinesRequest): Generator<void, StaticOutlines> {
  const { geo, projection, width, height, candidates, symbols } = request();
  yield;
  const countries: { iso3: Iso3; d: string }[] = [];
  const byIso3 = new Map<Iso3, string>();
  const project = (f: Feature<Geometry>) => {
    const recorder = new PathRecorder();
    geoPath(projection, recorder)(f);
    return recorder.inView(width, height);
  };
  for (const f of candidates) {
    const d = project(f);
    if (d !== undefined) {
      countries.push({ iso3: f.properties.iso3, d });
      byIso3.set(f.properties.iso3, d);
    }
    yield;
  }
  const other = geo.other.features.flatMap((f) => project(f) ?? []);
  const points = symbols
    ? geo.points.features.flatMap((p) => {
        const xy = projection(p.geometry.coordinates as [number, number]);
        if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return [];
        if (xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) return [];
        return [{ iso3: p.properties.iso3, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }];
      })
    : [];
  return { geo, width, height, countries, byIso3, other, symbols: points };
}

/** Outlines already projected, per boundaries and view (a few views: the slides, the locator). */
const cache = new WeakMap<GeoFeatures, Map<string, StaticOutlines>>();
const KEPT_VIEWS = 12;

/** The outlines of a view if they were projected before. */
export function cachedOutlines(geo: GeoFeatures, key: string): StaticOutlines | undefined {
  return cache.get(geo)?.get(key);
}

function keep(geo: GeoFeatures, key: string, outlines: StaticOutlines): StaticOutlines {
  let views = cache.get(geo);
  if (!views) cache.set(geo, (views = new Map()));
  views.set(key, outlines);
  if (views.size > KEPT_VIEWS) views.delete(views.keys().next().value!);
  return outlines;
}

/** The outlines of a view, projected now (or taken from the cache). `key` names the view. */
export function staticOutlines(
  geo: GeoFeatures,
  key: string,
  request: () => OutlinesRequest,
): StaticOutlines {
  const known = cachedOutlines(geo, key);
  if (known) return known;
  const steps = outlineSteps(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return keep(geo, key, step.value);
  }
}

/**
 * How long one slice of projecting may hold the main thread: about four times as long on a
 * mid-range phone, still under the 50 ms of a long task.
 */
const SLICE_MS = 5;

/**
 * The outlines of a view projected in slices of about 5 ms, between which the browser paints and
 * answers input; `done` gets them (at once when cached). Returns a function that stops the work.
 */
export function projectOutlinesSliced(
  geo: GeoFeatures,
  key: string,
  request: () => OutlinesRequest,
  done: (outlines: StaticOutlines) => void,
): () => void {
  const known = cachedOutlines(geo, key);
  if (known) {
    done(known);
    return () => {};
  }
  const steps = outlineSteps(request);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        done(keep(geo, key, step.value));
        return;
      }
      if (performance.now() >= end) break;
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}
