import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import countries from 'world-countries/countries.json';
import { boundsOf, toGeoFeatures } from '../../src/geo/geoFeatures';

const file = readFileSync(new URL('../../public/data/boundaries.json', import.meta.url));
const topology = JSON.parse(file.toString('utf8')) as Topology;
const geo = toGeoFeatures(topology);

describe('boundaries.json', () => {
  it('is at most 100 KiB gzip', () => {
    expect(gzipSync(file, { level: 9 }).length).toBeLessThanOrEqual(100 * 1024);
  });

  it('holds every UN member state by alpha-3, flagged as such', () => {
    const members = countries.filter((c) => c.unMember && c.cca3 !== 'VAT').map((c) => c.cca3);
    expect(members).toHaveLength(193);
    const missing = members.filter((m) => !geo.byIso3.has(m));
    expect(missing).toEqual([]);
    const flagged = [...geo.byIso3.values()].filter((f) => f.properties.un).map((f) => f.properties.iso3);
    expect(flagged.sort()).toEqual([...members].sort());
  });

  it('keys every country feature by an ISO alpha-3 code', () => {
    for (const id of geo.byIso3.keys()) expect(id).toMatch(/^[A-Z]{3}$/);
  });

  it('gives small states a symbol, large ones none', () => {
    const symbols = new Set(geo.points.features.map((p) => p.properties.iso3));
    for (const small of ['TUV', 'SGP', 'MDV', 'NRU', 'BHR']) expect(symbols).toContain(small);
    for (const large of ['IND', 'CHN', 'BGD', 'NPL']) expect(symbols).not.toContain(large);
  });

  it('puts Singapore and the Maldives where they are', () => {
    const at = (iso3: string) =>
      geo.points.features.find((p) => p.properties.iso3 === iso3)!.geometry.coordinates as [number, number];
    const [lon, lat] = at('SGP');
    expect(lon).toBeCloseTo(103.8, 0);
    expect(lat).toBeCloseTo(1.35, 0);
    const [mlon, mlat] = at('MDV');
    expect(mlon).toBeGreaterThan(72);
    expect(mlon).toBeLessThan(74);
    expect(mlat).toBeGreaterThan(-1);
    expect(mlat).toBeLessThan(7.5);
  });
});

describe('the shipped regions on the map', () => {
  const geo = toGeoFeatures(
    JSON.parse(
      readFileSync(new URL('../../public/data/boundaries.json', import.meta.url), 'utf8'),
    ) as Topology,
  );
  const regions = (
    JSON.parse(readFileSync(new URL('../../public/data/regions.json', import.meta.url), 'utf8')) as {
      regions: { id: string; members: string[] }[];
    }
  ).regions;
  const box = (id: string) => boundsOf(geo, regions.find((r) => r.id === id)!.members)!;

  it('shows the world centred on Greenwich, and no other region as the world', () => {
    expect([box('world')[0], box('world')[2]]).toEqual([-180, 180]);
    for (const r of regions.filter((r) => r.id !== 'world')) {
      const [west, , east] = box(r.id);
      expect(east - west, r.id).toBeLessThan(330);
    }
  });
});
