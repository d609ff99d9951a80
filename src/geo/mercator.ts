import type { Bounds } from '../domain/bounds';

/**
 * Web Mercator as MapLibre draws it: at zoom 0 the world is one 512-pixel tile, and each zoom
 * step doubles it. Both map renderers (the SVG one that paints first and the WebGL one that
 * takes over) place the world with these functions and one `Camera`, so the swap between them
 * does not move anything.
 */
export const WORLD_SIZE = 512;
/** MapLibre's latitude limit. */
const MAX_LATITUDE = 85.051129;

export interface Camera {
  /** [longitude, latitude] at the centre of the view. */
  center: [number, number];
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Longitude to world x at zoom 0 (0 at -180°, 512 at 180°; beyond for longitudes past ±180). */
export function worldX(lng: number): number {
  return ((lng + 180) / 360) * WORLD_SIZE;
}

/** Latitude to world y at zoom 0 (0 at the north limit, 512 at the south one). */
export function worldY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const phi = (clamped * Math.PI) / 180;
  return ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360) * WORLD_SIZE;
}

export function lngOfWorldX(x: number): number {
  return (x / WORLD_SIZE) * 360 - 180;
}

export function latOfWorldY(y: number): number {
  const t = 180 - (y / WORLD_SIZE) * 360;
  return (360 / Math.PI) * Math.atan(Math.exp((t * Math.PI) / 180)) - 90;
}

export interface FitOptions {
  /** Free pixels on each side. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * The camera that shows the bounds as large as fits in the view, less padding, as MapLibre's
 * `fitBounds` does. `east` may exceed 180 for a box across the antimeridian.
 */
export function fitCamera(bounds: Bounds, size: Size, options: FitOptions): Camera {
  const [west, south, east, north] = bounds;
  const x0 = worldX(west);
  const x1 = worldX(east);
  const y0 = worldY(north);
  const y1 = worldY(south);
  const room = {
    width: Math.max(1, size.width - 2 * options.padding),
    height: Math.max(1, size.height - 2 * options.padding),
  };
  const scale = Math.min(room.width / Math.max(x1 - x0, 1e-9), room.height / Math.max(y1 - y0, 1e-9));
  const zoom = Math.max(options.minZoom, Math.min(options.maxZoom, Math.log2(scale)));
  const lng = lngOfWorldX((x0 + x1) / 2);
  return {
    center: [((((lng + 180) % 360) + 360) % 360) - 180, latOfWorldY((y0 + y1) / 2)],
    zoom,
  };
}

/** From world coordinates (zoom 0) to screen pixels: screen = world × k + [x, y]. */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

export function cameraTransform(camera: Camera, size: Size): Transform {
  const k = 2 ** camera.zoom;
  return {
    k,
    x: size.width / 2 - worldX(camera.center[0]) * k,
    y: size.height / 2 - worldY(camera.center[1]) * k,
  };
}

/**
 * The camera centred on a world point (see worldX), its longitude wrapped to ±180° and the
 * point kept within the world's height.
 */
export function cameraAt(x: number, y: number, zoom: number): Camera {
  return { center: [wrapLng(lngOfWorldX(x)), latOfWorldY(clampWorldY(y))], zoom };
}

/**
 * The camera a transform shows (the inverse of cameraTransform): its centre wrapped to ±180°
 * of longitude and kept within the world's height.
 */
export function cameraOfTransform(t: Transform, size: Size): Camera {
  const cx = (size.width / 2 - t.x) / t.k;
  const cy = (size.height / 2 - t.y) / t.k;
  return cameraAt(cx, cy, Math.log2(t.k));
}

/** The camera after zooming by `delta` steps round a screen point, which stays where it is. */
export function zoomAround(
  camera: Camera,
  size: Size,
  point: [number, number],
  delta: number,
  limits: { minZoom: number; maxZoom: number },
): Camera {
  const before = cameraTransform(camera, size);
  const zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, camera.zoom + delta));
  const k = 2 ** zoom;
  // The world point under the pointer, kept under it.
  const wx = (point[0] - before.x) / before.k;
  const wy = (point[1] - before.y) / before.k;
  const cx = wx - (point[0] - size.width / 2) / k;
  const cy = wy - (point[1] - size.height / 2) / k;
  return cameraAt(cx, cy, zoom);
}

/** The camera after dragging the map by [dx, dy] screen pixels. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const k = 2 ** camera.zoom;
  const cx = worldX(camera.center[0]) - dx / k;
  const cy = worldY(camera.center[1]) - dy / k;
  return cameraAt(cx, cy, camera.zoom);
}

function wrapLng(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

function clampWorldY(y: number): number {
  return Math.max(0, Math.min(WORLD_SIZE, y));
}

/**
 * Which copy of the world a shape at world x should be drawn in to lie nearest the view's
 * centre, as MapLibre's world copies do: -512, 0 or +512.
 */
export function worldShift(x: number, camera: Camera): number {
  const centre = worldX(camera.center[0]);
  return Math.round((centre - x) / WORLD_SIZE) * WORLD_SIZE + 0; // never -0
}
