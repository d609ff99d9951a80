import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { cameraOfTransform, cameraTransform, type Camera, type Size } from '../../geo/mercator';

/**
 * Pan and zoom of the SVG map by d3-zoom: drag, wheel, double click or tap, and pinch. The
 * camera stays one transform, d3-zoom's, kept in step with the app's camera both ways. On a
 * touch screen one finger scrolls the page and two move the map, as maps embedded in a page do
 * (the map's CSS lets the browser pan with one finger). Loaded after the map has painted.
 */
export interface SvgZoom {
  /** Brings d3-zoom's transform to a camera the app set (a new region, the keyboard). */
  sync(camera: Camera, size: Size): void;
  detach(): void;
}

export function attachZoom(
  svg: SVGSVGElement,
  options: {
    minZoom: number;
    maxZoom: number;
    clickDistance: number;
    size(): Size;
    onCamera(camera: Camera): void;
  },
): SvgZoom {
  const toTransform = (camera: Camera, size: Size) => {
    const t = cameraTransform(camera, size);
    return zoomIdentity.translate(t.x, t.y).scale(t.k);
  };
  let pressedAt: [number, number] | undefined;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([2 ** options.minZoom, 2 ** options.maxZoom])
    .clickDistance(options.clickDistance)
    .filter((event: Event) => {
      // An event made by a script without a window (as in tests) is no gesture.
      if (!(event as UIEvent).view) return false;
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
      const e = event as MouseEvent;
      return (!e.ctrlKey || event.type === 'wheel') && !e.button;
    })
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      const e = event.sourceEvent as MouseEvent | null;
      pressedAt = e?.type === 'mousedown' ? [e.clientX, e.clientY] : undefined;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // Only the reader's gestures: a transform set by sync() has no source event.
      if (!event.sourceEvent) return;
      // A press that has moved less than a click's slop is still a click: the map stays.
      const e = event.sourceEvent as MouseEvent;
      if (pressedAt && e.type === 'mousemove') {
        if (Math.hypot(e.clientX - pressedAt[0], e.clientY - pressedAt[1]) < options.clickDistance) return;
        pressedAt = undefined;
      }
      const size = options.size();
      const camera = cameraOfTransform(event.transform, size);
      // The camera keeps the map within the world's height: d3-zoom's transform follows it.
      svg.__zoom = toTransform(camera, size);
      options.onCamera(camera);
    });
  const selection = select(svg).call(behaviour);
  // A second finger makes the gesture the map's: the page neither scrolls nor zooms with it.
  const onTouchStart = (e: TouchEvent) => {
    if (e.touches.length >= 2 && e.cancelable) e.preventDefault();
  };
  svg.addEventListener('touchstart', onTouchStart, { passive: false });
  return {
    sync: (camera, size) => {
      svg.__zoom = toTransform(camera, size);
    },
    detach: () => {
      selection.on('.zoom', null);
      svg.removeEventListener('touchstart', onTouchStart);
    },
  };
}

declare global {
  interface SVGSVGElement {
    /** d3-zoom's transform of the element. */
    __zoom?: ReturnType<typeof zoomIdentity.scale>;
  }
}
