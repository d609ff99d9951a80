import englishNames from './names/en.json';
import type { Iso3 } from './types';

/**
 * Every ISO 3166-1 alpha-3 code: the keys of the English country names the page has from the
 * start (domain/names, built from i18n-iso-countries; a test holds them to its list), so that
 * checking a code needs none of the name tables the records reader matches names with.
 */
export const ISO3_CODES: ReadonlySet<Iso3> = new Set(Object.keys(englishNames));
