import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Product } from '../domain/types';
import {
  fetchRecords,
  loadBoundaries,
  loadContacts,
  loadProducts,
  loadRegions,
  readRecords,
  readSources,
  fetchSiteRecords,
  type SiteRecords,
  type SourcesRecords,
} from './loaders';
import { readRecordsFile } from './recordsFile';
import { loadFailureOf } from '../../tests/loadFailure';

const BASE = 'https://example.org/gsp/';
const embedded = (name: string) =>
  readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

/** A static host serving `files` by address; anything else is a 404. */
function host(
  files: Record<string, string | { status: number; body?: string; headers?: Record<string, string> }>,
) {
  const fetch = vi.fn((url: string) => {
    const file = files[url];
    if (file === undefined) return Promise.resolve(new Response('Not found', { status: 404 }));
    if (typeof file === 'string') return Promise.resolve(new Response(file, { status: 200 }));
    return Promise.resolve(new Response(file.body ?? '', { status: file.status, headers: file.headers }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'Global Soil Organic Carbon Sequestration Potential Map' },
  { id: 'gsasmap', short: 'GSASmap', name: 'Global Salt-Affected Soils Map' },
];
const options = { products, today: '2024-01-01' };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadProducts and loadRegions', () => {
  it('read the embedded files from the data folder beside the page', async () => {
    const fetch = host({
      [`${BASE}data/products.json`]: embedded('products.json'),
      [`${BASE}data/regions.json`]: embedded('regions.json'),
    });
    const loaded = (await loadProducts(BASE)).products;
    expect(loaded.map((p) => p.id)).toEqual(['gsocseq', 'gsasmap', 'gbsmap']);
    const regions = await loadRegions(BASE);
    expect(regions.find((r) => r.id === 'asp')?.members).toHaveLength(24);
    expect(regions.find((r) => r.id === 'world')?.members).toHaveLength(193);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([
      `${BASE}data/products.json`,
      `${BASE}data/regions.json`,
    ]);
  });

  it('name the file and what is wrong in it', async () => {
    host({
      [`${BASE}data/products.json`]: '[{"id": "GSOCseq", "short": "GSOCseq", "name": "x"}]',
      [`${BASE}data/regions.json`]: '{"regions": [{"id": "asp"}]}',
    });
    const product = await loadFailureOf(loadProducts(BASE));
    expect(product).toMatchObject({ kind: 'invalid', file: 'products.json' });
    expect((product as { detail: string }).detail).toMatch(/^0\.id: /);
    const region = await loadFailureOf(loadRegions(BASE));
    expect(region).toMatchObject({ kind: 'invalid', file: 'regions.json' });
  });

  it('say which file could not be fetched', async () => {
    host({});
    expect(await loadFailureOf(loadProducts(BASE))).toEqual({
      kind: 'not-found',
      file: 'products.json',
      status: 404,
    });
    expect(await loadFailureOf(loadRegions(BASE))).toEqual({
      kind: 'not-found',
      file: 'regions.json',
      status: 404,
    });
    host({ [`${BASE}data/regions.json`]: '{"regions": [' });
    expect(await loadFailureOf(loadRegions(BASE))).toMatchObject({ kind: 'malformed', file: 'regions.json' });
  });
});

describe('fetchRecords', () => {
  it('fetches the site’s records.csv by default', async () => {
    const text = embedded('records.csv');
    host({ [`${BASE}data/records.csv`]: text });
    await expect(fetchRecords(undefined, BASE)).resolves.toEqual({ file: 'records.csv', text });
  });

  it('fetches records from another address, relative to the page or absolute, named by the file', async () => {
    const fetch = host({
      [`${BASE}exports/asp%20records%202024.csv`]: 'a',
      'https://data.example.org/gsp/latest.csv?token=1': 'b',
      'https://data.example.org/gsp/': 'c',
    });
    await expect(fetchRecords('exports/asp%20records%202024.csv', BASE)).resolves.toEqual({
      file: 'asp records 2024.csv',
      text: 'a',
    });
    await expect(fetchRecords('https://data.example.org/gsp/latest.csv?token=1', BASE)).resolves.toEqual({
      file: 'latest.csv',
      text: 'b',
    });
    // An address without a file name is named by the address.
    await expect(fetchRecords('https://data.example.org/gsp/', BASE)).resolves.toEqual({
      file: 'https://data.example.org/gsp/',
      text: 'c',
    });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('names a file by its address when the name cannot be decoded', async () => {
    host({ [`${BASE}bad%E0%A4%A.csv`]: 'x' });
    await expect(fetchRecords('bad%E0%A4%A.csv', BASE)).resolves.toEqual({
      file: 'bad%E0%A4%A.csv',
      text: 'x',
    });
  });

  it('resolves a relative address against the page when given no base', async () => {
    vi.stubGlobal('document', { baseURI: 'https://fao.example.org/soil/index.html' });
    host({
      'https://fao.example.org/soil/other.csv': 'x',
      'https://fao.example.org/soil/data/records.csv': 'y',
    });
    await expect(fetchRecords('other.csv')).resolves.toEqual({ file: 'other.csv', text: 'x' });
    await expect(fetchRecords()).resolves.toEqual({ file: 'records.csv', text: 'y' });
  });

  it('refuses, without fetching, an address the page may not read: only https or its own site', async () => {
    const fetch = host({ 'http://example.org/gsp/exports/own.csv': 'own' });
    for (const address of [
      'http://data.example.org/gsp/latest.csv',
      'ftp://data.example.org/records.csv',
      'data:text/csv,product',
      'file:///home/me/records.csv',
      'https://[bad',
    ])
      expect(await loadFailureOf(fetchRecords(address, BASE)), address).toEqual({
        kind: 'address',
        file: expect.any(String),
        address,
      });
    expect(fetch).not.toHaveBeenCalled();
    // A site served over http reads its own addresses.
    await expect(fetchRecords('exports/own.csv', 'http://example.org/gsp/')).resolves.toEqual({
      file: 'own.csv',
      text: 'own',
    });
  });

  it('names the file from the address in its failure', async () => {
    host({});
    expect(await loadFailureOf(fetchRecords('exports/mine.csv', BASE))).toEqual({
      kind: 'not-found',
      file: 'mine.csv',
      status: 404,
    });
  });
});

describe('readRecords and readRecordsFile', () => {
  it('read records with every check, naming the file in each issue', async () => {
    const parsed = await readRecords(
      { file: 'coordinator-export.csv', text: fixture('coordinator-export.csv') },
      options,
    );
    expect(parsed.rows).toBeGreaterThan(0);
    expect(parsed.records.length).toBeGreaterThan(0);
    expect(parsed.issues.length).toBeGreaterThan(0);
    expect(new Set(parsed.issues.map((i) => i.file))).toEqual(new Set(['coordinator-export.csv']));
  });

  it('take any product id when products.json failed, only then', async () => {
    const text = 'product,country,status,date\nnewmap,NPL,submitted,2023-01-01\n';
    expect((await readRecords({ file: 'r.csv', text }, options)).records).toEqual([]);
    const any = await readRecords({ file: 'r.csv', text }, { ...options, products: [], anyProduct: true });
    expect(any.records.map((r) => [r.product, r.country, r.line])).toEqual([['newmap', 'NPL', 2]]);
  });

  it('reject records after today', async () => {
    const text =
      'product,country,status,date\ngsocseq,NPL,submitted,2024-01-02\ngsocseq,BGD,submitted,2024-01-01\n';
    const parsed = await readRecords({ file: 'r.csv', text }, options);
    expect(parsed.records.map((r) => r.country)).toEqual(['BGD']);
    expect(parsed.issues.map((i) => [i.line, i.code])).toEqual([[2, 'future-date']]);
  });

  it('read a file opened from the computer under its own name, reporting progress on a large one', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `gsocseq,NPL,submitted,20${String(10 + (i % 10))}-01-01`,
    );
    const file = new File([`product,country,status,date\n${rows.join('\n')}\n`], 'nepal history.csv');
    const onProgress = vi.fn();
    const parsed = await readRecordsFile(file, { ...options, onProgress });
    expect(parsed.rows).toBe(5000);
    expect(parsed.issues[0]?.file).toBe('nepal history.csv');
    expect(onProgress).toHaveBeenCalledTimes(1);
  });

  it('say an empty file opened from the computer is empty', async () => {
    for (const body of ['', ' \r\n ']) {
      expect(await loadFailureOf(readRecordsFile(new File([body], 'empty.csv'), options))).toEqual({
        kind: 'empty',
        file: 'empty.csv',
      });
    }
  });
});

describe('loadBoundaries', () => {
  const at = `${BASE}data/boundaries.json`;

  it('reads a TopoJSON topology with countries', async () => {
    const topology = {
      type: 'Topology',
      objects: { countries: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    };
    host({ [at]: JSON.stringify(topology) });
    await expect(loadBoundaries(BASE)).resolves.toEqual(topology);
  });

  it('says anything else is not boundaries', async () => {
    for (const data of [
      null,
      [],
      { type: 'FeatureCollection', features: [] },
      { type: 'Topology', objects: {}, arcs: [] },
      { type: 'Topology', arcs: [] },
      { type: 'Topology', objects: { countries: {} } },
      { type: 'Topology', objects: { countries: {} }, arcs: {} },
      { type: 'topology', objects: { countries: {} }, arcs: [] },
      { objects: { countries: {} }, arcs: [] },
    ]) {
      host({ [at]: JSON.stringify(data) });
      expect(await loadFailureOf(loadBoundaries(BASE)), JSON.stringify(data)).toEqual({
        kind: 'invalid',
        file: 'boundaries.json',
        detail: 'not a TopoJSON topology with "countries"',
      });
    }
  });
});

describe('loadContacts', () => {
  const at = `${BASE}data/contacts.csv`;

  it('is nothing when the file is missing, empty or a header alone (as shipped)', async () => {
    host({});
    await expect(loadContacts(BASE)).resolves.toBeNull();
    host({ [at]: '\n' });
    await expect(loadContacts(BASE)).resolves.toBeNull();
    host({ [at]: embedded('contacts.csv') });
    await expect(loadContacts(BASE)).resolves.toBeNull();
  });

  it('reads a coordinator’s focal points, with their issues', async () => {
    host({ [at]: fixture('contacts.csv') });
    const loaded = await loadContacts(BASE);
    expect(loaded?.rows).toBe(8);
    expect(loaded?.contacts.get('NPL')).toHaveLength(2);
    expect(loaded?.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['contacts.csv', 7, 'invalid-email'],
      ['contacts.csv', 9, 'unknown-country'],
    ]);
  });

  it('reads a clean file of focal points', async () => {
    host({
      [at]: 'country,name,email,role\nBGD,Md. Rahman,m.rahman@soil.example.org,National focal point\n',
    });
    const loaded = await loadContacts(BASE);
    expect(loaded?.issues).toEqual([]);
    expect(loaded?.contacts.get('BGD')?.map((c) => c.name)).toEqual(['Md. Rahman']);
  });

  it('keeps a file whose every row is wrong, so that its problems are shown', async () => {
    host({ [at]: 'country,name,email,role\nAtlantis,Nobody,,\n' });
    const loaded = await loadContacts(BASE);
    expect(loaded?.contacts.size).toBe(0);
    expect(loaded?.issues.map((i) => i.code)).toEqual(['unknown-country']);
  });

  it('passes on any other failure', async () => {
    host({ [at]: { status: 500 } });
    expect(await loadFailureOf(loadContacts(BASE))).toEqual({
      kind: 'http',
      file: 'contacts.csv',
      status: 500,
    });
    host({ [at]: '<!doctype html><p>Not here</p>' });
    expect(await loadFailureOf(loadContacts(BASE))).toEqual({ kind: 'html', file: 'contacts.csv' });
    vi.stubGlobal('fetch', () => Promise.reject(new Error('boom')));
    await expect(loadContacts(BASE)).rejects.toThrow('contacts.csv: network');
  });
});

describe('several records sources (site.json)', () => {
  const shipped = embedded('records.csv').trimEnd().split('\n');
  const header = shipped[0]!;
  const rows = shipped.slice(1);
  const asp = rows.filter((_, i) => i % 2 === 0);
  const rest = rows.filter((_, i) => i % 2 === 1);
  const data = (file: string) => `${BASE}data/${file}`;
  // Every shipped product, so that every shipped row is read.
  const all = { ...options, products: JSON.parse(embedded('products.json')) as Product[] };

  async function read(site: SiteRecords) {
    if (site.kind === 'single') return readRecords(await site.text, all);
    return readSources(await site.sources, all);
  }

  it('without site.json, reads records.csv, fetched at once rather than after site.json', async () => {
    const fetch = host({ [data('records.csv')]: embedded('records.csv') });
    const site = await fetchSiteRecords(BASE);
    expect(site.kind).toBe('single');
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([data('records.csv'), data('site.json')]);
    expect((await read(site)).records).toHaveLength(rows.length);
  });

  it('the same records split into two sources give exactly the records of the one file', async () => {
    host({
      [data('site.json')]: JSON.stringify({ records: ['records.csv', 'records/rest.csv'] }),
      [data('records.csv')]: [header, ...asp].join('\n'),
      [data('records/rest.csv')]: [header, ...rest].join('\n'),
    });
    const merged = await read(await fetchSiteRecords(BASE));
    const single = await readRecords({ file: 'records.csv', text: embedded('records.csv') }, all);
    const key = (r: { product: string; country: string; status: string; date: string }) =>
      `${r.product} ${r.country} ${r.status} ${r.date}`;
    expect(merged.records.map(key).sort()).toEqual(single.records.map(key).sort());
    expect(merged.issues).toEqual([]);
    expect((merged as SourcesRecords).sources.map((s) => [s.file, s.rows])).toEqual([
      ['records.csv', asp.length],
      ['records/rest.csv', rest.length],
    ]);
  });

  it('a source that cannot be fetched is reported by name; the others show', async () => {
    host({
      [data('site.json')]: JSON.stringify({ records: ['records.csv', 'records/gone.csv'] }),
      [data('records.csv')]: [header, ...asp].join('\n'),
    });
    const merged = await read(await fetchSiteRecords(BASE));
    expect(merged.records).toHaveLength(asp.length);
    expect((merged as SourcesRecords).sources.map((s) => [s.file, s.failure?.kind])).toEqual([
      ['records.csv', undefined],
      ['records/gone.csv', 'not-found'],
    ]);
  });

  it('sources read from copies kept offline say so, the records dated by the oldest copy', async () => {
    const copy = (body: string, made: string) => ({ status: 200, body, headers: { 'x-copy-of': made } });
    host({
      [data('site.json')]: JSON.stringify({
        records: ['records.csv', 'records/rest.csv', 'records/new.csv'],
      }),
      [data('records.csv')]: copy([header, ...asp].join('\n'), 'Thu, 03 Dec 2026 09:00:00 GMT'),
      [data('records/rest.csv')]: copy([header, ...rest].join('\n'), 'Wed, 02 Dec 2026 17:30:00 GMT'),
      [data('records/new.csv')]: header,
    });
    const merged = (await read(await fetchSiteRecords(BASE))) as SourcesRecords;
    expect(merged.copyOf).toBe('Wed, 02 Dec 2026 17:30:00 GMT');
    expect(merged.sources.map((s) => [s.file, s.copyOf])).toEqual([
      ['records.csv', 'Thu, 03 Dec 2026 09:00:00 GMT'],
      ['records/rest.csv', 'Wed, 02 Dec 2026 17:30:00 GMT'],
      ['records/new.csv', undefined],
    ]);
    expect(merged.records).toHaveLength(rows.length);
  });

  it('fresh sources are no copies', async () => {
    host({
      [data('site.json')]: JSON.stringify({ records: ['records.csv'] }),
      [data('records.csv')]: embedded('records.csv'),
    });
    const merged = await read(await fetchSiteRecords(BASE));
    expect(merged.copyOf).toBeUndefined();
    const single = await read({
      kind: 'single',
      text: Promise.resolve({
        file: 'records.csv',
        text: embedded('records.csv'),
        copyOf: 'Thu, 03 Dec 2026 09:00:00 GMT',
      }),
    });
    expect(single.copyOf).toBe('Thu, 03 Dec 2026 09:00:00 GMT');
  });

  it('site.json that is not a list of sources: records.csv, and the problem named', async () => {
    for (const [body, problem] of [
      [
        '{"records": ["../secret.csv"]}',
        'records.0: “../secret.csv” is neither a file of the data folder nor an https address',
      ],
      [
        '{"records": ["http://example.com/r.csv"]}',
        'records.0: “http://example.com/r.csv” is neither a file of the data folder nor an https address',
      ],
      ['{"records": []}', 'records: a list of one or more addresses'],
      ['not json', 'malformed'],
    ] as const) {
      host({ [data('site.json')]: body, [data('records.csv')]: embedded('records.csv') });
      const site = await fetchSiteRecords(BASE);
      expect(site).toMatchObject({ kind: 'single', siteProblem: problem });
    }
  });

  it('a host’s page where site.json should be is no site.json', async () => {
    host({
      [data('site.json')]: '<!doctype html><html></html>',
      [data('records.csv')]: embedded('records.csv'),
    });
    const site = await fetchSiteRecords(BASE);
    expect(site.kind).toBe('single');
    expect('siteProblem' in site).toBe(false);
  });
});
