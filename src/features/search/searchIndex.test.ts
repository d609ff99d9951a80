import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchCountries } from './searchIndex';

const index = buildSearchIndex(['TUV', 'SGP', 'MDV', 'VNM', 'KOR', 'PRK', 'NPL', 'NLD'], (c) => c);

describe('searchCountries', () => {
  it('finds small states by name and code', () => {
    expect(searchCountries(index, 'tuvalu').map((e) => e.iso3)).toEqual(['TUV']);
    expect(searchCountries(index, 'Singapore')[0]?.iso3).toBe('SGP');
    expect(searchCountries(index, 'maldives')[0]?.iso3).toBe('MDV');
    expect(searchCountries(index, 'mdv')[0]?.iso3).toBe('MDV');
  });
  it('ignores spaces, case and accents', () => {
    expect(searchCountries(index, 'viet nam')[0]?.iso3).toBe('VNM');
    expect(searchCountries(index, 'republic of korea').map((e) => e.iso3)).toContain('KOR');
  });
  it('puts the exact code first', () => {
    expect(searchCountries(index, 'NPL')[0]?.iso3).toBe('NPL');
  });
  it('finds nothing for nothing', () => {
    expect(searchCountries(index, '  ')).toEqual([]);
  });
});
