import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { LoadError } from './fetchFile';
import { productsSchema, regionsSchema, validate, validateProducts } from './schemas';

const embedded = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8'));

/** The detail of the invalid-file failure `validate` throws, or undefined when the data passes. */
function problem(schema: Parameters<typeof validate>[0], data: unknown): string | undefined {
  try {
    validate(schema, data, 'file.json');
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    const { failure } = error as LoadError;
    expect(failure).toMatchObject({ kind: 'invalid', file: 'file.json' });
    return (failure as { detail: string }).detail;
  }
}

const product = {
  id: 'gsocseq',
  short: 'GSOCseq',
  name: 'Global Soil Organic Carbon Sequestration Potential Map',
};
const region = {
  id: 'asp',
  name: 'Asian Soil Partnership',
  kind: 'partnership',
  source: 'ASP-VII',
  members: ['BGD'],
};

describe('products.json', () => {
  it('accepts the embedded file, as it is', () => {
    const data = embedded('products.json');
    expect(validate(productsSchema, data, 'products.json')).toEqual(data);
  });

  it('accepts a product with only an id, a short name and a name', () => {
    expect(problem(productsSchema, [product])).toBeUndefined();
    expect(
      problem(productsSchema, [
        {
          ...product,
          version: '1.1',
          contact: { name: 'GSP Secretariat' },
          description: '',
          url: 'https://www.fao.org/global-soil-partnership/',
        },
        { id: 'gbs_map-2', short: 'GBSmap', name: 'Black soils', url: 'MAILTO:gsp@fao.org' },
        {
          id: '9',
          short: 'N',
          name: 'N',
          url: ' http://example.org',
          contact: { name: 'A', email: 'a@fao.org' },
        },
      ]),
    ).toBeUndefined();
  });

  it('wants ids in lower case, letters and digits first, and unique', () => {
    for (const id of ['GSOCseq', '-gsoc', '_gsoc', 'gsoc seq', 'gsoc.seq', '']) {
      expect(problem(productsSchema, [{ ...product, id }]), id).toMatch(/^0\.id: /);
    }
    expect(problem(productsSchema, [product, { ...product, short: 'Other' }])).toBe(
      '(root): product ids must be unique',
    );
    // "all" is the address's word for every product at a glance.
    expect(problem(productsSchema, [{ ...product, id: 'all' }])).toMatch(/^0\.id: "all" means every product/);
  });

  it('wants a short name and a name, and a version that says something', () => {
    expect(problem(productsSchema, [{ ...product, short: '' }])).toMatch(/^0\.short: /);
    expect(problem(productsSchema, [{ ...product, name: '' }])).toMatch(/^0\.name: /);
    expect(problem(productsSchema, [{ ...product, version: '' }])).toMatch(/^0\.version: /);
    expect(problem(productsSchema, [{ id: 'x', short: 'X' }])).toMatch(/^0\.name: /);
  });

  it('takes a name and description in one language, or one text per language with English', () => {
    const named = {
      ...product,
      name: { en: 'Global Black Soil Distribution Map', fr: 'Carte mondiale des sols noirs' },
      description: { en: 'Black soils.', ar: 'التربة السوداء.' },
    };
    expect(problem(productsSchema, [named])).toBeUndefined();
    expect(validate(productsSchema, [named], 'products.json')[0]!.name).toEqual(named.name);
    // English is what every other language falls back to.
    expect(problem(productsSchema, [{ ...product, name: { fr: 'Carte' } }])).toMatch(/^0\.name: /);
    // A language the interface does not speak, or an empty text, is named.
    expect(problem(productsSchema, [{ ...product, name: { en: 'Map', de: 'Karte' } }])).toMatch(/^0\.name/);
    expect(problem(productsSchema, [{ ...product, name: { en: 'Map', fr: '' } }])).toMatch(/^0\.name/);
  });

  it('wants a contact with a name and, if any, a real address', () => {
    expect(problem(productsSchema, [{ ...product, contact: { name: '' } }])).toMatch(/^0\.contact\.name: /);
    expect(
      problem(productsSchema, [{ ...product, contact: { name: 'A', email: 'not an address' } }]),
    ).toMatch(/^0\.contact\.email: /);
  });

  it('lets links point only to the web or to e-mail', () => {
    for (const url of [
      'javascript:alert(1)',
      'javascript:fetch("https://example.org")',
      ' data:text/html,<a href="mailto:x">',
      'data:text/html,<script>',
      'ftp://example.org',
      'www.fao.org',
      '',
    ]) {
      expect(problem(productsSchema, [{ ...product, url }]), url).toBe(
        '0.url: a link must start with http:, https: or mailto:',
      );
    }
  });

  it('wants at least one product', () => {
    expect(problem(productsSchema, [])).toBe('(root): at least one product');
    expect(problem(productsSchema, { products: [product] })).toMatch(/^\(root\): /);
  });

  it('names at most five problems, each with where it is', () => {
    const bad = Array.from({ length: 7 }, (_, i) => ({ ...product, id: `Bad ${i}` }));
    const detail = problem(productsSchema, bad)!;
    expect(detail.split('; ').map((d) => d.split(':')[0])).toEqual(['0.id', '1.id', '2.id', '3.id', '4.id']);
  });
});

