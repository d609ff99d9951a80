import { beforeEach, describe, expect, it } from 'vitest';
import {
  countsFor,
  countStatuses,
  emptyCounts,
  historyOf,
  indexRecords,
  latestDate,
  outstanding,
  recordDates,
  regionsOf,
  regionStatuses,
  statusAsOf,
  statusesOf,
  submissionsOverTime,
  type RecordIndex,
} from './status';
import { DEFAULT_VOCABULARY as D, expectedOf } from './stages';
import type { Region, SubmissionRecord } from './types';
import { record } from '../../tests/records';

const rec = (country: string, status: string, date: string, product = 'p') =>
  record({ product, country, status, date, note: `${status} on ${date}`, source: 's' });

// Built afresh for each test (not when the file loads), so each test is known to use it.
let index: RecordIndex;
beforeEach(() => {
  index = indexRecords([
    rec('BGD', 'submitted', '2022-03-09'),
    rec('BGD', 'in_preparation', '2021-01-01'),
    rec('IND', 'not_submitted', '2022-01-01'),
    rec('NPL', 'in_preparation', '2023-05-01'),
  ]);
});

describe('statusAsOf', () => {
  it('takes the latest record on or before the date', () => {
    expect(statusAsOf(index, 'p', 'BGD', '2022-03-09').status).toBe('submitted');
    expect(statusAsOf(index, 'p', 'BGD', '2022-03-08').status).toBe('in_preparation');
    expect(statusAsOf(index, 'p', 'BGD', '2022-03-08').record?.date).toBe('2021-01-01');
  });
  it('is No information before the first record and without any record', () => {
    expect(statusAsOf(index, 'p', 'BGD', '2020-12-31')).toEqual({
      product: 'p',
      country: 'BGD',
      status: 'no_information',
    });
    expect(statusAsOf(index, 'p', 'LKA', '2030-01-01').status).toBe('no_information');
    expect(statusAsOf(index, 'other', 'BGD', '2030-01-01').status).toBe('no_information');
  });
});

describe('countsFor', () => {
  it('counts every member once, unrecorded ones as No information', () => {
    expect(countsFor(index, 'p', ['BGD', 'IND', 'NPL', 'LKA'], '2022-12-31', D)).toEqual({
      submitted: 1,
      in_preparation: 0,
      not_submitted: 1,
      not_applicable: 0,
      no_information: 2,
    });
  });
});

describe('outstanding', () => {
  it('lists owed maps with the date of their status', () => {
    expect(outstanding(index, ['p'], ['BGD', 'IND', 'LKA'], '2022-12-31', () => D)).toEqual([
      {
        product: 'p',
        country: 'IND',
        status: 'not_submitted',
        since: '2022-01-01',
        note: 'not_submitted on 2022-01-01',
        draft: false,
      },
      { product: 'p', country: 'LKA', status: 'no_information', since: undefined, note: '', draft: false },
    ]);
  });

  it('says which owed maps have their status from a draft recorded in this browser', () => {
    const draft = {
      product: 'p',
      country: 'LKA',
      status: 'in_preparation',
      date: '2022-06-01',
      note: '',
      source: '',
      line: 99,
      draft: 'd1',
    } as const;
    const rows = outstanding(indexRecords([draft]), ['p'], ['LKA', 'IND'], '2022-12-31', () => D);
    expect(rows.map((r) => [r.country, r.status, r.draft])).toEqual([
      ['LKA', 'in_preparation', true],
      ['IND', 'no_information', false],
    ]);
  });
});

describe('submissionsOverTime', () => {
  it('counts submitted members at each record date up to the as-of date', () => {
    expect(submissionsOverTime(index, 'p', ['BGD', 'IND', 'NPL'], '2022-12-31', D)).toEqual([
      { date: '2021-01-01', submitted: 0 },
      { date: '2022-01-01', submitted: 0 },
      { date: '2022-03-09', submitted: 1 },
    ]);
  });
});

describe('expectedOf', () => {
  it('leaves countries marked Not applicable out of the "of N"', () => {
    const counts = countsFor(
      indexRecords([rec('BGD', 'submitted', '2022-01-01'), rec('BTN', 'not_applicable', '2022-01-01')]),
      'p',
      ['BGD', 'BTN', 'NPL'],
      '2022-03-09',
      D,
    );
    expect(counts).toMatchObject({ submitted: 1, not_applicable: 1, no_information: 1 });
    expect(expectedOf(D, counts)).toBe(2);
  });
});

/** A record at a line of the file, as the parser gives it. */
const at = (
  line: number,
  country: string,
  status: SubmissionRecord['status'],
  date: string,
  product = 'p',
) => ({
  ...rec(country, status, date, product),
  line,
});

