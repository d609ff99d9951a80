// The benchmark's settings and the targets its figures are read against (issues 7 and 20). The bench
// reports; it asserts nothing and never fails on a slow figure.

/** Cold loads of each page, interleaved (BENCH_RUNS overrides; at least 7 for the figures to mean much). */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7) || 7);
/** Changes of each kind (product, region, as-of) timed per page and renderer. */
export const CHANGES = Math.max(1, Number(process.env.BENCH_CHANGES ?? 50) || 50);
/** Changes cycled through between the two heap measurements. */
export const MEMORY_CHANGES = Math.max(1, Number(process.env.BENCH_MEMORY_CHANGES ?? 200) || 200);
/** Dates for the as-of recomputation in node. */
export const AS_OF_DATES = 100;
/** Pointer moves onto a country for the hover latency. */
export const HOVERS = Math.max(1, Number(process.env.BENCH_HOVERS ?? 30) || 30);
export const SKIP_LIGHTHOUSE = process.env.BENCH_SKIP_LIGHTHOUSE === '1';
/** Lighthouse runs per view and preset; the median is reported (issue 20: median of 3). */
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3);

/** The generated history: records, products, seed. */
export const RECORD_COUNT = 200_000;
export const PRODUCT_COUNT = 30;
export const SEED = 20220309;

/**
 * Added to scripts/chromium.mjs's flags for every browser the bench starts. Playwright turns GPU
 * rasterization on; here the "GPU" is SwiftShader on the CPU, and rasterising the SVG map's
 * paths that way holds each frame for seconds (SwapBuffers in a trace), which no real machine
 * does: with a graphics chip it is fast, without one Chromium rasterises on the CPU, as this flag
 * makes it. WebGL (SwiftShader) still works. BENCH_GPU_RASTER=1 keeps Playwright's setting.
 */
export const BROWSER_FLAGS = process.env.BENCH_GPU_RASTER === '1' ? [] : ['--disable-gpu-rasterization'];
/** The browser for the SVG figures: no WebGL at all, so the SVG map stays the map. */
export const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-3d-apis'];

/** Every page is opened at this size, the bare MapLibre page too. */
export const VIEWPORT = { width: 1366, height: 900 };
/** How long to wait for MapLibre to take over (`webgl-ready`) before reporting n/a. */
export const WEBGL_READY_TIMEOUT = 15_000;
/** How long one page load or one change may take before it is counted as failed. */
export const LOAD_TIMEOUT = 60_000;
export const CHANGE_TIMEOUT = 10_000;

/** Paths the bench's static server serves each build under. */
export const PATHS = { app: '/gsp-status/', bare: '/bare/', app200k: '/gsp-200k/' };
/** The overview the cold loads and changes start from. */
export const START_QUERY = '?product=gsocseq&region=asp';
/**
 * Added to the address for the WebGL figures: the app keeps the SVG map on software WebGL
 * (SwiftShader, as here) unless asked for MapLibre; builds without the option ignore it.
 */
export const WEBGL_QUERY = '&renderer=webgl';

const KIB = 1024;
const MB = 1024 * 1024;
/** Targets: `max` figures should stay at or under, `min` ones at or over. */
export const TARGETS = {
  mapReadyRatio: { max: 0.6, text: '≤ 0.6' },
  mapReady200k: { max: 1500, text: '< 1.5 s' },
  repaintFramesMedian: { max: 2, text: '≤ 2 frames' },
  repaintFramesP95: { max: 4, text: '≤ 4 frames' },
  asOfP95: { max: 8, text: '≤ 8 ms' },
  heapAfterLoad: { max: 60 * MB, text: '≤ 60 MB' },
  heapGrowth: { max: 10, text: '≤ 10 %' },
  initialJs: { max: 100 * KIB, text: '≤ 100 KiB' },
  lighthouseDesktop: { min: 0.95, text: '≥ 0.95' },
  lighthouseMobile: { min: 0.9, text: '≥ 0.90' },
  lighthouseOther: { min: 1, text: '1.0' },
};
