import { describe, expect, it } from 'vitest';
import { correctSelection } from './derived';

describe('correctSelection', () => {
  const now = new Date(2026, 10, 28, 12); // 28 November 2026, local noon

  it('takes an as-of date up to today as given', () => {
    for (const asOf of ['2022-03-09', '2026-11-28']) {
      expect(correctSelection({ view: 'overview', asOf }, {}, now)).toEqual({
        selection: { view: 'overview', asOf },
        notices: [],
      });
    }
  });

  it('drops an as-of date after today, with a notice', () => {
    expect(correctSelection({ view: 'overview', asOf: '2026-11-29' }, {}, now)).toEqual({
      selection: { view: 'overview', asOf: undefined },
      notices: [{ key: 'notice.futureAsOf', values: { value: '2026-11-29' } }],
    });
  });

  it('drops a date that is not one, with a notice', () => {
    expect(correctSelection({ view: 'overview', asOf: '2022-02-30' }, {}, now).notices).toEqual([
      { key: 'notice.badDate', values: { value: '2022-02-30' } },
    ]);
  });
});
