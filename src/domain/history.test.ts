import { describe, expect, it } from 'vitest';
import type { SubmissionRecord } from './types';
import { hasHistory, playedDates } from './history';

const record = (date: string, product = 'a') =>
  ({ country: 'NPL', product, status: 'submitted', date }) as SubmissionRecord;

describe('the dates a history is played through', () => {
  it('are the record dates up to the end, once each, in order, ending on the end', () => {
    const records = ['2022-03-09', '2021-06-01', '2022-03-09', '2023-01-01'].map((d) => record(d));
    expect(playedDates(records, '2022-12-31')).toEqual(['2021-06-01', '2022-03-09', '2022-12-31']);
    expect(playedDates(records, '2022-03-09')).toEqual(['2021-06-01', '2022-03-09']);
    expect(playedDates(records, '2021-01-01')).toEqual([]);
  });

  it("are the chosen products' dates only", () => {
    const records = [record('2021-01-05', 'a'), record('2021-02-05', 'b'), record('2021-03-05', 'a')];
    expect(playedDates(records, '2021-03-05', new Set(['b']))).toEqual(['2021-02-05', '2021-03-05']);
    expect(playedDates(records, '2021-03-05', new Set(['a', 'b']))).toHaveLength(3);
  });

  it('are month ends when the dates are many, across a year, the last one the end', () => {
    // 40 records, one every 9 days through 2021.
    const records = Array.from({ length: 40 }, (_, i) =>
      record(new Date(Date.UTC(2021, 0, 1 + 9 * i)).toISOString().slice(0, 10)),
    );
    const steps = playedDates(records, '2022-02-10', undefined, 14);
    expect(steps[0]).toBe('2021-01-31');
    expect(steps).toContain('2021-02-28');
    expect(steps).toContain('2021-12-31');
    expect(steps.at(-1)).toBe('2022-02-10');
    expect(steps).toHaveLength(14);
    expect([...steps].sort()).toEqual(steps);
    // Fewer steps allowed: two months each.
    expect(playedDates(records, '2022-02-10', undefined, 10)).toEqual([
      '2021-02-28',
      '2021-04-30',
      '2021-06-30',
      '2021-08-31',
      '2021-10-31',
      '2021-12-31',
      '2022-02-10',
    ]);
  });

  it('are the ends of longer spans when months would be too many, never more than the maximum', () => {
    // 40 records, one every six months from 2000: twenty years.
    const records = Array.from({ length: 40 }, (_, i) =>
      record(new Date(Date.UTC(2000, 6 * i, 15)).toISOString().slice(0, 10)),
    );
    const steps = playedDates(records, '2020-01-10');
    expect(steps.length).toBeLessThanOrEqual(36);
    expect(steps.length).toBeGreaterThan(18);
    // Every 12 months from January 2000: the ends of Decembers.
    expect(steps.slice(0, 3)).toEqual(['2000-12-31', '2001-12-31', '2002-12-31']);
    expect(steps.at(-1)).toBe('2020-01-10');
    expect([...steps].sort()).toEqual(steps);
  });

  it('are there to play when two record dates or more come up to the end', () => {
    const records = [record('2021-01-05', 'a'), record('2021-01-05', 'a'), record('2021-03-05', 'b')];
    expect(hasHistory(records, '2021-12-31')).toBe(true);
    expect(hasHistory(records, '2021-12-31', new Set(['a']))).toBe(false);
    expect(hasHistory(records, '2021-02-01')).toBe(false);
    expect(hasHistory([], '2021-02-01')).toBe(false);
  });
});
