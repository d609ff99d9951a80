import { alpha2Of, searchNames, normaliseName } from '../../domain/countries';
import type { Iso3 } from '../../domain/types';

export interface SearchEntry {
  iso3: Iso3;
  alpha2?: string;
  name: string;
  /** Every name it may be found by, normalised (see normaliseName): the query is matched against them. */
  keys: string[];
  /**
   * What follows each word boundary inside a name, normalised: "ofkorea" and "korea" for
   * "Republic of Korea", so that a search finds a word of a name but not a stray run of letters
   * inside one (no "iran" in "Kūki 'Āirani"). Names in Chinese have no spaces: every character
   * starts a word.
   */
  wordStarts: string[];
}

/** Chinese, Japanese and Korean characters: words with no spaces between them. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/u;

/** The Arabic definite article, written as part of the word it goes with. */
const ARTICLE = 'ال';

/** The rest of a name from each word after the first, normalised. */
function wordStartsOf(name: string): string[] {
  if (CJK.test(name)) {
    const chars = [...normaliseName(name)];
    return chars.slice(1).map((_, i) => chars.slice(i + 1).join(''));
  }
  const words = name
    .split(/[\s\p{P}\p{S}]+/u)
    .map(normaliseName)
    .filter(Boolean);
  const starts = words.slice(1).map((_, i) => words.slice(i + 1).join(''));
  // Arabic writes the article on the word ("العراق"): a word is found without it too ("عراق").
  words.forEach((word, i) => {
    if (word.startsWith(ARTICLE)) starts.push([word.slice(ARTICLE.length), ...words.slice(i + 1)].join(''));
  });
  return starts;
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
      const names = [name, ...searchNames(iso3)];
      const keys = [...new Set(names.map(normaliseName))];
      const wordStarts = [...new Set(names.flatMap(wordStartsOf))];
      return { iso3, alpha2: alpha2Of(iso3), name, keys, wordStarts };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** How well an entry matches: 0 not at all, higher first. */
function scoreOf(entry: SearchEntry, q: string, code: string): number {
  // An exact code: "KOR", "kr".
  if (entry.iso3 === code || entry.alpha2 === code) return 4;
  // A whole name or everyday alias: "UK", "Iran", "Laos".
  if (entry.keys.includes(q)) return 3;
  // A name that starts with the text: "bangla".
  if (entry.keys.some((k) => k.startsWith(q))) return 2;
  // A word inside a name that starts with it: "korea", "lanka", "of korea".
  if (entry.wordStarts.some((k) => k.startsWith(q))) return 1;
  return 0;
}

/**
 * Ranked as a reader expects: an exact code, then a name or alias that is the text, then names
 * that start with it, then names with a word that does; never a stray run of letters inside a
 * word of another language's name. Ties in the order of the names shown.
 */
export function searchCountries(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normaliseName(query);
  if (!q) return [];
  const code = query.trim().toUpperCase();
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index) {
    const score = scoreOf(entry, q, code);
    if (score) scored.push({ entry, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map((s) => s.entry);
}
