import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import type { Iso3 } from './types';

countries.registerLocale(en);

export type CountryMatch =
  { iso3: Iso3; via: 'alpha3' } | { iso3: Iso3; via: 'alpha2' | 'name'; from: string };

/** Lower case, no accents, no punctuation or spaces: "Viet Nam" and "vietnam" meet. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

let nameIndex: Map<string, Iso3> | undefined;
function byName(): Map<string, Iso3> {
  if (!nameIndex) {
    nameIndex = new Map();
    for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
      const iso3 = countries.alpha2ToAlpha3(alpha2);
      if (!iso3) continue;
      for (const name of names) nameIndex.set(normaliseName(name), iso3);
    }
  }
  return nameIndex;
}

export function isIso3(code: string): boolean {
  return countries.isValid(code) && code.length === 3 && code === code.toUpperCase();
}

/** Every ISO 3166-1 alpha-3 code the app knows. */
export function allIso3(): Iso3[] {
  return Object.keys(countries.getAlpha3Codes());
}

/**
 * A country as a coordinator may write it: alpha-3, alpha-2 or an English name, any case.
 * Returns undefined when nothing matches.
 */
export function resolveCountry(value: string): CountryMatch | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return { iso3: upper, via: 'alpha3' };
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) {
    const iso3 = countries.alpha2ToAlpha3(upper);
    if (iso3) return { iso3, via: 'alpha2', from: trimmed };
  }
  const iso3 = byName().get(normaliseName(trimmed));
  return iso3 ? { iso3, via: 'name', from: trimmed } : undefined;
}

export function alpha2Of(iso3: Iso3): string | undefined {
  return countries.alpha3ToAlpha2(iso3);
}

/** English names a search may match: all of the package's names for the country. */
export function englishNames(iso3: Iso3): string[] {
  const names = countries.getName(iso3, 'en', { select: 'all' });
  return Array.isArray(names) ? names : [];
}
