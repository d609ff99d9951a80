import { describe, expect, it } from 'vitest';
import { daysBetween } from './dates';
import { countryDeadline, deadlineFor, overdueCount, overdueDays } from './deadlines';
import { indexRecords } from './status';
import type { Product } from './types';
import { record } from '../../tests/records';

const gsasmap: Product = {
  id: 'gsasmap',
  short: 'GSASmap',
  name: 'Global Salt-Affected Soils Map',
  deadline: '2022-06-30',
  deadlines: { asp: '2022-03-31', 'eastern-asia': '2022-02-28' },
};
const gbsmap: Product = { id: 'gbsmap', short: 'GBSmap', name: 'Global Black Soil Distribution Map' };

describe('deadlines', () => {
  it("takes a region's own deadline before the product's", () => {
    expect(deadlineFor(gsasmap, 'asp')).toBe('2022-03-31');
    expect(deadlineFor(gsasmap, 'world')).toBe('2022-06-30');
  });

  it('invents none: no deadline in products.json, none here', () => {
    expect(deadlineFor(gbsmap, 'asp')).toBeUndefined();
    expect(countryDeadline(gbsmap, ['asp'])).toBeUndefined();
    expect(overdueDays(undefined, '2030-01-01')).toBe(0);
  });

  it("gives a country the earliest deadline of its regions, else the product's", () => {
    expect(countryDeadline(gsasmap, ['asp', 'eastern-asia', 'world'])).toBe('2022-02-28');
    expect(countryDeadline(gsasmap, ['world'])).toBe('2022-06-30');
    // Whichever order the regions come in.
    expect(countryDeadline(gsasmap, ['eastern-asia', 'asp'])).toBe('2022-02-28');
  });

  it('counts the days late in calendar days, none on or before the deadline', () => {
    expect(overdueDays('2022-03-31', '2022-03-30')).toBe(0);
    expect(overdueDays('2022-03-31', '2022-03-31')).toBe(0);
    expect(overdueDays('2022-03-31', '2022-04-01')).toBe(1);
    expect(overdueDays('2022-02-28', '2022-03-01')).toBe(1);
    expect(overdueDays('2023-12-31', '2024-12-31')).toBe(366);
  });

  it('counts days across a change of clocks as whole days', () => {
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
    expect(daysBetween('2022-10-29', '2022-10-31')).toBe(2);
    expect(daysBetween('2022-03-28', '2022-03-26')).toBe(-2);
  });
});

describe('overdueCount', () => {
  const rec = (country: string, status: string) =>
    record({ product: 'gsasmap', country, status, date: '2022-01-15', line: 2 });
  const index = indexRecords([
    rec('BGD', 'submitted'),
    rec('NPL', 'in_preparation'),
    rec('IND', 'not_submitted'),
    rec('SGP', 'not_applicable'),
  ]);
  const asp = { id: 'asp', members: ['BGD', 'NPL', 'IND', 'SGP', 'AFG'] };

  it('counts the members that still owe the map once the deadline has passed', () => {
    // NPL in preparation, IND not submitted, AFG no information; BGD submitted, SGP not applicable.
    expect(overdueCount(index, gsasmap, asp, '2022-03-09', '2022-04-01')).toBe(3);
  });

  it('counts none on the deadline day, and none without a deadline', () => {
    expect(overdueCount(index, gsasmap, asp, '2022-03-09', '2022-03-31')).toBe(0);
    expect(
      overdueCount(
        index,
        { ...gsasmap, id: 'gsasmap', deadline: undefined, deadlines: undefined },
        asp,
        '2022-03-09',
        '2030-01-01',
      ),
    ).toBe(0);
  });

  it('takes the statuses as of the date shown', () => {
    // Before the records, every member owes the map.
    expect(overdueCount(index, gsasmap, asp, '2022-01-01', '2022-04-01')).toBe(5);
  });
});
