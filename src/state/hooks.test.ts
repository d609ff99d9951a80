// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParsedRecords } from '../domain/records';
import type { Product, Region, SubmissionRecord } from '../domain/types';
import type { GeoFeatures } from '../geo/geoFeatures';
import { useEffectiveOr, useProducts, useRecordIndex, useRecords, useRegionsOr } from './derived';
import { initialAppState, useAppStore, useLoads } from './store';
import { record as buildRecord } from '../../tests/records';

const record = (product: string, country: string, date: string, line: number) =>
  buildRecord({ product, country, status: 'submitted', date, line });
const records = [
  record('gsocseq', 'NPL', '2022-03-09', 2),
  record('gsasmap', 'BGD', '2021-01-05', 3),
  record('gsocseq', 'BGD', '2020-06-30', 4),
];
const parsed = (list: SubmissionRecord[]): ParsedRecords => ({
  records: list,
  issues: [],
  rows: list.length,
});
const products: Product[] = [{ id: 'gsocseq', short: 'GSOCseq', name: 'Soil organic carbon' }];
const regions: Region[] = [
  { id: 'world', name: 'World', kind: 'world', source: 's', members: ['NPL', 'BGD', 'IND'] },
  { id: 'asp', name: 'Asian Soil Partnership', kind: 'partnership', source: 's', members: ['NPL', 'BGD'] },
];
const failed = (file: string) => ({
  state: 'error' as const,
  failure: { kind: 'not-found' as const, file, status: 404 },
});
const fallback = { name: 'Every country', source: 'the records and the map' };
const set = useAppStore.setState;

beforeEach(() => {
  set(initialAppState, true);
});

describe('useRecords and useRecordIndex', () => {
  it('have no records until they have loaded, then the records and their index', () => {
    const { result, rerender } = renderHook(() => ({ records: useRecords(), index: useRecordIndex() }));
    expect(result.current.records).toEqual([]);
    expect(result.current.index.size).toBe(0);
    act(() => set({ records: { state: 'ready', value: parsed(records) } }));
    rerender();
    expect(result.current.records).toBe(records);
    expect(
      result.current.index
        .get('gsocseq')
        ?.get('BGD')
        ?.map((r) => r.line),
    ).toEqual([4]);
  });

  it('keep the same empty list while loading and after a failure, so that nothing is recomputed', () => {
    const { result, rerender } = renderHook(() => useRecords());
    const first = result.current;
    act(() => set({ records: failed('records.csv') }));
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('useProducts', () => {
  it('is empty while products.json loads, then its products', () => {
    const { result, rerender } = renderHook(() => useProducts());
    expect(result.current).toEqual([]);
    act(() => set({ products: { state: 'ready', value: products } }));
    rerender();
    expect(result.current).toBe(products);
  });

  it('names products by the ids the records use, once each, when products.json failed', () => {
    act(() =>
      set({ products: failed('products.json'), records: { state: 'ready', value: parsed(records) } }),
    );
    const { result } = renderHook(() => useProducts());
    expect(result.current).toEqual([
      { id: 'gsocseq', short: 'gsocseq', name: 'gsocseq' },
      { id: 'gsasmap', short: 'gsasmap', name: 'gsasmap' },
    ]);
  });
});

describe('useRegions', () => {
  it('is empty while regions.json loads, then its regions', () => {
    const { result, rerender } = renderHook(() => useRegionsOr(fallback));
    expect(result.current).toEqual([]);
    act(() => set({ regions: { state: 'ready', value: regions } }));
    rerender();
    expect(result.current).toBe(regions);
  });

  it('makes one region of every country in the records and on the map when regions.json failed', () => {
    const geo = {
      byIso3: new Map([
        ['IND', {}],
        ['NPL', {}],
        ['AFG', {}],
      ]),
    } as unknown as GeoFeatures;
    act(() =>
      set({
        regions: failed('regions.json'),
        records: { state: 'ready', value: parsed(records) },
        boundaries: { state: 'ready', value: geo },
      }),
    );
    const { result } = renderHook(() => useRegionsOr(fallback));
    expect(result.current).toEqual([
      {
        id: 'world',
        kind: 'world',
        name: 'Every country',
        source: 'the records and the map',
        members: ['AFG', 'BGD', 'IND', 'NPL'],
      },
    ]);
  });

  it('makes it of the records alone without the map', () => {
    act(() => set({ regions: failed('regions.json'), records: { state: 'ready', value: parsed(records) } }));
    const { result } = renderHook(() => useRegionsOr(fallback));
    expect(result.current[0]!.members).toEqual(['BGD', 'NPL']);
  });
});

describe('useEffective', () => {
  it('fills the selection with the loaded data’s defaults', () => {
    act(() =>
      set({
        products: { state: 'ready', value: products },
        regions: { state: 'ready', value: regions },
        records: { state: 'ready', value: parsed(records) },
        selection: { view: 'overview', country: 'NPL' },
      }),
    );
    const { result } = renderHook(() => useEffectiveOr(fallback));
    expect(result.current).toEqual({
      product: products[0],
      region: regions[1],
      asOf: '2022-03-09',
      latest: '2022-03-09',
      country: 'NPL',
      overdueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      allProducts: false,
    });
  });
});

describe('useEffective, as the selection changes', () => {
  it('follows the selection and the data', () => {
    act(() =>
      set({
        products: { state: 'ready', value: products },
        regions: { state: 'ready', value: regions },
        records: { state: 'ready', value: parsed(records) },
      }),
    );
    const { result } = renderHook(() => useEffectiveOr(fallback));
    expect(result.current.region?.id).toBe('asp');
    act(() => useAppStore.getState().select({ region: 'world', asOf: '2021-01-05' }));
    expect(result.current).toMatchObject({ region: regions[0], asOf: '2021-01-05' });
    act(() => set({ records: { state: 'ready', value: parsed(records.slice(1)) } }));
    expect(result.current.latest).toBe('2021-01-05');
  });
});

describe('useLoads', () => {
  it('gives how each file stands, and re-renders only when one of them changes', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return useLoads();
    });
    expect(Object.keys(result.current).sort()).toEqual([
      'boundaries',
      'contacts',
      'products',
      'records',
      'regions',
    ]);
    const before = renders;
    act(() => useAppStore.getState().setHighlight('submitted'));
    expect(renders).toBe(before);
    act(() => useAppStore.getState().setLoad('contacts', { state: 'ready', value: null }));
    expect(renders).toBe(before + 1);
    expect(result.current.contacts).toEqual({ state: 'ready', value: null });
    expect(result.current.products).toEqual({ state: 'loading' });
  });
});
