// Opens a generated records file of N rows (default 100,000) in the Data view of a served
// build and prints how long reading took, the longest main-thread task while it ran, and
// whether progress was shown. Prints; asserts nothing.
//
//   npm run build && node scripts/serve-static.mjs &   # then
//   node scripts/bench-large-file.mjs [url] [rows]
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/gsp-status/';
const rows = Number(process.argv[3] ?? 100_000);

const countries = ['BGD', 'NPL', 'IND', 'VNM', 'LAO', 'Thailand', 'Viet Nam', 'KOR', 'CHN', 'JPN'];
const statuses = ['submitted', 'in_preparation', 'Not submitted', 'not_applicable'];
const products = ['gsocseq', 'gsasmap', 'GBSmap'];
const lines = ['product,country,status,date,note,source'];
for (let i = 0; i < rows; i++) {
  const day = new Date(Date.UTC(2000, 0, 1) + (i % 8000) * 864e5).toISOString().slice(0, 10);
  const bad = i % 1000 === 999; // one row in a thousand is broken
  lines.push(
    `${products[i % 3]},${bad ? 'XXX' : countries[i % countries.length]},${statuses[i % 4]},${day},"note ${i}, with a comma",row ${i}`,
  );
}
const file = join(mkdtempSync(join(tmpdir(), 'records-')), 'large.csv');
writeFileSync(file, lines.join('\n'));
console.log(`${rows} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB`);

const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${url}?view=data`);
await page.getByTestId('records-source').waitFor();
await page.evaluate(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
});
const start = Date.now();
await page.locator('#records-file').setInputFiles(file);
let sawProgress = false;
const progress = page.locator('#records-progress');
const done = page.locator('tr[data-file="large.csv"][data-state="ready"]');
while (!(await done.count())) {
  if (await progress.count()) sawProgress = true;
  await page.waitForTimeout(10);
}
const elapsed = Date.now() - start;
const longest = await page.evaluate(() => window.__longest);
const summary = await page.locator('tr[data-file="large.csv"]').textContent();
console.log(
  `read in ${elapsed} ms; longest main-thread task ${longest.toFixed(0)} ms; progress shown: ${sawProgress}`,
);
console.log(`file row: ${summary}`);
await browser.close();
