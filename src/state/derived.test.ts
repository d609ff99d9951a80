import { describe, expect, it } from 'vitest';
import type { Product, Region, SubmissionRecord } from '../domain/types';
import { correctSelection, DEFAULT_REGION, effectiveSelection, FALLBACK_REGION_ID } from './derived';

describe('correctSelection', () => {
  const now = new Date(2026, 10, 28, 12); // 28 November 2026, local noon

  it('takes an as-of date up to today as given', () => {
    for (const asOf of ['2022-03-09', '2026-11-28']) {
      expect(correctSelection({ view: 'overview', asOf }, {}, now)).toEqual({
        selection: { view: 'overview', asOf },
        notices: [],
      });
    }
  });

  it('drops an as-of date after today, with a notice', () => {
    expect(correctSelection({ view: 'overview', asOf: '2026-11-29' }, {}, now)).toEqual({
      selection: { view: 'overview', asOf: undefined },
      notices: [{ kind: 'futureAsOf', params: { value: '2026-11-29' } }],
    });
  });

  it('drops a language the interface is not written in, with a notice', () => {
    expect(correctSelection({ view: 'overview', lang: 'en' }, {}, now).notices).toEqual([]);
    expect(correctSelection({ view: 'overview', lang: 'xx' }, {}, now)).toEqual({
      selection: { view: 'overview', lang: undefined },
      notices: [{ kind: 'unknownLang', params: { value: 'xx' } }],
    });
  });

  it('takes a since date up to today, and drops one that is not a date or is after today', () => {
    expect(correctSelection({ view: 'changes', since: '2026-11-28' }, {}, now)).toEqual({
      selection: { view: 'changes', since: '2026-11-28' },
      notices: [],
    });
    for (const since of ['2026-11-29', '2022-13-01', 'last week']) {
      expect(correctSelection({ view: 'changes', since }, {}, now)).toEqual({
        selection: { view: 'changes', since: undefined },
        notices: [{ kind: 'badSince', params: { value: since } }],
      });
    }
  });

  it('drops a date that is not one, with a notice', () => {
    expect(correctSelection({ view: 'overview', asOf: '2022-02-30' }, {}, now).notices).toEqual([
      { kind: 'badDate', params: { value: '2022-02-30' } },
    ]);
  });
});

const product = (id: string, short = id.toUpperCase()): Product => ({ id, short, name: id });
const region = (id: string, name = id, members: string[] = []): Region => ({
  id,
  name,
  kind: 'partnership',
  source: 's',
  members,
});
const record = (date: string): SubmissionRecord => ({
  product: 'gsocseq',
  country: 'NPL',
  status: 'submitted',
  date,
  note: '',
  source: '',
  line: 2,
});

describe('correctSelection, against the loaded data', () => {
  const now = new Date(2026, 10, 28, 12);
  const products = [product('gsocseq', 'GSOCseq'), product('gsasmap', 'GSASmap')];
  const regions = [region('world', 'World'), region('asp', 'Asian Soil Partnership')];

  it('keeps what the data has', () => {
    const selection = {
      view: 'country' as const,
      product: 'gsasmap',
      region: 'world',
      country: 'NPL',
      lang: 'fr',
    };
    expect(correctSelection(selection, { products, regions, countries: new Set(['NPL']) }, now)).toEqual({
      selection,
      notices: [],
    });
  });

  it('drops an unknown product, naming the first product shown instead', () => {
    expect(correctSelection({ view: 'overview', product: 'gsnmap' }, { products }, now)).toEqual({
      selection: { view: 'overview', product: undefined },
      notices: [{ kind: 'unknownProduct', params: { value: 'gsnmap', fallback: 'GSOCseq' } }],
    });
    expect(correctSelection({ view: 'overview', product: 'x' }, { products: [] }, now).notices).toEqual([
      { kind: 'unknownProduct', params: { value: 'x', fallback: '' } },
    ]);
  });

  it('drops an unknown region, naming the default region, else the first', () => {
    expect(correctSelection({ view: 'overview', region: 'saarc' }, { regions }, now)).toEqual({
      selection: { view: 'overview', region: undefined },
      notices: [{ kind: 'unknownRegion', params: { value: 'saarc', fallback: 'Asian Soil Partnership' } }],
    });
    expect(
      correctSelection({ view: 'overview', region: 'saarc' }, { regions: [region('world', 'World')] }, now)
        .notices,
    ).toEqual([{ kind: 'unknownRegion', params: { value: 'saarc', fallback: 'World' } }]);
    expect(correctSelection({ view: 'overview', region: 'saarc' }, { regions: [] }, now).notices).toEqual([
      { kind: 'unknownRegion', params: { value: 'saarc', fallback: '' } },
    ]);
  });

  it('drops a country that is not known', () => {
    expect(
      correctSelection({ view: 'country', country: 'XYZ' }, { countries: new Set(['NPL']) }, now),
    ).toEqual({
      selection: { view: 'country', country: undefined },
      notices: [{ kind: 'unknownCountry', params: { value: 'XYZ' } }],
    });
  });

  it('checks only what has loaded, and nothing that was not asked for', () => {
    const selection = { view: 'overview' as const, product: 'x', region: 'y', country: 'Z' };
    expect(correctSelection(selection, {}, now)).toEqual({ selection, notices: [] });
    expect(correctSelection({ view: 'overview' }, { products, regions, countries: new Set() }, now)).toEqual({
      selection: { view: 'overview' },
      notices: [],
    });
  });

  it('corrects every value at once, each with its notice, and leaves the selection given as it was', () => {
    const selection = {
      view: 'overview' as const,
      product: 'x',
      region: 'y',
      country: 'Z',
      asOf: 'soon',
      lang: 'xx',
    };
    const corrected = correctSelection(selection, { products, regions, countries: new Set() }, now);
    expect(corrected.selection).toEqual({ view: 'overview' });
    expect(corrected.notices.map((n) => n.kind)).toEqual([
      'unknownProduct',
      'unknownRegion',
      'unknownCountry',
      'badDate',
      'unknownLang',
    ]);
    expect(selection.product).toBe('x');
  });
});

