import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COPY_HEADER, LoadError, type FileMeta } from './fetchFile';
import { fetchRecordsText, SOURCE_CACHE } from './sourceCopy';

const PAGE = 'https://dashboard.example.org/gsp/';
const SHEET = 'https://docs.example.com/sheet/pub?output=csv';
const CSV = 'product,country,status,date\ngsocseq,NPL,submitted,2021-05-01\n';

/** The browser's Cache Storage, in memory: one cache per name, responses by URL. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = vi.fn((name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return Promise.resolve({
      match: (url: string) => Promise.resolve(store.get(url)?.clone()),
      put: (url: string, response: Response) => {
        store.set(url, response);
        return Promise.resolve();
      },
    });
  });
  vi.stubGlobal('caches', { open });
  return { stores, open };
}

/** fetch answering each call with the next of `answers`: a Response, or an Error to reject with. */
function answering(...answers: (Response | Error)[]) {
  const fetch = vi.fn(() => {
    const answer = answers.shift()!;
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return (error as LoadError).failure;
}

/** Waits for the copy put in the background after a read. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.stubGlobal('window', { location: new URL(PAGE) });
  vi.stubGlobal('document', { baseURI: PAGE });
});

afterEach(() => vi.unstubAllGlobals());

describe('fetchRecordsText', () => {
  it('keeps a copy of records published elsewhere, stamped with when it was made', async () => {
    const { stores } = fakeCaches();
    answering(new Response(CSV, { headers: { 'last-modified': 'Tue, 01 Mar 2022 10:00:00 GMT' } }));
    const meta: FileMeta = {};
    expect(await fetchRecordsText(SHEET, 'sheet', meta)).toBe(CSV);
    expect(meta.copyOf).toBeUndefined();
    await settled();
    const kept = stores.get(SOURCE_CACHE)?.get(SHEET);
    expect(await kept?.text()).toBe(CSV);
    expect(Date.parse(kept!.headers.get(COPY_HEADER)!)).toBeGreaterThan(Date.now() - 60_000);
    expect(kept!.headers.get('last-modified')).toBe('Tue, 01 Mar 2022 10:00:00 GMT');
  });

  it('offline, answers with the copy and says when it was made', async () => {
    fakeCaches();
    answering(
      new Response(CSV, { headers: { 'last-modified': 'Tue, 01 Mar 2022 10:00:00 GMT' } }),
      new TypeError('Failed to fetch'),
    );
    await fetchRecordsText(SHEET, 'sheet', {});
    await settled();
    const meta: FileMeta = {};
    expect(await fetchRecordsText(SHEET, 'sheet', meta)).toBe(CSV);
    expect(meta.copyOf).toMatch(/GMT$/);
    expect(meta.lastModified).toBe('Tue, 01 Mar 2022 10:00:00 GMT');
  });

  it('a file that is gone is news, not a network failure: the copy is not shown', async () => {
    fakeCaches();
    answering(new Response(CSV), new Response('', { status: 404 }));
    await fetchRecordsText(SHEET, 'sheet', {});
    await settled();
    expect(await failure(fetchRecordsText(SHEET, 'sheet', {}))).toMatchObject({ kind: 'not-found' });
  });

  it('offline without a copy, the network failure stands', async () => {
    fakeCaches();
    answering(new TypeError('Failed to fetch'));
    expect(await failure(fetchRecordsText(SHEET, 'sheet', {}))).toMatchObject({ kind: 'network' });
  });

  it('the site’s own files are left to the service worker: nothing kept by the page', async () => {
    const { open } = fakeCaches();
    answering(new Response(CSV), new TypeError('Failed to fetch'));
    const own = `${PAGE}data/records.csv`;
    expect(await fetchRecordsText(own, 'records.csv', {})).toBe(CSV);
    await settled();
    expect(await failure(fetchRecordsText(own, 'records.csv', {}))).toMatchObject({ kind: 'network' });
    expect(open).not.toHaveBeenCalled();
  });

  it('a browser that refuses to keep copies still reads the file', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new Error('SecurityError')) });
    answering(new Response(CSV), new TypeError('Failed to fetch'));
    expect(await fetchRecordsText(SHEET, 'sheet', {})).toBe(CSV);
    await settled();
    expect(await failure(fetchRecordsText(SHEET, 'sheet', {}))).toMatchObject({ kind: 'network' });
  });
});
