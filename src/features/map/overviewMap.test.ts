import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseRecordsCsv } from '../../domain/records';
import { indexRecords, type RecordIndex } from '../../domain/status';
import type { Product, Region } from '../../domain/types';
import { toGeoFeatures } from '../../geo/geoFeatures';
import { getI18n } from '../../shared/i18n';
import { describeCountry, mapFocus, mapTableRows } from './overviewMap';
import { DEFAULT_VOCABULARY } from '../../domain/stages';

const data = (name: string) => readFileSync(join(process.cwd(), 'public', 'data', name), 'utf8');
const products = JSON.parse(data('products.json')) as Product[];
const asp = (JSON.parse(data('regions.json')) as { regions: Region[] }).regions.find((r) => r.id === 'asp')!;
// The records are read for each test, not when the file loads, so that each test is known to use
// the reader; the boundaries (src/geo) are built once, they take a while.
let index: RecordIndex;
beforeEach(() => {
  index = indexRecords(
    parseRecordsCsv(data('records.csv'), { file: 'records.csv', products, today: '2026-01-01' }).records,
  );
});
const geo = toGeoFeatures(JSON.parse(data('boundaries.json')) as Topology);
const i18n = getI18n('en');

describe('mapFocus', () => {
  it('looks at the region until a country is picked, then at the country', () => {
    const region = mapFocus(geo, asp.members, asp.id, undefined)!;
    const nepal = mapFocus(geo, asp.members, asp.id, 'NPL')!;
    expect(region.key).toBe('region:asp');
    expect(nepal.key).toBe('country:NPL');
    const [w, s, e, n] = nepal.bounds;
    // Nepal: about 80–88.2° E, 26.3–30.4° N.
    expect(w).toBeGreaterThan(79);
    expect(e).toBeLessThan(89);
    expect(s).toBeGreaterThan(26);
    expect(n).toBeLessThan(31);
    // The region's box holds Nepal's.
    expect(region.bounds[0]).toBeLessThan(w);
    expect(region.bounds[2]).toBeGreaterThan(e);
  });

  it('stays on the region for a country that is not on the map', () => {
    expect(mapFocus(geo, asp.members, asp.id, 'XXX')?.key).toBe('region:asp');
  });

  it('has nothing to look at when no member is on the map', () => {
    expect(mapFocus(geo, ['XXX'], 'nowhere', undefined)).toBeUndefined();
  });
});

/** The Asian Soil Partnership on the day of the report, as the overview asks about it. */
const at = () => ({
  index,
  product: 'gsocseq',
  vocabulary: DEFAULT_VOCABULARY,
  members: asp.members,
  asOf: '2022-03-09',
});

describe('describeCountry', () => {
  it('gives a member its status, the record date and the note', () => {
    expect(describeCountry(i18n, 'NPL', at())).toEqual({
      name: 'Nepal',
      status: 'In preparation',
      detail: '9 March 2022 · Generating the map in the AFACI project',
    });
  });

  it('says when a member has no record', () => {
    const afg = describeCountry(i18n, 'AFG', at());
    expect(afg.status).toBe('No information');
    expect(afg.detail).toBe(i18n.t('map.tooltipNoRecord'));
  });

  it('says a country is outside the region, with its status, and no record detail', () => {
    const bra = describeCountry(i18n, 'BRA', at());
    expect(bra.status).toBe(`${i18n.t('status.outside')} · No information`);
    expect(bra.detail).toBeUndefined();
  });

  it('shows the status as of the date', () => {
    expect(describeCountry(i18n, 'NPL', { ...at(), asOf: '2022-03-08' }).status).toBe('No information');
  });
});

describe('mapTableRows', () => {
  it('lists every member once, by name, with its status and the record behind it', () => {
    const rows = mapTableRows(i18n, { index, product: 'gsocseq', members: asp.members, asOf: '2022-03-09' });
    expect(rows.map((r) => r.iso3).sort()).toEqual([...asp.members].sort());
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(rows.find((r) => r.iso3 === 'NPL')).toEqual({
      iso3: 'NPL',
      name: 'Nepal',
      status: 'in_preparation',
      date: '2022-03-09',
      note: 'Generating the map in the AFACI project',
      draft: false,
    });
    expect(rows.find((r) => r.iso3 === 'AFG')).toEqual({
      iso3: 'AFG',
      name: 'Afghanistan',
      status: 'no_information',
      draft: false,
    });
  });
});

describe('overview map, records without a note and countries outside', () => {
  it('gives only the date of a record without a note', () => {
    expect(describeCountry(i18n, 'BGD', at())).toEqual({
      name: 'Bangladesh',
      status: 'Submitted',
      detail: '9 March 2022',
    });
    expect(mapTableRows(i18n, at()).find((r) => r.iso3 === 'BGD')).toEqual({
      iso3: 'BGD',
      name: 'Bangladesh',
      status: 'submitted',
      date: '2022-03-09',
      note: undefined,
      draft: false,
    });
  });

  it('says a country outside the region is outside, whatever its status there', () => {
    const inside = describeCountry(i18n, 'NPL', at());
    const outside = describeCountry(i18n, 'NPL', { ...at(), members: ['BGD'] });
    expect(outside).toEqual({ name: 'Nepal', status: `${i18n.t('status.outside')} · ${inside.status}` });
  });

  it('lists no rows for a region without members', () => {
    expect(mapTableRows(i18n, { ...at(), members: [] })).toEqual([]);
  });
});

describe('a status from a draft recorded in this browser', () => {
  it('is marked in the tooltip and the table, inside the region and out', () => {
    const records = parseRecordsCsv(data('records.csv'), {
      file: 'records.csv',
      products,
      today: '2026-01-01',
    }).records;
    const draft = {
      product: 'gsocseq',
      vocabulary: DEFAULT_VOCABULARY,
      country: 'PAK',
      status: 'submitted',
      date: '2024-05-10',
      note: '',
      source: 'e-mail',
      line: 26,
      draft: 'd1',
    } as const;
    const withDraft = indexRecords([...records, draft]);
    const at = {
      index: withDraft,
      product: 'gsocseq',
      vocabulary: DEFAULT_VOCABULARY,
      members: asp.members,
      asOf: '2024-05-10',
    };
    expect(describeCountry(i18n, 'PAK', at)).toEqual({
      name: 'Pakistan',
      status: 'Submitted',
      detail: '10 May 2024',
      draft: 'Local draft, not published',
    });
    expect(describeCountry(i18n, 'PAK', { ...at, members: [] }).draft).toBe('Local draft, not published');
    expect(describeCountry(i18n, 'NPL', at).draft).toBeUndefined();
    expect(describeCountry(i18n, 'PAK', { ...at, asOf: '2024-05-09' }).draft).toBeUndefined();
    const rows = mapTableRows(i18n, at);
    expect(rows.filter((r) => r.draft).map((r) => r.iso3)).toEqual(['PAK']);
  });
});
