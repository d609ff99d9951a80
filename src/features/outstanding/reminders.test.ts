import { beforeAll, describe, expect, it } from 'vitest';
import type { FocalPoint } from '../../domain/contacts';
import { indexRecords } from '../../domain/status';
import { DEFAULT_VOCABULARY } from '../../domain/stages';
import type { Iso3, Product, Region } from '../../domain/types';
import { getI18n, loadLanguage, type I18n } from '../../shared/i18n';
import {
  buildDrafts,
  countryPageUrl,
  draftClipboardText,
  draftsToText,
  mailtoDraft,
  recipientsLine,
  remindersFileName,
  type ReminderDraft,
} from './reminders';
import { buildItems, filterItems, sortItems, type Filters } from './table';
import { record } from '../../../tests/records';

// Three products in products.json order: the first with a GSP contact and a deadline, the
// second with neither, the third with a contact without an address and a name with & and ?.
const products: Product[] = [
  {
    id: 'carbon',
    short: 'Cmap',
    name: 'Carbon map',
    version: '1.1',
    contact: { name: 'Isabel Luotto', email: 'Isabel.Luotto@fao.org' },
    deadline: '2022-06-30',
  },
  { id: 'black', short: 'Bmap', name: 'Black soils map' },
  {
    id: 'salt',
    short: 'Smap',
    name: 'Salt & sodicity? map',
    contact: { name: 'Christian Omuto' },
    deadlines: { r: '2023-06-30' },
  },
];
const members: Iso3[] = ['BGD', 'NPL', 'IND', 'VNM', 'IDN', 'SGP'];
const region: Region = { id: 'r', name: 'Region R', kind: 'partnership', source: 's', members };
const rec = (product: string, country: string, status: string, date = '2022-03-09') =>
  record({ product, country, status, date });
const records = [
  // Bangladesh has submitted everything but the salt map (no record for it).
  rec('carbon', 'BGD', 'submitted'),
  rec('black', 'BGD', 'not_applicable'),
  // Nepal: carbon in preparation since 1 May 2021; the others no information.
  rec('carbon', 'NPL', 'in_preparation', '2021-05-01'),
  // India owes nothing: submitted or not applicable everywhere.
  rec('carbon', 'IND', 'submitted'),
  rec('black', 'IND', 'submitted'),
  rec('salt', 'IND', 'not_applicable'),
  // Viet Nam: salt not submitted, as of 9 March 2022.
  rec('carbon', 'VNM', 'submitted'),
  rec('black', 'VNM', 'not_applicable'),
  rec('salt', 'VNM', 'not_submitted'),
];
const point = (country: Iso3, name: string, email: string, role = 'National focal point'): FocalPoint => ({
  country,
  name,
  email,
  role,
});
const contacts = new Map<Iso3, FocalPoint[]>([
  [
    'NPL',
    [
      point('NPL', 'Sita Adhikari', 's.adhikari@soil.example.org'),
      point('NPL', 'Bishnu Prasad Sharma', 'bp.sharma@soil.example.org', 'GSOCseq technical contact'),
    ],
  ],
  ['VNM', [point('VNM', 'Nguyễn Thị Lan', 'lan.nguyen@soil.example.org')]],
  [
    'IDN',
    [
      point(
        'IDN',
        'Siti Rahmawati, Ir.',
        'siti.rahmawati@soil.example.org',
        'Soil mapping unit, data steward',
      ),
    ],
  ],
  // Singapore's address was not one: the name stays, with no address.
  ['SGP', [point('SGP', 'Tan Wei Ming', '')]],
]);
const PAGE = 'https://example.org/gsp-status/?view=outstanding&region=r&lang=en&records=x.csv#top';

let en: I18n;
beforeAll(async () => {
  await Promise.all(['fr', 'zh', 'ar'].map((l) => loadLanguage(l)));
  en = getI18n('en');
});

