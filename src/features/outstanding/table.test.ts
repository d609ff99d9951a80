import { beforeEach, describe, expect, it } from 'vitest';
import { indexRecords } from '../../domain/status';
import { DEFAULT_VOCABULARY } from '../../domain/stages';
import type { Product } from '../../domain/types';
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
  type OutstandingItem,
} from './table';
import { PRODUCTS_AB, record, REGION_R } from '../../../tests/records';

const products = PRODUCTS_AB;
const region = REGION_R;
const rec = (product: string, country: string, status: string, note = '') =>
  record({ product, country, status, date: '2022-03-09', note });
// Built for each test, not when the file loads, so that each test is known to use it.
let items: OutstandingItem[];
beforeEach(() => {
  items = buildItems({
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
    text: (v) => (typeof v === 'string' ? v : v.en),
    contacts: new Map([
      ['NPL', [{ country: 'NPL', name: 'Focal', email: 'np@example.org', role: 'NFP' }]],
      ['IND', [{ country: 'IND', name: 'Other', email: 'in@example.org', role: '' }]],
    ]),
  });
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
    expect(
      csv.startsWith('\uFEFFproduct,iso3,country,status,since,region,note,deadline,overdue_days\r\n'),
    ).toBe(true);
    expect(csv).toContain(
      'Bmap,IND,India,not_submitted,2022-03-09,Region R,"\'=HYPERLINK(""http://x"")",,\r\n',
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

describe('outstanding items, field by field', () => {
  const item = (over: Partial<OutstandingItem>): OutstandingItem => ({
    product: products[0]!,
    iso3: 'NPL',
    country: 'Nepal',
    region: 'Asian Soil Partnership',
    status: 'in_preparation',
    statusLabel: 'In preparation',
    since: '2022-03-09',
    note: '',
    contacts: [],
    overdue: 0,
    draft: false,
    ...over,
  });

  it('gives each row the country and status as shown, the region, the date, the note and the contacts', () => {
    const nepal = items.find((i) => i.iso3 === 'NPL' && i.product.id === 'a')!;
    expect(nepal).toEqual({
      product: products[0],
      iso3: 'NPL',
      country: 'Nepal',
      region: 'Region R',
      status: 'in_preparation',
      statusLabel: 'in_preparation',
      since: '2022-03-09',
      note: 'AFACI',
      contacts: [{ country: 'NPL', name: 'Focal', email: 'np@example.org', role: 'NFP' }],
      deadline: undefined,
      overdue: 0,
      draft: false,
    });
    const bangladesh = items.find((i) => i.iso3 === 'BGD')!;
    expect(bangladesh).toMatchObject({ status: 'no_information', since: undefined, note: '', contacts: [] });
  });

  it('has no contacts when contacts.csv is absent', () => {
    const built = buildItems({
      index: indexRecords([]),
      products,
      region,
      asOf: '2022-03-09',
      countryName: (c) => `name of ${c}`,
      statusLabel: (s) => `label of ${s}`,
      text: (v) => (typeof v === 'string' ? v : v.en),
    });
    expect(built).toHaveLength(6);
    expect(built.every((i) => i.contacts.length === 0)).toBe(true);
    expect(built[0]).toMatchObject({ country: 'name of BGD', statusLabel: 'label of no_information' });
  });

  it('finds a country by a part of its name, or by its code in any case, and shows all for no query', () => {
    const all = ['in_preparation', 'not_submitted', 'no_information'] as const;
    const found = (query: string) =>
      filterItems(items, { statuses: all, query }).map((i) => `${i.iso3}:${i.product.id}`);
    expect(found('bgd')).toEqual(['BGD:b']);
    expect(found(' BGD ')).toEqual(['BGD:b']);
    expect(found('BANGLA')).toEqual(['BGD:b']);
    expect(found('bg')).toEqual([]);
    expect(found('')).toHaveLength(5);
    expect(found('  ')).toHaveLength(5);
    expect(filterItems(items, { statuses: [], query: '' })).toEqual([]);
    expect(
      filterItems(items, { product: 'b', statuses: ['no_information'], query: '' }).map((i) => i.iso3),
    ).toEqual(['BGD', 'NPL']);
  });

  it('sorts by date, with No information (no date) first, and by product, region and note', () => {
    const list = [
      item({ iso3: 'A', country: 'A', since: '2022-03-09', note: 'b', region: 'Y' }),
      item({ iso3: 'B', country: 'B', since: undefined, note: 'c', region: 'X', product: products[1]! }),
      item({ iso3: 'C', country: 'C', since: '2021-01-01', note: 'a', region: 'Z' }),
    ];
    const by = (
      key: Parameters<typeof sortItems>[1]['key'],
      direction: 'ascending' | 'descending' = 'ascending',
    ) =>
      sortItems(list, { key, direction })
        .map((i) => i.iso3)
        .join('');
    expect(by('since')).toBe('BCA');
    expect(by('since', 'descending')).toBe('ACB');
    expect(by('note')).toBe('CAB');
    expect(by('region')).toBe('BAC');
    expect(by('product')).toBe('ACB');
    expect(by('product', 'descending')).toBe('BAC');
    expect(by('country', 'descending')).toBe('CBA');
    // The list given is left as it was.
    expect(list.map((i) => i.iso3).join('')).toBe('ABC');
  });

  it('sorts statuses in the order the legend shows them, each way', () => {
    const list = (['no_information', 'in_preparation', 'not_submitted'] as const).map((status, i) =>
      item({ status, iso3: String(i), country: String(i) }),
    );
    expect(sortItems(list, { key: 'status', direction: 'ascending' }).map((i) => i.status)).toEqual([
      'in_preparation',
      'not_submitted',
      'no_information',
    ]);
    expect(sortItems(list, { key: 'status', direction: 'descending' }).map((i) => i.status)).toEqual([
      'no_information',
      'not_submitted',
      'in_preparation',
    ]);
  });

  it('breaks ties by country, then by product, whichever way the column is sorted', () => {
    const list = [
      item({ iso3: 'NPL', country: 'Nepal', product: products[1]! }),
      item({ iso3: 'BGD', country: 'Bangladesh', product: products[1]! }),
      item({ iso3: 'NPL', country: 'Nepal', product: products[0]! }),
    ];
    for (const direction of ['ascending', 'descending'] as const)
      expect(
        sortItems(list, { key: 'status', direction }).map((i) => `${i.iso3}:${i.product.short}`),
      ).toEqual(['BGD:Bmap', 'NPL:Amap', 'NPL:Bmap']);
  });

  it('writes the status as shown and an empty date for No information', () => {
    const csv = itemsToCsv([
      item({ statusLabel: 'No information', status: 'no_information', since: undefined, note: 'n' }),
    ]);
    expect(csv).toBe(
      '\uFEFFproduct,iso3,country,status,since,region,note,deadline,overdue_days\r\nAmap,NPL,Nepal,No information,,Asian Soil Partnership,n,,\r\n',
    );
  });

  it('lists each address once, and none for contacts without one', () => {
    const contact = (email: string) => ({ country: 'NPL', name: 'x', email, role: '' });
    expect(
      emailsOf([
        item({ contacts: [contact('a@fao.org'), contact('')] }),
        item({ contacts: [contact('a@fao.org'), contact('b@fao.org')] }),
        item({ contacts: [] }),
      ]),
    ).toEqual(['a@fao.org', 'b@fao.org']);
    expect(emailsOf([])).toEqual([]);
  });

  it('writes a mailto link with every address in Bcc and the subject, escaped', () => {
    expect(mailtoBcc(["o'brien+gsp@fao.org"], 'GSOCseq & GSASmap: 2 maps?')).toBe(
      "mailto:?bcc=o'brien%2Bgsp%40fao.org&subject=GSOCseq%20%26%20GSASmap%3A%202%20maps%3F",
    );
    expect(mailtoBcc([], 'Hi')).toBe('mailto:?bcc=&subject=Hi');
  });

  it('keeps the order the statuses were switched on in', () => {
    expect(toggleStatus([], 'not_submitted')).toEqual(['not_submitted']);
    expect(toggleStatus(['no_information', 'in_preparation'], 'in_preparation')).toEqual(['no_information']);
    expect(toggleStatus(['no_information'], 'in_preparation')).toEqual(['no_information', 'in_preparation']);
  });
});

describe('deadlines in the outstanding table', () => {
  const due: Product[] = [
    { ...products[0]!, deadline: '2022-01-31', deadlines: { r: '2021-12-31' } },
    products[1]!,
  ];
  let rows: OutstandingItem[];
  beforeEach(() => {
    rows = buildItems({
      index: indexRecords([]),
      products: due,
      region,
      asOf: '2022-01-10',
      countryName: (c) => c,
      statusLabel: (s) => s,
      text: (v) => (typeof v === 'string' ? v : v.en),
      overdueOn: '2022-01-10',
    });
  });

  it("takes the region's deadline and counts the days late on the day given; none without a deadline", () => {
    const a = rows.filter((r) => r.product.id === 'a');
    const b = rows.filter((r) => r.product.id === 'b');
    expect(a.length).toBeGreaterThan(0);
    expect(new Set(a.map((r) => `${r.deadline}/${r.overdue}`))).toEqual(new Set(['2021-12-31/10']));
    expect(b.every((r) => r.deadline === undefined && r.overdue === 0)).toBe(true);
  });

  it('filters to the overdue maps and sorts by days late', () => {
    const overdue = filterItems(rows, { statuses: DEFAULT_VOCABULARY.owed, query: '', overdueOnly: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.overdue > 0)).toBe(true);
    const sorted = sortItems(rows, { key: 'overdue', direction: 'descending' });
    expect(sorted[0]!.overdue).toBe(10);
    expect(sorted.at(-1)!.overdue).toBe(0);
  });

  it('writes the deadline and the days late in the CSV, empty where there is no deadline', () => {
    const lines = itemsToCsv(sortItems(rows, { key: 'overdue', direction: 'descending' })).split('\r\n');
    expect(lines[0]).toMatch(/,deadline,overdue_days$/);
    expect(lines[1]).toMatch(/,2021-12-31,10$/);
    expect(lines.at(-2)).toMatch(/,,$/);
  });

  it('sorts days late as numbers, and deadlines by date with none first', () => {
    const late = (iso3: string, overdue: number, deadline?: string): OutstandingItem => ({
      ...rows[0]!,
      iso3,
      country: iso3,
      overdue,
      deadline,
    });
    const list = [
      late('A', 10, '2022-01-31'),
      late('B', 9, '2021-12-31'),
      late('C', 100),
      late('D', 0, '2022-06-30'),
    ];
    const by = (key: 'overdue' | 'deadline', direction: 'ascending' | 'descending') =>
      sortItems(list, { key, direction })
        .map((i) => i.iso3)
        .join('');
    expect(by('overdue', 'ascending')).toBe('DBAC');
    expect(by('overdue', 'descending')).toBe('CABD');
    expect(by('deadline', 'ascending')).toBe('CBAD');
    expect(by('deadline', 'descending')).toBe('DABC');
  });
});
