import { COPY_HEADER, fetchText, LoadError, type FileMeta } from './fetchFile';

/**
 * Records published elsewhere (an https source of site.json, a `?records=` address), with the
 * last good copy kept in this browser for when the network fails. The site's own data files need
 * none of this: the service worker keeps their copies (src/sw.ts), and so does not see requests
 * to other sites.
 */

/** The Cache Storage of copies of records published elsewhere. */
export const SOURCE_CACHE = 'gsp-sources';

/** Failures a kept copy answers: the network, not the file (a 404 or an HTML page is news). */
const OFFLINE = new Set(['network', 'timeout']);

function elsewhere(href: string): boolean {
  return typeof caches !== 'undefined' && new URL(href, document.baseURI).origin !== window.location.origin;
}

/**
 * Fetches a records file as fetchText does. A file from another site is copied into this
 * browser's cache once read; when it cannot be fetched for want of a network, that copy is the
 * answer, `meta.copyOf` saying when it was made.
 */
export async function fetchRecordsText(href: string, file: string, meta: FileMeta): Promise<string> {
  if (!elsewhere(href)) return fetchText(href, file, undefined, meta);
  let text: string;
  try {
    text = await fetchText(href, file, undefined, meta);
  } catch (error) {
    if (!(error instanceof LoadError) || !OFFLINE.has(error.failure.kind)) throw error;
    const copy = await keptCopy(href);
    if (!copy) throw error;
    meta.copyOf = copy.headers.get(COPY_HEADER) ?? undefined;
    meta.lastModified = copy.headers.get('last-modified') ?? undefined;
    return copy.text();
  }
  void keepCopy(href, text, meta.lastModified);
  return text;
}

async function keptCopy(href: string): Promise<Response | undefined> {
  try {
    return await (await caches.open(SOURCE_CACHE)).match(href);
  } catch {
    return undefined;
  }
}

/** Keeps the text read; a browser that refuses (storage full, private mode) just keeps none. */
async function keepCopy(href: string, text: string, lastModified: string | undefined): Promise<void> {
  const headers: Record<string, string> = {
    'content-type': 'text/csv',
    [COPY_HEADER]: new Date().toUTCString(),
  };
  if (lastModified) headers['last-modified'] = lastModified;
  try {
    await (await caches.open(SOURCE_CACHE)).put(href, new Response(text, { headers }));
  } catch {
    // No copy: offline, the source is reported as failed, as without this.
  }
}
