/**
 * The records file opened from the computer is kept in this browser (IndexedDB: a workbook or a
 * long history is too large for localStorage) so that a reload shows it again, as the drafts
 * made against it come back; "Back to the site's records" forgets it. Nothing is sent anywhere.
 *   database gsp-status, store files, key "records" → the File as opened
 */
const DATABASE = 'gsp-status';
const STORE = 'files';
const KEY = 'records';

function database(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      // No IndexedDB (a private window in some browsers, a locked-down profile): nothing is kept.
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      request = indexedDB.open(DATABASE, 1);
    } catch {
      return resolve(undefined);
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
  });
}

/** Runs one request on the store; false or undefined when it could not. */
async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<{ ok: boolean; value?: T }> {
  const db = await database();
  if (!db) return { ok: false };
  return new Promise((resolve) => {
    try {
      const transaction = db.transaction(STORE, mode);
      const request = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        db.close();
        resolve({ ok: true, value: request.result });
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        resolve({ ok: false });
      };
    } catch {
      db.close();
      resolve({ ok: false });
    }
  });
}

let current: File | undefined;

/**
 * The file opened in this page, in memory: what the records are read again from (after
 * products.json is loaded again), whether or not it could be kept.
 */
export function openedFileInMemory(): File | undefined {
  return current;
}

export function rememberOpenedFile(file: File | undefined): void {
  current = file;
}

/** Keeps the file opened; false when this browser cannot (no storage, or full). */
export async function keepOpenedFile(file: File): Promise<boolean> {
  return (await inStore('readwrite', (store) => store.put(file, KEY))).ok;
}

/** The file kept by keepOpenedFile, if any. */
export async function keptOpenedFile(): Promise<File | undefined> {
  const { value } = await inStore<unknown>('readonly', (store) => store.get(KEY));
  return value instanceof Blob ? asFile(value) : undefined;
}

/** Forgets the kept file. */
export async function forgetOpenedFile(): Promise<void> {
  await inStore('readwrite', (store) => store.delete(KEY));
}

function asFile(blob: Blob): File {
  return blob instanceof File ? blob : new File([blob], 'records', { type: blob.type });
}
