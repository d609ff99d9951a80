// The performance benchmark (issue 7): builds the app into bench/.build/, serves it under a
// sub-path with a gzipping static server, and measures in headless Chromium and in node:
//   1. cold load to map-ready: the app against bare MapLibre on the same boundaries, and the app
//      on a 200,000-row history; when MapLibre took over (webgl-ready)
//   2. product, region and as-of changes to the repainted map and legend (ms and frames), SVG
//      and WebGL, default data and 200k history; hover to tooltip
//   3. as-of recomputation at scale in node, with the app's domain functions
//   4. JS heap after load and after 200 changes
//   5. transfer sizes (gzip) per file (scripts/sizes.mjs)
//   6. Lighthouse, desktop and mobile, on four views, the median of 3 runs (BENCH_SKIP_LIGHTHOUSE=1 skips it)
// Prints a table, each figure beside its target, and writes the same figures to
// bench/results/latest.json and a timestamped copy. Reports only: it fails on no figure; a part
// that cannot run says why and the others still run.
//
//   npm run bench                      BENCH_RUNS=3 BENCH_CHANGES=10 npm run bench   (quicker)
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { measureSizes } from '../scripts/sizes.mjs';
import { buildApp, buildApp200k, buildBare, BUILD_DIR, DIRS } from './build.mjs';
import {
  BROWSER_FLAGS,
  CHANGES,
  MEMORY_CHANGES,
  NO_WEBGL_FLAGS,
  PATHS,
  RUNS,
  SKIP_LIGHTHOUSE,
  LIGHTHOUSE_RUNS,
  START_QUERY,
  TARGETS,
  VIEWPORT,
  WEBGL_QUERY,
} from './config.mjs';
import { measureAsOf } from './parts/asOf.mjs';
import { measureChanges } from './parts/changes.mjs';
import { measureColdLoads } from './parts/coldLoad.mjs';
import { measureLighthouse } from './parts/lighthouse.mjs';
import { measureMemory } from './parts/memory.mjs';
import { fmt, printTable, row, writeResults } from './report.mjs';
import { startServer } from '../scripts/static-server.mjs';

const started = Date.now();
const results = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGB: os.totalmem() / 2 ** 30,
    node: process.version,
  },
  settings: {
    runs: RUNS,
    changes: CHANGES,
    memoryChanges: MEMORY_CHANGES,
    viewport: VIEWPORT,
    browserFlags: BROWSER_FLAGS,
  },
  parts: {},
  /** 1-minute load average as each part started. */
  loadAverage: {},
  errors: {},
  notes: [],
};
const rows = [];
const progress = (message) => console.log(`› ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

/**
 * Runs one part; a failure is recorded and printed, and the next part still runs. The machine's
 * load average is kept before each part: other work on the machine shows in every figure.
 */
async function part(name, fn) {
  results.loadAverage[name] = Number(os.loadavg()[0].toFixed(2));
  try {
    return await fn();
  } catch (error) {
    const message = error?.message ?? String(error);
    results.errors[name] = message;
    rows.push(row(name, 'could not run', message.split('\n')[0].slice(0, 100)));
    console.error(`✗ ${name}: ${message}`);
    return undefined;
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** `count` dates evenly spread from `from` to `to` (YYYY-MM-DD). */
function datesBetween(from, to, count) {
  const a = Date.parse(from);
  const step = (Date.parse(to) - a) / Math.max(1, count - 1);
  return Array.from({ length: count }, (_, i) => new Date(a + Math.round((step * i) / 864e5) * 864e5))
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d, i, list) => list.indexOf(d) === i);
}

// ---- builds ---------------------------------------------------------------------------------
progress(`building the app into ${DIRS.app}`);
const appBuilt = await part('build', () => (buildApp(), true));
if (appBuilt) {
  progress('building the bare MapLibre page');
  await part('build (bare page)', () => (buildBare(), true));
  progress('generating the 200,000-row history and its copy of the app');
  const history = await part('build (200k history)', () => buildApp200k());
  if (history)
    results.history = { rows: history.rows, products: history.products.length, bytes: history.bytes };
}

// ---- 5. transfer sizes ----------------------------------------------------------------------
if (appBuilt) {
  await part('transfer (gzip)', () => {
    const sizes = measureSizes(DIRS.app);
    results.parts.sizes = sizes;
    const initial = sizes.totals['initial-js']?.gzip;
    rows.push(
      row(
        'transfer (gzip)',
        `initial JS (${sizes.initialJs.length} files)`,
        fmt.kib(initial),
        TARGETS.initialJs,
        initial,
      ),
    );
    const label = {
      'initial-js': 'initial JS',
      'lazy-js': 'lazy chunk',
      worker: 'worker',
      css: 'CSS',
      boundaries: 'boundaries',
      data: 'data',
    };
    for (const kind of Object.keys(label)) {
      for (const f of sizes.files.filter((x) => x.kind === kind)) {
        const name = `  ${label[kind]}${f.initial ? ' (initial)' : ''}: ${f.file.replace(/^assets\//, '')}`;
        const target = kind === 'boundaries' ? { max: 100 * 1024, text: '≤ 100 KiB' } : undefined;
        rows.push(row('transfer (gzip)', name, fmt.kib(f.gzip), target, f.gzip));
      }
    }
  });
}

