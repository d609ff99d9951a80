// Builds public/data/regions.json: the partnerships in data/regions.source.json (each with its
// source), the UN member states as "world", and the UN geoscheme regions and sub-regions as
// carried by the world-countries package (members: UN member states only).
//
//   npm run data:regions
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries/countries.json');
const { version } = require('world-countries/package.json');
const input = JSON.parse(readFileSync(new URL('../data/regions.source.json', import.meta.url), 'utf8'));

// world-countries flags the Holy See as a UN member; it is a Permanent Observer State.
const NOT_UN_MEMBERS = new Set(['VAT']);
const members = countries.filter((c) => c.unMember && !NOT_UN_MEMBERS.has(c.cca3));
if (members.length !== 193) throw new Error(`expected 193 UN member states, found ${members.length}`);
const known = new Set(countries.map((c) => c.cca3));

const groupBy = (list, key) => {
  const map = new Map();
  for (const item of list) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const sorted = (list) => [...new Set(list)].sort();
const source = `UN member states by region and sub-region as given by the world-countries package ${version}; close to, not identical with, the UN M49 geoscheme`;

const regions = [];
for (const p of input.partnerships) {
  const unknown = p.members.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`${p.id}: unknown ISO alpha-3 codes ${unknown.join(', ')}`);
  regions.push({ id: p.id, name: p.name, kind: 'partnership', source: p.source, members: sorted(p.members) });
}
regions.push({
  id: 'world',
  name: 'World (UN member states)',
  kind: 'world',
  source,
  members: sorted(members.map((c) => c.cca3)),
});
const byRegion = groupBy(members, (c) => c.region);
for (const [region, list] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
  const id = `un-${slug(region)}`;
  regions.push({ id, name: region, kind: 'un-region', source, members: sorted(list.map((c) => c.cca3)) });
  const bySub = groupBy(
    list.filter((c) => c.subregion),
    (c) => c.subregion,
  );
  for (const [sub, subList] of [...bySub].sort(([a], [b]) => a.localeCompare(b))) {
    regions.push({
      id: `un-${slug(sub)}`,
      name: sub,
      kind: 'un-subregion',
      parent: id,
      source,
      members: sorted(subList.map((c) => c.cca3)),
    });
  }
}

writeFileSync(
  new URL('../public/data/regions.json', import.meta.url),
  JSON.stringify({ regions }, null, 1) + '\n',
);
console.log(
  `regions.json: ${regions.length} regions (${regions.map((r) => `${r.id} ${r.members.length}`).join(', ')})`,
);
