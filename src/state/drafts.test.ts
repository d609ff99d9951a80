// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../domain/drafts';
import { parseRecordsCsv, type ParsedRecords } from '../domain/records';
import type { Product } from '../domain/types';
import { draftCheckOf, useProducts, useRecordIndex, useRecords } from './derived';
import { initialAppState, loadDraftRules, recordsContext, recordsFileName, useAppStore } from './store';

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'A' },
  { id: 'gsasmap', short: 'GSASmap', name: 'B' },
];
const TODAY = new Date(2024, 4, 10, 9); // 10 May 2024, 09:00 on the user's calendar
const parsed = (): ParsedRecords =>
  parseRecordsCsv(
    'product,country,status,date,note,source\ngsocseq,BGD,submitted,2022-03-09,,report\ngsocseq,NPL,in_preparation,2022-03-09,,report\n',
    { file: 'records.csv', products, today: '2024-05-10' },
  );
const draft = (id: string, fields: Partial<Draft> = {}): Draft => ({
  id,
  product: 'gsocseq',
  country: 'PAK',
  status: 'submitted',
  date: '2024-05-10',
  note: '',
  source: 'e-mail',
  ...fields,
});
const state = () => useAppStore.getState();

beforeEach(async () => {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  useAppStore.setState(initialAppState, true);
  // The rules come with the data view, or with the first drafts to check.
  await loadDraftRules();
  useAppStore.setState({
    products: { state: 'ready', value: products },
    records: { state: 'ready', value: parsed() },
  });
});
afterEach(() => vi.useRealTimers());

describe('the records context drafts are read with', () => {
  it('is that of the records shown: their file, products.json, today on the user’s calendar', () => {
    expect(recordsContext(state(), new Date(2024, 0, 31, 23, 59))).toEqual({
      file: 'records.csv',
      products,
      anyProduct: false,
      today: '2024-01-31',
    });
    useAppStore.setState({
      recordsSource: { kind: 'file', name: 'export.csv' },
      products: { state: 'error', failure: { kind: 'not-found', file: 'products.json', status: 404 } },
    });
    expect(recordsContext(state())).toMatchObject({ file: 'export.csv', products: [], anyProduct: true });
    expect(recordsFileName({ kind: 'url', url: 'https://x.org/r.csv' })).toBe('https://x.org/r.csv');
  });
});

describe('the drafts slice', () => {
  it('saves a draft the validator accepts, in the reader’s terms', () => {
    expect(
      state().saveDraft(draft('a', { product: 'GSOCseq', country: 'Pakistan', status: 'Submitted' })),
    ).toEqual([]);
    expect(state().drafts).toEqual([draft('a')]);
  });

  it('refuses one it refuses, with the reasons, and changes nothing', () => {
    state().saveDraft(draft('a'));
    const before = state().drafts;
    const refusals = state().saveDraft(draft('b', { date: '2024-05-11' }));
    expect(refusals.map((r) => r.issue.code)).toEqual(['future-date']);
    expect(state().saveDraft(draft('c', { status: 'in_preparation' }))).toEqual([
      { issue: expect.objectContaining({ code: 'conflict' }), otherDraft: 'a' },
    ]);
    expect(state().drafts).toBe(before);
  });

  it('replaces a draft edited, in its place; removes one; discards all', () => {
    state().saveDraft(draft('a'));
    state().saveDraft(draft('b', { country: 'AFG' }));
    expect(state().saveDraft(draft('a', { status: 'in_preparation', note: 'changed' }))).toEqual([]);
    expect(state().drafts.map((d) => [d.id, d.status])).toEqual([
      ['a', 'in_preparation'],
      ['b', 'submitted'],
    ]);
    state().removeDraft('a');
    expect(state().drafts.map((d) => d.id)).toEqual(['b']);
    state().discardDrafts();
    expect(state().drafts).toEqual([]);
  });
});

describe('records with drafts, for every view', () => {
  it('waits for the records to load', () => {
    useAppStore.setState({ records: { state: 'loading' }, drafts: [draft('a')] });
    expect(draftCheckOf(state())).toBeUndefined();
    const { result } = renderHook(() => useRecords());
    expect(result.current).toEqual([]);
  });

  it('gives the loaded records with the accepted drafts, one answer until something changes', () => {
    const loaded = parsed();
    useAppStore.setState({
      records: { state: 'ready', value: loaded },
      drafts: [draft('a'), draft('b', { country: 'XXX' })],
    });
    const first = draftCheckOf(state())!;
    expect(first.records.map((r) => [r.country, r.draft])).toEqual([
      ['BGD', undefined],
      ['NPL', undefined],
      ['PAK', 'a'],
    ]);
    expect(first.refused.get('b')!.map((r) => r.issue.code)).toEqual(['unknown-country']);
    expect(draftCheckOf(state())).toBe(first);
    state().removeDraft('b');
    expect(draftCheckOf(state())).not.toBe(first);
  });

  it('shows the records at once and the drafts once their rules have come, fetched only for drafts', async () => {
    useAppStore.setState({ draftRules: undefined, records: { state: 'ready', value: parsed() } });
    expect(draftCheckOf(state())!.records).toHaveLength(2);
    expect(state().draftRules).toBeUndefined();
    useAppStore.setState({ drafts: [draft('a')] });
    // The records without the draft until the rules are in; then with it.
    expect(draftCheckOf(state())!.records.map((r) => r.country)).toEqual(['BGD', 'NPL']);
    await vi.waitFor(() => expect(state().draftRules).toBeDefined());
    expect(draftCheckOf(state())!.records.map((r) => r.country)).toEqual(['BGD', 'NPL', 'PAK']);
  });

  it('reach the hooks every view reads: records, their index, and products when products.json failed', () => {
    useAppStore.setState({ drafts: [draft('a')] });
    const { result } = renderHook(() => ({ records: useRecords(), index: useRecordIndex() }));
    expect(result.current.records.map((r) => r.country)).toEqual(['BGD', 'NPL', 'PAK']);
    expect(result.current.index.get('gsocseq')?.get('PAK')?.[0]?.draft).toBe('a');
    act(() => state().removeDraft('a'));
    expect(result.current.index.get('gsocseq')?.has('PAK')).toBe(false);

    useAppStore.setState({
      products: { state: 'error', failure: { kind: 'not-found', file: 'products.json', status: 404 } },
      drafts: [draft('n', { product: 'newmap' })],
    });
    const { result: ids } = renderHook(() => useProducts());
    expect(ids.current.map((p) => p.id)).toEqual(['gsocseq', 'newmap']);
  });

  it('keep the loaded records themselves when there are no drafts', () => {
    const loaded = parsed();
    useAppStore.setState({ records: { state: 'ready', value: loaded } });
    const { result } = renderHook(() => useRecords());
    expect(result.current).toBe(loaded.records);
  });
});
