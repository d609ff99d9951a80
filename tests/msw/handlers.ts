import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';

// Resolved from the project root: under jsdom, import.meta.url is not a file URL.
const DATA = join(process.cwd(), 'public', 'data');
const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv; charset=utf-8' };

export function dataFile(name: string): string {
  return readFileSync(join(DATA, name), 'utf8');
}

/** The embedded data files, served as a static host would. */
export const handlers = [
  ...['products.json', 'regions.json', 'records.csv', 'boundaries.json', 'contacts.csv', 'site.json'].map(
    (name) =>
      http.get(
        `*/data/${name}`,
        () =>
          new HttpResponse(dataFile(name), { headers: { 'content-type': TYPES[name.split('.').pop()!]! } }),
      ),
  ),
];