const all: Filters = { statuses: DEFAULT_VOCABULARY.owed, query: '' };
function itemsIn(i18n: I18n, opts: { filters?: Filters; asOf?: string; overdueOn?: string } = {}) {
  const items = buildItems({
    index: indexRecords(records),
    products,
    region,
    asOf: opts.asOf ?? '2022-12-31',
    overdueOn: opts.overdueOn ?? '2022-12-31',
    countryName: i18n.countryName,
    statusLabel: i18n.status,
    text: i18n.text,
    contacts,
  });
  return filterItems(items, opts.filters ?? all);
}
function drafts(i18n = en, opts: Parameters<typeof itemsIn>[1] & { asOf?: string } = {}): ReminderDraft[] {
  return buildDrafts(itemsIn(i18n, opts), {
    products,
    asOf: opts.asOf ?? '2022-12-31',
    pageUrl: PAGE,
    i18n,
  });
}
const draftOf = (list: ReminderDraft[], iso3: Iso3) => {
  const found = list.find((d) => d.iso3 === iso3);
  if (!found) throw new Error(`no draft for ${iso3}`);
  return found;
};
/** The product lines of a body ("- " lines), in order. */
const productLines = (body: string) => body.split('\n').filter((l) => l.startsWith('- '));

describe('reminder drafts', () => {
  it('makes one draft per country that owes maps, listing exactly those maps', () => {
    const list = drafts();
    const owed = new Map<string, string[]>();
    for (const item of itemsIn(en)) owed.set(item.iso3, [...(owed.get(item.iso3) ?? []), item.product.id]);
    // India owes nothing: no draft; every other member owes something.
    expect(list.map((d) => d.iso3).sort()).toEqual([...owed.keys()].sort());
    expect(list.map((d) => d.iso3)).not.toContain('IND');
    for (const d of list) {
      expect(d.items.map((i) => i.product.id).sort()).toEqual([...owed.get(d.iso3)!].sort());
      expect(d.items.every((i) => i.iso3 === d.iso3)).toBe(true);
      expect(productLines(d.body)).toHaveLength(d.items.length);
    }
    const bgd = draftOf(list, 'BGD');
    expect(productLines(bgd.body)).toEqual(['- Smap (Salt & sodicity? map)']);
    expect(bgd.body).not.toContain('Cmap');
    expect(bgd.body).not.toContain('Bmap');
    expect(bgd.subject).toBe('Bangladesh: 1 national map still owed to the GSP');
    const npl = draftOf(list, 'NPL');
    expect(npl.subject).toBe('Nepal: 3 national maps still owed to the GSP');
    expect(npl.body).toContain('show 3 national maps still owed by Nepal:');
  });

  it('lists the products in products.json order, whatever the order of the rows', () => {
    const rows = itemsIn(en);
    for (const sorted of [
      sortItems(rows, { key: 'product', direction: 'ascending' }),
      sortItems(rows, { key: 'status', direction: 'descending' }),
      [...rows].reverse(),
    ]) {
      const npl = draftOf(
        buildDrafts(sorted, { products, asOf: '2022-12-31', pageUrl: PAGE, i18n: en }),
        'NPL',
      );
      expect(productLines(npl.body)).toEqual([
        '- Cmap v1.1 (Carbon map)',
        '- Bmap (Black soils map)',
        '- Smap (Salt & sodicity? map)',
      ]);
    }
  });

  it('orders the countries by name in the interface language', () => {
    const many = ['NPL', 'ESP', 'ARE', 'EGY', 'BGD', 'IND', 'FJI'];
    const wide: Region = { ...region, members: many };
    const order = (i18n: I18n) =>
      buildDrafts(
        buildItems({
          index: indexRecords([]),
          products: products.slice(1, 2),
          region: wide,
          asOf: '2022-12-31',
          countryName: i18n.countryName,
          statusLabel: i18n.status,
          text: i18n.text,
        }),
        { products, asOf: '2022-12-31', pageUrl: PAGE, i18n },
      ).map((d) => d.country);
    expect(order(en)).toEqual([
      'Bangladesh',
      'Egypt',
      'Fiji',
      'India',
      'Nepal',
      'Spain',
      'United Arab Emirates',
    ]);
    // French collation: accented capitals among their letters, not after Z.
    expect(order(getI18n('fr'))).toEqual([
      'Bangladesh',
      'Égypte',
      'Émirats arabes unis',
      'Espagne',
      'Fidji',
      'Inde',
      'Népal',
    ]);
    // Chinese: by pinyin (a, ai, fei, meng, ni, xi, yin), not by code point.
    expect(order(getI18n('zh'))).toEqual([
      '阿拉伯联合酋长国',
      '埃及',
      '斐济',
      '孟加拉国',
      '尼泊尔',
      '西班牙',
      '印度',
    ]);
  });

  it('says since when, or that there is no record', () => {
    const npl = draftOf(drafts(), 'NPL').body.split('\n');
    const at = (line: string) => npl[npl.indexOf(line) + 1];
    expect(at('- Cmap v1.1 (Carbon map)')).toBe('  Status: In preparation, since 1 May 2021');
    expect(at('- Bmap (Black soils map)')).toBe('  Status: No information (no record)');
    expect(draftOf(drafts(), 'VNM').body).toContain('  Status: Not submitted, since 9 March 2022');
  });

  it('gives the deadline only where the product has one, and the days overdue only after it', () => {
    // Counted on 31 December 2022: carbon (30 June 2022) is 184 days late; salt (the region's
    // own 30 June 2023) is not yet due; black has no deadline.
    const npl = draftOf(drafts(), 'NPL').body;
    expect(npl).toContain(
      '- Cmap v1.1 (Carbon map)\n  Status: In preparation, since 1 May 2021\n  Deadline: 30 June 2022, overdue by 184 days\n',
    );
    expect(npl).toContain('- Bmap (Black soils map)\n  Status: No information (no record)\n- Smap');
    expect(npl).toContain(
      '- Smap (Salt & sodicity? map)\n  Status: No information (no record)\n  Deadline: 30 June 2023\n',
    );
    expect(npl.match(/Deadline/g)).toHaveLength(2);
    expect(npl.match(/overdue/g)).toHaveLength(1);
    // One day after: singular.
    expect(draftOf(drafts(en, { overdueOn: '2022-07-01' }), 'NPL').body).toContain(
      'Deadline: 30 June 2022, overdue by 1 day\n',
    );
    // On the deadline itself, nothing is late.
    expect(draftOf(drafts(en, { overdueOn: '2022-06-30' }), 'NPL').body).toContain(
      'Deadline: 30 June 2022\n',
    );
    // A catalogue without deadlines: no deadline line at all.
    const none = products.map((p) => ({ ...p, deadline: undefined, deadlines: undefined }));
    const items = buildItems({
      index: indexRecords(records),
      products: none,
      region,
      asOf: '2022-12-31',
      countryName: en.countryName,
      statusLabel: en.status,
      text: en.text,
    });
    for (const d of buildDrafts(items, { products: none, asOf: '2022-12-31', pageUrl: PAGE, i18n: en }))
      expect(d.body).not.toMatch(/Deadline|overdue/);
  });

  it('names the GSP contact of each product where products.json gives one, and no other', () => {
    const npl = draftOf(drafts(), 'NPL').body;
    expect(npl).toContain('  Contact at the GSP: Isabel Luotto (Isabel.Luotto@fao.org)');
    expect(npl).toContain('  Contact at the GSP: Christian Omuto\n');
    // Black soils has no contact: its lines go straight on to the next product.
    expect(npl.match(/Contact at the GSP/g)).toHaveLength(2);
    expect(draftOf(drafts(), 'BGD').body).not.toContain('Isabel');
  });

  it('greets the focal points by name, links the country page and asks for the maps', () => {
    const npl = draftOf(drafts(), 'NPL');
    const lines = npl.body.split('\n');
    expect(lines[0]).toBe('Dear Sita Adhikari and Bishnu Prasad Sharma,');
    expect(lines[2]).toBe(
      'As of 31 December 2022, the records of the Global Soil Partnership (GSP) show 3 national maps still owed by Nepal:',
    );
    expect(lines.at(-1)).toBe('Kind regards,');
    expect(npl.body).toContain(
      'Please submit these maps, or tell us where they stand and when you expect to submit them.',
    );
    expect(npl.body).toContain(
      'The status of every map of Nepal, on the dashboard:\nhttps://example.org/gsp-status/?view=country&country=NPL&lang=en\n',
    );
    expect(npl.link).toBe('https://example.org/gsp-status/?view=country&country=NPL&lang=en');
    // Without any focal point: colleagues.
    expect(draftOf(drafts(), 'BGD').body.split('\n')[0]).toBe('Dear colleagues,');
    expect(draftOf(drafts(), 'BGD').body).toContain('Please submit this map, or tell us where it stands');
  });

  it('writes to the focal points with an address, subject and body encoded as RFC 6068 asks', () => {
    const idn = draftOf(drafts(), 'IDN');
    expect(idn.to).toEqual(['siti.rahmawati@soil.example.org']);
    const href = idn.mailto!;
    expect(href.startsWith('mailto:siti.rahmawati@soil.example.org?subject=')).toBe(true);
    // Nothing that would end a header or the address list is left bare.
    const [, query] = href.split('?');
    expect(query!.split('&').map((p) => p.split('=')[0])).toEqual(['subject', 'body']);
    expect(href).not.toMatch(/[\s,]|%0A(?<!%0D%0A)/);
    // The name with its comma, the & and ? of the product's name.
    expect(href).toContain('Dear%20Siti%20Rahmawati%2C%20Ir.%2C%0D%0A');
    expect(href).toContain('Salt%20%26%20sodicity%3F%20map');
    const params = new URLSearchParams(query);
    expect(params.get('subject')).toBe(idn.subject);
    expect(params.get('body')).toBe(idn.body.replace(/\n/g, '\r\n'));
    expect(decodeURIComponent(href.split('body=')[1]!)).toBe(idn.body.replace(/\n/g, '\r\n'));

    // Non-ASCII as UTF-8; two addresses separated by a comma.
    const vnm = draftOf(drafts(), 'VNM').mailto!;
    expect(vnm).toContain('Dear%20Nguy%E1%BB%85n%20Th%E1%BB%8B%20Lan%2C');
    expect(draftOf(drafts(), 'NPL').mailto).toMatch(
      /^mailto:s\.adhikari@soil\.example\.org,bp\.sharma@soil\.example\.org\?subject=Nepal%3A%203%20national%20maps/,
    );
  });

  it('writes the whole body in order, blank lines between its parts', () => {
    expect(draftOf(drafts(), 'NPL').body).toBe(
      [
        'Dear Sita Adhikari and Bishnu Prasad Sharma,',
        '',
        'As of 31 December 2022, the records of the Global Soil Partnership (GSP) show 3 national maps still owed by Nepal:',
        '',
        '- Cmap v1.1 (Carbon map)',
        '  Status: In preparation, since 1 May 2021',
        '  Deadline: 30 June 2022, overdue by 184 days',
        '  Contact at the GSP: Isabel Luotto (Isabel.Luotto@fao.org)',
        '- Bmap (Black soils map)',
        '  Status: No information (no record)',
        '- Smap (Salt & sodicity? map)',
        '  Status: No information (no record)',
        '  Deadline: 30 June 2023',
        '  Contact at the GSP: Christian Omuto',
        '',
        'Please submit these maps, or tell us where they stand and when you expect to submit them.',
        '',
        'The status of every map of Nepal, on the dashboard:',
        'https://example.org/gsp-status/?view=country&country=NPL&lang=en',
        '',
        'Kind regards,',
      ].join('\n'),
    );
  });

  it('greets by the names given, and lists recipients as an address field takes them', () => {
    const people = new Map([
      [
        'NPL',
        [
          point('NPL', '', 'nameless@x.org'),
          point('NPL', 'Ana "Bea" C\\D', 'ana@x.org'),
          point('NPL', 'Eve', 'nameless@x.org'),
          point('NPL', 'Fay', 'fay@x.org'),
        ],
      ],
      ['IND', [point('IND', '', 'only@x.org')]],
    ]);
    const items = buildItems({
      index: indexRecords([]),
      products: products.slice(1, 2),
      region: { ...region, members: ['NPL', 'IND'] },
      asOf: '2022-12-31',
      countryName: en.countryName,
      statusLabel: en.status,
      text: en.text,
      contacts: people,
    });
    const [india, nepal] = buildDrafts(items, { products, asOf: '2022-12-31', pageUrl: PAGE, i18n: en });
    // A contact without a name is not greeted; with no name at all, colleagues.
    expect(nepal!.body.split('\n')[0]).toBe('Dear Ana "Bea" C\\D, Eve and Fay,');
    expect(india!.body.split('\n')[0]).toBe('Dear colleagues,');
    // Each address once, the first contact that gives it; quotes and backslashes escaped.
    expect(nepal!.to).toEqual(['nameless@x.org', 'ana@x.org', 'fay@x.org']);
    expect(recipientsLine(nepal!, en)).toBe(
      'To: nameless@x.org, "Ana \\"Bea\\" C\\\\D" <ana@x.org>, Fay <fay@x.org>',
    );
    expect(recipientsLine(india!, en)).toBe('To: only@x.org');
  });

  it('encodes an address that needs it, and each address once', () => {
    expect(mailtoDraft(['a+b@x.org', 'é@x.org'], 'S & T?', 'one\ntwo\r\nthree')).toBe(
      'mailto:a%2Bb@x.org,%C3%A9@x.org?subject=S%20%26%20T%3F&body=one%0D%0Atwo%0D%0Athree',
    );
    const twice = new Map([['NPL', [point('NPL', 'A', 'a@x.org'), point('NPL', 'B', 'a@x.org')]]]);
    const items = buildItems({
      index: indexRecords([]),
      products: products.slice(1, 2),
      region: { ...region, members: ['NPL'] },
      asOf: '2022-12-31',
      countryName: en.countryName,
      statusLabel: en.status,
      text: en.text,
      contacts: twice,
    });
    const [d] = buildDrafts(items, { products, asOf: '2022-12-31', pageUrl: PAGE, i18n: en });
    expect(d!.to).toEqual(['a@x.org']);
    expect(d!.mailto!.startsWith('mailto:a@x.org?')).toBe(true);
    expect(recipientsLine(d!, en)).toBe('To: A <a@x.org>');
  });

  it('says so when contacts.csv gives no address, and offers no mailto', () => {
    const list = drafts();
    const bgd = draftOf(list, 'BGD');
    expect(bgd.to).toEqual([]);
    expect(bgd.mailto).toBeUndefined();
    expect(recipientsLine(bgd, en)).toBe(
      'contacts.csv gives no e-mail address for the focal points of Bangladesh, so there is no e-mail link: copy the draft instead.',
    );
    // Singapore's focal point has a name but no valid address: named, still no mailto.
    const sgp = draftOf(list, 'SGP');
    expect(sgp.mailto).toBeUndefined();
    expect(sgp.body.split('\n')[0]).toBe('Dear Tan Wei Ming,');
    expect(recipientsLine(sgp, en)).toContain('no e-mail address');
    // Names that need quoting are quoted in the To line.
    expect(recipientsLine(draftOf(list, 'IDN'), en)).toBe(
      'To: "Siti Rahmawati, Ir." <siti.rahmawati@soil.example.org>',
    );
  });

  it('follows the filters of the view: product, status, country, overdue only, as-of date', () => {
    const ids = (list: ReminderDraft[]) =>
      list.map((d) => `${d.iso3}:${d.items.map((i) => i.product.id).join('+')}`);
    expect(ids(drafts(en, { filters: { ...all, product: 'carbon' } }))).toEqual([
      'IDN:carbon',
      'NPL:carbon',
      'SGP:carbon',
    ]);
    expect(ids(drafts(en, { filters: { ...all, statuses: ['not_submitted'] } }))).toEqual(['VNM:salt']);
    expect(ids(drafts(en, { filters: { ...all, query: 'nep' } }))).toEqual(['NPL:carbon+black+salt']);
    expect(ids(drafts(en, { filters: { ...all, overdueOnly: true } }))).toEqual([
      'IDN:carbon',
      'NPL:carbon',
      'SGP:carbon',
    ]);
    // As of 1 January 2022, before Nepal's and Viet Nam's records: Viet Nam owes the salt map
    // with no record yet, and the intro gives that date.
    const early = drafts(en, { asOf: '2022-01-01' });
    const vnm = draftOf(early, 'VNM');
    expect(vnm.items.map((i) => i.product.id)).toEqual(['carbon', 'black', 'salt']);
    expect(vnm.body).toContain('As of 1 January 2022,');
    expect(vnm.body).not.toContain('since');
    // A country the filters leave out gets no draft, even though it owes maps.
    expect(drafts(en, { filters: { ...all, query: 'viet' } }).map((d) => d.iso3)).toEqual(['VNM']);
  });

  it('speaks the interface language: plurals, dates and country names', () => {
    const fr = getI18n('fr');
    const npl = draftOf(drafts(fr), 'NPL');
    expect(npl.country).toBe('Népal');
    expect(npl.subject).toBe('Népal\u00a0: 3 cartes nationales encore à fournir au PMS');
    expect(npl.body.split('\n')[0]).toBe('Bonjour Sita Adhikari et Bishnu Prasad Sharma,');
    expect(npl.body).toContain('Statut\u00a0: En préparation, depuis le 1 mai 2021');
    expect(npl.body).toContain('Échéance\u00a0: 30 juin 2022, en retard de 184 jours');
    expect(draftOf(drafts(fr), 'BGD').subject).toBe(
      'Bangladesh\u00a0: 1 carte nationale encore à fournir au PMS',
    );

    const ar = getI18n('ar');
    const list = drafts(ar);
    // Arabic has a dual: Bangladesh owes one map, Nepal three, and two once GBSmap is filtered out.
    expect(draftOf(list, 'BGD').subject).toContain('خريطة وطنية واحدة');
    const nepal = itemsIn(ar, { filters: { ...all, query: 'NPL' } }).filter((i) => i.product.id !== 'black');
    const dual = buildDrafts(nepal, { products, asOf: '2022-12-31', pageUrl: PAGE, i18n: ar })[0]!;
    expect(dual.items).toHaveLength(2);
    expect(dual.subject).toContain('خريطتان وطنيتان');
    expect(dual.body).toContain('خريطتين وطنيتين');
    expect(dual.body).toContain('31 ديسمبر 2022');

    // Latin names and titles isolated in Arabic, so that "Ir." keeps its full stop in place.
    const idn = draftOf(list, 'IDN');
    expect(idn.body.split('\n')[0]).toBe('تحية طيبة إلى \u2068Siti Rahmawati, Ir.\u2069،');
    expect(idn.body).toContain('- الخريطة \u2068Cmap v1.1\u2069: \u2068Carbon map\u2069');
    expect(idn.body).toContain('\u2068Isabel Luotto\u2069، \u2068Isabel.Luotto@fao.org\u2069');
    expect(idn.mailto).toContain('%E2%81%A8Siti%20Rahmawati%2C%20Ir.%E2%81%A9');
    // Not in left-to-right languages.
    for (const d of [...drafts(), ...drafts(fr)]) expect(d.body).not.toMatch(/[\u2068\u2069]/);
  });

  it('makes the country link from the page address, under its sub-path, keeping only the language', () => {
    expect(countryPageUrl(PAGE, 'NPL')).toBe(
      'https://example.org/gsp-status/?view=country&country=NPL&lang=en',
    );
    expect(countryPageUrl('http://127.0.0.1:4213/a/b/index.html?view=outstanding&lang=ar', 'IDN')).toBe(
      'http://127.0.0.1:4213/a/b/index.html?view=country&country=IDN&lang=ar',
    );
    expect(countryPageUrl('https://example.org/?view=outstanding&asof=2022-01-01', 'VNM')).toBe(
      'https://example.org/?view=country&country=VNM',
    );
  });
});

