// The transfer size (gzip) of every file of a build, and what each file is: JavaScript that
// loads before the first map (the entry chunk and its static imports), lazy chunks (reached
// only by a dynamic import()), workers, CSS, boundaries and the other data files.
// Used by scripts/check-budgets.mjs and the benchmark (bench/run.mjs).
//
//   import { measureSizes } from './sizes.mjs';
//   const sizes = measureSizes('dist');
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { posix, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Level 9, as scripts/build-boundaries.mjs and the boundaries test measure. */
const GZIP_LEVEL = 9;

export const gzipBytes = (buffer) => gzipSync(buffer, { level: GZIP_LEVEL }).length;

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, path));
    else files.push(path);
  }
  return files.sort();
}

/** A relative address in the build (`./assets/x.js`, `assets/x.js`), as a path from the build's root. */
function resolveFrom(fromFile, specifier) {
  if (/^[a-z]+:|^\/\//i.test(specifier)) return undefined; // another host: not part of the build
  const base = posix.dirname(fromFile);
  return posix.normalize(specifier.startsWith('/') ? specifier.slice(1) : posix.join(base, specifier));
}

/** Attribute values of the tags in `html` that match `tag` (e.g. every `src` of a module script). */
function attributeOf(html, tagPattern, attribute) {
  const values = [];
  for (const [tag] of html.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag);
    if (value) values.push(value[1]);
  }
  return values;
}

/**
 * The static imports of a built module: `import … from "./x.js"`, `import "./x.js"` and
 * `export … from "./x.js"`. A dynamic `import("./x.js")` is not one (its target is lazy): the
 * keyword must be followed by a clause and `from`, or directly by the quoted address.
 */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`()=;]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;

export function staticImportsOf(source) {
  return [...source.matchAll(STATIC_IMPORT)].map((m) => m[2]);
}

/**
 * The gzip size of every file of the build in `distDir` and its kind:
 *   initial-js  the module scripts of index.html, its modulepreloads and their static imports
 *   lazy-js     every other JavaScript chunk (reached by a dynamic import())
 *   worker      a script whose name says worker, and the service worker sw.js
 *   css         stylesheets (`initial: true` for those index.html links)
 *   boundaries  data/boundaries.json
 *   data        the other files under data/
 *   other       index.html and anything else
 * Returns { files: [{ file, kind, bytes, gzip, initial? }], totals: { [kind]: { bytes, gzip, count } },
 * initialJs: [file, …] }.
 */
export function measureSizes(distDir) {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: build first`);
  const html = readFileSync(indexPath, 'utf8');

  // Entry points: <script type="module" src> and <link rel="modulepreload" href>.
  const entries = [
    ...attributeOf(html, /<script\b[^>]*\btype\s*=\s*["']module["'][^>]*>/gi, 'src'),
    ...attributeOf(html, /<link\b[^>]*\brel\s*=\s*["']modulepreload["'][^>]*>/gi, 'href'),
  ]
    .map((src) => resolveFrom('index.html', src))
    .filter(Boolean);

  // Their static imports, followed recursively.
  const initial = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (initial.has(file) || !existsSync(join(distDir, file))) continue;
    initial.add(file);
    for (const specifier of staticImportsOf(readFileSync(join(distDir, file), 'utf8'))) {
      const target = resolveFrom(file, specifier);
      if (target && /\.m?js$/.test(target)) queue.push(target);
    }
  }

  // Stylesheets index.html links load before the first paint too.
  const initialCss = new Set(
    attributeOf(html, /<link\b[^>]*\brel\s*=\s*["']stylesheet["'][^>]*>/gi, 'href').map((href) =>
      resolveFrom('index.html', href),
    ),
  );

  const kindOf = (file) => {
    const name = posix.basename(file);
    if (/\.m?js$/.test(name)) {
      // sw.js is the service worker (see vite.config.ts).
      if (/worker/i.test(name) || file === 'sw.js') return 'worker';
      return initial.has(file) ? 'initial-js' : 'lazy-js';
    }
    if (name.endsWith('.css')) return 'css';
    if (file === 'data/boundaries.json') return 'boundaries';
    if (file.startsWith('data/')) return 'data';
    return 'other';
  };

  const files = listFiles(distDir).map((file) => {
    const body = readFileSync(join(distDir, file));
    const kind = kindOf(file);
    const size = { file, kind, bytes: body.length, gzip: gzipBytes(body) };
    return kind === 'css' ? { ...size, initial: initialCss.has(file) } : size;
  });
  const totals = {};
  for (const f of files) {
    const t = (totals[f.kind] ??= { bytes: 0, gzip: 0, count: 0 });
    t.bytes += f.bytes;
    t.gzip += f.gzip;
    t.count++;
  }
  return { files, totals, initialJs: [...initial].filter((f) => !/worker/i.test(f)) };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
