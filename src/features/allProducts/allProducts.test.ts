import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, vocabularyOf } from '../../domain/stages';
import { indexRecords } from '../../domain/status';
import type { Product, SubmissionRecord } from '../../domain/types';
import { glanceOf, sharedVocabulary } from './allProducts';

const own = (colour: string): Product => ({
  id: `p${colour}`,
  short: 'P',
  name: 'P',
  statuses: [{ id: 'registered', label: 'Registered', stage: 'done', colour }],
});

describe('every product at a glance', () => {
  it('shares one legend only when the statuses, words and colours agree', () => {
    expect(sharedVocabulary([DEFAULT_VOCABULARY, DEFAULT_VOCABULARY])).toBe(DEFAULT_VOCABULARY);
    const a = vocabularyOf(own('#112233'));
    expect(sharedVocabulary([a, vocabularyOf(own('#112233'))])).toBe(a);
    expect(sharedVocabulary([a, vocabularyOf(own('#445566'))])).toBeUndefined();
    expect(sharedVocabulary([DEFAULT_VOCABULARY, a])).toBeUndefined();
    expect(sharedVocabulary([])).toBeUndefined();
  });

  it('gives each product its own statuses for the region and date, countries outside it apart', () => {
    const products: Product[] = [
      { id: 'a', short: 'A', name: 'A' },
      { id: 'b', short: 'B', name: 'B' },
    ];
    const records = [
      { country: 'NPL', product: 'a', status: 'submitted', date: '2022-01-01' },
      { country: 'NPL', product: 'b', status: 'in_preparation', date: '2022-01-01' },
      { country: 'IND', product: 'b', status: 'submitted', date: '2022-06-01' },
    ] as SubmissionRecord[];
    const glance = glanceOf(products, indexRecords(records), ['NPL', 'IND'], '2022-03-01', [
      'NPL',
      'IND',
      'FRA',
    ]);
    expect(glance.map((g) => g.product.id)).toEqual(['a', 'b']);
    expect(glance[0]!.statuses.get('NPL')).toBe('submitted');
    expect(glance[1]!.statuses.get('NPL')).toBe('in_preparation');
    // Recorded after the date: not yet known.
    expect(glance[1]!.statuses.get('IND')).toBe('no_information');
    expect(glance[1]!.statuses.get('FRA')).toBe('outside');
    expect(glance[0]!.snapshot.counts).toMatchObject({ submitted: 1, no_information: 1 });
  });
});
