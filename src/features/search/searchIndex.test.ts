import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { alpha2Of } from '../../domain/countries';
import type { Region } from '../../domain/types';
import { buildSearchIndex, searchCountries, type SearchEntry } from './searchIndex';

// Indexes are built for each test, not when the file loads, so that each test is known to use them.
let index: SearchEntry[];
beforeEach(() => {
  index = buildSearchIndex(['TUV', 'SGP', 'MDV', 'VNM', 'KOR', 'PRK', 'NPL', 'NLD'], (c) => c);
});

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
  const first = (query: string) =>
    searchCountries(
      buildSearchIndex(['KOR', 'PRK', 'VNM', 'LAO', 'CIV', 'NPL', 'DEU', 'ZAF', 'IRN'], (c) => c),
      query,
    )[0]?.iso3;

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

/** The 193 UN member states, as regions.json lists them, named as the interface names them. */
const world = () =>
  (
    JSON.parse(readFileSync(new URL('../../../public/data/regions.json', import.meta.url), 'utf8')) as {
      regions: Region[];
    }
  ).regions.find((r) => r.id === 'world')!.members;
const englishName = (iso3: string) =>
  new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2Of(iso3)!) ?? iso3;

let un: SearchEntry[];
beforeEach(() => {
  un = buildSearchIndex(world(), englishName);
});
const firstOfUn = (query: string) => searchCountries(un, query)[0]?.iso3;

/** What focal points type, in every case they may type it, and the country they mean. */
const BY_NAME: [string[], string][] = [
  [['Nepal', 'nepal', 'NEPAL', 'nEpAl', ' Nepal '], 'NPL'],
  [['Viet Nam', 'viet nam', 'VIETNAM', 'Vietnam'], 'VNM'],
  [['Bangladesh', 'bangla', 'BANGLADESH'], 'BGD'],
  [['Sri Lanka', 'sri lanka', 'SRILANKA', 'Sri-Lanka'], 'LKA'],
  [["Lao People's Democratic Republic", 'LAO PEOPLE', 'Laos'], 'LAO'],
  [['Timor-Leste', 'timor leste', 'East Timor'], 'TLS'],
  [["Côte d'Ivoire", 'cote d ivoire', 'CÔTE D’IVOIRE', 'Ivory Coast'], 'CIV'],
  [['Türkiye', 'turkiye', 'Turkey'], 'TUR'],
  [['Tuvalu', 'tuv'], 'TUV'],
];
const BY_ALPHA3: [string[], string][] = [
  [['NPL', 'npl', 'Npl', 'nPL'], 'NPL'],
  [['BGD', 'bgd', 'Bgd'], 'BGD'],
  [['VNM', 'vnm', 'vNm'], 'VNM'],
  [['PRK', 'prk'], 'PRK'],
  [['KOR', 'kor', 'Kor'], 'KOR'],
  [['MDV', 'mdv'], 'MDV'],
  [['IND', 'ind', 'Ind'], 'IND'],
];
const BY_ALPHA2: [string[], string][] = [
  [['NP', 'np', 'Np', 'nP', ' np '], 'NPL'],
  [['VN', 'vn', 'Vn'], 'VNM'],
  [['BD', 'bd'], 'BGD'],
  [['KR', 'kr', 'Kr'], 'KOR'],
  [['KP', 'kp'], 'PRK'],
  [['IN', 'in', 'In'], 'IND'],
  [['ID', 'id', 'Id'], 'IDN'],
  [['LK', 'lk'], 'LKA'],
  [['MV', 'mv'], 'MDV'],
  [['CN', 'cn'], 'CHN'],
];

