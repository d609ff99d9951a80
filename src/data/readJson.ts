import type { Region } from '../domain/types';
import { LoadError, failureOf, type LoadFailure } from './fetchFile';
import type { ProductsFile } from './schemas';

/** The JSON data files read off the main thread, and what each becomes once valid. */
export interface JsonFiles {
  products: ProductsFile;
  regions: Region[];
}
export type JsonKind = keyof JsonFiles;

/** What the worker answers: the file's valid content, or why it is not valid. */
export type JsonAnswer<K extends JsonKind> = { value: JsonFiles[K] } | { failure: LoadFailure };

/** Parses and validates one file's text (zod): in the worker, or here when there is none. */
export async function readJsonHere<K extends JsonKind>(
  kind: K,
  text: string,
  file: string,
): Promise<JsonFiles[K]> {
  const { parseJson } = await import('./fetchFile');
  const { validateProducts, validate, regionsSchema } = await import('./schemas');
  const data = parseJson(text, file);
  return (
    kind === 'products' ? validateProducts(data, file) : validate(regionsSchema, data, file).regions
  ) as JsonFiles[K];
}

/**
 * products.json or regions.json, parsed and validated in a Web Worker: the validators (zod) and
 * their work stay off the page's main thread, which is painting the map meanwhile. A failure is
 * the same LoadError either way; without workers (or if one cannot start) the file is read here.
 */
export function readJson<K extends JsonKind>(kind: K, text: string, file: string): Promise<JsonFiles[K]> {
  if (typeof Worker === 'undefined') return readJsonHere(kind, text, file);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readJson.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<JsonAnswer<K>>) => {
      worker.terminate();
      if ('value' in e.data) resolve(e.data.value);
      else reject(new LoadError(e.data.failure));
    };
    worker.onerror = (e) => {
      worker.terminate();
      e.preventDefault();
      readJsonHere(kind, text, file).then(resolve, reject);
    };
    worker.postMessage({ kind, text, file });
  }).catch((error: unknown) => {
    throw error instanceof LoadError ? error : new LoadError(failureOf(error, file));
  }) as Promise<JsonFiles[K]>;
}
