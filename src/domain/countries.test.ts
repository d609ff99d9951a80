import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Countries from './countries';

// The module is loaded afresh for each test: its index of names is built on first use and then
// kept, and each test must build it for itself to be known to depend on it.
let allIso3: typeof Countries.allIso3;
let alpha2Of: typeof Countries.alpha2Of;
let nameVariants: typeof Countries.nameVariants;
let normaliseName: typeof Countries.normaliseName;
let resolveCountry: typeof Countries.resolveCountry;
let searchNames: typeof Countries.searchNames;
beforeEach(async () => {
  vi.resetModules();
  ({ allIso3, alpha2Of, nameVariants, normaliseName, resolveCountry, searchNames } =
    await import('./countries'));
});

describe('resolveCountry', () => {
  it('does not read a two-letter code that is no country as an abbreviation with dots', () => {
    // "É.-U." (États-Unis) normalises to "eu"; EU, the European Union, is not a country.
    expect(resolveCountry('EU')).toBeUndefined();
    expect(resolveCountry('eu')).toBeUndefined();
    // Short names written as they are still count.
    expect(resolveCountry('UK')?.iso3).toBe('GBR');
    expect(resolveCountry('US')?.iso3).toBe('USA');
  });
  it('reads alpha-3, alpha-2 and English names', () => {
    expect(resolveCountry('bgd')).toEqual({ iso3: 'BGD', via: 'alpha3' });
    expect(resolveCountry('VN')).toEqual({ iso3: 'VNM', via: 'alpha2', from: 'VN' });
    expect(resolveCountry(' Viet Nam ')).toEqual({ iso3: 'VNM', via: 'name', from: 'Viet Nam' });
    expect(resolveCountry('Republic of Korea')?.iso3).toBe('KOR');
    expect(resolveCountry('Côte d’Ivoire')?.iso3).toBe('CIV');
  });
  it('reads the UN short and formal forms', () => {
    const cases: [string, string][] = [
      ['Lao PDR', 'LAO'],
      ["Lao People's Democratic Republic", 'LAO'],
      ['DPR Korea', 'PRK'],
      ["Democratic People's Republic of Korea", 'PRK'],
      ['Republic of Korea', 'KOR'],
      ['Iran (Islamic Republic of)', 'IRN'],
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['Micronesia (Federated States of)', 'FSM'],
      ['Venezuela, Bolivarian Republic of', 'VEN'],
      ['United Republic of Tanzania', 'TZA'],
      ['Türkiye', 'TUR'],
      ['St. Lucia', 'LCA'],
      ['Saint Kitts & Nevis', 'KNA'],
      ['Viet Nam', 'VNM'],
      ['Brunei Darussalam', 'BRN'],
      ['Timor-Leste', 'TLS'],
      ['the Philippines', 'PHL'],
    ];
    for (const [name, iso3] of cases) expect(resolveCountry(name)?.iso3, name).toBe(iso3);
  });
  it('reads names in the other UN languages', () => {
    expect(resolveCountry('Bangladesh')?.iso3).toBe('BGD');
    expect(resolveCountry('Népal')?.iso3).toBe('NPL');
    expect(resolveCountry('Китай')?.iso3).toBe('CHN');
  });
  it('says nothing for what it does not know', () => {
    expect(resolveCountry('Atlantis')).toBeUndefined();
    expect(resolveCountry('XXX')).toBeUndefined();
    expect(resolveCountry('')).toBeUndefined();
  });
});