describe('effectiveSelection', () => {
  const now = new Date(2026, 10, 28, 12);
  const products = [product('gsocseq'), product('gsasmap')];
  const regions = [region('world'), region('asp'), region('inbs')];

  it('fills the defaults: the first product, the default region, the latest record date', () => {
    expect(
      effectiveSelection(
        { view: 'overview' },
        products,
        regions,
        [record('2021-01-01'), record('2022-03-09')],
        now,
      ),
    ).toEqual({
      product: products[0],
      region: regions[1],
      asOf: '2022-03-09',
      latest: '2022-03-09',
      country: undefined,
      // Showing the latest status: lateness is counted today, on the user's calendar.
      overdueOn: '2026-11-28',
      allProducts: false,
    });
  });

  it('takes what the selection names', () => {
    expect(
      effectiveSelection(
        { view: 'country', product: 'gsasmap', region: 'inbs', country: 'NPL', asOf: '2021-06-30' },
        products,
        regions,
        [record('2022-03-09')],
        now,
      ),
    ).toEqual({
      product: products[1],
      region: regions[2],
      asOf: '2021-06-30',
      latest: '2022-03-09',
      country: 'NPL',
      // A date chosen: lateness as it stood then.
      overdueOn: '2021-06-30',
      allProducts: false,
    });
  });

  it('takes "all" for every product at a glance, the first product standing in for other views', () => {
    const effective = effectiveSelection({ view: 'overview', product: 'all' }, products, regions, [], now);
    expect(effective.allProducts).toBe(true);
    expect(effective.product).toBe(products[0]);
    expect(effectiveSelection({ view: 'overview', product: 'all' }, [], regions, [], now).allProducts).toBe(
      false,
    );
    expect(correctSelection({ view: 'overview', product: 'all' }, { products }, now)).toEqual({
      selection: { view: 'overview', product: 'all' },
      notices: [],
    });
  });

  it('falls back on the first region without the default one, and on today without records', () => {
    const effective = effectiveSelection(
      { view: 'overview', region: 'nope', asOf: '2022-02-30' },
      products,
      [region('world'), region('inbs')],
      [],
      now,
    );
    expect(effective.region?.id).toBe('world');
    expect(effective.asOf).toBe('2026-11-28');
    expect(effective.latest).toBeUndefined();
  });

  it('shows changes from a since date only when it is before the as-of date', () => {
    const since = (selection: { asOf?: string; since?: string }) =>
      effectiveSelection({ view: 'overview', ...selection }, products, regions, [record('2022-03-09')], now)
        .since;
    expect(since({ since: '2022-01-01' })).toBe('2022-01-01');
    expect(since({ since: '2022-03-08' })).toBe('2022-03-08');
    expect(since({ since: '2022-03-09' })).toBeUndefined();
    expect(since({ since: '2021-06-30', asOf: '2021-06-30' })).toBeUndefined();
    expect(since({ since: '2021-06-29', asOf: '2021-06-30' })).toBe('2021-06-29');
    expect(since({ since: '2022-02-30' })).toBeUndefined();
    expect(since({})).toBeUndefined();
  });

  it('counts lateness today when the date asked for is not one, as when none is asked for', () => {
    const effective = effectiveSelection(
      { view: 'overview', asOf: '2022-02-30' },
      products,
      regions,
      [record('2022-03-09')],
      now,
    );
    expect(effective.asOf).toBe('2022-03-09');
    expect(effective.overdueOn).toBe('2026-11-28');
  });

  it('is without product and region while none has loaded', () => {
    expect(effectiveSelection({ view: 'overview', product: 'gsocseq' }, [], [], [], now)).toMatchObject({
      product: undefined,
      region: undefined,
    });
  });

  it('is the default region asp', () => {
    expect(DEFAULT_REGION).toBe('asp');
    expect(FALLBACK_REGION_ID).toBe('world');
  });
});