// ---- 3. as-of at scale, in node ------------------------------------------------------------
progress('as-of recomputation in node (200k history)');
await part('as-of (node)', async () => {
  const r = await measureAsOf();
  results.parts.asOf = r;
  const p = 'as-of (node, 200k)';
  rows.push(row(p, `indexRecords (${r.records} records, once)`, fmt.ms(r.indexMs)));
  for (const region of ['world', 'asp']) {
    if (!r[region]) continue;
    const what = `statuses + counts, ${region} (${r[region].members} members)`;
    rows.push(row(p, `${what}, median`, fmt.ms(r[region].ms.median)));
    rows.push(row(p, `${what}, p95`, fmt.ms(r[region].ms.p95), TARGETS.asOfP95, r[region].ms.p95));
  }
});

// ---- the browser parts ----------------------------------------------------------------------
let server;
if (appBuilt) {
  server = await part('server', () =>
    startServer({ [PATHS.app]: DIRS.app, [PATHS.bare]: DIRS.bare, [PATHS.app200k]: DIRS.app200k }),
  );
}
if (server) {
  const urls = {
    app: `${server.origin}${PATHS.app}${START_QUERY}`,
    bare: `${server.origin}${PATHS.bare}`,
    app200k: `${server.origin}${PATHS.app200k}${START_QUERY}`,
    // The app brings MapLibre in on software WebGL only when asked.
    appWebgl: `${server.origin}${PATHS.app}${START_QUERY}${WEBGL_QUERY}`,
  };
  const regionIds = readJson(join(DIRS.app, 'data/regions.json')).regions.map((r) => r.id);
  const datasets = {
    default: {
      url: urls.app,
      products: readJson(join(DIRS.app, 'data/products.json')).map((p) => p.id),
      dates: datesBetween('2019-01-15', '2025-11-15', CHANGES + 1),
    },
    '200k': {
      url: urls.app200k,
      products: readJson(join(DIRS.app200k, 'data/products.json')).map((p) => p.id),
      dates: datesBetween('2010-03-01', '2025-12-01', CHANGES + 1),
    },
  };

  // 1. cold loads, in the normal browser (software WebGL).
  progress(`cold loads: app, bare MapLibre and 200k history, ${RUNS} each, interleaved`);
  let browser = await part('cold load (browser)', () => launchChromium(BROWSER_FLAGS));
  if (browser) {
    results.chromium = browser.version();
    await part('cold load', async () => {
      const r = await measureColdLoads(browser, {
        app: { url: urls.app, webgl: true },
        bare: { url: urls.bare, webgl: false },
        app200k: { url: urls.app200k, webgl: true },
        appWebgl: { url: urls.appWebgl, webgl: true },
      });
      results.parts.coldLoad = r;
      const p = 'cold load';
      const range = (s) => (s.n ? ` (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})` : '');
      rows.push(row(p, 'app map-ready, median', fmt.ms(r.app.mapReady.median) + range(r.app.mapReady)));
      rows.push(
        row(p, 'bare MapLibre map-ready, median', fmt.ms(r.bare.mapReady.median) + range(r.bare.mapReady)),
      );
      rows.push(row(p, 'ratio app / bare (medians)', fmt.ratio(r.ratio), TARGETS.mapReadyRatio, r.ratio));
      const gl = (x) =>
        x.webglReady.n
          ? fmt.ms(x.webglReady.median) + range(x.webglReady)
          : `n/a (none in 15 s; map renderer: ${x.renderers.join(', ') || '?'})`;
      rows.push(row(p, 'app webgl-ready (MapLibre took over), median', gl(r.app)));
      rows.push(
        row(
          p,
          `app${WEBGL_QUERY.replace('&', ' ?')}: map-ready, median`,
          fmt.ms(r.appWebgl.mapReady.median) + range(r.appWebgl.mapReady),
        ),
      );
      rows.push(row(p, `app${WEBGL_QUERY.replace('&', ' ?')}: webgl-ready, median`, gl(r.appWebgl)));
      rows.push(
        row(
          p,
          '200k history map-ready, median',
          fmt.ms(r.app200k.mapReady.median) + range(r.app200k.mapReady),
          TARGETS.mapReady200k,
          r.app200k.mapReady.median,
        ),
      );
      rows.push(row(p, '200k history webgl-ready, median', gl(r.app200k)));
      for (const [name, x] of Object.entries(r)) {
        if (x?.failures?.length)
          rows.push(row(p, `${name}: ${x.failures.length} loads failed`, x.failures[0].slice(0, 60)));
      }
    });
  }

  // 2. changes, SVG: a browser without WebGL, so the SVG map stays the map.
  const changeRows = (p, dataset, r) => {
    if (r.skipped) {
      rows.push(row(p, `${dataset}: skipped`, r.skipped));
      return;
    }
    for (const kind of ['product', 'region', 'asOf']) {
      const x = r[kind];
      const what = `${dataset}: ${kind === 'asOf' ? 'as-of' : kind} change`;
      const failed = x.failures ? `, ${x.failures} failed` : '';
      rows.push(
        row(
          p,
          `${what}, median (n=${x.ms.n}${failed})`,
          `${fmt.ms(x.ms.median)}, ${fmt.frames(x.frames.median)}`,
          TARGETS.repaintFramesMedian,
          x.frames.median,
        ),
      );
      rows.push(
        row(
          p,
          `${what}, p95`,
          `${fmt.ms(x.ms.p95)}, ${fmt.frames(x.frames.p95)}`,
          TARGETS.repaintFramesP95,
          x.frames.p95,
        ),
      );
    }
    if (r.hover?.ms) {
      const h = r.hover;
      rows.push(row(p, `${dataset}: hover to tooltip, median (n=${h.ms.n})`, fmt.ms(h.ms.median)));
      rows.push(row(p, `${dataset}: hover to tooltip, p95`, fmt.ms(h.ms.p95)));
    } else if (r.hover?.error) rows.push(row(p, `${dataset}: hover`, r.hover.error));
  };
  const hoverAt = {};
  results.parts.changes = { svg: {}, webgl: {} };
  if (browser) await browser.close();
  progress(
    `changes on the SVG map (browser with --disable-webgl --disable-3d-apis), ${CHANGES} of each kind`,
  );
  browser = await part('changes (SVG, browser)', () => launchChromium([...BROWSER_FLAGS, ...NO_WEBGL_FLAGS]));
  if (browser) {
    for (const [dataset, d] of Object.entries(datasets)) {
      await part(`changes (SVG, ${dataset})`, async () => {
        const r = await measureChanges(browser, d.url, {
          renderer: 'svg',
          products: d.products,
          regions: regionIds,
          dates: d.dates,
        });
        results.parts.changes.svg[dataset] = r;
        hoverAt[dataset] = r.hoverPoints;
        changeRows('changes (SVG)', dataset, r);
      });
    }
    await browser.close();
  }

  // 2. changes, WebGL: the normal browser, once MapLibre has taken over.
  progress('changes on the WebGL map, after MapLibre has taken over');
  browser = await part('changes (WebGL, browser)', () => launchChromium(BROWSER_FLAGS));
  if (browser) {
    for (const [dataset, d] of Object.entries(datasets)) {
      await part(`changes (WebGL, ${dataset})`, async () => {
        const r = await measureChanges(browser, d.url + WEBGL_QUERY, {
          renderer: 'webgl',
          products: d.products,
          regions: regionIds,
          dates: d.dates,
          hoverAt: hoverAt[dataset],
        });
        results.parts.changes.webgl[dataset] = r;
        changeRows('changes (WebGL)', dataset, r);
      });
    }

    // 4. memory, in the same (normal) browser, a fresh context.
    progress(`memory: heap after load and after ${MEMORY_CHANGES} changes`);
    await part('memory', async () => {
      const d = datasets.default;
      const r = await measureMemory(browser, d.url, {
        products: d.products,
        regions: regionIds,
        dates: d.dates,
      });
      results.parts.memory = r;
      const p = `memory (${r.mode})`;
      rows.push(
        row(
          p,
          'JS heap after load (after GC)',
          fmt.mb(r.afterLoad.usedSize),
          TARGETS.heapAfterLoad,
          r.afterLoad.usedSize,
        ),
      );
      rows.push(
        row(
          p,
          `JS heap after ${r.changes} changes (after GC)${r.failures ? `, ${r.failures} failed` : ''}`,
          fmt.mb(r.afterChanges.usedSize),
        ),
      );
      rows.push(row(p, 'growth', fmt.pct(r.growthPct), TARGETS.heapGrowth, r.growthPct));
    });
    await browser.close();
  }

  // 6. Lighthouse, last: it starts its own browser.
  if (SKIP_LIGHTHOUSE) {
    rows.push(row('lighthouse', 'skipped (BENCH_SKIP_LIGHTHOUSE=1)', ''));
  } else {
    progress(
      `Lighthouse: overview, outstanding, country and present, desktop and mobile, ${LIGHTHOUSE_RUNS} runs each`,
    );
    await part('lighthouse', async () => {
      const base = `${server.origin}${PATHS.app}`;
      const r = await measureLighthouse(
        {
          overview: `${base}${START_QUERY}`,
          outstanding: `${base}?view=outstanding`,
          country: `${base}?view=country&country=NPL`,
          present: `${base}?view=present`,
        },
        join(BUILD_DIR, 'lighthouse'),
        LIGHTHOUSE_RUNS,
      );
      results.parts.lighthouse = r;
      for (const x of r) {
        const p = 'lighthouse';
        const what = `${x.view}, ${x.preset}`;
        if (x.error) {
          rows.push(row(p, `${what}: failed`, x.error.slice(0, 80)));
          continue;
        }
        const perfTarget = x.preset === 'desktop' ? TARGETS.lighthouseDesktop : TARGETS.lighthouseMobile;
        const why = x.performance === null && x.missing ? ` (${x.missing})` : '';
        const all = x.runs?.length > 1 ? ` (runs: ${x.runs.map(fmt.score).join(', ')})` : '';
        rows.push(
          row(
            p,
            `${what}: performance, median`,
            fmt.score(x.performance) + why + all,
            perfTarget,
            x.performance,
          ),
        );
        rows.push(
          row(
            p,
            `${what}: accessibility`,
            fmt.score(x.accessibility),
            TARGETS.lighthouseOther,
            x.accessibility,
          ),
        );
        rows.push(
          row(
            p,
            `${what}: best practices`,
            fmt.score(x.bestPractices),
            TARGETS.lighthouseOther,
            x.bestPractices,
          ),
        );
        rows.push(
          row(
            p,
            `${what}: LCP · TBT · CLS`,
            `${fmt.ms(x.lcp)} · ${fmt.ms(x.tbt)} · ${x.cls?.toFixed(3) ?? 'n/a'}`,
          ),
        );
        if (x.failing?.length)
          rows.push(row(p, `${what}: failing audits`, x.failing.join(', ').slice(0, 80)));
      }
    });
  }
  await server.close();
}

