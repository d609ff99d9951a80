import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPackage } from './dataPackage';
import { dataPackageFor } from './dataPackageFile';

const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8'));

describe('datapackage.json', () => {
  it('is what the products and site.json make (regenerate with npm run data:package)', () => {
    expect(shipped('datapackage.json')).toEqual(
      JSON.parse(JSON.stringify(dataPackageFor(shipped('products.json'), shipped('site.json')))),
    );
  });

  it('allows each product id and every status of every product, and a row per product, country and date', () => {
    const pkg = dataPackage(
      [
        { id: 'gsocseq', short: 'GSOCseq', name: 'x' },
        {
          id: 'glosolan',
          short: 'GLOSOLAN',
          name: 'y',
          statuses: [
            { id: 'registered', label: 'Registered', stage: 'done' },
            { id: 'not_submitted', label: 'No', stage: 'owed' },
          ],
        },
      ],
      ['records.csv', 'records/asp.csv'],
    );
    interface Resource {
      path: string;
      schema: {
        fields: { name: string; type: string; constraints: Record<string, unknown> }[];
        primaryKey?: string[];
      };
    }
    const records = pkg.resources[0] as Resource;
    const field = (name: string) => records.schema.fields.find((f) => f.name === name)!;
    expect(pkg.resources.map((r) => r.path)).toEqual(['records.csv', 'records/asp.csv', 'contacts.csv']);
    expect(field('product').constraints).toEqual({ required: true, enum: ['gsocseq', 'glosolan'] });
    expect(field('status').constraints.enum).toEqual([
      'submitted',
      'in_preparation',
      'not_submitted',
      'not_applicable',
      'registered',
    ]);
    expect(field('date').type).toBe('date');
    expect('primaryKey' in records.schema && records.schema.primaryKey).toEqual([
      'product',
      'country',
      'date',
    ]);
  });

  it('describes only the files of the data folder, not a spreadsheet published elsewhere', () => {
    const pkg = dataPackageFor(shipped('products.json'), {
      records: ['records.csv', 'https://docs.example/pub?output=csv'],
    });
    expect(pkg.resources.map((r) => r.path)).toEqual(['records.csv', 'contacts.csv']);
  });
});
