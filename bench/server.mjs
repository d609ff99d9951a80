// The benchmark's static server: each build under its own path, as a static host would serve
// it: text gzipped when the browser accepts it (compressed once and kept, as a host's cache
// would), `cache-control: no-cache`, the page's Content-Security-Policy also as a header
// (as scripts/serve-static.mjs does). No rewrites, no server logic.
import { createServer } from 'node:http';
import { TYPES } from '../scripts/content-types.mjs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/;

/**
 * Starts serving `mounts` ({ '/gsp-status/': 'bench/.build/app', … }) on 127.0.0.1 at a free
 * port. Resolves to { origin, close() }.
 */
export async function startServer(mounts) {
  const roots = Object.entries(mounts).map(([base, dir]) => [base, resolve(dir)]);
  /** Gzipped bodies by path and modification time. */
  const gzipped = new Map();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const mount = roots.find(([base]) => url.pathname.startsWith(base));
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const [base, root] = mount;
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      let body = await readFile(path);
      const headers = {
        'content-type': type,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        vary: 'accept-encoding',
      };
      const policy =
        extname(path) === '.html' && /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(body);
      if (policy) headers['content-security-policy'] = `${policy[1]}; frame-ancestors 'self'`;
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${path}:${info.mtimeMs}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
