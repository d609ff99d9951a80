import { describe, expect, it } from 'vitest';
import { focusMaxZoom, MAX_ZOOM, MIN_ZOOM, symbolRadius, SYMBOL_RADIUS_STOPS } from './mapStyle';

describe('symbolRadius', () => {
  it('is the first stop’s radius at world view and below', () => {
    expect(symbolRadius(1, false)).toBe(3);
    expect(symbolRadius(1, true)).toBe(2);
    expect(symbolRadius(MIN_ZOOM, false)).toBe(3);
    expect(symbolRadius(0, true)).toBe(2);
  });

  it('grows linearly between stops, inside and outside the region', () => {
    expect(symbolRadius(2.5, false)).toBeCloseTo(4);
    expect(symbolRadius(2.5, true)).toBeCloseTo(2.5);
    expect(symbolRadius(4, false)).toBe(5);
    expect(symbolRadius(4, true)).toBe(3);
    expect(symbolRadius(5, false)).toBeCloseTo(5 + 2 / 3);
    expect(symbolRadius(5.5, true)).toBeCloseTo(3.5);
    expect(symbolRadius(7, false)).toBe(7);
  });

  it('stays at the last stop’s radius zoomed in further', () => {
    expect(symbolRadius(MAX_ZOOM, false)).toBe(7);
    expect(symbolRadius(MAX_ZOOM, true)).toBe(4);
    expect(symbolRadius(8, true)).toBe(4);
  });

  it('never shrinks as the map zooms in, and is always smaller outside the region', () => {
    let last = [0, 0];
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom += 0.25) {
      const inside = symbolRadius(zoom, false);
      const outside = symbolRadius(zoom, true);
      expect(inside).toBeGreaterThanOrEqual(last[0]!);
      expect(outside).toBeGreaterThanOrEqual(last[1]!);
      expect(outside).toBeLessThan(inside);
      last = [inside, outside];
    }
  });

  it('passes through each stop', () => {
    for (const [zoom, inside, outside] of SYMBOL_RADIUS_STOPS) {
      expect(symbolRadius(zoom, false)).toBe(inside);
      expect(symbolRadius(zoom, true)).toBe(outside);
    }
  });
});

describe('focusMaxZoom', () => {
  it('zooms closer on a small country than on a large one', () => {
    expect(focusMaxZoom(0.3)).toBe(5); // Singapore
    expect(focusMaxZoom(1.99)).toBe(5);
    expect(focusMaxZoom(2)).toBe(4.5);
    expect(focusMaxZoom(8)).toBe(4.5); // Nepal
  });
});

describe('zoom limits', () => {
  it('let the whole world and a small island state be seen', () => {
    expect(MIN_ZOOM).toBe(0.5);
    expect(MAX_ZOOM).toBe(9);
  });
});
