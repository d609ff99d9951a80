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
      notices: [{ kind: 'futureAsOf', params: { value: '2026-11-29' } }],
    });
  });

  it('drops a language the interface is not written in, with a notice', () => {
    expect(correctSelection({ view: 'overview', lang: 'en' }, {}, now).notices).toEqual([]);
    expect(correctSelection({ view: 'overview', lang: 'xx' }, {}, now)).toEqual({
      selection: { view: 'overview', lang: undefined },
      notices: [{ kind: 'unknownLang', params: { value: 'xx' } }],
    });
  });

  it('drops a date that is not one, with a notice', () => {
    expect(correctSelection({ view: 'overview', asOf: '2022-02-30' }, {}, now).notices).toEqual([
      { kind: 'badDate', params: { value: '2022-02-30' } },
    ]);
  });
});