describe('indexRecords and historyOf', () => {
  it("keeps each product and country's history apart, oldest first whatever the file order", () => {
    const idx = indexRecords([
      at(2, 'NPL', 'submitted', '2023-06-01'),
      at(3, 'NPL', 'in_preparation', '2021-01-01', 'q'),
      at(4, 'NPL', 'in_preparation', '2022-03-09'),
      at(5, 'BGD', 'not_submitted', '2020-05-05'),
      at(6, 'NPL', 'not_submitted', '2020-01-01'),
    ]);
    expect(historyOf(idx, 'p', 'NPL').map((r) => [r.date, r.status, r.line])).toEqual([
      ['2020-01-01', 'not_submitted', 6],
      ['2022-03-09', 'in_preparation', 4],
      ['2023-06-01', 'submitted', 2],
    ]);
    expect(historyOf(idx, 'q', 'NPL').map((r) => r.line)).toEqual([3]);
    expect(historyOf(idx, 'p', 'BGD').map((r) => r.line)).toEqual([5]);
  });

  it('puts the later line last on one day, so that it is the one that holds', () => {
    const idx = indexRecords([
      at(9, 'NPL', 'submitted', '2022-03-09'),
      at(7, 'NPL', 'in_preparation', '2022-03-09'),
      at(8, 'NPL', 'not_submitted', '2022-03-10'),
    ]);
    expect(historyOf(idx, 'p', 'NPL').map((r) => r.line)).toEqual([7, 9, 8]);
    expect(statusAsOf(idx, 'p', 'NPL', '2022-03-09').record?.line).toBe(9);
  });

  it('has an empty history for an unknown product or a country without records', () => {
    expect(historyOf(index, 'p', 'LKA')).toEqual([]);
    expect(historyOf(index, 'nope', 'BGD')).toEqual([]);
  });
});

describe('statusAsOf on a long history', () => {
  it('finds the record in force on every day, including each record day itself', () => {
    const dates = [
      '2015-01-01',
      '2016-02-02',
      '2017-03-03',
      '2018-04-04',
      '2019-05-05',
      '2020-06-06',
      '2021-07-07',
    ];
    const statuses = ['not_submitted', 'in_preparation', 'submitted'] as const;
    const idx = indexRecords(dates.map((d, i) => at(i + 2, 'NPL', statuses[i % 3]!, d)));
    dates.forEach((date, i) => {
      expect(statusAsOf(idx, 'p', 'NPL', date).record?.line, date).toBe(i + 2);
      // The day before a record, the one before it holds.
      const dayBefore = new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
      expect(statusAsOf(idx, 'p', 'NPL', dayBefore).record?.line, dayBefore).toBe(
        i === 0 ? undefined : i + 1,
      );
    });
    expect(statusAsOf(idx, 'p', 'NPL', '2030-01-01')).toMatchObject({
      status: 'not_submitted',
      country: 'NPL',
    });
  });
});

describe('statusesOf, countStatuses and emptyCounts', () => {
  it('gives one status per country asked, in the order asked', () => {
    expect(statusesOf(index, 'p', ['NPL', 'BGD', 'LKA', 'IND'], '2023-12-31').map((s) => s.status)).toEqual([
      'in_preparation',
      'submitted',
      'no_information',
      'not_submitted',
    ]);
  });

  it('starts every status at zero and counts each one', () => {
    expect(emptyCounts(D)).toEqual({
      submitted: 0,
      in_preparation: 0,
      not_submitted: 0,
      not_applicable: 0,
      no_information: 0,
    });
    expect(
      countStatuses([{ status: 'submitted' }, { status: 'not_applicable' }, { status: 'submitted' }], D),
    ).toEqual({ submitted: 2, in_preparation: 0, not_submitted: 0, not_applicable: 1, no_information: 0 });
  });

  it('expects a map from every country counted when none is Not applicable', () => {
    expect(
      expectedOf(D, {
        submitted: 7,
        in_preparation: 7,
        not_submitted: 2,
        not_applicable: 0,
        no_information: 8,
      }),
    ).toBe(24);
  });
});

