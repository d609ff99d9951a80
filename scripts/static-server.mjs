// The one static server of the project: `npm run preview`, the end-to-end tests and the benchmark
// serve builds with it, as a static host would: files as they are (sirv), under a sub-path, no
// rewrites and no server logic; text gzipped for a browser that accepts it, as hosts do
// (compression); `cache-control: no-cache` with validators (ETag, Last-Modified), so the data
// view and the footer can say when the records were last updated; and the page's
// Content-Security-Policy (a meta tag in the build) also as a header, as a host would send it.
//
// No frame-ancestors and no X-Frame-Options: other sites embed the map (`?embed=1`) in an iframe.
// Nothing in the dashboard acts on the reader's behalf, so being framed risks nothing.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import compression from 'compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/** Text types are sent as UTF-8, as the build writes them. */
function contentType(pathname) {
  const type = lookup(pathname.endsWith('/') ? 'index.html' : pathname);
  if (!type) return undefined;
  return /^text\/|json$|javascript$/.test(type) ? `${type}; charset=utf-8` : type;
}

/** The policy of the build's page, read when a page is served (a new build may have replaced it). */
function pagePolicy(root) {
  try {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Serves each build of `mounts` ({ '/gsp-status/': 'dist', … }) under its path, on `host` at
 * `port` (0: a free one). Resolves to { origin, close() }.
 */
export async function startServer(mounts, { port = 0, host = '127.0.0.1' } = {}) {
  const sites = Object.entries(mounts).map(([base, dir]) => {
    const root = resolve(dir);
    const serve = sirv(root, {
      // Files are looked up on each request: a test may change one under a running server.
      dev: true,
      etag: true,
      extensions: ['html'],
      setHeaders(res, pathname) {
        const type = contentType(pathname);
        if (type) res.setHeader('content-type', type);
        res.setHeader('cache-control', 'no-cache');
        res.setHeader('x-content-type-options', 'nosniff');
        if (pathname.endsWith('/') || pathname.endsWith('.html')) {
          const policy = pagePolicy(root);
          if (policy) res.setHeader('content-security-policy', policy);
        }
      },
    });
    return { base, serve };
  });
  // Every text file, however small, as static hosts do.
  const compress = compression({ level: 9, threshold: 0 });
  const text = (res, status, body, headers = {}) =>
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(body);

  const server = createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      decodeURIComponent(url.pathname);
    } catch {
      return text(res, 400, 'Bad request');
    }
    const site = sites.find(({ base }) => url.pathname.startsWith(base));
    if (!site) {
      // A build's path without its last slash leads to it, as static hosts do.
      const bare = sites.find(({ base }) => `${url.pathname}/` === base);
      if (bare) return text(res, 301, '', { location: `${bare.base}${url.search}` });
      // The root of a server of one build leads to it, as a host's custom domain would.
      if (url.pathname === '/' && sites.length === 1) return text(res, 302, '', { location: sites[0].base });
      return text(res, 404, 'Not found');
    }
    req.url = `/${url.pathname.slice(site.base.length)}${url.search}`;
    // gzip, not brotli: GitHub Pages, where the publish workflow deploys, sends gzip, and the
    // transfer sizes measured here should be the ones its readers get.
    const accepted = req.headers['accept-encoding'];
    if (accepted) req.headers['accept-encoding'] = String(accepted).replace(/\bbr\b(;q=[\d.]+)?,?\s*/g, '');
    compress(req, res, () => site.serve(req, res, () => text(res, 404, 'Not found')));
  });
  await new Promise((listening) => server.listen(port, host, listening));
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections?.();
        server.close(() => closed());
      }),
  };
}
