import { beforeEach, describe, expect, it } from 'vitest';
import { DATA_KEYS, initialAppState, useAppStore } from './store';

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initialAppState, true);
});

describe('the store', () => {
  it('starts on the overview, every file loading, the default records, nothing highlighted or noticed', () => {
    expect(DATA_KEYS).toEqual(['products', 'regions', 'records', 'boundaries', 'contacts']);
    for (const file of DATA_KEYS) expect(state()[file], file).toEqual({ state: 'loading' });
    expect(state()).toMatchObject({ selection: { view: 'overview' }, recordsSource: { kind: 'default' } });
    expect([state().recordsProgress, state().highlight, state().notices]).toEqual([undefined, undefined, []]);
  });

  it('changes part of the selection from a control, and all of it from the URL', () => {
    state().select({ product: 'gsasmap', region: 'asp' });
    state().select({ country: 'NPL' });
    expect(state().selection).toEqual({
      view: 'overview',
      product: 'gsasmap',
      region: 'asp',
      country: 'NPL',
    });
    state().setSelection({ view: 'present', product: 'gbsmap' });
    expect(state().selection).toEqual({ view: 'present', product: 'gbsmap' });
  });

  it('sets how each file stands, one at a time', () => {
    state().setLoad('products', { state: 'ready', value: [] });
    state().setLoad('regions', {
      state: 'error',
      failure: { kind: 'not-found', file: 'regions.json', status: 404 },
    });
    expect(state().products).toEqual({ state: 'ready', value: [] });
    expect(state().regions).toEqual({
      state: 'error',
      failure: { kind: 'not-found', file: 'regions.json', status: 404 },
    });
    expect(state().records).toEqual({ state: 'loading' });
  });

  it('remembers where the records come from and how far a large file has been read', () => {
    state().setRecordsSource({ kind: 'file', name: 'export.csv' });
    state().setRecordsProgress(0.4);
    expect(state()).toMatchObject({
      recordsSource: { kind: 'file', name: 'export.csv' },
      recordsProgress: 0.4,
    });
    state().setRecordsProgress(undefined);
    expect(state().recordsProgress).toBeUndefined();
  });

  it('highlights a status and lets it go', () => {
    state().setHighlight('submitted');
    expect(state().highlight).toBe('submitted');
    state().setHighlight(undefined);
    expect(state().highlight).toBeUndefined();
  });

  it('gives each notice an id of its own, once however often it is raised, and dismisses it by id', () => {
    state().notify('unknownRegion', { value: 'saarc', fallback: 'Asian Soil Partnership' });
    state().notify('unknownRegion', { value: 'saarc', fallback: 'Asian Soil Partnership' });
    state().notify('unknownRegion', { value: 'sco', fallback: 'Asian Soil Partnership' });
    state().notify('svgMap');
    state().notify('svgMap');
    const notices = state().notices;
    expect(notices.map((n) => [n.kind, n.params])).toEqual([
      ['unknownRegion', { value: 'saarc', fallback: 'Asian Soil Partnership' }],
      ['unknownRegion', { value: 'sco', fallback: 'Asian Soil Partnership' }],
      ['svgMap', {}],
    ]);
    expect(new Set(notices.map((n) => n.id)).size).toBe(3);
    state().dismiss(notices[1]!.id);
    expect(state().notices.map((n) => n.params.value)).toEqual(['saarc', undefined]);
    // The same notice raised again after dismissal shows again, with a new id.
    state().notify('unknownRegion', { value: 'sco', fallback: 'Asian Soil Partnership' });
    expect(state().notices).toHaveLength(3);
    expect(state().notices[2]!.id).toBeGreaterThan(notices[2]!.id);
  });

  it('tells notices of different kinds with the same values apart', () => {
    state().notify('unknownProduct', { value: 'x' });
    state().notify('unknownRegion', { value: 'x' });
    expect(state().notices.map((n) => n.kind)).toEqual(['unknownProduct', 'unknownRegion']);
  });
});
