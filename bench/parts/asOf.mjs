// Part 3: the as-of recomputation at scale, in node, with the app's own domain functions
// (src/domain/status.ts, loaded through Vite's module runner): the map's statuses
// (regionStatuses over every country on the map) and the legend's counts (countsFor) for one
// date, over AS_OF_DATES dates of the 200k history.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';
import { AS_OF_DATES } from '../config.mjs';
import { benchmarkHistory, seededRandom } from '../history.mjs';
import { summary } from '../stats.mjs';

/** `count` dates spread over the history's span, in a shuffled (seeded) order. */
function datesOver(records, count) {
  let first = records[0].date;
  let last = first;
  for (const r of records) {
    if (r.date < first) first = r.date;
    if (r.date > last) last = r.date;
  }
  const from = Date.parse(first);
  const span = Date.parse(last) - from;
  const dates = Array.from({ length: count }, (_, i) =>
    new Date(from + Math.round((span * (i + 0.5)) / count / 864e5) * 864e5).toISOString().slice(0, 10),
  );
  const random = seededRandom(7);
  for (let i = dates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [dates[i], dates[j]] = [dates[j], dates[i]];
  }
  return dates;
}

export async function measureAsOf() {
  const { module: status } = await runnerImport(resolve('src/domain/status.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  const { indexRecords, regionStatuses, countsFor } = status;
  const { module: stages } = await runnerImport(resolve('src/domain/stages.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  const { records, products, regions } = benchmarkHistory('public/data');
  // Every country on the map, as the app's map statuses cover (boundaries' countries object).
  const topology = JSON.parse(readFileSync('public/data/boundaries.json', 'utf8'));
  const countries = topology.objects.countries.geometries.map((g) => g.id);

  let t = performance.now();
  const index = indexRecords(records);
  const indexMs = performance.now() - t;

  const dates = datesOver(records, AS_OF_DATES);
  const product = products[0].id;
  // The product's statuses, as the legend counts them.
  const vocabulary = stages.vocabularyOf(products[0]);
  const result = {
    records: records.length,
    products: products.length,
    countries: countries.length,
    indexMs,
    product,
  };
  for (const regionId of ['world', 'asp']) {
    const members = regions.find((r) => r.id === regionId)?.members;
    if (!members) continue;
    const once = (asOf) => {
      regionStatuses(index, product, countries, members, asOf);
      countsFor(index, product, members, asOf, vocabulary);
    };
    for (const asOf of dates.slice(0, 20)) once(asOf); // warm up (the JIT), not counted
    const ms = dates.map((asOf) => {
      t = performance.now();
      once(asOf);
      return performance.now() - t;
    });
    result[regionId] = { members: members.length, ms: summary(ms) };
  }
  return result;
}