describe('copying and downloading the drafts', () => {
  it('copies the subject line, then the body', () => {
    const npl = draftOf(drafts(), 'NPL');
    expect(draftClipboardText(npl, en)).toBe(`Subject: ${npl.subject}\n\n${npl.body}`);
  });

  it('writes every draft into one text file, separated, with recipients and subject', () => {
    const list = drafts();
    const text = draftsToText(list, { regionName: 'Region R', asOf: '2022-12-31', i18n: en });
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`Reminder drafts: Region R, as of 31 December 2022 (${list.length} countries)`);
    const rules = lines.flatMap((l, i) => (l === '='.repeat(72) ? [i] : []));
    expect(rules).toHaveLength(list.length + 1);
    expect(text.endsWith(`\r\n\r\n${'='.repeat(72)}\r\n`)).toBe(true);
    list.forEach((d, i) => {
      const at = rules[i]!;
      expect(lines[at - 1]).toBe('');
      expect(lines[at + 1]).toBe(`${i + 1}/${list.length} · ${d.country} (${d.iso3})`);
      expect(lines[at + 2]).toBe(recipientsLine(d, en));
      expect(lines[at + 3]).toBe(`Subject: ${d.subject}`);
      expect(lines[at + 4]).toBe('-'.repeat(72));
      expect(lines.slice(at + 5, rules[i + 1]! - 1).join('\n')).toBe(d.body);
    });
  });

  it('names the file like the outstanding CSV, with -reminders', () => {
    expect(remindersFileName('asp', undefined, '2022-03-09')).toBe(
      'outstanding-asp-all-2022-03-09-reminders.txt',
    );
    expect(remindersFileName('a.csv', 'gsasmap', '2022-03-09')).toBe(
      'outstanding-a.csv-gsasmap-2022-03-09-reminders.txt',
    );
    expect(remindersFileName('world', 'gsasmap', '2022-03-09')).toBe(
      'outstanding-world-gsasmap-2022-03-09-reminders.txt',
    );
  });
});