describe('regions.json', () => {
  it('accepts the embedded file, as it is', () => {
    const data = embedded('regions.json');
    expect(validate(regionsSchema, data, 'regions.json')).toEqual(data);
  });

  it('accepts a region with a parent, and one without members', () => {
    expect(
      problem(regionsSchema, {
        regions: [region, { ...region, id: 'un-asia', parent: 'world', members: [] }],
      }),
    ).toBeUndefined();
  });

  it('takes a name in one language, or one text per language with English', () => {
    const named = { ...region, name: { en: 'Asia', fr: 'Asie', zh: '亚洲' } };
    expect(problem(regionsSchema, { regions: [named] })).toBeUndefined();
    expect(problem(regionsSchema, { regions: [{ ...region, name: { zh: '亚洲' } }] })).toMatch(
      /^regions\.0\.name/,
    );
  });

  it('wants members as ISO 3166-1 alpha-3 codes in upper case', () => {
    for (const code of ['bgd', 'BD', 'BGDX', 'Bangladesh', '']) {
      expect(problem(regionsSchema, { regions: [{ ...region, members: ['NPL', code] }] }), code).toBe(
        'regions.0.members.1: an ISO 3166-1 alpha-3 code',
      );
    }
  });

  it('wants ids, names, kinds and sources, and unique ids', () => {
    expect(problem(regionsSchema, { regions: [{ ...region, id: 'ASP' }] })).toBe(
      'regions.0.id: lower-case letters, digits, "-" or "_"',
    );
    for (const key of ['name', 'kind', 'source'] as const) {
      expect(problem(regionsSchema, { regions: [{ ...region, [key]: '' }] })).toMatch(
        new RegExp(`^regions\\.0\\.${key}: `),
      );
    }
    expect(problem(regionsSchema, { regions: [region, region] })).toBe('regions: region ids must be unique');
  });

  it('wants at least one region', () => {
    expect(problem(regionsSchema, { regions: [] })).toMatch(/^regions: /);
    expect(problem(regionsSchema, [region])).toMatch(/^\(root\): /);
  });
});

describe('products.json deadlines', () => {
  it('accepts a deadline and deadlines by region, as real dates', () => {
    expect(
      problem(productsSchema, [{ ...product, deadline: '2024-12-31', deadlines: { asp: '2024-06-30' } }]),
    ).toBeUndefined();
  });

  it('names a deadline that is not a real date, and a region id that is not one', () => {
    expect(problem(productsSchema, [{ ...product, deadline: '2024-02-30' }])).toMatch(/deadline.*YYYY-MM-DD/);
    expect(problem(productsSchema, [{ ...product, deadline: '31/12/2024' }])).toMatch(/YYYY-MM-DD/);
    expect(problem(productsSchema, [{ ...product, deadlines: { asp: '2024-13-01' } }])).toMatch(/deadlines/);
    expect(problem(productsSchema, [{ ...product, deadlines: { 'Asian Soil': '2024-06-30' } }])).toMatch(
      /deadlines/,
    );
  });
});

describe('zod', () => {
  it('is set up without compiled validators, which the site’s Content-Security-Policy forbids', () => {
    expect(z.config().jitless).toBe(true);
  });
});

