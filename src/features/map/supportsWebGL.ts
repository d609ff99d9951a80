/**
 * Whether this browser has WebGL at all. A cheap test: creating a context to be sure can block
 * the page for half a second while the GPU process starts, so the WebGL map makes the one
 * context it needs and, if that fails, the SVG map stays.
 */
export function supportsWebGL(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}