// ---- output ---------------------------------------------------------------------------------
results.notes.push(
  'Changes are timed from the input event (its timeStamp) to the map carrying data-painted="<product>|<region>|<as-of>" with the legend changed; frames count requestAnimationFrame callbacks in between.',
  `SVG figures come from a browser launched with ${NO_WEBGL_FLAGS.join(' ')} (the SVG map stays the map); WebGL figures from the normal browser (software WebGL, SwiftShader), with ${WEBGL_QUERY.slice(1)} in the address (the app keeps the SVG map on software WebGL otherwise), after webgl-ready.`,
  BROWSER_FLAGS.length
    ? `Every browser runs with ${BROWSER_FLAGS.join(' ')}: GPU rasterization on SwiftShader holds each SVG map frame for seconds here (BENCH_GPU_RASTER=1 to keep it).`
    : 'GPU rasterization left on (BENCH_GPU_RASTER=1): on SwiftShader it holds each SVG map frame for seconds.',
  'Region changes move the camera: on the WebGL map, the repaint is reported when MapLibre is idle, after its 600 ms camera ease.',
  'Hover: pointer moved from the sea onto a country until .map__tooltip is in the page.',
);
results.table = rows;
results.durationSeconds = Math.round((Date.now() - started) / 1000);
console.log('');
console.log(
  `Benchmark, ${results.startedAt} — ${results.machine.cpus} CPUs, node ${process.version}, ` +
    `Chromium ${results.chromium ?? '?'}, ${RUNS} cold loads each, ${CHANGES} changes of each kind`,
);
const loads = Object.values(results.loadAverage);
console.log(
  `Load average (1 min) as the parts started: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} ` +
    `on ${results.machine.cpus} CPUs (other work on the machine shows in every figure).`,
);
console.log('');
printTable(rows);
console.log('');
for (const note of results.notes) console.log(`· ${note}`);
const files = writeResults('bench/results', results);
console.log(`\nWritten: ${files.join(', ')} (${results.durationSeconds} s)`);
if (Object.keys(results.errors).length)
  console.log(`Parts that could not run: ${Object.keys(results.errors).join(', ')}`);
