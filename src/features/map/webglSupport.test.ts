import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeRenderer, probeWebGL } from './webglSupport';

describe('describeRenderer', () => {
  it('tells software WebGL from a graphics chip', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Gallium 0.4 on softpipe',
      'Google SwiftShader',
      'Software Rasterizer',
    ])
      expect(describeRenderer(true, renderer).software, renderer).toBe(true);
    for (const renderer of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mali-G78',
      '',
    ])
      expect(describeRenderer(true, renderer).software, renderer).toBe(false);
  });

  it('is never software when there is no WebGL', () => {
    expect(describeRenderer(false, 'SwiftShader')).toEqual({
      ok: false,
      software: false,
      renderer: 'SwiftShader',
    });
  });
});

/** A worker that answers as glProbe.worker.ts would, or fails, or never answers. */
class ProbeWorker {
  static made: ProbeWorker[] = [];
  static answer: { ok: boolean | null; renderer: string } | 'error' | 'silent' = 'silent';
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  prevented = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    ProbeWorker.made.push(this);
    const { answer } = ProbeWorker;
    if (answer === 'error')
      setTimeout(() =>
        this.onerror?.({
          preventDefault: () => {
            this.prevented = true;
          },
        }),
      );
    else if (answer !== 'silent') setTimeout(() => this.onmessage?.({ data: answer }));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('probeWebGL', () => {
  beforeEach(() => {
    ProbeWorker.made = [];
    vi.stubGlobal('WebGL2RenderingContext', class {});
    vi.stubGlobal('Worker', ProbeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('says there is no WebGL when the browser has no WebGL at all, without a worker', async () => {
    vi.stubGlobal('WebGL2RenderingContext', undefined);
    await expect(probeWebGL()).resolves.toEqual({ ok: false, software: false, renderer: '' });
    expect(ProbeWorker.made).toEqual([]);
  });

  it('takes WebGL 1 alone as WebGL', async () => {
    vi.stubGlobal('WebGL2RenderingContext', undefined);
    vi.stubGlobal('WebGLRenderingContext', class {});
    ProbeWorker.answer = { ok: true, renderer: 'Mali-G78' };
    await expect(probeWebGL()).resolves.toEqual({ ok: true, software: false, renderer: 'Mali-G78' });
  });

  it('lets the map try when there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(probeWebGL()).resolves.toEqual({ ok: true, software: false, renderer: '' });
  });

  it('asks a module worker, and ends it once it has answered', async () => {
    ProbeWorker.answer = { ok: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' };
    await expect(probeWebGL()).resolves.toEqual({
      ok: true,
      software: true,
      renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)',
    });
    const [worker] = ProbeWorker.made;
    expect(worker!.url.href).toMatch(/\/glProbe\.worker\.ts$/);
    expect(worker!.options).toEqual({ type: 'module' });
    expect(worker!.terminated).toBe(true);
  });

  it('takes the worker’s no for an answer, and lets the map try when the worker cannot tell', async () => {
    ProbeWorker.answer = { ok: false, renderer: '' };
    await expect(probeWebGL()).resolves.toEqual({ ok: false, software: false, renderer: '' });
    ProbeWorker.answer = { ok: null, renderer: '' };
    await expect(probeWebGL()).resolves.toEqual({ ok: true, software: false, renderer: '' });
  });

  it('lets the map try when the worker fails, keeping the error from the page', async () => {
    ProbeWorker.answer = 'error';
    await expect(probeWebGL()).resolves.toEqual({ ok: true, software: false, renderer: '' });
    expect(ProbeWorker.made[0]!.prevented).toBe(true);
    expect(ProbeWorker.made[0]!.terminated).toBe(true);
  });

  it('lets the map try when a worker cannot be made', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked by the page’s policy', 'SecurityError');
        }
      },
    );
    await expect(probeWebGL()).resolves.toEqual({ ok: true, software: false, renderer: '' });
  });

  it('stops waiting for a worker that never answers, after ten seconds by default', async () => {
    vi.useFakeTimers();
    ProbeWorker.answer = 'silent';
    const answered = vi.fn();
    void probeWebGL().then(answered);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(answered).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toHaveBeenCalledWith({ ok: true, software: false, renderer: '' });
    expect(ProbeWorker.made[0]!.terminated).toBe(true);
    const quick = vi.fn();
    void probeWebGL(50).then(quick);
    await vi.advanceTimersByTimeAsync(50);
    expect(quick).toHaveBeenCalled();
  });

  it('stops the clock once the worker has answered', async () => {
    vi.useFakeTimers();
    ProbeWorker.answer = { ok: true, renderer: 'Apple M1' };
    const answer = probeWebGL();
    await vi.advanceTimersByTimeAsync(0);
    await expect(answer).resolves.toMatchObject({ renderer: 'Apple M1' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
