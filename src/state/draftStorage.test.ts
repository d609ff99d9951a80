import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../domain/drafts';
import {
  DRAFTS_KEY,
  draftsKey,
  draftsKeptElsewhere,
  keepDrafts,
  readStoredDrafts,
  writeStoredDrafts,
} from './draftStorage';
import { initialAppState, useAppStore } from './store';

/** localStorage as a browser has it, in memory; `fail` makes the next writes throw. */
class MemoryStorage implements Storage {
  items = new Map<string, string>();
  fail?: 'quota' | 'security';
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.fail === 'security') throw new DOMException('denied', 'SecurityError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const draft = (id: string, country = 'PAK'): Draft => ({
  id,
  product: 'gsocseq',
  country,
  status: 'submitted',
  date: '2024-05-10',
  note: 'first "map", with = and ب',
  source: 'e-mail',
});

const state = () => useAppStore.getState();
beforeEach(() => useAppStore.setState(initialAppState, true));

describe('draftsKey', () => {
  it('keeps the drafts of each records source apart, under a versioned key', () => {
    expect(draftsKey({ kind: 'default' })).toBe('gsp-status.drafts.v1.site');
    expect(draftsKey({ kind: 'url', url: 'https://x.org/r.csv' })).toBe(
      'gsp-status.drafts.v1.url:https://x.org/r.csv',
    );
    expect(draftsKey({ kind: 'file', name: 'export.csv' })).toBe('gsp-status.drafts.v1.file:export.csv');
    expect(draftsKey({ kind: 'file', name: 'site' })).not.toBe(draftsKey({ kind: 'default' }));
  });
});

describe('reading and writing drafts', () => {
  it('reads back what it wrote, field by field; an empty list removes the entry', () => {
    const storage = new MemoryStorage();
    const drafts = [draft('a'), draft('b', 'AFG')];
    expect(writeStoredDrafts(storage, 'k', drafts)).toBeUndefined();
    expect(JSON.parse(storage.getItem('k')!)).toMatchObject({
      version: 1,
      drafts: [{ id: 'a' }, { id: 'b' }],
    });
    expect(readStoredDrafts(storage, 'k')).toEqual({ drafts });
    expect(writeStoredDrafts(storage, 'k', [])).toBeUndefined();
    expect(storage.items.has('k')).toBe(false);
    expect(readStoredDrafts(storage, 'k')).toEqual({ drafts: [] });
  });

  it('brings back a draft edited by hand as text, for the validator to judge, with unique ids', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'k',
      JSON.stringify({
        version: 1,
        drafts: [{ id: 'a', product: 'gsocseq', country: 42, date: null }, { id: 'a' }, 'not a draft', {}],
      }),
    );
    const { drafts, problem } = readStoredDrafts(storage, 'k');
    expect(problem).toBeUndefined();
    expect(drafts).toEqual([
      { id: 'a', product: 'gsocseq', country: '42', status: '', date: '', note: '', source: '' },
      { id: 'a-1', product: '', country: '', status: '', date: '', note: '', source: '' },
      { id: 'restored-2', product: '', country: '', status: '', date: '', note: '', source: '' },
      { id: 'restored-3', product: '', country: '', status: '', date: '', note: '', source: '' },
    ]);
  });

  it('says what cannot be read: not JSON, another version, no list', () => {
    const storage = new MemoryStorage();
    for (const text of ['{', '{"version":2,"drafts":[]}', '{"version":1}', 'null']) {
      storage.items.set('k', text);
      expect(readStoredDrafts(storage, 'k')).toEqual({ drafts: [], problem: 'unreadable' });
    }
  });

  it('says when there is no storage, or it is full or refuses', () => {
    const storage = new MemoryStorage();
    expect(readStoredDrafts(undefined, 'k')).toEqual({ drafts: [], problem: 'unavailable' });
    expect(writeStoredDrafts(undefined, 'k', [draft('a')])).toBe('unavailable');
    storage.fail = 'quota';
    expect(writeStoredDrafts(storage, 'k', [draft('a')])).toBe('full');
    storage.fail = 'security';
    expect(writeStoredDrafts(storage, 'k', [draft('a')])).toBe('unavailable');
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readStoredDrafts(blocked, 'k')).toEqual({ drafts: [], problem: 'unavailable' });
  });

  it('counts the drafts kept for other records, not those of the records shown', () => {
    const storage = new MemoryStorage();
    writeStoredDrafts(storage, `${DRAFTS_KEY}site`, [draft('a')]);
    writeStoredDrafts(storage, `${DRAFTS_KEY}file:export.csv`, [draft('b'), draft('c', 'AFG')]);
    storage.setItem('gsp-status.theme', 'dark');
    expect(draftsKeptElsewhere(storage, `${DRAFTS_KEY}site`)).toEqual([
      { key: `${DRAFTS_KEY}file:export.csv`, count: 2 },
    ]);
    expect(draftsKeptElsewhere(undefined, 'x')).toEqual([]);
  });
});

