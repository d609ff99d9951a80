// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findLegend, findMap, legendItems } from '../../tests/appHarness';
import { setupMswServer } from '../../tests/msw/server';
import type { RecordIndex } from '../domain/status';
import { initialAppState, useAppStore } from '../state/store';

/**
 * How many times one render of the overview looks up a country's history: every status is read
 * through the record index, so an index that counts its look-ups counts them all.
 */
const lookups = { count: 0 };
vi.mock('../domain/status', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/status')>();
  class Counting<K, V> extends Map<K, V> {
    override get(key: K) {
      lookups.count++;
      return super.get(key);
    }
  }
  return {
    ...actual,
    indexRecords: (records: Parameters<typeof actual.indexRecords>[0]): RecordIndex =>
      new Map(
        [...actual.indexRecords(records)].map(([product, byCountry]) => [product, new Counting(byCountry)]),
      ),
  };
});
// jsdom has no WebGL (the SVG map is drawn). The charts (their own chunk) are counted apart.
vi.mock('./OverviewCharts', () => ({ default: () => null }));

const { App } = await import('./App');
const { loadAll } = await import('./loadData');
setupMswServer();

afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
});

/** The look-ups made while `change` runs and the page renders what follows from it. */
async function lookupsOf(change: () => void): Promise<number> {
  lookups.count = 0;
  await act(async () => {
    change();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  return lookups.count;
}

describe('the overview works out each status once', () => {
  it('once per member for a new date, once more for a since date; none on a legend hover', async () => {
    window.history.replaceState(null, '', '/?product=gsocseq&region=asp&asOf=2022-03-09');
    void loadAll();
    render(<App />);
    await findLegend();
    await findMap();
    expect(legendItems().submitted).toBe('Submitted 7');
    const members = useAppStore.getState().regions;
    const asp = members.state === 'ready' ? members.value.find((r) => r.id === 'asp')!.members : [];
    expect(asp).toHaveLength(24);

    // Hovering the legend re-renders the overview: no status is worked out again.
    expect(await lookupsOf(() => useAppStore.getState().setHighlight('submitted'))).toBe(0);
    expect(await lookupsOf(() => useAppStore.getState().setHighlight(undefined))).toBe(0);

    // Another date: each member's status once, for the counts, the map, its table, the summary
    // and the maps past a deadline alike.
    expect(await lookupsOf(() => useAppStore.getState().select({ asOf: '2022-03-08' }))).toBe(asp.length);
    expect(legendItems().no_information).toBe('No information 24');

    // Changes since a date: the members as of that date, once more.
    expect(
      await lookupsOf(() => useAppStore.getState().select({ since: '2022-01-01', asOf: '2022-03-09' })),
    ).toBe(2 * asp.length);
  });
});
