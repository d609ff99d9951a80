// Serves the production build (dist/) as plain static files, under a sub-path, as a static host
// would: no rewrites, no server logic; text gzipped for a browser that accepts it, as hosts do
// (without it a phone on a slow network downloads three times the bytes).
//
//   node scripts/serve-static.mjs [--port 4173] [--base /gsp-status/]
import { createServer } from 'node:http';
import { TYPES } from './content-types.mjs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const base = option('base', '/gsp-status/');
const root = resolve(option('dir', 'dist'));

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/;
/** Gzipped bodies by path and modification time: each file is compressed once, as a host caches it. */
const gzipped = new Map();
function gzipOf(path, mtime, body) {
  const key = `${path} ${mtime}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(url.pathname === '/' ? 302 : 404, url.pathname === '/' ? { location: base } : {});
    res.end(url.pathname === '/' ? '' : 'Not found');
    return;
  }
  let relative;
  try {
    relative = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  let path = normalize(join(root, relative));
  // Inside the served folder only: "dist-old/" starts with "dist" too.
  if (path !== root && !path.startsWith(root + sep)) {
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const { mtimeMs } = await stat(path);
    let body = await readFile(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      // As static hosts do: the data view and the footer say when the records were last updated.
      'last-modified': new Date(mtimeMs).toUTCString(),
    };
    // The page's own policy (a meta tag in the build), also as a header, as a host would send it.
    // No frame-ancestors and no X-Frame-Options: other sites embed the map (`?embed=1`) in an
    // iframe. Nothing in the dashboard acts on the reader's behalf, so being framed risks nothing.
    const policy =
      extname(path) === '.html' && /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(body);
    if (policy) headers['content-security-policy'] = policy[1];
    if (COMPRESSIBLE.test(type)) {
      headers.vary = 'accept-encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipOf(path, mtimeMs, body);
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