describe('keepDrafts', () => {
  it('restores the drafts of the records source, and writes them as they change', () => {
    const storage = new MemoryStorage();
    writeStoredDrafts(storage, draftsKey({ kind: 'default' }), [draft('a')]);
    const kept = keepDrafts(useAppStore, () => storage);
    expect(state().drafts).toEqual([draft('a')]);
    state().setDrafts([draft('a'), draft('b', 'AFG')]);
    expect(readStoredDrafts(storage, draftsKey({ kind: 'default' })).drafts.map((d) => d.id)).toEqual([
      'a',
      'b',
    ]);
    state().discardDrafts();
    expect(storage.items.size).toBe(0);
    kept.stop();
  });

  it('never lets the drafts of one source into another, and brings each back with its source', () => {
    const storage = new MemoryStorage();
    const site = draftsKey({ kind: 'default' });
    const file = draftsKey({ kind: 'file', name: 'export.csv' });
    writeStoredDrafts(storage, site, [draft('a')]);
    const kept = keepDrafts(useAppStore, () => storage);
    state().setRecordsSource({ kind: 'file', name: 'export.csv' });
    expect(state().drafts).toEqual([]);
    expect(storage.items.has(file)).toBe(false);
    state().setDrafts([draft('f')]);
    state().setRecordsSource({ kind: 'default' });
    expect(state().drafts).toEqual([draft('a')]);
    expect(readStoredDrafts(storage, file).drafts).toEqual([draft('f')]);
    kept.stop();
  });

  it('reads the drafts again when asked (another tab changed them)', () => {
    const storage = new MemoryStorage();
    const kept = keepDrafts(useAppStore, () => storage);
    writeStoredDrafts(storage, draftsKey({ kind: 'default' }), [draft('z')]);
    kept.reload();
    expect(state().drafts).toEqual([draft('z')]);
    kept.stop();
  });

  it('says once that drafts cannot be kept, and they still work for the session', () => {
    const kept = keepDrafts(useAppStore, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    state().setDrafts([draft('a')]);
    state().setDrafts([draft('a'), draft('b', 'AFG')]);
    expect(state().drafts).toHaveLength(2);
    expect(state().notices.map((n) => n.kind)).toEqual(['draftsNotKept']);
    kept.stop();
  });

  it('says when the storage is full, and when what it holds cannot be read (left as it is)', () => {
    const storage = new MemoryStorage();
    storage.items.set(draftsKey({ kind: 'default' }), '{ broken');
    const kept = keepDrafts(useAppStore, () => storage);
    expect(state().notices.map((n) => n.kind)).toEqual(['draftsUnreadable']);
    expect(storage.getItem(draftsKey({ kind: 'default' }))).toBe('{ broken');
    storage.fail = 'quota';
    state().setDrafts([draft('a')]);
    expect(state().notices.map((n) => n.kind)).toEqual(['draftsUnreadable', 'draftsNotKept']);
    expect(state().drafts).toEqual([draft('a')]);
    kept.stop();
  });
});
