import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unionBounds, type Bounds } from '../domain/bounds';
import type { Iso3 } from '../domain/types';
import { worldX, worldY } from './mercator';
import { planarPath, type PlanarCountry, type PlanarWorld } from './planar';
import { unwrapPolygons, type Rings } from './unwrap';

export interface CountryProps {
  iso3: Iso3;
  name: string;
  /** A UN member state. */
  un: boolean;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;
export type PointFeature = Feature<Point, { iso3: Iso3 }>;

/** Boundaries as the app uses them, with every geometry-derived value computed once, on load. */
export interface GeoFeatures {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  /** Symbols for states too small to see or click at region zoom. */
  points: FeatureCollection<Point, { iso3: Iso3 }>;
  /** Land without an ISO code, drawn neutral. */
  other: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  byIso3: ReadonlyMap<Iso3, CountryFeature>;
  /** One box per polygon, none crossing the antimeridian, for region bounds. */
  boxes: ReadonlyMap<Iso3, readonly Bounds[]>;
  /** The same boundaries laid out flat for the interactive maps (see planar.ts). */
  planar: PlanarWorld;
}

/**
 * The box of one unwrapped polygon (turf's bbox of its outer ring: longitudes may run past 180°),
 * split in two where it runs across the antimeridian, which turf's boxes do not know.
 */
function polygonBoxes(rings: Rings): Bounds[] {
  if (!rings[0]?.length) return [];
  const [west, south, east, north] = bbox({ type: 'Polygon', coordinates: [rings[0]] }) as Bounds;
  const turns = Math.floor((west + 180) / 360);
  const [w, e] = [west - turns * 360, east - turns * 360];
  return e <= 180
    ? [[w, south, e, north]]
    : [
        [w, south, 180, north],
        [-180, south, Math.min(180, e - 360), north],
      ];
}

type Collections = {
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string; un?: boolean }>;
  points: FeatureCollection<Point>;
  other: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
};

function* decode(topology: Topology): Generator<void, Collections> {
  const collection = (name: string) => topology.objects[name] as GeometryCollection | undefined;
  // Country by country: decoding every country at once is one of the longest steps on a phone.
  const countryFeatures: Collections['countries']['features'] = [];
  for (const geometry of collection('countries')!.geometries) {
    countryFeatures.push(
      feature(topology, geometry) as unknown as Collections['countries']['features'][number],
    );
    yield;
  }
  const countries: Collections['countries'] = { type: 'FeatureCollection', features: countryFeatures };
  const pointsObject = collection('points');
  const otherObject = collection('other');
  const points = pointsObject
    ? (feature(topology, pointsObject) as unknown as FeatureCollection<Point>)
    : { type: 'FeatureCollection' as const, features: [] };
  const other = otherObject
    ? (feature(topology, otherObject) as unknown as Collections['other'])
    : { type: 'FeatureCollection' as const, features: [] };
  yield;
  return { countries, points, other };
}

/**
 * The preparation in steps: it yields after each country, so the caller can spread it over
 * several short tasks (see `toGeoFeaturesSliced`) instead of one long one. Country and point
 * features carry their ISO alpha-3 code as `id`.
 */
function* prepare({ countries, points, other }: Collections): Generator<void, GeoFeatures> {
  const byIso3 = new Map<Iso3, CountryFeature>();
  const boxes = new Map<Iso3, Bounds[]>();
  const countryFeatures: CountryFeature[] = [];
  const planarCountries: PlanarCountry[] = [];
  const planarByIso3 = new Map<Iso3, PlanarCountry>();
  const unwrappedCountries: CountryFeature[] = [];
  for (const f of countries.features) {
    const iso3 = String(f.id);
    const properties = { iso3, name: f.properties?.name ?? iso3, un: Boolean(f.properties?.un) };
    const cf: CountryFeature = { type: 'Feature', id: iso3, geometry: f.geometry, properties };
    countryFeatures.push(cf);
    byIso3.set(iso3, cf);
    const polygons = unwrapPolygons(f.geometry);
    boxes.set(iso3, polygons.flatMap(polygonBoxes));
    const planar = { iso3, ...planarPath(polygons) };
    planarCountries.push(planar);
    planarByIso3.set(iso3, planar);
    unwrappedCountries.push({ ...cf, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    yield;
  }
  const planarOther: PlanarWorld['other'] = [];
  const unwrappedOther: GeoFeatures['other']['features'] = [];
  for (const f of other.features) {
    const polygons = unwrapPolygons(f.geometry);
    planarOther.push(planarPath(polygons));
    unwrappedOther.push({ ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  }
  const pointFeatures: PointFeature[] = points.features.map((p) => {
    const iso3 = String(p.id);
    return { type: 'Feature', id: iso3, geometry: p.geometry, properties: { iso3 } };
  });
  return {
    countries: { type: 'FeatureCollection', features: countryFeatures },
    points: { type: 'FeatureCollection', features: pointFeatures },
    other,
    byIso3,
    boxes,
    planar: {
      countries: planarCountries,
      other: planarOther,
      points: pointFeatures.map((p) => {
        const [lng, lat] = p.geometry.coordinates as [number, number];
        return { iso3: p.properties.iso3, x: worldX(lng), y: worldY(lat) };
      }),
      byIso3: planarByIso3,
      unwrapped: {
        countries: { type: 'FeatureCollection', features: unwrappedCountries },
        other: { type: 'FeatureCollection', features: unwrappedOther },
      },
    },
  };
}

function* fromTopology(topology: Topology): Generator<void, GeoFeatures> {
  return yield* prepare(yield* decode(topology));
}

function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function toGeoFeatures(topology: Topology): GeoFeatures {
  return run(fromTopology(topology));
}

/** Boundaries given as GeoJSON (tests, synthetic figures), prepared as if loaded. */
export function geoFeaturesOf(collections: Collections): GeoFeatures {
  return run(prepare(collections));
}

/** Lets the browser paint and handle input between two slices of work. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The same preparation in slices of at most about `budget` milliseconds, so loading the
 * boundaries never blocks the page for long: a mid-range phone takes about four times as long
 * per slice, which keeps it under the 50 ms of a long task with room for garbage collection.
 */
export async function toGeoFeaturesSliced(topology: Topology, budget = 5): Promise<GeoFeatures> {
  const steps = fromTopology(topology);
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > budget) {
      await yieldToBrowser();
      start = performance.now();
    }
  }
}

/** Bounds of a set of countries (a region, or one country); undefined when none has geometry. */
export function boundsOf(geo: GeoFeatures, countries: readonly Iso3[]): Bounds | undefined {
  return unionBounds(countries.flatMap((c) => geo.boxes.get(c) ?? []));
}
