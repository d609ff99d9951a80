import { describe, expect, it } from 'vitest';
import { unionBounds } from './bounds';

describe('unionBounds', () => {
  it('is undefined for nothing', () => {
    expect(unionBounds([])).toBeUndefined();
  });
  it('joins ordinary boxes', () => {
    expect(
      unionBounds([
        [88, 20, 93, 27],
        [68, 6, 97, 36],
      ]),
    ).toEqual([68, 6, 97, 36]);
  });
  it('crosses the antimeridian when that is the smaller box (Fiji)', () => {
    expect(
      unionBounds([
        [177, -19, 180, -16],
        [-180, -17, -178, -16],
      ]),
    ).toEqual([177, -19, 182, -16]);
  });
  it('opens at the widest gap', () => {
    expect(
      unionBounds([
        [-10, 0, 0, 1],
        [100, 0, 110, 1],
        [170, 0, 180, 1],
      ]),
    ).toEqual([-10, 0, 180, 1]);
  });
});
