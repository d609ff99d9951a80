import { afterEach, describe, expect, it, vi } from 'vitest';

/** A WebGL context as browsers give one: the debug extension may be refused, as Firefox may. */
function context(renderer: string, { debugInfo = true, lose = true } = {}) {
  const lost = vi.fn();
  return {
    lost,
    RENDERER: 0x1f01,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info'
        ? debugInfo
          ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
          : null
        : name === 'WEBGL_lose_context' && lose
          ? { loseContext: lost }
          : null,
    getParameter: (p: number) => (p === 0x9246 ? renderer : p === 0x1f01 ? 'WebKit WebGL' : null),
  };
}

/**
 * Runs the worker module (it probes as soon as it loads) with an OffscreenCanvas whose contexts
 * are `contexts` (by kind), and returns what it posted back.
 */
async function probe(
  contexts: Record<string, unknown> | 'no OffscreenCanvas' | 'throws',
): Promise<unknown[]> {
  const posted: unknown[] = [];
  vi.stubGlobal('self', { postMessage: (m: unknown) => posted.push(m) });
  if (contexts === 'no OffscreenCanvas') vi.stubGlobal('OffscreenCanvas', undefined);
  else
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          readonly width: number,
          readonly height: number,
        ) {
          expect([width, height]).toEqual([1, 1]);
        }
        getContext(kind: string) {
          if (contexts === 'throws') throw new Error('GPU process crashed');
          return (contexts as Record<string, unknown>)[kind] ?? null;
        }
      },
    );
  vi.resetModules();
  await import('./glProbe.worker');
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('glProbe.worker', () => {
  it('names the renderer of a WebGL 2 context, and frees the context', async () => {
    const gl = context('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)');
    expect(await probe({ webgl2: gl })).toEqual([
      { ok: true, renderer: 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)' },
    ]);
    expect(gl.lost).toHaveBeenCalledTimes(1);
  });

  it('falls back on WebGL 1', async () => {
    expect(await probe({ webgl: context('llvmpipe (LLVM 15.0.6, 256 bits)') })).toEqual([
      { ok: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' },
    ]);
  });

  it('reads the masked renderer when the unmasked one is refused, and copes without lose_context', async () => {
    expect(await probe({ webgl2: context('SwiftShader', { debugInfo: false, lose: false }) })).toEqual([
      { ok: true, renderer: 'WebKit WebGL' },
    ]);
  });

  it('says there is no WebGL when neither context can be made', async () => {
    expect(await probe({})).toEqual([{ ok: false, renderer: '' }]);
  });

  it('cannot tell without OffscreenCanvas, or when making a context throws', async () => {
    expect(await probe('no OffscreenCanvas')).toEqual([{ ok: null, renderer: '' }]);
    expect(await probe('throws')).toEqual([{ ok: null, renderer: '' }]);
  });

  it('names a renderer the driver does not give as empty', async () => {
    const gl = { ...context(''), getParameter: () => null };
    expect(await probe({ webgl2: gl })).toEqual([{ ok: true, renderer: '' }]);
  });
});
