import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataUrl, fetchJson, fetchSettings, fetchText, LoadError, type LoadFailure } from './fetchFile';
import { loadFailureOf } from '../../tests/loadFailure';

/** fetch answering with `body` as a static host would, recording what it was asked. */
function serve(body: string, init: ResponseInit = {}) {
  const fetch = vi.fn((url: string, options: RequestInit) => {
    void url;
    void options;
    return Promise.resolve(new Response(body, init));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('dataUrl', () => {
  it('finds the data folder beside the page, under any sub-path', () => {
    expect(dataUrl('records.csv', 'https://example.org/')).toBe('https://example.org/data/records.csv');
    expect(dataUrl('records.csv', 'https://example.org/gsp-status/index.html?view=data#x')).toBe(
      'https://example.org/gsp-status/data/records.csv',
    );
    expect(dataUrl('regions.json', 'http://127.0.0.1:4173/a/b/')).toBe(
      'http://127.0.0.1:4173/a/b/data/regions.json',
    );
  });

  it('reads the page’s address when given none', () => {
    vi.stubGlobal('document', { baseURI: 'https://fao.example.org/soil/' });
    expect(dataUrl('products.json')).toBe('https://fao.example.org/soil/data/products.json');
  });
});

describe('LoadError', () => {
  it('carries its failure, and names the file and what went wrong', () => {
    const failure: LoadFailure = { kind: 'not-found', file: 'records.csv', status: 404 };
    const error = new LoadError(failure);
    expect(error).toBeInstanceOf(Error);
    expect(error.failure).toBe(failure);
    expect(error.message).toBe('records.csv: not-found');
  });
});

describe('fetchText', () => {
  it('returns the text of a file, fetched fresh', async () => {
    const fetch = serve('product,country\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } });
    await expect(fetchText('https://example.org/data/records.csv', 'records.csv')).resolves.toBe(
      'product,country\n',
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, options] = fetch.mock.calls[0]!;
    expect(url).toBe('https://example.org/data/records.csv');
    expect(options.cache).toBe('no-cache');
    expect(options.signal).toBeInstanceOf(AbortSignal);
  });

  it('waits twenty seconds for a file by default', () => {
    expect(fetchSettings.timeoutMs).toBe(20_000);
  });

  it('says a missing file is missing, and any other refusal what the server answered', async () => {
    serve('Not found', { status: 404 });
    expect(await loadFailureOf(fetchText('u', 'regions.json'))).toEqual({
      kind: 'not-found',
      file: 'regions.json',
      status: 404,
    });
    serve('Oops', { status: 503 });
    expect(await loadFailureOf(fetchText('u', 'regions.json'))).toEqual({
      kind: 'http',
      file: 'regions.json',
      status: 503,
    });
    serve('', { status: 403 });
    expect(await loadFailureOf(fetchText('u', 'regions.json'))).toEqual({
      kind: 'http',
      file: 'regions.json',
      status: 403,
    });
  });

  it('says the network failed, with what the browser said', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadFailureOf(fetchText('u', 'products.json'))).toEqual({
      kind: 'network',
      file: 'products.json',
      detail: 'Failed to fetch',
    });
    vi.stubGlobal('fetch', () => Promise.reject('offline'));
    expect(await loadFailureOf(fetchText('u', 'products.json'))).toEqual({
      kind: 'network',
      file: 'products.json',
      detail: 'offline',
    });
  });

  it('gives up on a file that takes too long, saying after how many seconds', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      (_url: string, options: RequestInit) =>
        new Promise((_resolve, reject) => {
          signal = options.signal!;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const result = loadFailureOf(fetchText('u', 'boundaries.json', 4000));
    await vi.advanceTimersByTimeAsync(3999);
    expect(signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ kind: 'timeout', file: 'boundaries.json', seconds: 4 });
  });

  it('stops the clock once the file has arrived', async () => {
    vi.useFakeTimers();
    const fetch = serve('id\n');
    await fetchText('u', 'records.csv', 1000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetch.mock.calls[0]![1].signal!.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says an empty file is empty', async () => {
    for (const body of ['', '   ', '\n\r\n\t']) {
      serve(body);
      expect(await loadFailureOf(fetchText('u', 'records.csv'))).toEqual({
        kind: 'empty',
        file: 'records.csv',
      });
    }
  });

  it('tells a web page from data: a static host’s fallback page is not the file', async () => {
    serve('product,country\n', { headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await loadFailureOf(fetchText('u', 'records.csv'))).toEqual({ kind: 'html', file: 'records.csv' });
    for (const page of [
      '<!DOCTYPE html><html></html>',
      '\n  <!doctype html>',
      '<HTML lang="en">',
      ' <html>',
    ]) {
      serve(page, { headers: { 'content-type': 'text/plain' } });
      expect(await loadFailureOf(fetchText('u', 'records.csv')), page).toEqual({
        kind: 'html',
        file: 'records.csv',
      });
    }
    serve('<!DOCTYPE html>');
    expect(await loadFailureOf(fetchText('u', 'records.csv'))).toEqual({ kind: 'html', file: 'records.csv' });
  });

  it('keeps data that only mentions HTML, or starts with another tag', async () => {
    for (const body of ['note\n<html> in a note', '<svg></svg>', 'x <!doctype html>']) {
      serve(body, { headers: { 'content-type': 'text/csv' } });
      await expect(fetchText('u', 'records.csv')).resolves.toBe(body);
    }
  });
});

describe('fetchJson', () => {
  it('reads JSON', async () => {
    serve('{"regions": [1, 2]}', { headers: { 'content-type': 'application/json' } });
    await expect(fetchJson('u', 'regions.json')).resolves.toEqual({ regions: [1, 2] });
  });

  it('says malformed JSON is malformed, with the parser’s words', async () => {
    serve('{"regions": [1, 2}');
    const failure = await loadFailureOf(fetchJson('u', 'regions.json'));
    expect(failure).toMatchObject({ kind: 'malformed', file: 'regions.json' });
    expect((failure as { detail: string }).detail).toMatch(/JSON|position|expected/i);
  });

  it('passes on why the file could not be fetched, and the time allowed', async () => {
    serve('', { status: 404 });
    expect(await loadFailureOf(fetchJson('u', 'products.json'))).toMatchObject({ kind: 'not-found' });
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_url: string, options: RequestInit) =>
        new Promise((_resolve, reject) =>
          options.signal!.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    const result = loadFailureOf(fetchJson('u', 'products.json', 1500));
    await vi.advanceTimersByTimeAsync(1500);
    expect(await result).toEqual({ kind: 'timeout', file: 'products.json', seconds: 1.5 });
  });
});
