import { describe, expect, it } from 'vitest';
import { countsFor, expectedOf, indexRecords, outstanding, statusAsOf, submissionsOverTime } from './status';
import type { SubmissionRecord } from './types';

const rec = (
  country: string,
  status: SubmissionRecord['status'],
  date: string,
  product = 'p',
): SubmissionRecord => ({
  product,
  country,
  status,
  date,
  note: `${status} on ${date}`,
  source: 's',
  line: 0,
});

const index = indexRecords([
  rec('BGD', 'submitted', '2022-03-09'),
  rec('BGD', 'in_preparation', '2021-01-01'),
  rec('IND', 'not_submitted', '2022-01-01'),
  rec('NPL', 'in_preparation', '2023-05-01'),
]);

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
    expect(countsFor(index, 'p', ['BGD', 'IND', 'NPL', 'LKA'], '2022-12-31')).toEqual({
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
    expect(outstanding(index, ['p'], ['BGD', 'IND', 'LKA'], '2022-12-31')).toEqual([
      {
        product: 'p',
        country: 'IND',
        status: 'not_submitted',
        since: '2022-01-01',
        note: 'not_submitted on 2022-01-01',
      },
      { product: 'p', country: 'LKA', status: 'no_information', since: undefined, note: '' },
    ]);
  });
});

describe('submissionsOverTime', () => {
  it('counts submitted members at each record date up to the as-of date', () => {
    expect(submissionsOverTime(index, 'p', ['BGD', 'IND', 'NPL'], '2022-12-31')).toEqual([
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
    );
    expect(counts).toMatchObject({ submitted: 1, not_applicable: 1, no_information: 1 });
    expect(expectedOf(counts)).toBe(2);
  });
});
