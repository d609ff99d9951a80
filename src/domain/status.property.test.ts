import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRecords, statusAsOf, submissionsOverTime } from './status';
import { DEFAULT_STATUSES, DEFAULT_VOCABULARY as D } from './stages';
import type { SubmissionRecord } from './types';

const RECORD_STATUSES = DEFAULT_STATUSES.map((s) => s.id);

const COUNTRIES = ['BGD', 'NPL', 'IND', 'VNM', 'LAO'];
const DATES = ['2020-01-01', '2020-06-30', '2021-03-09', '2022-03-09', '2022-03-10'];

const histories = fc
  .array(
    fc.record({
      product: fc.constantFrom('p', 'q'),
      country: fc.constantFrom(...COUNTRIES),
      status: fc.constantFrom(...RECORD_STATUSES),
      date: fc.constantFrom(...DATES),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i): SubmissionRecord => ({ ...r, note: '', source: '', line: i + 2 })));

describe('status over time, checked against the plain definition', () => {
  it('statusAsOf is the last record (by date, then line) on or before the date', () => {
    fc.assert(
      fc.property(histories, fc.constantFrom(...DATES, '2019-12-31'), (records, asOf) => {
        const index = indexRecords(records);
        for (const country of COUNTRIES) {
          const last = records
            .filter((r) => r.product === 'p' && r.country === country && r.date <= asOf)
            .sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line)
            .at(-1);
          expect(statusAsOf(index, 'p', country, asOf).status).toBe(last?.status ?? 'no_information');
        }
      }),
    );
  });

  it('submissionsOverTime counts the Submitted members as of each record date', () => {
    fc.assert(
      fc.property(histories, fc.constantFrom(...DATES), (records, asOf) => {
        const index = indexRecords(records);
        const members = ['BGD', 'NPL', 'IND'];
        const dates = [
          ...new Set(records.filter((r) => r.product === 'p' && r.date <= asOf).map((r) => r.date)),
        ];
        const expected = dates.sort().map((date) => ({
          date,
          submitted: members.filter((c) => statusAsOf(index, 'p', c, date).status === 'submitted').length,
        }));
        expect(submissionsOverTime(index, 'p', members, asOf, D)).toEqual(expected);
      }),
    );
  });
});
