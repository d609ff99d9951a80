// Part 6: Lighthouse 12 (the devDependency, through its CLI) on the overview, outstanding,
// country and present views, desktop and mobile presets, BENCH_LIGHTHOUSE_RUNS runs each (3 by
// default): the run with the median performance score gives its performance, accessibility and
// best-practices scores, LCP, TBT and CLS; every run's score is kept. Lighthouse starts its own
// Chromium (CHROME_PATH).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS].join(' ');
const RUN_TIMEOUT = 240_000;

function lighthouse(url, preset, outputPath) {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGTERM'), RUN_TIMEOUT);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new Error(`lighthouse exited ${signal ?? code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`),
        );
    });
  });
}

export async function measureLighthouse(views, outDir, runs = 3) {
  mkdirSync(outDir, { recursive: true });
  const results = [];
  for (const [view, url] of Object.entries(views)) {
    for (const preset of ['desktop', 'mobile']) {
      const done = [];
      let error;
      for (let run = 1; run <= runs; run++) {
        try {
          done.push(await oneRun(view, preset, url, join(outDir, `${view}-${preset}-${run}.json`)));
        } catch (e) {
          error = e.message;
        }
      }
      if (done.length === 0) {
        results.push({ view, preset, url, error });
        continue;
      }
      // The median run by performance score (a run without one counts lowest).
      const ranked = [...done].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
      const median = ranked[Math.floor((ranked.length - 1) / 2)];
      results.push({ ...median, runs: done.map((d) => d.performance ?? null) });
    }
  }
  return results;
}

async function oneRun(view, preset, url, outputPath) {
  await lighthouse(url, preset, outputPath);
  const lhr = JSON.parse(readFileSync(outputPath, 'utf8'));
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    view,
    preset,
    url,
    performance: lhr.categories.performance?.score,
    accessibility: lhr.categories.accessibility?.score,
    bestPractices: lhr.categories['best-practices']?.score,
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    // Why a figure is missing (e.g. NO_LCP: Lighthouse found no largest contentful paint).
    missing: [
      ...new Set(
        ['largest-contentful-paint', 'total-blocking-time']
          .map((id) => lhr.audits[id]?.errorMessage)
          .filter(Boolean),
      ),
    ].join(', '),
    // What kept a score under 1, for the reader.
    failing: Object.values(lhr.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) =>
        c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0).map((r) => r.id),
      ),
    report: outputPath,
  };
}
