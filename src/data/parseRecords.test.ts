import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRecordsCsv, type RecordsContext } from '../domain/records';
import type { Product } from '../domain/types';
import { parseRecords } from './parseRecords';

const products: Product[] = [{ id: 'gsocseq', short: 'GSOCseq', name: 'GSOCseq' }];
const context: RecordsContext = { file: 'records.csv', products, today: '2024-01-01' };
const COUNTRIES = 'BGD BTN KHM IND IDN LAO MNG MMR NPL PHL KOR LKA THA VNM'.split(' ');

/**
 * A long history as a large records file holds it: `rows` rows of status changes, every 1000th
 * naming an unknown country (so the file has issues on known lines).
 */
function history(rows: number): string {
  const lines = ['product,country,status,date,note,source'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const country = i % 1000 === 999 ? 'XXX' : COUNTRIES[i % COUNTRIES.length];
    lines.push(`gsocseq,${country},${i % 3 ? 'in_preparation' : 'submitted'},${day},row ${i},history`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A stand-in for the browser's Worker that runs the real worker module (parseRecords.worker.ts)
 * in this thread, each message in a task of its own as between a page and its worker.
 */
class ThreadWorker {
  static made: ThreadWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  /** The messages the worker sent, in order. */
  readonly sent: { type: string }[] = [];

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    ThreadWorker.made.push(this);
  }

  postMessage(data: unknown) {
    void (async () => {
      const scope = {
        onmessage: null as ((e: { data: unknown }) => void) | null,
        postMessage: (message: { type: string }) => {
          this.sent.push(message);
          setTimeout(() => this.onmessage?.({ data: structuredClone(message) }));
        },
      };
      vi.stubGlobal('self', scope);
      vi.resetModules();
      await import('./parseRecords.worker');
      scope.onmessage!({ data: structuredClone(data) });
    })();
  }

  terminate() {
    this.terminated = true;
  }
}

/** A Worker that cannot start (blocked by the page's policy, or too old a browser). */
class BrokenWorker extends ThreadWorker {
  prevented = false;
  override postMessage() {
    setTimeout(() =>
      this.onerror?.({
        preventDefault: () => {
          this.prevented = true;
        },
      }),
    );
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  ThreadWorker.made = [];
});

const times = (n: number, type: string) => Array.from({ length: n }, () => type);

describe('parseRecords', () => {
  it('reads even a small file in the worker where workers exist: the page never loads the reader', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    const text = history(50);
    await expect(parseRecords(text, context)).resolves.toEqual(parseRecordsCsv(text, context));
    expect(ThreadWorker.made).toHaveLength(1);
  });

  it('reads in place where there are no workers, whatever the size', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = history(6000);
    expect(text.length).toBeGreaterThan(200_000);
    const onProgress = vi.fn();
    const parsed = await parseRecords(text, context, onProgress);
    expect(parsed).toEqual(parseRecordsCsv(text, context));
    expect(onProgress).toHaveBeenCalledTimes(1);
  });

  it('reads a file of 200,000 characters or more in a worker, with the same result', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    const text = history(4000);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    const parsed = await parseRecords(text, context);
    expect(ThreadWorker.made).toHaveLength(1);
    const [worker] = ThreadWorker.made;
    expect(worker!.url.href).toMatch(/\/parseRecords\.worker\.ts$/);
    expect(worker!.options).toEqual({ type: 'module' });
    expect(worker!.terminated).toBe(true);
    expect(parsed).toEqual(parseRecordsCsv(text, context));
    expect(parsed.issues.map((i) => i.line)).toEqual([1001, 2001, 3001, 4001]);
  });

  it('takes the records back in parts of 10,000, reporting progress as the worker reads', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    const text = history(25_000);
    const onProgress = vi.fn();
    const parsed = await parseRecords(text, context, onProgress);
    const [worker] = ThreadWorker.made;
    // Progress after each 5,000 rows read; then the records in parts of 10,000.
    expect(worker!.sent.map((m) => m.type)).toEqual([
      ...times(5, 'progress'),
      ...times(3, 'records'),
      'done',
    ]);
    const parts = worker!.sent.filter((m) => m.type === 'records') as unknown as { records: unknown[] }[];
    expect(parts.map((p) => p.records.length)).toEqual([10_000, 10_000, 24_975 - 20_000]);
    // The last message holds everything but the records, which came in parts.
    expect((worker!.sent.at(-1) as unknown as { result: { records: unknown[] } }).result.records).toEqual([]);
    const fractions = onProgress.mock.calls.map((c) => c[0] as number);
    expect(fractions).toHaveLength(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f <= 1)).toBe(true);
    expect(parsed.records).toHaveLength(24_975);
    expect(parsed.records.at(-1)?.line).toBe(25_000); // the last row names an unknown country
    expect(parsed.rows).toBe(25_000);
    expect(parsed.issues).toHaveLength(25);
  });

  it('sends whole parts only, and reads progress only when asked for it', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    const parsed = await parseRecords(history(20_000), context);
    const [worker] = ThreadWorker.made;
    expect(worker!.sent.map((m) => m.type)).toEqual([
      ...times(4, 'progress'),
      ...times(2, 'records'),
      'done',
    ]);
    expect(parsed.records).toHaveLength(19_980);
  });

  it('sends no part for a large file without a usable row', async () => {
    vi.stubGlobal('Worker', ThreadWorker);
    const text = `product,country,status,date\n${'gsocseq,XXX,submitted,2022-03-09\n'.repeat(7000)}`;
    const parsed = await parseRecords(text, context);
    expect(ThreadWorker.made[0]!.sent.map((m) => m.type)).toEqual(['progress', 'done']);
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toHaveLength(7000);
  });

  it('reads the file in place when the worker cannot start, and lets the page carry on', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const text = history(4000);
    const onProgress = vi.fn();
    await expect(parseRecords(text, context, onProgress)).resolves.toEqual(parseRecordsCsv(text, context));
    const [worker] = ThreadWorker.made as BrokenWorker[];
    expect(worker!.terminated).toBe(true);
    expect(worker!.prevented).toBe(true);
  });

  it('fails, rather than hangs, when reading in place fails too', async () => {
    vi.stubGlobal('Worker', BrokenWorker);
    const broken = { ...context, products: undefined } as unknown as RecordsContext;
    await expect(parseRecords(history(4000), broken)).rejects.toBeInstanceOf(TypeError);
  });
});
