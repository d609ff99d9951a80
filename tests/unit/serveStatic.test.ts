import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The static server of scripts/, against a folder with a sibling that must stay out of reach.
const top = mkdtempSync(join(tmpdir(), 'serve-static-'));
const site = join(top, 'dist');
mkdirSync(join(site, 'data'), { recursive: true });
mkdirSync(join(top, 'dist-secret'));
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><title>site</title>`,
);
writeFileSync(join(site, 'data', 'records.csv'), 'product,country\n');
writeFileSync(join(top, 'dist-secret', 'key.txt'), 'secret');
writeFileSync(join(top, 'outside.txt'), 'outside');

const port = 4300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}/gsp/`;
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(process.execPath, [
    'scripts/serve-static.mjs',
    '--port',
    String(port),
    '--base',
    '/gsp/',
    '--dir',
    site,
  ]);
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', () => resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});
afterAll(() => {
  server.kill();
});

const get = (path: string) => fetch(base + path);

/** The raw answer, not decoded, to a request with these headers. */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(base + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('scripts/serve-static.mjs (scripts/static-server.mjs)', () => {
  it('serves the site and its data', async () => {
    expect((await get('')).status).toBe(200);
    expect(await (await get('data/records.csv')).text()).toBe('product,country\n');
  });

  it('gzips text for a browser that accepts it, and only then', async () => {
    const zipped = await raw('data/records.csv', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(String(zipped.headers.vary).toLowerCase()).toBe('accept-encoding');
    expect(gunzipSync(zipped.body).toString()).toBe('product,country\n');
    const plain = await raw('data/records.csv', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('product,country\n');
    const page = await raw('', { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    expect(gunzipSync(page.body).toString()).toContain('<title>site</title>');
  });

  it('answers a malformed percent-escape with 400 and keeps serving', async () => {
    expect((await get('%E0%A4%A')).status).toBe(400);
    expect((await get('%')).status).toBe(400);
    expect((await get('')).status).toBe(200);
  });

  it('serves nothing outside its folder, however the path is written', async () => {
    for (const path of [
      '..%2fdist-secret%2fkey.txt',
      '..%2f..%2foutside.txt',
      '%2e%2e/outside.txt',
      '..%5coutside.txt',
    ]) {
      const response = await get(path);
      expect([403, 404], path).toContain(response.status);
      expect(await response.text(), path).not.toMatch(/secret|outside/);
    }
  });

  it('sends the page’s policy as a header, and lets other sites frame the page (the embedded map)', async () => {
    const response = await get('?embed=1');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});

describe('scripts/static-server.mjs, as the benchmark starts it', () => {
  it('serves several builds, each under its path, with validators; a file unchanged is not sent again', async () => {
    // @ts-expect-error: a plain .mjs module of scripts/, without types
    const { startServer } = (await import('../../scripts/static-server.mjs')) as {
      startServer(mounts: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }>;
    };
    const server = await startServer({ '/one/': site, '/two/': join(top, 'dist-secret') });
    try {
      const first = await fetch(`${server.origin}/one/data/records.csv`);
      expect(first.status).toBe(200);
      expect(Date.parse(first.headers.get('last-modified')!)).not.toBeNaN();
      const again = await fetch(`${server.origin}/one/data/records.csv`, {
        headers: { 'if-none-match': first.headers.get('etag')! },
      });
      expect(again.status).toBe(304);
      expect(await (await fetch(`${server.origin}/two/key.txt`)).text()).toBe('secret');
      // With several builds, the root leads nowhere.
      expect((await fetch(`${server.origin}/`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('scripts/static-server.mjs, on odd requests', () => {
  it('answers a path no URL can hold with 400 and keeps serving; a build’s path without its slash leads to it', async () => {
    // @ts-expect-error: a plain .mjs module of scripts/, without types
    const { startServer } = (await import('../../scripts/static-server.mjs')) as {
      startServer(mounts: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }>;
    };
    const server = await startServer({ '/one/': site });
    try {
      const { port } = new URL(server.origin);
      const status = await new Promise<number | undefined>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '//' }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(400);
      const bare = await fetch(`${server.origin}/one?view=data`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/one/?view=data');
      expect((await fetch(`${server.origin}/one/`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
