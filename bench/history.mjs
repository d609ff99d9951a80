// A generated submission history for the benchmark: 200,000 records, every UN member state
// (regions.json's `world` region) on 30 products, 34 or 35 status changes each, dated from 2010
// to 2025 (all in the past), increasing per product and country. Deterministic: the same seed
// gives the same file. The first three products are the real ones from public/data/products.json,
// so the app's default links (?product=gsocseq) work on it too.
import { readFileSync } from 'node:fs';
import { RECORD_COUNT, PRODUCT_COUNT, SEED } from './config.mjs';

const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;

/** mulberry32: a small, fast seeded generator with a good spread; returns [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How a country's status moves on: mostly forward (not submitted → in preparation → submitted),
 * sometimes back (a new version of a product puts a submitted map in preparation again), and now
 * and then not applicable. The next status always differs from the current one.
 */
const NEXT = {
  start: [
    ['not_submitted', 0.55],
    ['in_preparation', 0.35],
    ['not_applicable', 0.05],
    ['submitted', 0.05],
  ],
  not_submitted: [
    ['in_preparation', 0.75],
    ['submitted', 0.15],
    ['not_applicable', 0.1],
  ],
  in_preparation: [
    ['submitted', 0.7],
    ['not_submitted', 0.3],
  ],
  submitted: [
    ['in_preparation', 0.85],
    ['not_applicable', 0.15],
  ],
  not_applicable: [
    ['not_submitted', 0.6],
    ['in_preparation', 0.4],
  ],
};

function pick(choices, random) {
  let r = random();
  for (const [value, weight] of choices) {
    if ((r -= weight) < 0) return value;
  }
  return choices.at(-1)[0];
}

const NOTES = [
  'Validated by the GSP Secretariat',
  'Awaiting national validation',
  'Revised after technical review',
  'New version requested',
  'Data sharing agreement signed',
  'Focal point changed',
];

/** The products: the three real ones, then generated ones up to `count`. */
export function generateProducts(realProducts, count = PRODUCT_COUNT) {
  const products = realProducts.slice(0, count).map(({ id, short, name, version }) => ({
    id,
    short,
    name,
    ...(version ? { version } : {}),
  }));
  for (let i = products.length + 1; i <= count; i++) {
    const n = String(i).padStart(2, '0');
    products.push({
      id: `gsm${n}`,
      short: `GSM${n}`,
      name: `Global Soil Map ${n} (benchmark product)`,
      version: `1.${i % 4}`,
    });
  }
  return products;
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The records, as the app holds them (src/domain/types.ts SubmissionRecord, with `line` the
 * line of records.csv the row is on), in file order: by product, then country, then date.
 */
export function generateHistory({ countries, products, total = RECORD_COUNT, seed = SEED }) {
  const random = seededRandom(seed);
  const pairs = products.length * countries.length;
  const base = Math.floor(total / pairs); // 34 for 193 countries × 30 products
  const extra = total - base * pairs; // this many pairs get one change more
  const span = Math.round((LAST_DAY - FIRST_DAY) / DAY);
  const records = [];
  let pair = 0;
  for (const product of products) {
    for (const country of countries) {
      // The extra changes spread evenly over the pairs (exactly `extra` of them get one).
      const changes = base + Math.floor(((pair + 1) * extra) / pairs) - Math.floor((pair * extra) / pairs);
      pair++;
      // Distinct days, oldest first: one per change.
      const days = new Set();
      while (days.size < changes) days.add(Math.floor(random() * span));
      let status = 'start';
      for (const day of [...days].sort((a, b) => a - b)) {
        status = pick(NEXT[status], random);
        const date = isoDay(FIRST_DAY + day * DAY);
        records.push({
          product: product.id,
          country,
          status,
          date,
          note: random() < 0.1 ? NOTES[Math.floor(random() * NOTES.length)] : '',
          source: `GSP progress report ${date.slice(0, 4)} (generated)`,
          line: records.length + 2, // after the header
        });
      }
    }
  }
  return records;
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
const csvField = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function historyCsv(records) {
  const lines = ['product,country,status,date,note,source'];
  for (const r of records) {
    lines.push([r.product, r.country, r.status, r.date, r.note, r.source].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The generated history from the app's own regions.json and products.json. */
export function benchmarkHistory(dataDir = 'public/data') {
  const regions = JSON.parse(readFileSync(`${dataDir}/regions.json`, 'utf8')).regions;
  const world = regions.find((r) => r.id === 'world');
  if (!world) throw new Error(`${dataDir}/regions.json has no "world" region`);
  const products = generateProducts(JSON.parse(readFileSync(`${dataDir}/products.json`, 'utf8')));
  const records = generateHistory({ countries: world.members, products });
  return { products, records, regions };
}
