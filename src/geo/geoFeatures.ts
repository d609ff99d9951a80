import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unionBounds, type Bounds } from '../domain/bounds';
import type { Iso3 } from '../domain/types';

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
  /** Where a country's symbol or centre is. */
  anchors: ReadonlyMap<Iso3, [number, number]>;
}

function polygonBoxes(geometry: Polygon | MultiPolygon): Bounds[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((coordinates) => bbox({ type: 'Polygon', coordinates }) as Bounds);
}

export function toGeoFeatures(topology: Topology): GeoFeatures {
  const collection = (name: string) => topology.objects[name] as GeometryCollection | undefined;
  const countries = feature(topology, collection('countries')!) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string; un: boolean }
  >;
  const pointsObject = collection('points');
  const otherObject = collection('other');
  const points = pointsObject
    ? (feature(topology, pointsObject) as unknown as FeatureCollection<Point>)
    : { type: 'FeatureCollection' as const, features: [] };
  const other = otherObject
    ? (feature(topology, otherObject) as unknown as FeatureCollection<
        Polygon | MultiPolygon,
        { name: string }
      >)
    : { type: 'FeatureCollection' as const, features: [] };

  const byIso3 = new Map<Iso3, CountryFeature>();
  const boxes = new Map<Iso3, Bounds[]>();
  const anchors = new Map<Iso3, [number, number]>();
  const countryFeatures: CountryFeature[] = [];
  for (const f of countries.features) {
    const iso3 = String(f.id);
    const cf: CountryFeature = {
      type: 'Feature',
      id: iso3,
      geometry: f.geometry,
      properties: { iso3, name: f.properties?.name ?? iso3, un: Boolean(f.properties?.un) },
    };
    countryFeatures.push(cf);
    byIso3.set(iso3, cf);
    const b = polygonBoxes(f.geometry);
    boxes.set(iso3, b);
    const u = unionBounds(b)!;
    anchors.set(iso3, [(u[0] + u[2]) / 2, (u[1] + u[3]) / 2]);
  }
  const pointFeatures: PointFeature[] = points.features.map((p) => {
    const iso3 = String(p.id);
    anchors.set(iso3, p.geometry.coordinates as [number, number]);
    return { type: 'Feature', id: iso3, geometry: p.geometry, properties: { iso3 } };
  });
  return {
    countries: { type: 'FeatureCollection', features: countryFeatures },
    points: { type: 'FeatureCollection', features: pointFeatures },
    other,
    byIso3,
    boxes,
    anchors,
  };
}

/** Bounds of a set of countries (a region, or one country); undefined when none has geometry. */
export function boundsOf(geo: GeoFeatures, countries: readonly Iso3[]): Bounds | undefined {
  return unionBounds(countries.flatMap((c) => geo.boxes.get(c) ?? []));
}
