import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../domain/status';
import type { Product, Region, SubmissionRecord } from '../../domain/types';
import {
  buildItems,
  emailsOf,
  filterItems,
  itemsToCsv,
  mailtoBcc,
  nextSort,
  outstandingFileName,
  sortItems,
  toggleStatus,
} from './table';

const products: Product[] = [
  { id: 'a', short: 'Amap', name: 'A map' },
  { id: 'b', short: 'Bmap', name: 'B map' },
];
const region: Region = {
  id: 'r',
  name: 'Region R',
  kind: 'partnership',
  source: 's',
  members: ['BGD', 'NPL', 'IND'],
};
const rec = (
  product: string,
  country: string,
  status: SubmissionRecord['status'],
  note = '',
): SubmissionRecord => ({
  product,
  country,
  status,
  date: '2022-03-09',
  note,
  source: '',
  line: 0,
});
const items = buildItems({
  index: indexRecords([
    rec('a', 'BGD', 'submitted'),
    rec('a', 'NPL', 'in_preparation', 'AFACI'),
    rec('b', 'IND', 'not_submitted', '=HYPERLINK("http://x")'),
  ]),
  products,
  region,
  asOf: '2022-12-31',
  countryName: (c) => ({ BGD: 'Bangladesh', NPL: 'Nepal', IND: 'India' })[c] ?? c,
  statusLabel: (s) => s,
  contacts: new Map([
    ['NPL', [{ country: 'NPL', name: 'Focal', email: 'np@example.org', role: 'NFP' }]],
    ['IND', [{ country: 'IND', name: 'Other', email: 'in@example.org', role: '' }]],
  ]),
});

describe('outstanding table', () => {
  it('lists every owed map in the region, not submitted ones', () => {
    expect(items.map((i) => `${i.product.id}:${i.iso3}:${i.status}`).sort()).toEqual([
      'a:IND:no_information',
      'a:NPL:in_preparation',
      'b:BGD:no_information',
      'b:IND:not_submitted',
      'b:NPL:no_information',
    ]);
  });

  it('filters by product, status and country', () => {
    const all = ['in_preparation', 'not_submitted', 'no_information'] as const;
    expect(filterItems(items, { product: 'a', statuses: all, query: '' })).toHaveLength(2);
    expect(filterItems(items, { statuses: ['not_submitted'], query: '' }).map((i) => i.iso3)).toEqual([
      'IND',
    ]);
    expect(filterItems(items, { statuses: all, query: 'nep' }).map((i) => i.iso3)).toEqual(['NPL', 'NPL']);
    expect(filterItems(items, { statuses: all, query: 'ind' }).map((i) => i.iso3)).toEqual(['IND', 'IND']);
  });

  it('sorts by any column both ways, ties by country then product', () => {
    const byStatus = sortItems(items, { key: 'status', direction: 'ascending' });
    expect(byStatus.map((i) => i.status)).toEqual([
      'in_preparation',
      'not_submitted',
      'no_information',
      'no_information',
      'no_information',
    ]);
    expect(byStatus.slice(2).map((i) => `${i.iso3}:${i.product.id}`)).toEqual(['BGD:b', 'IND:a', 'NPL:b']);
    const byCountryDesc = sortItems(items, { key: 'country', direction: 'descending' });
    expect(byCountryDesc.map((i) => i.iso3)).toEqual(['NPL', 'NPL', 'IND', 'IND', 'BGD']);
  });

  it('writes CSV that Excel opens: BOM, CRLF, quoted values, no formulas', () => {
    const csv = itemsToCsv(sortItems(items, { key: 'country', direction: 'ascending' }).slice(1, 3));
    expect(csv.startsWith('\uFEFFproduct,iso3,country,status,since,region,note\r\n')).toBe(true);
    expect(csv).toContain(
      'Bmap,IND,India,not_submitted,2022-03-09,Region R,"\'=HYPERLINK(""http://x"")"\r\n',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('collects focal points for an e-mail list', () => {
    expect(emailsOf(items).sort()).toEqual(['in@example.org', 'np@example.org']);
    expect(mailtoBcc(['a@x.org', 'b@y.org'], 'Hi there')).toBe(
      'mailto:?bcc=a%40x.org,b%40y.org&subject=Hi%20there',
    );
  });
});

describe('table controls', () => {
  it('sorts a new column ascending and reverses a column sorted again', () => {
    const first = nextSort({ key: 'country', direction: 'ascending' }, 'since');
    expect(first).toEqual({ key: 'since', direction: 'ascending' });
    expect(nextSort(first, 'since')).toEqual({ key: 'since', direction: 'descending' });
    expect(nextSort({ key: 'since', direction: 'descending' }, 'since')).toEqual({
      key: 'since',
      direction: 'ascending',
    });
  });

  it('switches a status filter off and on again', () => {
    expect(toggleStatus(['not_submitted', 'in_preparation'], 'not_submitted')).toEqual(['in_preparation']);
    expect(toggleStatus(['in_preparation'], 'no_information')).toEqual(['in_preparation', 'no_information']);
  });

  it('names the CSV after the region, the product or all, and the date', () => {
    expect(outstandingFileName('asp', 'gsocseq', '2022-03-09')).toBe(
      'outstanding-asp-gsocseq-2022-03-09.csv',
    );
    expect(outstandingFileName('asp', undefined, '2022-03-09')).toBe('outstanding-asp-all-2022-03-09.csv');
  });
});

describe('sorting in the reader’s language', () => {
  it('orders Chinese names by pinyin, as a Chinese reader expects', () => {
    const named = (country: string) => ({ ...items[0]!, country });
    const sorted = sortItems(
      ['中国', '不丹', '日本', '大韩民国'].map(named),
      { key: 'country', direction: 'ascending' },
      'zh',
    );
    // bù dān, dà hán mín guó, rì běn, zhōng guó
    expect(sorted.map((i) => i.country)).toEqual(['不丹', '大韩民国', '日本', '中国']);
  });
});
