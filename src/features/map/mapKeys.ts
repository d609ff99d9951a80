import type { Iso3 } from '../../domain/types';
import {
  WORLD_SIZE,
  cameraTransform,
  panBy,
  worldShift,
  zoomAround,
  type Camera,
  type Size,
} from '../../geo/mercator';
import { MAX_ZOOM, MIN_ZOOM } from './mapStyle';

/**
 * The map's keys, the same for both renderers: on the map, arrow keys pan and + / − zoom; on
 * its countries, arrow keys go from a country to the nearest one that way.
 */

/** A country the keyboard can go to, at its anchor in world coordinates (see PlanarCountry). */
export interface KeyTarget {
  iso3: Iso3;
  x: number;
  y: number;
}

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The camera after a key on the map, or undefined for a key the map does not use. */
export function cameraForKey(key: string, camera: Camera, size: Size): Camera | undefined {
  const arrow = ARROWS[key];
  // A quarter of the view a press, as the WebGL map's own keys move it.
  if (arrow) return panBy(camera, (-arrow[0] * size.width) / 4, (-arrow[1] * size.height) / 4);
  const delta = key === '+' || key === '=' ? 1 : key === '-' || key === '_' || key === '−' ? -1 : 0;
  if (!delta) return undefined;
  const zoomed = zoomAround(camera, size, [size.width / 2, size.height / 2], delta, {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
  });
  return zoomed.zoom === camera.zoom ? camera : zoomed;
}

/**
 * The country an arrow key goes to from `from`: the nearest whose anchor lies within 45° of
 * the arrow (else the nearest on that side), a country straight ahead counted nearer than one
 * as far off to the side; `from` itself when none lies that way; undefined for any other key.
 */
export function countryForKey(key: string, from: KeyTarget, targets: readonly KeyTarget[]): Iso3 | undefined {
  const arrow = ARROWS[key];
  if (!arrow) return undefined;
  const [ax, ay] = arrow;
  // Within 45° of the arrow first; only where none is, anything on that side.
  let best: { target: KeyTarget; cone: boolean; score: number } | undefined;
  for (const t of targets) {
    // The short way round the world: Samoa is just east of Fiji, across the 180° line.
    const dx = ((((t.x - from.x + WORLD_SIZE / 2) % WORLD_SIZE) + WORLD_SIZE) % WORLD_SIZE) - WORLD_SIZE / 2;
    const dy = t.y - from.y;
    const ahead = dx * ax + dy * ay;
    if (t.iso3 === from.iso3 || ahead <= 0) continue;
    const aside = Math.abs(dx * ay - dy * ax);
    const candidate = { target: t, cone: aside <= ahead, score: ahead + 2 * aside };
    if (
      !best ||
      (candidate.cone && !best.cone) ||
      (candidate.cone === best.cone && candidate.score < best.score)
    )
      best = candidate;
  }
  return (best?.target ?? from).iso3;
}

/** Where a world point is on screen, in the copy of the world nearest the camera's centre. */
export function screenPoint(target: KeyTarget, camera: Camera, size: Size): [number, number] {
  const t = cameraTransform(camera, size);
  return [(target.x + worldShift(target.x, camera)) * t.k + t.x, target.y * t.k + t.y];
}

/** Whether a world point is on screen, at least `margin` pixels inside its edges. */
export function inView(target: KeyTarget, camera: Camera, size: Size, margin = 24): boolean {
  const [x, y] = screenPoint(target, camera, size);
  return x >= margin && y >= margin && x <= size.width - margin && y <= size.height - margin;
}
