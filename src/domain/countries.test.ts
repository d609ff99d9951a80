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
  it('says nothing for what it does not know', () => {
    expect(resolveCountry('Atlantis')).toBeUndefined();
    expect(resolveCountry('XXX')).toBeUndefined();
    expect(resolveCountry('')).toBeUndefined();
  });
});