describe('searching the 193 UN member states by name, alpha-3 or alpha-2 code, in any case', () => {
  for (const [label, table] of [
    ['name', BY_NAME],
    ['alpha-3 code', BY_ALPHA3],
    ['alpha-2 code', BY_ALPHA2],
  ] as const) {
    it(`finds a country by its ${label}`, () => {
      for (const [queries, iso3] of table)
        for (const query of queries) expect(firstOfUn(query), query).toBe(iso3);
    });
  }

  it('puts the exact code before names that start with it', () => {
    // "IN" is India's alpha-2 code; Indonesia only starts with it.
    expect(
      searchCountries(un, 'in')
        .slice(0, 2)
        .map((e) => e.iso3),
    ).toEqual(['IND', 'IDN']);
    // "MAR" is Morocco's code; the Marshall Islands start with it.
    expect(
      searchCountries(un, 'mar')
        .slice(0, 2)
        .map((e) => e.iso3),
    ).toEqual(['MAR', 'MHL']);
  });

  it('ranks a whole name first, then names that start with the text, then names with a word that does', () => {
    // Guinea is the text; Guinea-Bissau and Equatorial Guinea ("Guinea Ecuatorial" in Spanish)
    // start with it; in Papua New Guinea it is a word. Alphabetical within each.
    expect(searchCountries(un, 'guinea', 10).map((e) => e.iso3)).toEqual(['GIN', 'GNQ', 'GNB', 'PNG']);
    expect(searchCountries(un, 'lanka').map((e) => e.iso3)).toEqual(['LKA']);
    expect(searchCountries(un, 'of korea').map((e) => e.iso3)).toEqual(['PRK', 'KOR']);
  });

  it('puts an everyday alias before names that merely start with it: UK is the United Kingdom', () => {
    expect(searchCountries(un, 'UK').map((e) => e.iso3)).toEqual(['GBR', 'UKR']);
    expect(searchCountries(un, 'uk')[0]?.iso3).toBe('GBR');
    expect(searchCountries(un, 'USA')[0]?.iso3).toBe('USA');
    expect(searchCountries(un, 'laos')[0]?.iso3).toBe('LAO');
  });

  it('finds nothing in a stray run of letters inside a word of another language’s name', () => {
    // The Cook Islands are "Kūki 'Āirani" in Cook Islands Māori.
    expect(searchCountries(un, 'Iran').map((e) => e.iso3)).toEqual(['IRN']);
    expect(searchCountries(un, 'ran').map((e) => e.iso3)).not.toContain('COK');
    // Nor "ark" in Denmark, nor "stan" in Pakistan.
    expect(searchCountries(un, 'ark')).toEqual([]);
    expect(searchCountries(un, 'stan')).toEqual([]);
  });

  it('finds an Arabic name without its article, as people type it', () => {
    expect(searchCountries(un, 'عراق').map((e) => e.iso3)).toContain('IRQ');
    expect(searchCountries(un, 'مغرب').map((e) => e.iso3)).toContain('MAR');
    expect(searchCountries(un, 'العراق')[0]?.iso3).toBe('IRQ');
    // The first word without its article, then the rest of the name: المملكة المتحدة.
    expect(searchCountries(un, 'مملكة المتحدة').map((e) => e.iso3)).toContain('GBR');
    expect(searchCountries(un, 'جمهورية العربية السورية').map((e) => e.iso3)).toEqual(['SYR']);
    // Only the article goes: no other two letters are cut from a word ("korea" is no "rea").
    expect(searchCountries(un, 'rea').map((e) => e.iso3)).not.toContain('KOR');
  });

  it('finds a Chinese name from any of its characters', () => {
    expect(searchCountries(un, '韩').map((e) => e.iso3)).toContain('KOR');
    expect(searchCountries(un, '朝鲜')[0]?.iso3).toBe('PRK');
    // 大韩民国, the Republic of Korea, from its third character on.
    expect(searchCountries(un, '民国').map((e) => e.iso3)).toContain('KOR');
    const korea = un.find((e) => e.iso3 === 'KOR')!;
    expect(korea.wordStarts).toEqual(expect.arrayContaining(['韩民国', '民国', '国', 'korea', 'ofkorea']));
  });

  it('gives at most eight results unless told otherwise', () => {
    expect(searchCountries(un, 'a')).toHaveLength(8);
    expect(searchCountries(un, 'a', 3)).toHaveLength(3);
    // Every name that starts with "a", or has a word that does.
    expect(searchCountries(un, 'a', 500).length).toBeGreaterThan(40);
  });

  it('finds nothing for nothing, for punctuation alone, and for what is no country', () => {
    expect(searchCountries(un, '  ')).toEqual([]);
    expect(searchCountries(un, '')).toEqual([]);
    expect(searchCountries(un, '--')).toEqual([]);
    expect(searchCountries(un, 'atlantis')).toEqual([]);
    expect(searchCountries(un, 'XX')).toEqual([]);
  });
});

describe('buildSearchIndex', () => {
  it('has one entry per country, in alphabetical order of the names shown, with both codes', () => {
    const entries = buildSearchIndex(['VNM', 'BGD', 'NPL', 'AFG'], englishName);
    expect(entries.map((e) => [e.name, e.iso3, e.alpha2])).toEqual([
      ['Afghanistan', 'AFG', 'AF'],
      ['Bangladesh', 'BGD', 'BD'],
      ['Nepal', 'NPL', 'NP'],
      ['Vietnam', 'VNM', 'VN'],
    ]);
  });

  it('matches the name shown and the other names, each written once, without case, accents or spaces', () => {
    const [viet] = buildSearchIndex(['VNM'], () => 'Viet Nam');
    expect(viet!.keys[0]).toBe('vietnam');
    expect(viet!.keys).toEqual([...new Set(viet!.keys)]);
    expect(viet!.keys.every((k) => k === k.toLowerCase() && !/[\s'’-]/.test(k))).toBe(true);
    const [civ] = buildSearchIndex(['CIV'], englishName);
    expect(civ!.keys).toContain('cotedivoire');
  });

  it('finds a country by the name the interface gives it even when no other source has it', () => {
    const entries = buildSearchIndex(['NPL', 'BGD'], (iso3) =>
      iso3 === 'NPL' ? 'Federal Himalaya' : 'Bangladesh',
    );
    expect(searchCountries(entries, 'himalaya').map((e) => e.iso3)).toEqual(['NPL']);
  });
});
