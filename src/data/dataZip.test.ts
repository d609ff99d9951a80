import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataZip } from './dataZip';

describe('dataZip', () => {
  it('holds the records as shown, products, regions, contacts without addresses, the package and a README', () => {
    const zip = dataZip({
      records: [
        {
          product: 'gsocseq',
          country: 'NPL',
          status: 'submitted',
          date: '2022-03-09',
          note: '',
          source: 's',
          line: 2,
        },
      ],
      products: [{ id: 'gsocseq', short: 'GSOCseq', name: 'GSOCseq' }],
      regions: [{ id: 'asp', name: 'ASP', kind: 'partnership', source: 'x', members: ['NPL'] }],
      contacts: new Map([
        ['NPL', [{ country: 'NPL', name: 'Focal Point', email: 'fp@example.org', role: 'GSP' }]],
      ]),
      today: '2026-12-05',
      address: 'https://example.org/gsp/',
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'contacts.csv',
      'datapackage.json',
      'products.json',
      'records.csv',
      'regions.json',
    ]);
    const text = (name: string) => strFromU8(files[name]!);
    expect(text('records.csv')).toContain('gsocseq,NPL,submitted,2022-03-09,,s');
    expect(text('contacts.csv')).toContain('NPL,Focal Point,GSP');
    expect(text('contacts.csv')).not.toContain('@');
    const pkg = JSON.parse(text('datapackage.json')) as {
      resources: { name: string; schema: { fields: { name: string }[] } }[];
    };
    expect(pkg.resources.find((r) => r.name === 'contacts')!.schema.fields.map((f) => f.name)).toEqual([
      'country',
      'name',
      'role',
    ]);
    expect(text('README.md')).toContain('Downloaded on 2026-12-05 from https://example.org/gsp/.');
    expect(text('README.md')).toContain('Licence: the source data states none');
  });
});
