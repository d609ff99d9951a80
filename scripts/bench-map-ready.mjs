// Measures time to the first painted choropleth (performance mark "map-ready") over fresh page
// loads of one or more served builds, alternating between them so that they share the same
// machine noise, and prints the transfer sizes of this build. Prints; asserts nothing.
//
//   npm run build && node scripts/serve-static.mjs &   # then
//   node scripts/bench-map-ready.mjs [runs] [url ...]
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const runs = Number(process.argv[2] ?? 7);
const urls = process.argv.slice(3).length ? process.argv.slice(3) : ['http://127.0.0.1:4173/gsp-status/'];

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('gzip sizes of dist/:');
for (const dir of ['dist/assets', 'dist/data']) {
  for (const f of readdirSync(dir)) console.log(`  ${`${dir}/${f}`.padEnd(48)} ${kib(gz(`${dir}/${f}`))}`);
}

const browser = await launchChromium();
const times = urls.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [u, url] of urls.entries()) {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      serviceWorkers: process.env.BLOCK_SW ? 'block' : 'allow',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
      timeout: 60000,
    });
    times[u].push(await page.evaluate(() => performance.getEntriesByName('map-ready')[0].startTime));
    await context.close();
  }
}
await browser.close();
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const [u, url] of urls.entries()) {
  const sorted = [...times[u]].sort((a, b) => a - b);
  console.log(
    `${url}: map-ready over ${runs} cold loads: median ${median(sorted).toFixed(0)} ms ` +
      `(min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})` +
      (u > 0 ? `; ${(median(times[u]) / median(times[0])).toFixed(2)}× the first` : ''),
  );
}
