/// <reference lib="webworker" />

/**
 * Tries WebGL off the page's thread: the first WebGL context a page makes can block it for
 * half a second or more while the browser starts its graphics process (seconds with software
 * rendering). Made here first, the WebGL map's own context then takes milliseconds. Reports
 * whether WebGL works and which renderer draws it.
 */
/** ok: null when this browser cannot tell from a worker (no OffscreenCanvas). */
let answer: { ok: boolean | null; renderer: string };
try {
  const gl =
    // Stryker disable next-line StringLiteral: typeof is never "", which reads as OffscreenCanvas being there
    typeof OffscreenCanvas === 'undefined'
      ? undefined
      : (new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl'));
  if (gl === undefined) answer = { ok: null, renderer: '' };
  else if (!gl) answer = { ok: false, renderer: '' };
  else {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    answer = { ok: true, renderer };
  }
} catch {
  answer = { ok: null, renderer: '' };
}
self.postMessage(answer);

// A module worker (see webglSupport.ts); it exports nothing.
export {};
