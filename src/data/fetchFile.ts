/** Fetching one data file, with every way it can fail named for the user. */

export type LoadFailure =
  | { kind: 'not-found'; file: string; status: number }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'timeout'; file: string; seconds: number }
  | { kind: 'network'; file: string; detail: string }
  // An address the page may not read (`?records=http://…` elsewhere): only https, or the site's own.
  | { kind: 'address'; file: string; address: string }
  | { kind: 'empty'; file: string }
  | { kind: 'html'; file: string }
  | { kind: 'malformed'; file: string; detail: string }
  | { kind: 'invalid'; file: string; detail: string }
  // A workbook opened from the computer that cannot be read at all.
  | { kind: 'xls'; file: string }
  | { kind: 'encrypted'; file: string }
  | { kind: 'unreadable'; file: string }
  | { kind: 'empty-sheet'; file: string; sheet: string };

export class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(`${failure.file}: ${failure.kind}`);
  }
}

/**
 * Set on a copy of a data file kept for offline use (by the service worker, or the page for a
 * source elsewhere): when the copy was made, as an HTTP date. A response with it is not fresh.
 */
export const COPY_HEADER = 'x-copy-of';

/** What the answer said about the file besides its text. */
export interface FileMeta {
  /** The file's Last-Modified date, when the server sends one. */
  lastModified?: string;
  /** When the copy shown was made, when the network failed and a kept copy answered. */
  copyOf?: string;
}

/** How long a data file may take; tests shorten it. */
export const fetchSettings = { timeoutMs: 20_000 };

/** The data folder, relative to the page, so the app works from any static host and sub-path. */
export function dataUrl(file: string, base: string = document.baseURI): string {
  return new URL(`data/${file}`, base).href;
}

/**
 * Fetches a file as text. Rejects with a LoadError naming what went wrong: missing, server
 * error, timeout, network, empty, or an HTML page where data was expected (a static host's
 * fallback page).
 */
export async function fetchText(
  url: string,
  file: string,
  timeoutMs = fetchSettings.timeoutMs,
  /** Filled with what the answer says of the file: its Last-Modified date, whether it is a copy. */
  meta?: FileMeta,
): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, cache: 'no-cache' });
  } catch (e) {
    if (controller.signal.aborted) throw new LoadError({ kind: 'timeout', file, seconds: timeoutMs / 1000 });
    throw new LoadError({ kind: 'network', file, detail: e instanceof Error ? e.message : String(e) });
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404) throw new LoadError({ kind: 'not-found', file, status: 404 });
  if (meta) {
    meta.lastModified = response.headers.get('last-modified') ?? undefined;
    meta.copyOf = response.headers.get(COPY_HEADER) ?? undefined;
  }
  if (!response.ok) throw new LoadError({ kind: 'http', file, status: response.status });
  const text = await response.text();
  if (text.trim() === '') throw new LoadError({ kind: 'empty', file });
  const type =
    response.headers.get('content-type') ??
    // Stryker disable next-line StringLiteral: without a content type, any text but "text/html" reads the same
    '';
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text))
    throw new LoadError({ kind: 'html', file });
  return text;
}

export async function fetchJson(url: string, file: string, timeoutMs?: number): Promise<unknown> {
  return parseJson(await fetchText(url, file, timeoutMs), file);
}

/** A data file's text as JSON; text that is not JSON is a "malformed" LoadError. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LoadError({ kind: 'malformed', file, detail: e instanceof Error ? e.message : String(e) });
  }
}

/** A failure as a LoadError carries it, or one of "invalid" for anything else thrown. */
export function failureOf(error: unknown, file: string): LoadFailure {
  if (error instanceof LoadError) return error.failure;
  return { kind: 'invalid', file, detail: error instanceof Error ? error.message : String(error) };
}
