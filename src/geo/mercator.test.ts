import { describe, expect, it } from 'vitest';
import {
  cameraOfTransform,
  cameraTransform,
  fitCamera,
  latOfWorldY,
  lngOfWorldX,
  panBy,
  worldShift,
  worldX,
  worldY,
  zoomAround,
} from './mercator';

const size = { width: 1000, height: 600 };
const limits = { minZoom: 0.5, maxZoom: 9 };

describe('Web Mercator world coordinates', () => {
  it('places the corners and the centre of the world as MapLibre does', () => {
    expect(worldX(-180)).toBe(0);
    expect(worldX(0)).toBe(256);
    expect(worldX(180)).toBe(512);
    expect(worldY(0)).toBeCloseTo(256, 9);
    expect(worldY(85.051129)).toBeCloseTo(0, 3);
    expect(worldY(-90)).toBeCloseTo(512, 3);
  });

  it('round-trips', () => {
    for (const lng of [-179, -30, 0, 95.5, 179]) expect(lngOfWorldX(worldX(lng))).toBeCloseTo(lng, 9);
    for (const lat of [-80, -12.5, 0, 27.7, 80]) expect(latOfWorldY(worldY(lat))).toBeCloseTo(lat, 9);
  });
});

describe('fitCamera', () => {
  it('fits the bounds in the view less its padding, centred', () => {
    const camera = fitCamera([60, 0, 150, 50], size, { padding: 40, ...limits });
    const t = cameraTransform(camera, size);
    const left = worldX(60) * t.k + t.x;
    const right = worldX(150) * t.k + t.x;
    const top = worldY(50) * t.k + t.y;
    const bottom = worldY(0) * t.k + t.y;
    expect((left + right) / 2).toBeCloseTo(500, 6);
    expect((top + bottom) / 2).toBeCloseTo(300, 6);
    // The tighter side touches the padding; the other has room to spare.
    expect(Math.min(left - 40, 960 - right, top - 40, 560 - bottom)).toBeCloseTo(0, 6);
    expect(Math.max(left - 40, top - 40)).toBeGreaterThan(1);
  });

  it('keeps within the zoom limits', () => {
    expect(fitCamera([103.6, 1.2, 104, 1.5], size, { padding: 40, minZoom: 0.5, maxZoom: 5 }).zoom).toBe(5);
    expect(fitCamera([-180, -85, 180, 85], { width: 100, height: 100 }, { padding: 0, ...limits }).zoom).toBe(
      0.5,
    );
  });

  it('centres a box across the antimeridian on the Pacific', () => {
    const camera = fitCamera([170, -20, 200, -10], size, { padding: 40, ...limits });
    expect(camera.center[0]).toBeCloseTo(-175, 6);
  });
});

describe('pan and zoom', () => {
  const camera = fitCamera([60, 0, 150, 50], size, { padding: 40, ...limits });

  it('keeps the point under the pointer where it is when zooming', () => {
    const before = cameraTransform(camera, size);
    const point: [number, number] = [700, 200];
    const next = zoomAround(camera, size, point, 1, limits);
    expect(next.zoom).toBeCloseTo(camera.zoom + 1, 9);
    const after = cameraTransform(next, size);
    const world = [(point[0] - before.x) / before.k, (point[1] - before.y) / before.k];
    expect(world[0]! * after.k + after.x).toBeCloseTo(point[0], 6);
    expect(world[1]! * after.k + after.y).toBeCloseTo(point[1], 6);
  });

  it('reads a camera back from its transform, wrapped round the world and within its height', () => {
    const back = cameraOfTransform(cameraTransform(camera, size), size);
    expect(back.zoom).toBeCloseTo(camera.zoom, 9);
    expect(back.center[0]).toBeCloseTo(camera.center[0], 9);
    expect(back.center[1]).toBeCloseTo(camera.center[1], 9);
    // A full turn east is the same camera; past the pole is the pole.
    const t = cameraTransform(camera, size);
    const turned = cameraOfTransform({ ...t, x: t.x - 512 * t.k }, size);
    expect(turned.center[0]).toBeCloseTo(camera.center[0], 6);
    expect(cameraOfTransform({ ...t, y: t.y + 10_000 * t.k }, size).center[1]).toBeCloseTo(latOfWorldY(0), 6);
  });

  it('moves the map with the pointer when dragging', () => {
    const before = cameraTransform(camera, size);
    const after = cameraTransform(panBy(camera, 30, -20), size);
    expect(after.x - before.x).toBeCloseTo(30, 6);
    expect(after.y - before.y).toBeCloseTo(-20, 6);
  });
});

describe('worldShift', () => {
  it('draws a shape in the copy of the world nearest the view', () => {
    const asia = { center: [95, 20] as [number, number], zoom: 1.6 };
    expect(worldShift(worldX(-100), asia)).toBe(512); // the Americas, east of the Pacific
    expect(worldShift(worldX(100), asia)).toBe(0);
    const americas = { center: [-100, 20] as [number, number], zoom: 1.6 };
    expect(worldShift(worldX(170), americas)).toBe(-512);
  });
});
