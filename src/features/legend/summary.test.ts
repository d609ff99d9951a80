import { describe, expect, it } from 'vitest';
import { getI18n } from '../../shared/i18n';
import { indexRecords } from '../../domain/status';
import { overdueText, statusSummary } from './summary';
import { DEFAULT_VOCABULARY } from '../../domain/stages';

describe('statusSummary', () => {
  const summary = (product: string, region: string, asOf: string, counts: Record<string, number>) =>
    statusSummary(getI18n('en'), {
      product,
      region,
      asOf,
      vocabulary: DEFAULT_VOCABULARY,
      counts: { ...Object.fromEntries(DEFAULT_VOCABULARY.ids.map((id) => [id, 0])), ...counts },
    });

  it('says the product, region, date and each status that has countries', () => {
    expect(
      summary('GSOCseq v1.0', 'Asian Soil Partnership', '2022-03-09', {
        submitted: 7,
        in_preparation: 7,
        no_information: 10,
      }),
    ).toBe(
      'GSOCseq v1.0, Asian Soil Partnership, as of 9 March 2022: 7 submitted, 7 in preparation, 10 no information.',
    );
  });

  it('reads one status alone without a list', () => {
    expect(summary('GBSmap', 'Asia', '2024-01-31', { not_submitted: 1 })).toBe(
      'GBSmap, Asia, as of 31 January 2024: 1 not submitted.',
    );
  });
});

describe('overdueText', () => {
  const region = { id: 'asp', name: 'ASP', kind: 'partnership', source: 's', members: ['NPL', 'BGD'] };
  const product = { id: 'p', short: 'P', name: 'P map', deadline: '2022-03-31' };
  const index = indexRecords([
    { product: 'p', country: 'BGD', status: 'submitted', date: '2022-01-01', note: '', source: '', line: 2 },
  ]);

  it('says how many maps are past the deadline, and which deadline', () => {
    expect(
      overdueText(getI18n('en'), { index, product, region, asOf: '2022-03-09', day: '2022-04-02' }),
    ).toBe('1 map past the deadline of 31 March 2022');
  });

  it('says nothing before the deadline or without one', () => {
    expect(
      overdueText(getI18n('en'), { index, product, region, asOf: '2022-03-09', day: '2022-03-31' }),
    ).toBeUndefined();
    const none = { ...product, deadline: undefined };
    expect(
      overdueText(getI18n('en'), { index, product: none, region, asOf: '2022-03-09', day: '2030-01-01' }),
    ).toBeUndefined();
  });
});
