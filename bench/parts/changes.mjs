// Part 2: product, region and as-of changes, timed from the input event to the repainted map
// and legend (milliseconds and animation frames), and hover latency: pointer onto a country
// until the tooltip is in the page. Run once per page (default data, 200k history) and renderer
// (SVG in a browser without WebGL; WebGL once MapLibre has taken over).
import { CHANGES, HOVERS } from '../config.mjs';
import { changeKinds, installChangeHarness, openCold, settle, timeChange } from '../page.mjs';
import { summary } from '../stats.mjs';

/** `count` values from `list` in turn, never the one before (nor `current` first). */
function cycle(list, count, current) {
  const values = [];
  let last = current;
  for (let i = 0; values.length < count && list.length > 1; i++) {
    const value = list[i % list.length];
    if (value === last) continue;
    values.push(value);
    last = value;
  }
  return values;
}

/** The selection the page shows: from its controls, so it holds with or without data-painted. */
const selectionOf = (page) =>
  page.evaluate(() => ({
    product: document.querySelector('input[name=product]:checked')?.value,
    region: document.querySelector('#region-select')?.value,
    asOf: document.querySelector('#asof-input')?.value,
  }));

/** Times `count` changes of one kind; { ms, frames, failures, modes }. */
async function timeChanges(page, kind, values) {
  const ms = [];
  const frames = [];
  const modes = new Set();
  let failures = 0;
  let firstFailure;
  let state = await selectionOf(page);
  for (const value of values) {
    try {
      const result = await timeChange(page, changeKinds[kind](value), state);
      state = result.state;
      modes.add(result.mode);
      if (result.timedOut) {
        failures++;
        firstFailure ??= `${kind} ${value}: no repaint within the timeout`;
      } else {
        ms.push(result.ms);
        frames.push(result.frames);
      }
    } catch (error) {
      failures++;
      firstFailure ??= `${kind} ${value}: ${error.message.split('\n')[0]}`;
      state = await selectionOf(page);
    }
  }
  return { ms: summary(ms), frames: summary(frames), failures, firstFailure, modes: [...modes] };
}

/** Points over countries (in the region first) and one over the sea, in page coordinates. */
function hoverPoints() {
  const svg = document.querySelector('[data-testid=map] svg');
  if (!svg) return undefined;
  const box = svg.getBoundingClientRect();
  const inside = (x, y) =>
    x > box.left + 2 &&
    y > box.top + 2 &&
    x < box.right - 2 &&
    y < box.bottom - 2 &&
    x < innerWidth &&
    y < innerHeight;
  const countryAt = (x, y) =>
    document.elementFromPoint(x, y)?.closest('[data-iso3],[data-symbol-for],[data-copy-of]');
  const points = [];
  for (const path of svg.querySelectorAll('path[data-iso3]')) {
    const r = path.getBoundingClientRect();
    if (r.width < 10 || r.height < 10) continue;
    const x = Math.round(r.left + r.width / 2);
    const y = Math.round(r.top + r.height / 2);
    if (!inside(x, y) || countryAt(x, y) !== path) continue;
    points.push({
      iso3: path.getAttribute('data-iso3'),
      x,
      y,
      inRegion: path.getAttribute('data-status') !== 'outside',
    });
  }
  points.sort((a, b) => Number(b.inRegion) - Number(a.inRegion));
  let sea;
  for (let y = box.top + 5; !sea && y < box.bottom; y += 15) {
    for (let x = box.left + 5; !sea && x < box.right; x += 15) {
      if (inside(x, y) && !countryAt(x, y) && svg.contains(document.elementFromPoint(x, y))) sea = { x, y };
    }
  }
  return { countries: points.slice(0, 10), sea };
}

/** Pointer from the sea onto a country, until the tooltip is in the page; the time from the pointermove. */
async function timeHover(page, point, sea) {
  await page.mouse.move(sea.x, sea.y);
  await page.waitForFunction(() => !document.querySelector('.map__tooltip'), null, { timeout: 5000 });
  await page.evaluate(() => {
    window.__hover = new Promise((resolve) => {
      let start;
      const onMove = (e) => {
        start ??= Math.min(e.timeStamp, performance.now());
      };
      document.addEventListener('pointermove', onMove, true);
      const done = (timedOut) => {
        observer.disconnect();
        clearTimeout(timer);
        document.removeEventListener('pointermove', onMove, true);
        resolve({ ms: start === undefined ? undefined : performance.now() - start, timedOut });
      };
      const observer = new MutationObserver(() => {
        if (start !== undefined && document.querySelector('.map__tooltip')) done(false);
      });
      observer.observe(document.body, { subtree: true, childList: true });
      const timer = setTimeout(() => done(true), 5000);
    });
  });
  await page.mouse.move(point.x, point.y);
  return page.evaluate(() => window.__hover);
}

async function timeHovers(page, points) {
  if (!points?.countries.length || !points.sea) return { error: 'no country or sea point found on the map' };
  const ms = [];
  let failures = 0;
  for (let i = 0; i < HOVERS; i++) {
    try {
      const r = await timeHover(page, points.countries[i % points.countries.length], points.sea);
      if (r.timedOut || r.ms === undefined) failures++;
      else ms.push(r.ms);
    } catch {
      failures++;
    }
  }
  return { ms: summary(ms), failures, countries: points.countries.map((p) => p.iso3) };
}

/**
 * One page and renderer: opens `url` cold, waits for the renderer (for WebGL: `webgl-ready`
 * and data-map-mode="webgl"), then times CHANGES product, region and as-of changes and, on
 * the SVG map (or with `hoverAt` points), HOVERS hovers. Returns the figures, or { skipped }.
 */
export async function measureChanges(browser, url, { renderer, products, regions, dates, hoverAt }) {
  const { context, page, webglReady } = await openCold(browser, url, { webgl: renderer === 'webgl' });
  try {
    if (renderer === 'webgl') {
      if (webglReady === undefined) return { skipped: 'no webgl-ready mark within 15 s' };
      await page.waitForSelector('[data-testid=map][data-map-mode=webgl]', { timeout: 5000 });
    }
    await settle(page);
    const harness = await installChangeHarness(page);
    if (renderer === 'svg' && harness.mode !== 'svg') {
      return { skipped: `the map is in "${harness.mode}" mode, not SVG` };
    }
    const start = await selectionOf(page);
    const result = {
      renderer,
      url,
      repaintSignal: harness.paintedSupported ? 'data-painted' : 'legend text, then the next frame',
    };
    result.product = await timeChanges(page, 'product', cycle(products, CHANGES, start.product));
    result.region = await timeChanges(page, 'region', cycle(regions, CHANGES, start.region));
    // Back to the starting region (untimed) so the as-of changes run on the same map as the others.
    await timeChange(page, changeKinds.region(start.region), await selectionOf(page)).catch(() => {});
    result.asOf = await timeChanges(page, 'asOf', cycle(dates, CHANGES, start.asOf));
    await timeChange(page, changeKinds.asOf(start.asOf), await selectionOf(page)).catch(() => {});

    // Hover: points found on the SVG map; the WebGL map is hovered at the same places.
    const points = hoverAt ?? (await page.evaluate(hoverPoints));
    result.hoverPoints = points;
    result.hover = await timeHovers(page, points);
    return result;
  } finally {
    await context.close();
  }
}
