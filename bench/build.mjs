// The builds the bench serves, all under bench/.build/ (dist/ is left alone):
//   app      the app, `vite build --outDir bench/.build/app`
//   bare     bench/bare/ (bare MapLibre), with the app's boundaries.json copied in
//   app200k  a copy of the app whose records.csv is the generated 200,000-row history and whose
//            products.json lists its 30 products
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkHistory, historyCsv } from './history.mjs';

export const BUILD_DIR = 'bench/.build';
export const DIRS = {
  app: join(BUILD_DIR, 'app'),
  bare: join(BUILD_DIR, 'bare'),
  app200k: join(BUILD_DIR, 'app200k'),
};

/** Runs Vite's CLI; throws with the end of its output when it fails. */
function vite(args) {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`vite ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
  }
}

export function buildApp() {
  vite(['build', '--outDir', DIRS.app, '--emptyOutDir', '--logLevel', 'warn']);
}

export function buildBare() {
  vite(['build', '--config', 'bench/vite.bare.config.mjs']);
  mkdirSync(join(DIRS.bare, 'data'), { recursive: true });
  cpSync('public/data/boundaries.json', join(DIRS.bare, 'data/boundaries.json'));
}

/** The app's build with the generated history; returns { records, products, rows, bytes }. */
export function buildApp200k() {
  const { products, records } = benchmarkHistory(join(DIRS.app, 'data'));
  rmSync(DIRS.app200k, { recursive: true, force: true });
  cpSync(DIRS.app, DIRS.app200k, { recursive: true });
  const csv = historyCsv(records);
  writeFileSync(join(DIRS.app200k, 'data/records.csv'), csv);
  writeFileSync(join(DIRS.app200k, 'data/products.json'), `${JSON.stringify(products, null, 2)}\n`);
  return { products, rows: records.length, bytes: Buffer.byteLength(csv) };
}