describe('resolveCountry, as spreadsheets write countries', () => {
  it('reads alpha-3 codes in any case, as alpha-3', () => {
    for (const code of ['NPL', 'npl', 'Npl', 'nPl', ' NPL '])
      expect(resolveCountry(code), code).toEqual({ iso3: 'NPL', via: 'alpha3' });
    // Kosovo's user-assigned code, as the boundaries and i18n-iso-countries know it.
    expect(resolveCountry('XKK')).toEqual({ iso3: 'XKK', via: 'alpha3' });
  });

  it('reads alpha-2 codes in any case, saying what was written', () => {
    for (const code of ['NP', 'np', 'Np', 'nP'])
      expect(resolveCountry(code), code).toEqual({ iso3: 'NPL', via: 'alpha2', from: code });
    expect(resolveCountry(' kr ')).toEqual({ iso3: 'KOR', via: 'alpha2', from: 'kr' });
  });

  it('reads names as the World Bank lists them', () => {
    const cases: [string, string][] = [
      ['Korea, Rep.', 'KOR'],
      ["Korea, Dem. People's Rep.", 'PRK'],
      ['Congo, Dem. Rep.', 'COD'],
      ['Congo, Rep.', 'COG'],
      ['Egypt, Arab Rep.', 'EGY'],
      ['Iran, Islamic Rep.', 'IRN'],
      ['Yemen, Rep.', 'YEM'],
      ['Gambia, The', 'GMB'],
      ['Micronesia, Fed. Sts.', 'FSM'],
      ['St. Vincent and the Grenadines', 'VCT'],
    ];
    for (const [name, iso3] of cases)
      expect(resolveCountry(name), name).toEqual({ iso3, via: 'name', from: name });
  });

  it('does not take digits, partial codes or codes inside text for codes', () => {
    for (const value of ['524', 'NP1', 'NPLX', 'XNPL', 'N', 'N P', 'XXX', 'xx', '--'])
      expect(resolveCountry(value), value).toBeUndefined();
  });
});

describe('nameVariants', () => {
  it('tries the name as written, trimmed, and without a leading "the"', () => {
    expect(nameVariants('  Nepal  ')).toEqual(['Nepal']);
    expect(nameVariants('  the Gambia ')).toEqual(['the Gambia', 'Gambia']);
    expect(nameVariants('')).toEqual([]);
    expect(nameVariants('   ')).toEqual([]);
    expect(nameVariants('the Gambia')).toEqual(['the Gambia', 'Gambia']);
    expect(nameVariants('The  Bahamas')).toEqual(['The  Bahamas', 'Bahamas']);
    expect(nameVariants('Theland')).toEqual(['Theland']);
    expect(nameVariants('Northern Thebes')).toEqual(['Northern Thebes']);
  });

  it('writes out St., Rep., Dem., PDR, DPR and &', () => {
    expect(nameVariants('St. Lucia')).toEqual(['St. Lucia', 'Saint Lucia']);
    expect(nameVariants('st Lucia')).toEqual(['st Lucia', 'Saint Lucia']);
    expect(nameVariants('Trinidad & Tobago')).toEqual(['Trinidad & Tobago', 'Trinidad  and  Tobago']);
    expect(nameVariants('Rep. of Moldova')).toEqual(['Rep. of Moldova', 'Republic of Moldova']);
    expect(nameVariants('Dem. Rep. of the Congo')).toEqual([
      'Dem. Rep. of the Congo',
      'Democratic Republic of the Congo',
    ]);
    expect(nameVariants('dem rep congo')).toEqual(['dem rep congo', 'Democratic Republic congo']);
    expect(nameVariants('Lao PDR')).toEqual(['Lao PDR', "Lao People's Democratic Republic"]);
    expect(nameVariants('DPR Korea')).toEqual(['DPR Korea', "Democratic People's Republic of Korea"]);
    // Only as words of their own.
    expect(nameVariants('Steiermark')).toEqual(['Steiermark']);
    expect(nameVariants('Stan')).toEqual(['Stan']);
    expect(nameVariants('Repton')).toEqual(['Repton']);
    expect(nameVariants('Demark')).toEqual(['Demark']);
    expect(nameVariants('pdr')).toEqual(['pdr']);
  });

  it('turns a name round its brackets', () => {
    expect(nameVariants('Iran (Islamic Republic of)')).toEqual([
      'Iran (Islamic Republic of)',
      'Islamic Republic of Iran',
      'Iran',
    ]);
    expect(nameVariants('Bahamas (the) ')).toEqual(['Bahamas (the)', 'the Bahamas', 'Bahamas']);
    expect(nameVariants('Korea(Republic of)')).toEqual(['Korea(Republic of)', 'Republic of Korea', 'Korea']);
    expect(nameVariants('Bonaire (Sint Eustatius) and Saba')).toEqual(['Bonaire (Sint Eustatius) and Saba']);
    // Only brackets that end the name hold a qualifier.
    expect(nameVariants('Korea (Republic of)-Sud')).toEqual(['Korea (Republic of)-Sud']);
  });

  it('turns a name round its comma, with "of" and "of the"', () => {
    expect(nameVariants('Korea, Rep.')).toEqual([
      'Korea, Rep.',
      'Korea, Republic',
      'Republic Korea',
      'Republic of Korea',
      'Republic of the Korea',
      'Korea',
    ]);
    expect(nameVariants('Venezuela,Bolivarian Republic of')).toEqual([
      'Venezuela,Bolivarian Republic of',
      'Bolivarian Republic of Venezuela',
      'Bolivarian Republic of of Venezuela',
      'Bolivarian Republic of of the Venezuela',
      'Venezuela',
    ]);
    expect(nameVariants(', Nepal')).toEqual([', Nepal']);
    expect(nameVariants('Nepal,')).toEqual(['Nepal,']);
  });
});

