import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch } from './url';

describe('url', () => {
  it('round-trips a selection', () => {
    const search = '?product=gsasmap&region=asp&country=BGD&asof=2022-03-09&lang=en';
    expect(toSearch(parseSearch(search).selection)).toBe(search);
  });
  it('reads nothing as the defaults', () => {
    expect(parseSearch('').selection).toEqual({ view: 'overview' });
    expect(toSearch({ view: 'overview' })).toBe('');
  });
  it('reports an unknown view and falls back to the overview', () => {
    expect(parseSearch('?view=nope')).toEqual({ selection: { view: 'overview' }, unknownView: 'nope' });
  });
  it('keeps parameters it does not own', () => {
    expect(toSearch({ view: 'overview', product: 'x' }, '?records=a.csv&product=y')).toBe(
      '?records=a.csv&product=x',
    );
  });
  it('upper-cases country codes', () => {
    expect(parseSearch('?country=bgd').selection.country).toBe('BGD');
  });
});
