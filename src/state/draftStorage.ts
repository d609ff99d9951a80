import type { Draft } from '../domain/drafts';
import { RECORD_COLUMNS } from '../domain/recordFields';
import type { RecordsSource } from '../domain/types';
import type { AppState } from './store';

/**
 * Drafts are kept in the browser's localStorage, one entry per records source, so that drafts
 * made against one set of records never join another:
 *   gsp-status.drafts.v1.site            the site's records.csv
 *   gsp-status.drafts.v1.url:<address>   records read from ?records=<address>, as written
 *   gsp-status.drafts.v1.file:<name>     a file opened from the computer, by its name
 * A file is known only by its name: drafts made against "export.csv" come back when a file of
 * that name is opened again, and are checked against it like any draft. The value is
 * {"version":1,"drafts":[{id, product, country, status, date, note, source}, …]}. Nothing is
 * sent anywhere.
 */
export const DRAFTS_KEY = 'gsp-status.drafts.v1.';
const VERSION = 1;

export function draftsKey(source: RecordsSource): string {
  switch (source.kind) {
    case 'default':
      return `${DRAFTS_KEY}site`;
    case 'url':
      return `${DRAFTS_KEY}url:${source.url}`;
    case 'file':
      return `${DRAFTS_KEY}file:${source.name}`;
  }
}

/** Why drafts could not be kept or read back: no storage (private mode, blocked), full, or not ours. */
export type StorageProblem = 'unavailable' | 'full' | 'unreadable';

/**
 * A stored draft as it was written, each field a string: one edited by hand or by an older
 * version still comes back, and the validator says what is wrong with it.
 */
function draftFrom(value: unknown, i: number): Draft {
  const entry = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  const draft = { id: text(entry.id) || `restored-${i}` } as Draft;
  for (const column of RECORD_COLUMNS) draft[column] = text(entry[column]);
  if (typeof entry.file === 'string' && entry.file !== '') draft.file = entry.file;
  return draft;
}

export function readStoredDrafts(
  storage: Storage | undefined,
  key: string,
): { drafts: Draft[]; problem?: StorageProblem } {
  if (!storage) return { drafts: [], problem: 'unavailable' };
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { drafts: [], problem: 'unavailable' };
  }
  if (text === null) return { drafts: [] };
  try {
    const value = JSON.parse(text) as { version?: unknown; drafts?: unknown };
    if (value?.version !== VERSION || !Array.isArray(value.drafts)) throw new Error('not drafts');
    const drafts = value.drafts.map(draftFrom);
    // Ids are unique, so that each draft can be edited or removed alone.
    const seen = new Set<string>();
    return {
      drafts: drafts.map((d, i) => {
        const id = seen.has(d.id) ? `${d.id}-${i}` : d.id;
        seen.add(id);
        return id === d.id ? d : { ...d, id };
      }),
    };
  } catch {
    return { drafts: [], problem: 'unreadable' };
  }
}

/** Keeps the drafts (an empty list removes the entry); the problem when they could not be kept. */
export function writeStoredDrafts(
  storage: Storage | undefined,
  key: string,
  drafts: readonly Draft[],
): StorageProblem | undefined {
  if (!storage) return 'unavailable';
  try {
    if (drafts.length === 0) storage.removeItem(key);
    else
      storage.setItem(
        key,
        JSON.stringify({
          version: VERSION,
          drafts: drafts.map((d) => ({
            id: d.id,
            product: d.product,
            country: d.country,
            status: d.status,
            date: d.date,
            note: d.note,
            source: d.source,
          })),
        }),
      );
    return undefined;
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable';
  }
}

/** How many drafts each other records source has kept, so that they are not forgotten. */
export function draftsKeptElsewhere(
  storage: Storage | undefined,
  current: string,
): { key: string; count: number }[] {
  const out: { key: string; count: number }[] = [];
  if (!storage) return out;
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(DRAFTS_KEY) || key === current) continue;
      const { drafts } = readStoredDrafts(storage, key);
      if (drafts.length) out.push({ key, count: drafts.length });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

type Store = {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
};

/**
 * Keeps the store's drafts in storage: restores those of the records source at once and each
 * time the source changes, and writes them whenever they change. When storage is unavailable,
 * full or holds something unreadable, one notice says so and drafts still work for the session.
 * Returns the function that stops it and the one that reloads the drafts after another tab
 * changed them.
 */
export function keepDrafts(
  store: Store,
  storage: () => Storage | undefined,
): { stop(): void; reload(): void } {
  const safeStorage = () => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  const report = (problem: StorageProblem | undefined) => {
    if (problem) store.getState().notify(problem === 'unreadable' ? 'draftsUnreadable' : 'draftsNotKept');
  };
  let restoring = false;
  const restore = () => {
    const { drafts, problem } = readStoredDrafts(safeStorage(), draftsKey(store.getState().recordsSource));
    report(problem);
    restoring = true;
    try {
      store.getState().setDrafts(drafts);
    } finally {
      restoring = false;
    }
  };
  restore();
  const stop = store.subscribe((state, previous) => {
    if (state.recordsSource !== previous.recordsSource) {
      restore();
      return;
    }
    if (state.drafts === previous.drafts || restoring) return;
    report(writeStoredDrafts(safeStorage(), draftsKey(state.recordsSource), state.drafts));
  });
  return { stop, reload: restore };
}
