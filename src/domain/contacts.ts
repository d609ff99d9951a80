import Papa from 'papaparse';
import { resolveCountry } from './countries';
import { rowLineCounter } from './csvLines';
import type { DataIssue, Iso3 } from './types';

/** A national focal point or other contact from contacts.csv. */
export interface FocalPoint {
  country: Iso3;
  name: string;
  email: string;
  role: string;
}

export type ContactDirectory = ReadonlyMap<Iso3, readonly FocalPoint[]>;

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/**
 * Reads contacts.csv (`country,name,email,role`, in any order and case); rows without a known
 * country are reported with the line they are on, an address that is not one with a warning.
 */
export function parseContactsCsv(
  text: string,
  file = 'contacts.csv',
): { contacts: ContactDirectory; issues: DataIssue[]; rows: number } {
  const issues: DataIssue[] = [];
  const contacts = new Map<Iso3, FocalPoint[]>();
  const body = text.replace(/^\uFEFF/, '');
  const lineOf = rowLineCounter(body);
  let header: string[] | undefined;
  let rows = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step({ data: cells, meta }) {
      const line = lineOf(cells, meta.cursor);
      if (!header) {
        header = cells.map((h) => h.trim().toLowerCase());
        return;
      }
      rows++;
      // A column the file lacks (-1), or a row cut short, reads as empty.
      const cell = (column: string) => (cells[header!.indexOf(column)] ?? '').trim();
      const country = cell('country');
      const match = resolveCountry(country);
      if (!match) {
        issues.push({
          severity: 'error',
          code: 'unknown-country',
          file,
          line,
          column: 'country',
          value: country,
        });
        return;
      }
      const email = cell('email');
      const valid = EMAIL.test(email);
      if (email && !valid) {
        issues.push({
          severity: 'warning',
          code: 'invalid-email',
          file,
          line,
          column: 'email',
          value: email,
        });
      }
      const contact: FocalPoint = {
        country: match.iso3,
        name: cell('name'),
        email: valid ? email : '',
        role: cell('role'),
      };
      contacts.set(match.iso3, [...(contacts.get(match.iso3) ?? []), contact]);
    },
  });
  return { contacts, issues, rows };
}
