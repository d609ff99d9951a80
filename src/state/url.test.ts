import { describe, expect, it } from 'vitest';
import { parseSearch, toSearch, VIEWS } from './url';

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

describe('url, parameter by parameter', () => {
  it('reads every view, and writes the view only when it is not the overview', () => {
    for (const view of VIEWS) {
      expect(parseSearch(`?view=${view}`)).toEqual({ selection: { view }, unknownView: undefined });
      expect(toSearch({ view })).toBe(view === 'overview' ? '' : `?view=${view}`);
    }
    expect(VIEWS).toEqual(['overview', 'outstanding', 'changes', 'country', 'present', 'data', 'handout']);
  });

  it('takes blank values for none, and trims the others', () => {
    expect(parseSearch('?view=%20&product=&region=%20%20&country=&asof=&lang=').selection).toEqual({
      view: 'overview',
    });
    expect(parseSearch('?view=%20country%20&product=%20gsasmap%20&asof=2022-03-09%20').selection).toEqual({
      view: 'country',
      product: 'gsasmap',
      asOf: '2022-03-09',
    });
    expect(parseSearch('?view=').unknownView).toBeUndefined();
  });

  it('does not take a view in another case, or another parameter’s name, for a view', () => {
    expect(parseSearch('?view=Present')).toEqual({ selection: { view: 'overview' }, unknownView: 'Present' });
    expect(parseSearch('?views=present').selection.view).toBe('overview');
  });

  it('reads each parameter under its own name, the as-of date as asof', () => {
    expect(
      parseSearch('product=a&region=b&country=npl&asof=2022-03-09&since=2021-12-31&lang=fr').selection,
    ).toEqual({
      view: 'overview',
      product: 'a',
      region: 'b',
      country: 'NPL',
      asOf: '2022-03-09',
      since: '2021-12-31',
      lang: 'fr',
    });
  });

  it('writes the since date after the as-of date, and drops it when unset', () => {
    expect(toSearch({ view: 'changes', asOf: '2022-03-09', since: '2021-12-31' })).toBe(
      '?view=changes&asof=2022-03-09&since=2021-12-31',
    );
    expect(toSearch({ view: 'overview' }, '?since=2021-12-31')).toBe('');
  });

  it('reads and writes the status the legend keeps, and drops it when unset', () => {
    expect(parseSearch('?product=a&status=submitted').selection.status).toBe('submitted');
    expect(parseSearch('?status=%20').selection.status).toBeUndefined();
    expect(toSearch({ view: 'overview', product: 'a', status: 'in_preparation' })).toBe(
      '?product=a&status=in_preparation',
    );
    expect(toSearch({ view: 'overview' }, '?status=submitted')).toBe('');
  });

  it('writes only what is set, in a fixed order, escaped, after the parameters it does not own', () => {
    expect(toSearch({ view: 'country', country: 'NPL', lang: 'zh' })).toBe(
      '?view=country&country=NPL&lang=zh',
    );
    expect(toSearch({ view: 'overview', region: 'a b&c' })).toBe('?region=a+b%26c');
    expect(
      toSearch({ view: 'data' }, '?records=https%3A%2F%2Fx.org%2Fr.csv&view=country&asof=2020-01-01&lang=en'),
    ).toBe('?records=https%3A%2F%2Fx.org%2Fr.csv&view=data');
    expect(toSearch({ view: 'overview' }, '?view=present&product=x&region=y&country=Z&asof=a&lang=b')).toBe(
      '',
    );
  });
});

describe('url, embed', () => {
  it('reads embed=1 (and embed=true) as embedding, anything else as not', () => {
    expect(parseSearch('?embed=1').selection).toEqual({ view: 'overview', embed: true });
    expect(parseSearch('?embed=true&product=gsasmap').selection).toEqual({
      view: 'overview',
      product: 'gsasmap',
      embed: true,
    });
    for (const value of ['0', '', 'yes', 'false', '2']) {
      expect(parseSearch(`?embed=${value}`).selection, value).toEqual({ view: 'overview' });
    }
    expect(parseSearch('?embedded=1').selection.embed).toBeUndefined();
  });

  it('writes embed=1 last, and drops it when the selection is not embedded', () => {
    expect(toSearch({ view: 'overview', product: 'gsocseq', region: 'asp', lang: 'ar', embed: true })).toBe(
      '?product=gsocseq&region=asp&lang=ar&embed=1',
    );
    expect(toSearch({ view: 'overview', region: 'asp' }, '?embed=1&region=x')).toBe('?region=asp');
    expect(toSearch({ view: 'overview', embed: true }, '?embed=true')).toBe('?embed=1');
  });

  it('round-trips an embedded view and keeps the parameters it does not own', () => {
    const search = '?records=r.csv&product=gsasmap&asof=2022-03-09&embed=1';
    expect(toSearch(parseSearch(search).selection, search)).toBe(search);
    const full = { ...parseSearch(search).selection, embed: undefined };
    expect(toSearch(full, search)).toBe('?records=r.csv&product=gsasmap&asof=2022-03-09');
  });
});
