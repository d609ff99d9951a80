import { describe, expect, it } from 'vitest';
import { resolveCountry } from './countries';

describe('resolveCountry', () => {
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
