import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkData, lostHistory, type ReadFile } from './checkData';
import type { SubmissionRecord } from '../domain/types';

const shipped = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../public/data/${name}`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);

/** The shipped folder, with some files replaced (a string) or removed (null). */
function folder(changes: Record<string, string | null> = {}): ReadFile {
  return async (name) => {
    if (name in changes) return changes[name] === null ? undefined : encode(changes[name]!);
    try {
      return shipped(name);
    } catch {
      return undefined;
    }
  };
}
const today = '2024-06-01';
const RECORDS =
  'product,country,status,date\ngsocseq,NPL,in_preparation,2021-05-01\ngsocseq,NPL,submitted,2022-03-09\n';

describe('checkData', () => {
  it('passes the shipped folder, each file read, contacts optional', async () => {
    const { ok, files } = await checkData(folder(), { today });
    expect(ok).toBe(true);
    expect(files.map((f) => [f.file, f.failure?.kind, f.issues.length])).toEqual([
      ['products.json', undefined, 0],
      ['regions.json', undefined, 0],
      ['boundaries.json', undefined, 0],
      ['contacts.csv', undefined, 0],
      ['records.csv', undefined, 0],
    ]);
    expect(files.find((f) => f.file === 'regions.json')?.rows).toBe(32);
  });

  it('fails on a row left out, with the reader’s issue at its line; warnings alone pass', async () => {
    const broken = await checkData(
      folder({ 'records.csv': `${RECORDS}gsocseq,XXX,submitted,2022-01-01\n` }),
      {
        today,
      },
    );
    expect(broken.ok).toBe(false);
    const records = broken.files.find((f) => f.file === 'records.csv')!;
    expect(records.issues.map((i) => [i.line, i.severity, i.code])).toEqual([
      [4, 'error', 'unknown-country'],
    ]);
    expect([records.rows, records.kept]).toEqual([3, 2]);

    const warned = await checkData(
      folder({ 'records.csv': `${RECORDS}gsocseq,Nepal,not_submitted,2020-01-01\n` }),
      {
        today,
      },
    );
    expect(warned.ok).toBe(true);
    expect(warned.files.at(-1)!.issues.map((i) => i.code)).toEqual(['country-read-as']);
  });

  it('fails a file that cannot be read, and still checks the others', async () => {
    const { ok, files } = await checkData(
      folder({ 'regions.json': '{"regions": [', 'boundaries.json': null }),
      {
        today,
      },
    );
    expect(ok).toBe(false);
    expect(files.map((f) => f.failure?.kind)).toEqual([
      undefined,
      'malformed',
      'not-found',
      undefined,
      undefined,
    ]);
  });

  it('reads records against products.json, a product’s own statuses included', async () => {
    const products = JSON.parse(new TextDecoder().decode(shipped('products.json'))) as unknown[];
    const own = {
      id: 'glosolan',
      short: 'GLOSOLAN',
      name: 'Laboratories',
      statuses: [{ id: 'registered', label: 'Registered', stage: 'done' }],
    };
    const { files } = await checkData(
      folder({
        'products.json': JSON.stringify([...products, own]),
        'records.csv':
          'product,country,status,date\nglosolan,NPL,registered,2022-01-01\nglosolan,BGD,submitted,2022-01-01\n',
      }),
      { today },
    );
    expect(files.at(-1)!.issues.map((i) => [i.line, i.code, i.params])).toEqual([
      [3, 'unknown-status', { product: 'glosolan', statuses: 'registered' }],
    ]);
  });

  it('with the records before the change, fails on each row of history the change lost, naming it', async () => {
    const previous = { read: folder({ 'records.csv': RECORDS }) };
    const kept = await checkData(folder({ 'records.csv': `${RECORDS}gsocseq,BGD,submitted,2022-03-09\n` }), {
      today,
      previous,
    });
    expect(kept.ok).toBe(true);

    const dropped = await checkData(
      folder({ 'records.csv': 'product,country,status,date\ngsocseq,NPL,submitted,2022-03-09\n' }),
      {
        today,
        previous,
      },
    );
    expect(dropped.ok).toBe(false);
    expect(dropped.files.at(-1)!.issues).toEqual([
      {
        severity: 'error',
        code: 'history-lost',
        file: 'records.csv',
        params: { line: 2, row: 'gsocseq NPL in_preparation 2021-05-01' },
      },
    ]);

    // A reviewer's allowance: the same row, as a warning, and the folder passes.
    const allowed = await checkData(
      folder({ 'records.csv': 'product,country,status,date\ngsocseq,NPL,submitted,2022-03-09\n' }),
      {
        today,
        previous,
        allowRemoved: true,
      },
    );
    expect(allowed.ok).toBe(true);
    expect(allowed.files.at(-1)!.issues.map((i) => i.severity)).toEqual(['warning']);
  });
});

describe('lostHistory', () => {
  const rec = (over: Partial<SubmissionRecord>): SubmissionRecord => ({
    product: 'p',
    country: 'NPL',
    status: 'submitted',
    date: '2022-01-01',
    note: '',
    source: '',
    line: 2,
    ...over,
  });

  it('holds a row written another way (the same values read), and loses an edited one', () => {
    expect(lostHistory([rec({})], [rec({ line: 9 })], 'f', false)).toEqual([]);
    expect(lostHistory([rec({ note: 'a' })], [rec({ note: 'b' })], 'f', false)).toHaveLength(1);
    expect(
      lostHistory([rec({ date: '2022-01-01' })], [rec({ date: '2022-01-02' })], 'f', false),
    ).toHaveLength(1);
    expect(lostHistory([], [rec({})], 'f', false)).toEqual([]);
  });
});
