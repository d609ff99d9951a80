// Builds src/domain/countryNames.json from the world-countries package: for each ISO alpha-3
// code, the names a coordinator's spreadsheet may use (common, official and alternative
// spellings) and the names in the other UN languages (Arabic, Chinese, French, Russian,
// Spanish), for reading records and for the country search.
//
//   npm run data:names
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const UN_LANGUAGES = ['ara', 'zho', 'fra', 'rus', 'spa'];

const names = {};
for (const c of [...countries].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
  const list = [
    c.name.common,
    c.name.official,
    ...c.altSpellings.filter((s) => s.length > 3),
    ...UN_LANGUAGES.flatMap((l) =>
      c.translations[l] ? [c.translations[l].common, c.translations[l].official] : [],
    ),
  ];
  names[c.cca3] = [...new Set(list)];
}
const out = new URL('../src/domain/countryNames.json', import.meta.url);
writeFileSync(out, JSON.stringify(names) + '\n');
console.log(
  `countryNames.json: ${Object.keys(names).length} countries, ${Object.values(names).flat().length} names`,
);
