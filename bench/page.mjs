// What the browser parts share: opening a page cold and waiting for its marks, and the in-page
// harness that times a change from the input event to the repainted map and legend.
import { CHANGE_TIMEOUT, LOAD_TIMEOUT, VIEWPORT, WEBGL_READY_TIMEOUT } from './config.mjs';

/** The startTime of a performance mark, or undefined if it is not (yet) there. */
export const markOf = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime, name);

/** Waits for a mark up to `timeout` ms; its startTime, or undefined when it did not come. */
export async function waitForMark(page, name, timeout) {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
    return await markOf(page, name);
  } catch {
    return undefined;
  }
}

/**
 * Opens `url` in a fresh context (empty cache, no service worker yet) and waits for `map-ready`;
 * with `webgl`, also for `webgl-ready` (up to WEBGL_READY_TIMEOUT). Returns { context, page,
 * mapReady, webglReady, renderer }; the caller closes the context.
 */
export async function openCold(browser, url, { webgl = false, webglTimeout = WEBGL_READY_TIMEOUT } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    await page.goto(url, { timeout: LOAD_TIMEOUT });
    const mapReady = await waitForMark(page, 'map-ready', LOAD_TIMEOUT);
    if (mapReady === undefined) {
      throw new Error(
        `no map-ready mark within ${LOAD_TIMEOUT / 1000} s${problems.length ? `: ${problems[0]}` : ''}`,
      );
    }
    // A timeout of 0 looks once, without waiting.
    const webglReady = !webgl
      ? undefined
      : webglTimeout > 0
        ? await waitForMark(page, 'webgl-ready', webglTimeout)
        : await markOf(page, 'webgl-ready');
    // What the map settled on (data-renderer where the build sets it, else data-map-mode).
    const renderer = await page.evaluate(() => {
      const map = document.querySelector('[data-testid=map]');
      return map?.getAttribute('data-renderer') ?? map?.getAttribute('data-map-mode') ?? undefined;
    });
    return { context, page, mapReady, webglReady, renderer };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Waits until the service worker (if any) is active, so it is not installing during a measurement. */
export async function settle(page, ms = 500) {
  await page
    .evaluate(
      () =>
        'serviceWorker' in navigator &&
        Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 20000))]),
    )
    .catch(() => {});
  await page.waitForTimeout(ms);
}

/**
 * Installed in the page. `__bench.arm(key)` starts watching: the change starts at the first
 * input event after it (click, input or change; its `timeStamp`, the moment the browser got the
 * input) and ends when the map carries `data-painted="<key>"` and the legend's text has changed.
 * Pages without `data-painted` (an older build) end when the legend has changed and the next
 * frame has been painted. Frames are requestAnimationFrame callbacks from input to end.
 * `__bench.result` resolves to { ms, frames, mode, timedOut }.
 */
function installHarness(timeout) {
  if (window.__bench) return;
  const mapElement = () => document.querySelector('[data-testid=map]');
  const legendText = () => document.querySelector('.legend')?.textContent ?? '';
  let frames = 0;
  let looping = false;
  const tick = () => {
    frames++;
    if (looping) requestAnimationFrame(tick);
  };
  const bench = {
    /** Whether this build sets data-painted at all (seen on the map once it has painted). */
    paintedSupported: mapElement()?.hasAttribute('data-painted') ?? false,
    painted: () => mapElement()?.getAttribute('data-painted') ?? undefined,
    mode: () => mapElement()?.getAttribute('data-map-mode') ?? undefined,
    arm(key) {
      const before = legendText();
      const armedAt = performance.now();
      let start;
      let startFrames = 0;
      looping = true;
      requestAnimationFrame(tick);
      const onInput = (e) => {
        if (start !== undefined) return;
        // Synthetic events (fill, selectOption) carry their creation time; trusted ones the input's.
        start = Math.min(e.timeStamp, performance.now());
        startFrames = frames;
      };
      const types = ['click', 'input', 'change'];
      for (const type of types) document.addEventListener(type, onInput, true);
      bench.result = new Promise((resolve) => {
        let finished = false;
        const finish = (timedOut) => {
          if (finished) return;
          finished = true;
          const end = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          looping = false;
          for (const type of types) document.removeEventListener(type, onInput, true);
          const from = start ?? armedAt;
          resolve({ ms: end - from, frames: frames - startFrames, mode: bench.mode(), timedOut });
        };
        const check = () => {
          if (start === undefined || legendText() === before) return;
          if (bench.paintedSupported) {
            if (bench.painted() === key) finish(false);
          } else {
            // No data-painted: the frame after the legend changed has painted the map too.
            requestAnimationFrame(() => setTimeout(() => finish(false), 0));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-painted'],
        });
        const timer = setTimeout(() => finish(true), timeout);
      });
    },
    result: undefined,
  };
  window.__bench = bench;
}

export async function installChangeHarness(page) {
  await page.evaluate(installHarness, CHANGE_TIMEOUT);
  return page.evaluate(() => ({
    paintedSupported: window.__bench.paintedSupported,
    painted: window.__bench.painted(),
    mode: window.__bench.mode(),
  }));
}

/**
 * The changes the overview offers, each `{ kind, value, input(page) }`. `state` is the current
 * selection { product, region, asOf } and is updated as changes are made.
 */
export const changeKinds = {
  product: (id) => ({
    kind: 'product',
    value: id,
    apply: (state) => ({ ...state, product: id }),
    input: (page) => page.check(`input[name=product][value="${id}"]`),
  }),
  region: (id) => ({
    kind: 'region',
    value: id,
    apply: (state) => ({ ...state, region: id }),
    input: (page) => page.selectOption('#region-select', id),
  }),
  asOf: (date) => ({
    kind: 'asOf',
    value: date,
    apply: (state) => ({ ...state, asOf: date }),
    input: (page) => page.fill('#asof-input', date),
  }),
};

export const paintedKey = (state) => `${state.product}|${state.region}|${state.asOf}`;

/** Makes one change and times it; returns { ms, frames, mode, timedOut }. */
export async function timeChange(page, change, state) {
  const next = change.apply(state);
  await page.evaluate((key) => window.__bench.arm(key), paintedKey(next));
  await change.input(page);
  const result = await page.evaluate(() => window.__bench.result);
  return { ...result, state: next };
}