describe('outstanding, over several products', () => {
  it('lists In preparation, Not submitted and No information, never Submitted or Not applicable', () => {
    const idx = indexRecords([
      at(2, 'BGD', 'submitted', '2022-03-09', 'gsocseq'),
      at(3, 'NPL', 'in_preparation', '2022-03-09', 'gsocseq'),
      at(4, 'BTN', 'not_applicable', '2022-03-09', 'gsocseq'),
      at(5, 'BGD', 'not_submitted', '2022-03-09', 'gsasmap'),
    ]);
    const rows = outstanding(idx, ['gsocseq', 'gsasmap'], ['BGD', 'NPL', 'BTN'], '2022-03-09', () => D);
    expect(rows.map((r) => `${r.product}:${r.country}:${r.status}:${r.since ?? '-'}`)).toEqual([
      'gsocseq:NPL:in_preparation:2022-03-09',
      'gsasmap:BGD:not_submitted:2022-03-09',
      'gsasmap:NPL:no_information:-',
      'gsasmap:BTN:no_information:-',
    ]);
    expect(rows[0]!.note).toBe('in_preparation on 2022-03-09');
  });

  it('lists nothing for no products or no members', () => {
    expect(outstanding(index, [], ['BGD'], '2022-03-09', () => D)).toEqual([]);
    expect(outstanding(index, ['p'], [], '2022-03-09', () => D)).toEqual([]);
  });
});

describe('recordDates and latestDate', () => {
  const records = () => [
    at(2, 'NPL', 'submitted', '2022-03-09'),
    at(3, 'BGD', 'submitted', '2021-01-05'),
    at(4, 'IND', 'submitted', '2022-03-09'),
    at(5, 'IND', 'submitted', '2019-12-31', 'q'),
  ];

  it('lists each date once, oldest first', () => {
    expect(recordDates(records())).toEqual(['2019-12-31', '2021-01-05', '2022-03-09']);
    expect(recordDates([])).toEqual([]);
  });

  it('finds the latest date, whatever the order of the rows', () => {
    expect(latestDate(records())).toBe('2022-03-09');
    expect(latestDate([...records()].reverse())).toBe('2022-03-09');
    expect(latestDate([at(2, 'NPL', 'submitted', '2020-01-01')])).toBe('2020-01-01');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('submissionsOverTime, step by step', () => {
  it('counts a member down again when its map is withdrawn, and each member once', () => {
    const idx = indexRecords([
      at(2, 'BGD', 'submitted', '2020-01-01'),
      at(3, 'NPL', 'submitted', '2020-06-01'),
      at(4, 'BGD', 'in_preparation', '2021-01-01'),
      at(5, 'BGD', 'submitted', '2021-06-01'),
      at(6, 'NPL', 'submitted', '2022-01-01'),
    ]);
    expect(submissionsOverTime(idx, 'p', ['BGD', 'NPL', 'BGD'], '2030-01-01', D)).toEqual([
      { date: '2020-01-01', submitted: 1 },
      { date: '2020-06-01', submitted: 2 },
      { date: '2021-01-01', submitted: 1 },
      { date: '2021-06-01', submitted: 2 },
      // A second Submitted record for a member already counted changes nothing.
      { date: '2022-01-01', submitted: 2 },
    ]);
  });

  it("steps at every date of the product's records, members or not, up to the as-of date", () => {
    const idx = indexRecords([
      at(2, 'BGD', 'submitted', '2020-01-01'),
      at(3, 'CHN', 'submitted', '2020-06-01'),
      at(4, 'NPL', 'submitted', '2021-01-01'),
      at(5, 'NPL', 'submitted', '2021-03-01', 'q'),
    ]);
    expect(submissionsOverTime(idx, 'p', ['BGD', 'NPL'], '2020-12-31', D)).toEqual([
      { date: '2020-01-01', submitted: 1 },
      { date: '2020-06-01', submitted: 1 },
    ]);
    expect(submissionsOverTime(idx, 'p', ['BGD', 'NPL'], '2021-01-01', D).at(-1)).toEqual({
      date: '2021-01-01',
      submitted: 2,
    });
  });

  it('is empty for a product without records', () => {
    expect(submissionsOverTime(index, 'nope', ['BGD'], '2030-01-01', D)).toEqual([]);
  });
});

describe('regionsOf and regionStatuses', () => {
  const region = (id: string, members: string[]): Region => ({
    id,
    name: id,
    kind: 'k',
    source: 's',
    members,
  });

  it('lists the regions holding a country, in the order given', () => {
    const regions = [
      region('world', ['NPL', 'BGD']),
      region('asp', ['BGD']),
      region('saarc', ['NPL', 'BGD']),
    ];
    expect(regionsOf(regions, 'NPL').map((r) => r.id)).toEqual(['world', 'saarc']);
    expect(regionsOf(regions, 'FRA')).toEqual([]);
  });

  it('colours members by status and every other country as outside', () => {
    expect([
      ...regionStatuses(index, 'p', ['BGD', 'IND', 'LKA', 'FRA'], ['BGD', 'LKA', 'IND'], '2022-03-09'),
    ]).toEqual([
      ['BGD', 'submitted'],
      ['IND', 'not_submitted'],
      ['LKA', 'no_information'],
      ['FRA', 'outside'],
    ]);
  });
});
