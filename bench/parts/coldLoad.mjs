// Part 1: cold loads to `map-ready` of the app, of the bare MapLibre page drawing the same
// boundaries, and of the app on the 200k history, interleaved (app, bare, 200k, app, …) in one
// browser so they share the machine's noise; each load in a fresh context (empty cache). Also
// when MapLibre took over in the app (`webgl-ready`), which the app skips on software WebGL
// unless asked (?renderer=webgl): that variant is loaded in turn too.
import { RUNS, WEBGL_READY_TIMEOUT } from '../config.mjs';
import { openCold } from '../page.mjs';
import { median, summary } from '../stats.mjs';

/** The app's camera and map size once loaded, so the bare page draws the same view at the same size. */
async function appView(page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid=map]');
    const camera = map?.getAttribute('data-camera')?.split(',').map(Number);
    const box = map?.getBoundingClientRect();
    if (!camera || camera.length !== 3 || camera.some((n) => !Number.isFinite(n)) || !box) return undefined;
    return {
      center: [camera[0], camera[1]],
      zoom: camera[2],
      width: Math.round(box.width),
      height: Math.round(box.height),
    };
  });
}

/**
 * `pages`: { name: { url, webgl } } in the order to load them, `app` and `bare` among them;
 * `webgl`: wait for webgl-ready too.
 */
export async function measureColdLoads(browser, pages) {
  const times = Object.fromEntries(
    Object.keys(pages).map((k) => [k, { mapReady: [], webglReady: [], renderers: new Set(), failures: [] }]),
  );
  let view;
  // webgl-ready is waited for up to 15 s; once it has failed to come, later loads do not wait again.
  const webglTimeout = Object.fromEntries(Object.keys(pages).map((k) => [k, WEBGL_READY_TIMEOUT]));

  // One load of each, not counted: the server compresses each file once, the OS caches the
  // files; the app's tells the view and map size the bare page is to draw.
  for (const [name, { url }] of Object.entries(pages)) {
    try {
      const { context, page } = await openCold(browser, url);
      if (name === 'app') view = await appView(page);
      await context.close();
    } catch {
      // Counted in the measured loads below.
    }
  }

  for (let run = 0; run < RUNS; run++) {
    for (const [name, target] of Object.entries(pages)) {
      let url = target.url;
      if (name === 'bare' && view) {
        url += `?center=${view.center.join(',')}&zoom=${view.zoom}&width=${view.width}&height=${view.height}`;
      }
      try {
        const { context, mapReady, webglReady, renderer } = await openCold(browser, url, {
          webgl: target.webgl,
          webglTimeout: webglTimeout[name],
        });
        await context.close();
        times[name].mapReady.push(mapReady);
        // The renderer after the full wait for webgl-ready (later loads do not wait).
        if (renderer && target.webgl && webglTimeout[name] > 0) times[name].renderers.add(renderer);
        if (webglReady !== undefined) times[name].webglReady.push(webglReady);
        else if (target.webgl) webglTimeout[name] = 0;
      } catch (error) {
        times[name].failures.push(error.message.split('\n')[0]);
      }
    }
  }

  const result = { runs: RUNS, bareView: view ?? 'centre [95, 20], zoom 1.6, full window' };
  for (const [name, t] of Object.entries(times)) {
    result[name] = {
      url: pages[name].url,
      mapReady: summary(t.mapReady),
      webglReady: pages[name].webgl ? summary(t.webglReady) : undefined,
      webglReadyMissing: pages[name].webgl ? t.mapReady.length - t.webglReady.length : undefined,
      renderers: [...t.renderers],
      failures: t.failures,
    };
  }
  const app = median(times.app.mapReady);
  const bare = median(times.bare.mapReady);
  result.ratio = app !== undefined && bare ? app / bare : undefined;
  return result;
}
