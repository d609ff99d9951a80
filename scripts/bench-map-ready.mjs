// Measures time to the first painted choropleth (performance mark "map-ready") over fresh page
// loads of a served build, and the transfer sizes that matter. Prints; asserts nothing.
//
//   npm run build && node scripts/serve-static.mjs &   # then
//   node scripts/bench-map-ready.mjs [url] [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/gsp-status/';
const runs = Number(process.argv[3] ?? 7);

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const assets = readdirSync('dist/assets').map((f) => `dist/assets/${f}`);
console.log('gzip sizes:');
for (const f of [...assets, ...readdirSync('dist/data').map((f) => `dist/data/${f}`)]) {
  console.log(`  ${f.padEnd(48)} ${kib(gz(f))}`);
}

const browser = await launchChromium();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 60000,
  });
  times.push(await page.evaluate(() => performance.getEntriesByName('map-ready')[0].startTime));
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `map-ready over ${runs} cold loads (software WebGL): median ${median.toFixed(0)} ms, ` +
    `min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`,
);
