import { describe, expect, it } from 'vitest';
import { deltaE, rgbOf, simulate } from './colour';
import { HATCH, STATUS_COLORS, fillOf, hatchPath, hatchPixels, symbolStrokeOf } from './palette';

describe('the No information hatch', () => {
  it('draws one diagonal from the bottom-left to the top-right corner of each tile', () => {
    expect(hatchPath(8)).toBe('M0 8L8 0M-1 1L1 -1M7 9L9 7');
  });

  it('rasterises the same diagonal for the WebGL map: hatch grey on the line, white elsewhere', () => {
    const { width, height, data } = hatchPixels(4);
    expect([width, height, data.length]).toEqual([4, 4, 64]);
    const pixel = (x: number, y: number) => Array.from(data.slice((y * 4 + x) * 4, (y * 4 + x) * 4 + 4));
    const grey = [0x8a, 0x8a, 0x8a, 255];
    const white = [255, 255, 255, 255];
    // Bottom-left and top-right corners are on the line; the other two are not.
    expect(pixel(0, 3)).toEqual(grey);
    expect(pixel(3, 0)).toEqual(grey);
    expect(pixel(0, 0)).toEqual(grey); // (x + y) % size === 0: where the neighbouring tile's line joins
    expect(pixel(3, 3)).toEqual(white);
    expect(pixel(1, 1)).toEqual(white);
    expect(pixel(1, 2)).toEqual(grey);
    expect(HATCH.color).toBe('#8a8a8a');
  });
});

describe('map colours', () => {
  it('fills a country by its status, and quietly outside the region', () => {
    expect(fillOf('submitted')).toBe(STATUS_COLORS.submitted);
    expect(fillOf('no_information')).toBe(STATUS_COLORS.no_information);
    expect(fillOf('outside')).not.toBe(fillOf('not_applicable'));
  });

  it('outlines a No information symbol in the hatch grey, so its white fill shows on white land', () => {
    expect(symbolStrokeOf('no_information')).toBe(HATCH.color);
    expect(symbolStrokeOf('outside')).toBe('#b9b6ae');
    expect(symbolStrokeOf('submitted')).toBe('#ffffff');
    expect(symbolStrokeOf('not_submitted')).toBe('#ffffff');
  });
});

describe('status colours for every reader', () => {
  const statuses = [
    'submitted',
    'in_preparation',
    'not_submitted',
    'not_applicable',
    'no_information',
  ] as const;
  const pairs = statuses.flatMap((a, i) => statuses.slice(i + 1).map((b) => [a, b] as const));

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)(
    'stay plainly different under %s (CIELAB difference of 20 or more for every pair)',
    (deficiency) => {
      const closest = Math.min(
        ...pairs.map(([a, b]) =>
          deltaE(simulate(STATUS_COLORS[a], deficiency), simulate(STATUS_COLORS[b], deficiency)),
        ),
      );
      expect(closest).toBeGreaterThanOrEqual(20);
    },
  );

  it('simulates a deficiency: red and green, plainly different to most readers, meet under deuteranopia', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(
      deltaE(rgbOf(red), rgbOf(green)) / 3,
    );
  });
});
