/**
 * The service worker: after one visit the dashboard opens and works offline.
 *
 * - App files (the page, scripts, styles) are precached with a revision each, so a new build
 *   downloads only the files that changed. A new version waits until the page asks it to take
 *   over (the "A new version is ready" notice), so an open page never changes under a user.
 * - Data files are fetched from the network first, so the dashboard shows the latest records
 *   when online; when the network fails or is slower than DATA_TIMEOUT_SECONDS, the copy from
 *   the last visit is used. They are fetched into the cache at install, so the very first visit
 *   already leaves a copy. Each copy carries the time it was made (COPY_HEADER), so the page can
 *   say how old the records shown are when a copy answers.
 *
 * The build (vite-plugin-pwa, injectManifest) replaces self.__WB_MANIFEST with the list of
 * built files and their revisions.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { COPY_HEADER } from './data/fetchFile';

declare let self: ServiceWorkerGlobalScope;

/** How long a data file may take before the cached copy is shown instead. */
const DATA_TIMEOUT_SECONDS = 4;
/** Copies stamped with the time they were made; the unstamped copies of earlier versions are dropped. */
const DATA_CACHE = 'gsp-data-stamped';
const UNSTAMPED_CACHE = 'gsp-data';
/** Caches of the service worker before this one, which versioned everything as one. */
const LEGACY_CACHE_PREFIX = 'gsp-status-';

type ManifestEntry = { url: string; revision: string | null };
const manifest = self.__WB_MANIFEST as ManifestEntry[];
const isData = (url: string) => url.startsWith('data/');
const dataUrls = manifest.filter((entry) => isData(entry.url)).map((entry) => entry.url);

/**
 * The response as kept: the same file, stamped with the time of the copy. Only the kept copy is
 * stamped; the page gets the network's answer as it came.
 */
async function stamped(response: Response): Promise<Response | null> {
  // Only a file worth showing offline: not an error, not a host's HTML page, not nothing.
  if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) return null;
  const body = await response.blob();
  if (body.size === 0) return null;
  const headers = new Headers(response.headers);
  headers.set(COPY_HEADER, new Date().toUTCString());
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

const scope = new URL(self.registration.scope);
const dataStrategy = new NetworkFirst({
  cacheName: DATA_CACHE,
  networkTimeoutSeconds: DATA_TIMEOUT_SECONDS,
  // The app asks for data with `cache: 'no-cache'`; the cache key is the plain URL.
  matchOptions: { ignoreVary: true },
  plugins: [{ cacheWillUpdate: async ({ response }) => stamped(response) }],
});

// Data first, so the precache route below never answers for it.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === scope.origin &&
    url.pathname.startsWith(scope.pathname) &&
    isData(url.pathname.slice(scope.pathname.length)),
  dataStrategy,
);

precacheAndRoute(manifest.filter((entry) => !isData(entry.url)));
cleanupOutdatedCaches();
// Every view is index.html with a query string.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

/** The site's own records sources in the kept site.json that are not kept yet, as addresses. */
async function listedSources(cache: Cache): Promise<string[]> {
  const site = await cache.match(new URL('data/site.json', scope).href);
  if (!site) return [];
  let records: unknown;
  try {
    records = ((await site.json()) as { records?: unknown }).records;
  } catch {
    return [];
  }
  if (!Array.isArray(records)) return [];
  const dataFolder = new URL('data/', scope);
  const urls = records
    .filter((entry): entry is string => typeof entry === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(entry))
    .map((entry) => new URL(entry, dataFolder).href)
    .filter((url) => url.startsWith(dataFolder.href));
  const kept = await Promise.all(urls.map((url) => cache.match(url)));
  return urls.filter((_, i) => !kept[i]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(DATA_CACHE);
      const keep = async (url: string) => {
        const copy = await stamped(await fetch(url, { cache: 'no-cache' }));
        if (copy) await cache.put(url, copy);
      };
      await Promise.all(dataUrls.map((path) => keep(new URL(path, scope).href)));
      // The records sources site.json lists that the build did not hold (a file added on the
      // server since): kept too, so that the first visit leaves a copy of every source.
      await Promise.all((await listedSources(cache)).map((url) => keep(url).catch(() => undefined)));
      // Pages of the earlier service worker have no "new version" notice to ask with.
      const keys = await caches.keys();
      if (keys.some((key) => key.startsWith(LEGACY_CACHE_PREFIX))) await self.skipWaiting();
    })(),
  );
});

// A version activates on the first visit, or when a page asked for it: either way it serves
// the open pages from now on, so the first visit already works offline.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(LEGACY_CACHE_PREFIX) || key === UNSTAMPED_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
