// Takes a full-page screenshot of a running build in the system Chromium and prints the
// console and the time of the map-ready mark.
//
//   node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { launchChromium } from './chromium.mjs';

const [url, out, width = '1366', height = '900'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
try {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 30000,
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('map-ready')[0].startTime);
  logs.push(`map-ready at ${ms.toFixed(0)} ms`);
} catch {
  logs.push('map-ready never came');
}
await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 300));
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== '0' });
console.log(logs.join('\n'));
await browser.close();