describe('validateProducts', () => {
  const other = { id: 'gsasmap', short: 'GSASmap', name: 'Global Salt-Affected Soils Map' };

  it('leaves out a product that is not valid, naming it and the field, and keeps the others', () => {
    const { products, issues } = validateProducts(
      [product, { ...other, url: 'javascript:alert(1)' }, { short: 'X', name: 'No id' }],
      'products.json',
    );
    expect(products.map((p) => p.id)).toEqual(['gsocseq']);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'invalid-product',
        file: 'products.json',
        column: 'product',
        value: 'gsasmap',
        params: { detail: 'url: a link must start with http:, https: or mailto:' },
      },
      expect.objectContaining({ value: '#3', params: { detail: expect.stringMatching(/^id: /) } }),
    ]);
  });

  it('names a product without a usable id by its place in the list', () => {
    const { issues } = validateProducts([product, null, { ...other, id: 5 }], 'p.json');
    expect(issues.map((i) => i.value)).toEqual(['#2', '#3']);
  });

  it('leaves out a product whose id an earlier one has', () => {
    const { products, issues } = validateProducts([product, other, { ...product, name: 'Again' }], 'p.json');
    expect(products.map((p) => p.name)).toEqual([product.name, other.name]);
    expect(issues.map((i) => [i.value, i.params?.detail])).toEqual([
      ['gsocseq', 'id: used by an earlier product'],
    ]);
  });

  it('fails the file when it is not a list or holds no valid product', () => {
    expect(() => validateProducts({ products: [] }, 'p.json')).toThrow(LoadError);
    expect(() => validateProducts([], 'p.json')).toThrow(LoadError);
    expect(() => validateProducts([{ id: 'X' }], 'p.json')).toThrow(LoadError);
  });

  it('keeps every product of the embedded file, with no issue', () => {
    expect(validateProducts(embedded('products.json'), 'products.json').issues).toEqual([]);
  });
});

describe('a product’s own statuses', () => {
  const base = { id: 'glosolan', short: 'GLOSOLAN', name: 'Laboratories registered in GLOSOLAN' };
  const statuses = [
    { id: 'registered', label: { en: 'Registered', fr: 'Enregistré' }, stage: 'done', colour: '#08519c' },
    { id: 'not_registered', label: 'Not registered', stage: 'owed', description: 'Register a laboratory.' },
  ];

  it('accepts statuses in any order, with labels in one or six languages and a word for done', () => {
    const { products, issues } = validateProducts([{ ...base, statuses, done: 'registered' }], 'p.json');
    expect(issues).toEqual([]);
    expect(products[0]!.statuses!.map((s) => s.id)).toEqual(['registered', 'not_registered']);
    expect(products[0]!.done).toBe('registered');
  });

  it.each([
    ['a status id twice', [...statuses, statuses[0]], 'statuses: each status id once'],
    [
      'a stage it does not know',
      [{ ...statuses[0], stage: 'cleared' }],
      'statuses.0.stage: one of done, under_way, owed, not_expected',
    ],
    [
      'a colour that is not a colour',
      [{ ...statuses[0], colour: 'blue' }],
      'statuses.0.colour: a colour written #rrggbb or #rgb',
    ],
    ['no done status', [statuses[1]], 'statuses: at least one status whose stage is "done"'],
    [
      'more than 8 statuses',
      Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, label: `S${i}`, stage: 'done' })),
      'statuses: at most 8 statuses, or their colours cannot be told apart',
    ],
    [
      'the app’s own No information',
      [...statuses, { id: 'no_information', label: 'None', stage: 'owed' }],
      'statuses.2.id: "no_information" and "outside" are the app\'s own: choose another id',
    ],
    ['a status without a label', [{ id: 'x', stage: 'done' }], 'statuses.0.label'],
  ])('leaves the product out, naming the field, for %s; the others still show', (_, list, detail) => {
    const { products, issues } = validateProducts(
      [
        { id: 'other', short: 'O', name: 'O' },
        { ...base, statuses: list },
      ],
      'products.json',
    );
    expect(products.map((p) => p.id)).toEqual(['other']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-product', value: 'glosolan' });
    expect(String(issues[0]!.params?.detail)).toContain(detail);
  });
});
