import { RECORD_COLUMNS } from '../domain/recordFields';
import { vocabularyOf } from '../domain/stages';
import type { Product } from '../domain/types';

/**
 * public/data/datapackage.json: the records and contacts described as a Frictionless Data
 * Package (fields, types, allowed values), so that Open Data Editor or frictionless-ci can check
 * the files too. Made from the same products and statuses the app reads the records with
 * (`npm run data:package`; a test checks the committed file is what this makes).
 */

const DESCRIPTIONS: Record<(typeof RECORD_COLUMNS)[number], string> = {
  product: 'The global map (or other item) the row is about: its id in products.json.',
  country: 'The country: its ISO 3166-1 alpha-3 code.',
  status:
    "The country's status for the product from this date on: one of the product's statuses in products.json.",
  date: 'The day the status took effect (YYYY-MM-DD).',
  note: 'Why, in a sentence or two (optional).',
  source: 'Where the information comes from (optional).',
};

/** The files the records are in: the sources site.json lists in the data folder. */
export function dataPackage(products: readonly Product[], recordFiles: readonly string[]) {
  const statuses = [...new Set(products.flatMap((p) => vocabularyOf(p).statuses.map((s) => s.id)))];
  const recordsSchema = {
    fields: RECORD_COLUMNS.map((name) => ({
      name,
      type: name === 'date' ? 'date' : 'string',
      description: DESCRIPTIONS[name],
      constraints: {
        ...(name === 'product' || name === 'country' || name === 'status' || name === 'date'
          ? { required: true }
          : {}),
        ...(name === 'product' ? { enum: products.map((p) => p.id) } : {}),
        ...(name === 'country' ? { pattern: '[A-Z]{3}' } : {}),
        ...(name === 'status' ? { enum: statuses } : {}),
      },
    })),
    // A row per product, country and date: a change of status is a new row.
    primaryKey: ['product', 'country', 'date'],
  };
  return {
    name: 'gsp-national-map-submissions',
    title: 'National map submissions to the GSP global soil maps',
    description:
      "Which countries have submitted their national maps to the FAO Global Soil Partnership's global soil maps, as a history: one row per change of status. Each product's statuses, with what each means, are in products.json.",
    sources: [
      {
        title:
          'Report of the Seventh Meeting of the Asian Soil Partnership, 9-10 March 2022 (ASP-VII/22/Report): the rows of the embedded data',
      },
    ],
    resources: [
      ...recordFiles.map((path) => ({
        name: path
          .replace(/\.csv$/i, '')
          .replace(/[^a-z0-9]+/gi, '-')
          .toLowerCase(),
        path,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: recordsSchema,
      })),
      {
        name: 'contacts',
        path: 'contacts.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description: 'National focal points (optional file): shown with the maps a country still owes.',
        schema: {
          fields: [
            { name: 'country', type: 'string', constraints: { required: true, pattern: '[A-Z]{3}' } },
            { name: 'name', type: 'string', constraints: { required: true } },
            { name: 'email', type: 'string', format: 'email' },
            { name: 'role', type: 'string' },
          ],
        },
      },
    ],
  };
}
