// Builds public/data/boundaries.json from Natural Earth 1:10m (world-atlas), keyed by ISO 3166-1 alpha-3.
//
//   npm run data:boundaries
//
// Output: a TopoJSON topology with three objects
//   countries  one feature per ISO country, id = alpha-3, properties { name, un } (un: UN member state)
//   points     one Point per country too small to see or click at region zoom, id = alpha-3
//   other      land that Natural Earth carries without an ISO code (e.g. Kosovo, Siachen Glacier),
//              drawn as neutral land, never coloured by a status
// The script is deterministic: the same packages give the same bytes.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea, geoCentroid } from 'd3-geo';

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-10m.json');
const countries = require('world-countries/countries.json');

const OUT = new URL('../public/data/boundaries.json', import.meta.url);
const EARTH_RADIUS_KM = 6371;
const MAX_GZIP_BYTES = 100 * 1024;

// Tuning, chosen by measuring output size against how countries look at region zoom.
const MIN_ISLAND_KM2 = Number(process.env.MIN_ISLAND_KM2 ?? 60); // smaller polygons are dropped (never a country's largest)
const SMALL_STATE_KM2 = 10_000; // largest polygon below this: the country also gets a point symbol
const QUANTIZATION = Number(process.env.QUANTIZATION ?? 1e4);
const SIMPLIFY_KM2 = Number(process.env.SIMPLIFY_KM2 ?? 60); // Visvalingam weight, as spherical triangle area

// Natural Earth splits some recognised states de facto; the UN counts them as one.
const MERGE_INTO = {
  Somaliland: 'SOM',
  'N. Cyprus': 'CYP',
  'Cyprus U.N. Buffer Zone': 'CYP',
};
// world-countries flags the Holy See as a UN member; it is a Permanent Observer State.
const NOT_UN_MEMBERS = new Set(['VAT']);
// Land without soil-map submissions that would dominate a world view.
const DROP = new Set(['ATA']);

const byNumeric = new Map(countries.map((c) => [c.ccn3, c]));
const unMembers = countries.filter((c) => c.unMember && !NOT_UN_MEMBERS.has(c.cca3));

const km2 = (geometry) => geoArea(geometry) * EARTH_RADIUS_KM ** 2;

/** Split a (Multi)Polygon into its polygons' coordinate arrays. */
function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

// 1. Group Natural Earth geometries by alpha-3 (or into "other").
const groups = new Map(); // iso3 -> geometries[]
const other = [];
for (const g of world.objects.countries.geometries) {
  const name = g.properties.name;
  const iso3 = MERGE_INTO[name] ?? byNumeric.get(g.id)?.cca3;
  if (!iso3) {
    if (g.id !== undefined) throw new Error(`numeric id ${g.id} (${name}) has no alpha-3`);
    other.push(g);
    continue;
  }
  if (DROP.has(iso3)) continue;
  if (!groups.has(iso3)) groups.set(iso3, []);
  groups.get(iso3).push(g);
}

// 2. One feature per country, small islands dropped, the largest polygon always kept.
const countryFeatures = [];
const pointFeatures = [];
let droppedPolygons = 0;
for (const [iso3, geoms] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const geometry = geoms.length === 1 ? feature(world, geoms[0]).geometry : merge(world, geoms);
  const polygons = polygonsOf(geometry)
    .map(windOnSphere)
    .map((coordinates) => ({ coordinates, area: km2({ type: 'Polygon', coordinates }) }))
    .sort((a, b) => b.area - a.area);
  const kept = polygons.filter((p, i) => i === 0 || p.area >= MIN_ISLAND_KM2);
  droppedPolygons += polygons.length - kept.length;
  const info = countries.find((c) => c.cca3 === iso3);
  const properties = { name: info?.name.common ?? iso3, un: unMembers.some((c) => c.cca3 === iso3) };
  countryFeatures.push({
    type: 'Feature',
    id: iso3,
    properties,
    geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) },
  });
  if (polygons[0].area < SMALL_STATE_KM2) {
    const [lon, lat] = geoCentroid({ type: 'Polygon', coordinates: polygons[0].coordinates });
    pointFeatures.push({
      type: 'Feature',
      id: iso3,
      properties: {},
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }
}
const otherFeatures = other
  .map((g) => ({ ...feature(world, g), id: undefined, properties: { name: g.properties.name } }))
  .filter((f) => km2(f.geometry) >= MIN_ISLAND_KM2);

/**
 * A few Natural Earth islets are wound the wrong way; on the sphere such a ring encloses
 * everything but the islet. Reverse any polygon whose area exceeds a hemisphere.
 */
function windOnSphere(coordinates) {
  if (geoArea({ type: 'Polygon', coordinates }) <= 2 * Math.PI) return coordinates;
  return coordinates.map((ring) => [...ring].reverse());
}

function round(x) {
  return Math.round(x * 1e3) / 1e3;
}

// 3. Topology, simplified on the sphere, quantized.
let topo = topology({
  countries: { type: 'FeatureCollection', features: countryFeatures },
  points: { type: 'FeatureCollection', features: pointFeatures },
  other: { type: 'FeatureCollection', features: otherFeatures },
});
topo = presimplify(topo, sphericalTriangleArea);
topo = quantize(simplify(topo, SIMPLIFY_KM2 / EARTH_RADIUS_KM ** 2), QUANTIZATION);
for (const object of Object.values(topo.objects)) {
  for (const g of object.geometries) if (g.id === undefined) delete g.id;
}
topo.metadata = {
  source: 'Natural Earth 1:10m Admin 0 countries v4.1.0 (world-atlas 2.0.2), public domain',
  built: 'npm run data:boundaries',
  note: 'Somaliland and Northern Cyprus are merged into Somalia and Cyprus; land without an ISO code is in "other".',
};
const json = JSON.stringify(topo);

// 4. Checks: every UN member state present, size bar.
const ids = new Set(countryFeatures.map((f) => f.id));
const missing = unMembers.filter((c) => !ids.has(c.cca3)).map((c) => c.cca3);
if (unMembers.length !== 193) throw new Error(`expected 193 UN member states, found ${unMembers.length}`);
if (missing.length) throw new Error(`UN member states missing from boundaries: ${missing.join(', ')}`);
const outFeatures = feature(topo, topo.objects.countries).features;
const inverted = outFeatures.filter((f) =>
  polygonsOf(f.geometry).some((p) => geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI),
);
if (inverted.length)
  throw new Error(`wrongly wound polygons after simplification: ${inverted.map((f) => f.id).join(', ')}`);
const gzipBytes = gzipSync(json, { level: 9 }).length;
if (gzipBytes > MAX_GZIP_BYTES)
  throw new Error(`boundaries.json is ${gzipBytes} bytes gzip, over ${MAX_GZIP_BYTES}`);

writeFileSync(OUT, json);
console.log(
  `boundaries.json: ${countryFeatures.length} countries (${unMembers.length} UN members, all present), ` +
    `${pointFeatures.length} small-state points, ${otherFeatures.length} other land, ` +
    `${droppedPolygons} islets under ${MIN_ISLAND_KM2} km² dropped; ` +
    `${(json.length / 1024).toFixed(1)} KiB, ${(gzipBytes / 1024).toFixed(1)} KiB gzip`,
);
