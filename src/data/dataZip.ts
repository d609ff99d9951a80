import { strToU8, zipSync } from 'fflate';
import type { ContactDirectory } from '../domain/contacts';
import { writeCsv } from '../domain/csv';
import { recordsToCsv } from '../domain/records';
import type { IsoDate, Product, Region, SubmissionRecord } from '../domain/types';
import { dataPackage } from './dataPackage';

/**
 * "Download the data": the records as shown, products, regions, contacts without e-mail
 * addresses, their datapackage.json and a README, as one .zip (see dataPackage).
 */
export function dataZip(data: {
  records: readonly SubmissionRecord[];
  products: readonly Product[];
  regions: readonly Region[];
  contacts?: ContactDirectory | null;
  /** The day the file is made, and where it comes from, for the README's citation. */
  today: IsoDate;
  address: string;
}): Uint8Array {
  const pkg = dataPackage(data.products, ['records.csv']);
  // The focal points' names and roles; their addresses stay with the site.
  const contacts = [...(data.contacts?.values() ?? [])].flat().map((c) => [c.country, c.name, c.role]);
  const readme = [
    `# ${pkg.title}`,
    '',
    pkg.description,
    '',
    '## Files',
    '',
    '- `records.csv`: one row per change of status (product, country, status, date, note, source).',
    '- `products.json`: the products, with their statuses and what each means.',
    '- `regions.json`: the regions and partnerships, with their members.',
    '- `contacts.csv`: national focal points, without e-mail addresses.',
    '- `datapackage.json`: the fields, types and allowed values (Frictionless Data Package).',
    '',
    '## Source and citation',
    '',
    `Downloaded on ${data.today} from ${data.address}.`,
    `Cite as: FAO Global Soil Partnership, "${pkg.title}", ${data.today}, ${data.address}.`,
    ...pkg.sources.map((s) => `Source of the embedded data: ${s.title}.`),
    '',
    'Licence: the source data states none; ask the GSP Secretariat before reuse.',
    '',
  ].join('\n');
  return zipSync({
    'records.csv': strToU8(recordsToCsv(data.records)),
    'products.json': strToU8(`${JSON.stringify(data.products, null, 2)}\n`),
    'regions.json': strToU8(`${JSON.stringify({ regions: data.regions }, null, 1)}\n`),
    'contacts.csv': strToU8(writeCsv(['country', 'name', 'role'], contacts)),
    'datapackage.json': strToU8(
      `${JSON.stringify(
        {
          ...pkg,
          // The contacts here have no e-mail column.
          resources: pkg.resources.map((r) =>
            r.name === 'contacts'
              ? { ...r, schema: { fields: r.schema.fields.filter((f) => f.name !== 'email') } }
              : r,
          ),
        },
        null,
        2,
      )}\n`,
    ),
    'README.md': strToU8(readme),
  });
}
