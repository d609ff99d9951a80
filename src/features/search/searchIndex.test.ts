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

describe('searching in any of the six languages, by any code, in any case', () => {
  const all = buildSearchIndex(['KOR', 'PRK', 'VNM', 'LAO', 'CIV', 'NPL', 'DEU', 'ZAF', 'IRN'], (c) => c);
  const first = (query: string) => searchCountries(all, query)[0]?.iso3;

  it('finds a country by its UN name and by the names people use', () => {
    expect(first("Lao People's Democratic Republic")).toBe('LAO');
    expect(first('laos')).toBe('LAO');
    expect(first('South Korea')).toBe('KOR');
    expect(first('Republic of Korea')).toBe('KOR');
    expect(first('Iran (Islamic Republic of)')).toBe('IRN');
  });

  it('finds it by its name in French, Spanish, Russian, Chinese and Arabic', () => {
    expect(first('République de Corée')).toBe('KOR');
    expect(first('Corée du Sud')).toBe('KOR');
    expect(first('República de Corea')).toBe('KOR');
    expect(first('Республика Корея')).toBe('KOR');
    expect(first('大韩民国')).toBe('KOR');
    expect(first('جمهورية كوريا')).toBe('KOR');
    expect(first('Вьетнам')).toBe('VNM');
    expect(first('越南')).toBe('VNM');
  });

  it('ignores case and accents, in every script', () => {
    expect(first('COTE D’IVOIRE')).toBe('CIV');
    expect(first("cote d'ivoire")).toBe('CIV');
    expect(first('republique de coree')).toBe('KOR');
    expect(first('рЕСПУБЛИКА кОРЕЯ')).toBe('KOR');
    expect(first('népal')).toBe('NPL');
  });

  it('finds it by alpha-3 and alpha-2 code in any case', () => {
    for (const query of ['KOR', 'kor', 'Kor', 'KR', 'kr']) expect(first(query), query).toBe('KOR');
    for (const query of ['ZAF', 'za', 'Za']) expect(first(query), query).toBe('ZAF');
    expect(first('de')).toBe('DEU');
  });
});
