import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';
import { getI18n } from './index';

describe('formatMessage', () => {
  it('fills placeholders as text', () => {
    expect(formatMessage('Hello {name}', { name: '<b>x</b>' }, 'en')).toBe('Hello <b>x</b>');
  });
  it('chooses plural forms and formats #', () => {
    const m = '{count, plural, one {# country} other {# countries}} in {region}';
    expect(formatMessage(m, { count: 1, region: 'Asia' }, 'en')).toBe('1 country in Asia');
    expect(formatMessage(m, { count: 1200, region: 'Asia' }, 'en')).toBe('1,200 countries in Asia');
  });
});

describe('getI18n', () => {
  it('names countries and statuses in English', () => {
    const i18n = getI18n('en');
    expect(i18n.countryName('LAO')).toMatch(/Lao|Laos/);
    expect(i18n.status('no_information')).toBe('No information');
    expect(i18n.formatDate('2022-03-09')).toBe('9 March 2022');
  });
  it('words a data issue with where and what', () => {
    const text = getI18n('en').issue({
      severity: 'error',
      code: 'unknown-country',
      file: 'records.csv',
      line: 5,
      column: 'country',
      value: 'XXX',
    });
    expect(text).toBe('records.csv, line 5, country “XXX”: unknown country');
  });
  it('says why a data file could not be loaded, with its name', () => {
    const i18n = getI18n('en');
    expect(i18n.failure({ kind: 'not-found', file: 'records.csv', status: 404 })).toBe(
      'records.csv was not found (404).',
    );
    expect(i18n.failure({ kind: 'timeout', file: 'regions.json', seconds: 20 })).toBe(
      'regions.json did not arrive within 20 seconds.',
    );
  });
  it('falls back to English for an unknown language', () => {
    expect(getI18n('xx').lang).toBe('en');
  });
});
