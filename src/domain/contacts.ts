import Papa from 'papaparse';
import { resolveCountry } from './countries';
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

/** Reads contacts.csv (`country,name,email,role`); rows without a known country are reported. */
export function parseContactsCsv(
  text: string,
  file = 'contacts.csv',
): { contacts: ContactDirectory; issues: DataIssue[]; rows: number } {
  const issues: DataIssue[] = [];
  const contacts = new Map<Iso3, FocalPoint[]>();
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  result.data.forEach((row, i) => {
    const line = i + 2;
    const match = resolveCountry(row.country ?? '');
    if (!match) {
      issues.push({
        severity: 'error',
        code: 'unknown-country',
        file,
        line,
        column: 'country',
        value: row.country ?? '',
      });
      return;
    }
    const email = (row.email ?? '').trim();
    if (email && !EMAIL.test(email)) {
      issues.push({ severity: 'warning', code: 'invalid-email', file, line, column: 'email', value: email });
    }
    const contact: FocalPoint = {
      country: match.iso3,
      name: (row.name ?? '').trim(),
      email: EMAIL.test(email) ? email : '',
      role: (row.role ?? '').trim(),
    };
    contacts.set(match.iso3, [...(contacts.get(match.iso3) ?? []), contact]);
  });
  return { contacts, issues, rows: result.data.length };
}
