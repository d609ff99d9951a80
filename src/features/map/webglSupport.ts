/** What the browser can do with WebGL, found without blocking the page. */
export interface WebGLSupport {
  ok: boolean;
  /** Drawn by the processor, not a graphics chip (SwiftShader, llvmpipe, Microsoft Basic Render). */
  software: boolean;
  renderer: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function describeRenderer(ok: boolean, renderer: string): WebGLSupport {
  return { ok, renderer, software: ok && SOFTWARE.test(renderer) };
}

/**
 * Asks a worker to make a WebGL context (see glProbe.worker.ts). Where workers cannot make
 * one (no OffscreenCanvas WebGL), the answer is "no WebGL" only if the page has none either.
 */
export function probeWebGL(timeout = 10_000): Promise<WebGLSupport> {
  const hasApi =
    typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
  if (!hasApi) return Promise.resolve(describeRenderer(false, ''));
  // Stryker disable next-line StringLiteral: typeof is never "", which reads as Worker being there
  if (typeof Worker === 'undefined') {
    return Promise.resolve(describeRenderer(true, ''));
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./glProbe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(describeRenderer(true, ''));
      return;
    }
    const done = (answer: WebGLSupport) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => done(describeRenderer(true, '')), timeout);
    worker.onmessage = (e: MessageEvent<{ ok: boolean | null; renderer: string }>) =>
      // null: the worker could not tell; the WebGL map will find out by trying.
      done(describeRenderer(e.data.ok ?? true, e.data.renderer));
    worker.onerror = (e) => {
      e.preventDefault();
      done(describeRenderer(true, ''));
    };
  });
}
