import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import searchTable from './names/search.json';
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
    .replace(/[^\p{L}\p{N}]/gu, '');
}

let nameIndex: Map<string, Iso3 | null> | undefined;
/** Normalised name → country; null where a name belongs to several countries. Built on first use. */
function byName(): Map<string, Iso3 | null> {
  return (nameIndex ??= buildNameIndex());
}

function buildNameIndex(): Map<string, Iso3 | null> {
  const index = new Map<string, Iso3 | null>();
  const add = (name: string, iso3: Iso3) => {
    const key = normaliseName(name);
    // A short form written with dots ("É.-U.") would read as a two-letter code ("EU", the
    // European Union, is not the United States): only short names written as they are count.
    if (!key || (key.length <= 2 && name.length !== key.length)) return;
    const known = index.get(key);
    index.set(key, known === undefined || known === iso3 ? iso3 : null);
  };
  for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    // Every key of getNames is an alpha-2 code the package knows.
    for (const name of names) add(name, countries.alpha2ToAlpha3(alpha2)!);
  }
  for (const [iso3, names] of Object.entries(searchTable as Record<string, string[]>)) {
    for (const name of names) add(name, iso3);
  }
  return index;
}

/**
 * Spellings of one name to try, for the forms UN lists and spreadsheets use:
 * "Iran (Islamic Republic of)", "Korea, Republic of", "Korea, Rep.", "Lao PDR", "DPR Korea",
 * "St. Lucia".
 */
export function nameVariants(value: string): string[] {
  const base = value
    .trim()
    .replace(/&/g, ' and ')
    .replace(/\bSt\.?\s/gi, 'Saint ')
    .replace(/\bRep\.?(\s|$)/gi, 'Republic$1')
    .replace(/\bDem\.?\s/gi, 'Democratic ')
    .replace(/\bPDR\b/g, "People's Democratic Republic")
    .replace(/\bDPR\b/g, "Democratic People's Republic of");
  // Every variant is trimmed below: "the" and one space go here.
  const variants = [value, base, base.replace(/^the\s/i, '')];
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(base);
  if (paren) variants.push(`${paren[2]} ${paren[1]}`, paren[1]!);
  // "Korea, Rep." and "Congo, Dem. Rep.", as the World Bank lists them, are the Republic of
  // Korea and the Democratic Republic of the Congo.
  const comma = /^([^,]+),\s*(.+)$/.exec(base);
  if (comma)
    variants.push(
      `${comma[2]} ${comma[1]}`,
      `${comma[2]} of ${comma[1]}`,
      `${comma[2]} of the ${comma[1]}`,
      comma[1]!,
    );
  return [...new Set(variants.map((v) => v.trim()).filter(Boolean))];
}

/** Every ISO 3166-1 alpha-3 code the app knows. */
export function allIso3(): Iso3[] {
  return Object.keys(countries.getAlpha3Codes());
}

let alpha3: Set<Iso3> | undefined;
const alpha3Codes = (): Set<Iso3> => (alpha3 ??= new Set(allIso3()));

/**
 * A country as a coordinator may write it: alpha-3, alpha-2 or an English name, any case.
 * Returns undefined when nothing matches.
 */
export function resolveCountry(value: string): CountryMatch | undefined {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (alpha3Codes().has(upper)) return { iso3: upper, via: 'alpha3' };
  const fromAlpha2 = countries.alpha2ToAlpha3(upper);
  if (fromAlpha2) return { iso3: fromAlpha2, via: 'alpha2', from: trimmed };
  for (const variant of nameVariants(trimmed)) {
    const iso3 = byName().get(normaliseName(variant));
    if (iso3) return { iso3, via: 'name', from: trimmed };
  }
  return undefined;
}

export function alpha2Of(iso3: Iso3): string | undefined {
  return countries.alpha3ToAlpha2(iso3);
}

/**
 * Names a search may match: the country's names in the six UN languages (the UN's and CLDR's
 * forms) and the other spellings people use (see scripts/build-country-names.mjs).
 */
export function searchNames(iso3: Iso3): string[] {
  const names = countries.getName(iso3, 'en', { select: 'all' });
  return [...(Array.isArray(names) ? names : []), ...((searchTable as Record<string, string[]>)[iso3] ?? [])];
}