describe('normaliseName', () => {
  it('drops case, accents, spaces and punctuation, in every script', () => {
    expect(normaliseName('Côte d’Ivoire')).toBe('cotedivoire');
    expect(normaliseName("  Côte d'Ivoire ")).toBe('cotedivoire');
    expect(normaliseName('São Tomé & Príncipe')).toBe('saotomeprincipe');
    expect(normaliseName('VIET-NAM')).toBe('vietnam');
    expect(normaliseName('Türkiye')).toBe('turkiye');
    expect(normaliseName('Непал')).toBe('непал');
    // Marks are dropped in every script: й is read as и, in the query and the names alike.
    expect(normaliseName('Российская Федерация')).toBe('россиискаяфедерация');
    expect(normaliseName('中国')).toBe('中国');
    expect(normaliseName('G-20')).toBe('g20');
    expect(normaliseName(' - ')).toBe('');
  });
});

describe('codes and names of a country', () => {
  it('lists the 250 ISO 3166-1 alpha-3 codes', () => {
    const codes = allIso3();
    expect(codes).toHaveLength(250);
    expect(codes).toEqual(expect.arrayContaining(['NPL', 'BGD', 'XKK', 'ATA']));
    expect(codes.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });

  it('are the codes the page checks with, without the name tables (domain/isoCodes)', async () => {
    const { ISO3_CODES } = await import('./isoCodes');
    expect([...ISO3_CODES].sort()).toEqual([...allIso3()].sort());
  });

  it('gives the alpha-2 code of an alpha-3 code', () => {
    expect(alpha2Of('NPL')).toBe('NP');
    expect(alpha2Of('XKK')).toBe('XK');
    expect(alpha2Of('XXX')).toBeUndefined();
  });

  it('gives every name a search may match, English first, then the UN languages and other spellings', () => {
    const names = searchNames('NPL');
    expect(names[0]).toBe('Nepal');
    expect(names).toEqual(
      expect.arrayContaining(['Népal', 'Непал', '尼泊尔', 'نيبال', 'Federal Democratic Republic of Nepal']),
    );
    expect(searchNames('CIV').slice(0, 3)).toEqual(["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast']);
    expect(searchNames('XXX')).toEqual([]);
  });

  it('reads a name that several countries share as none of them', () => {
    // "Congo" alone is the name of two countries.
    expect(resolveCountry('Congo')).toBeUndefined();
    expect(resolveCountry('Guinea')?.iso3).toBe('GIN');
  });
});
