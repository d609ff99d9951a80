import { alpha2Of, searchNames, normaliseName } from '../../domain/countries';
import type { Iso3 } from '../../domain/types';

export interface SearchEntry {
  iso3: Iso3;
  alpha2?: string;
  name: string;
  /** Normalised strings the query is matched against. */
  keys: string[];
}

/**
 * One entry per country: its display name, its codes, and its names in the six UN languages and
 * the other spellings people use (see searchNames), matched without case or accents.
 */
export function buildSearchIndex(
  countries: readonly Iso3[],
  displayName: (iso3: Iso3) => string,
): SearchEntry[] {
  return countries
    .map((iso3) => {
      const name = displayName(iso3);
      const keys = [...new Set([name, ...searchNames(iso3)].map(normaliseName))];
      return { iso3, alpha2: alpha2Of(iso3), name, keys };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Exact code (alpha-3 or alpha-2, any case) first, then names starting with the query, then names containing it. */
export function searchCountries(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normaliseName(query);
  if (!q) return [];
  const code = query.trim().toUpperCase();
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index) {
    let score = 0;
    if (entry.iso3 === code || entry.alpha2 === code) score = 3;
    else if (entry.keys.some((k) => k.startsWith(q))) score = 2;
    else if (entry.keys.some((k) => k.includes(q))) score = 1;
    if (score) scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map((s) => s.entry);
}
