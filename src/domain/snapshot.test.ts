import { describe, expect, it } from 'vitest';
import { overdueIn } from './deadlines';
import { mapStatusesOf, snapshotChanges, snapshotOf } from './snapshot';
import { DEFAULT_VOCABULARY as D } from './stages';
import { countsFor, indexRecords } from './status';
import type { Product } from './types';
import { record } from '../../tests/records';

const rec = (country: string, status: string, date: string, draft?: string) =>
  record({ product: 'gsasmap', country, status, date, line: 2, ...(draft ? { draft } : {}) });
const index = indexRecords([
  rec('BGD', 'in_preparation', '2021-06-01'),
  rec('BGD', 'submitted', '2022-01-15'),
  rec('NPL', 'in_preparation', '2022-01-15'),
  rec('IND', 'not_submitted', '2022-01-15'),
  rec('SGP', 'not_applicable', '2022-01-15'),
  rec('PAK', 'submitted', '2022-02-01', 'd1'),
]);
const members = ['BGD', 'NPL', 'IND', 'SGP', 'AFG', 'PAK'];

describe('snapshotOf', () => {
  const s = snapshotOf(index, 'gsasmap', members, '2022-03-09', D);

  it('holds each member’s status once, in the region’s order and by country', () => {
    expect(s.statuses.map((x) => [x.country, x.status])).toEqual([
      ['BGD', 'submitted'],
      ['NPL', 'in_preparation'],
      ['IND', 'not_submitted'],
      ['SGP', 'not_applicable'],
      ['AFG', 'no_information'],
      ['PAK', 'submitted'],
    ]);
    expect(s.byCountry.get('NPL')?.record?.date).toBe('2022-01-15');
    expect(s.byCountry.has('FRA')).toBe(false);
  });

  it('counts as countsFor does; the owed and the drafts shown', () => {
    expect(s.counts).toEqual(countsFor(index, 'gsasmap', members, '2022-03-09', D));
    // NPL under way, IND not submitted, AFG no information.
    expect(s.owed).toBe(3);
    expect(s.drafts).toBe(1);
    expect(snapshotOf(index, 'gsasmap', members, '2022-01-31', D).drafts).toBe(0);
  });

  it('colours the members, and every other country of the map outside', () => {
    expect([...mapStatusesOf(s, ['BGD', 'FRA', 'AFG'])]).toEqual([
      ['BGD', 'submitted'],
      ['FRA', 'outside'],
      ['AFG', 'no_information'],
    ]);
  });

  it('says what changed between two dates: each count’s change, and who moved', () => {
    const before = snapshotOf(index, 'gsasmap', members, '2021-12-31', D);
    const { delta, marked } = snapshotChanges(before, s);
    expect([...marked].sort()).toEqual(['BGD', 'IND', 'NPL', 'PAK', 'SGP']);
    expect(delta).toEqual({
      submitted: 2,
      in_preparation: 0,
      not_submitted: 1,
      not_applicable: 1,
      no_information: -4,
    });
  });

  it('counts the maps past a deadline from the picture, none before it', () => {
    const gsasmap: Product = { id: 'gsasmap', short: 'GSASmap', name: 'x', deadline: '2022-03-31' };
    expect(overdueIn(s, gsasmap, 'asp', '2022-04-01')).toBe(3);
    expect(overdueIn(s, gsasmap, 'asp', '2022-03-31')).toBe(0);
    expect(overdueIn(s, { ...gsasmap, deadline: undefined }, 'asp', '2030-01-01')).toBe(0);
  });
});
