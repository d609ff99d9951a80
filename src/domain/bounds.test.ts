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

describe('the world', () => {
  it('is shown centred on Greenwich, from −180° to 180°, not opened at the widest ocean gap', () => {
    // The Americas, Europe and Africa, Asia and Oceania: the widest gap is in the Atlantic.
    const world: [number, number, number, number][] = [
      [-170, -56, -34, 72],
      [-25, -35, 60, 71],
      [60, -10, 180, 78],
      [-180, -20, -170, 70],
    ];
    expect(unionBounds(world)).toEqual([-180, -56, 180, 78]);
  });

  it('leaves a wide region that does not go round the world as it is', () => {
    // Asia and the Pacific, across the antimeridian: 110° E to 130° W is 120°.
    expect(
      unionBounds([
        [110, -45, 180, 50],
        [-180, -20, -130, 10],
      ]),
    ).toEqual([110, -45, 230, 50]);
    // Round the Pacific, from Russia's west (28° E) to the Americas' east (35° W): about 290°.
    expect(
      unionBounds([
        [28, 40, 180, 78],
        [-180, -56, -35, 72],
      ]),
    ).toEqual([28, -56, 325, 78]);
  });
});

describe('unionBounds, more regions', () => {
  it('keeps the box that does not cross the antimeridian when both are as wide', () => {
    // The gap between the boxes (170°) is as wide as the gap round the back (170°).
    expect(
      unionBounds([
        [-170, -5, -160, 5],
        [10, 0, 20, 10],
      ]),
    ).toEqual([-170, -5, 20, 10]);
  });

  it('merges overlapping and nested boxes before looking for gaps', () => {
    expect(
      unionBounds([
        [100, 0, 140, 10],
        [110, -10, 120, 5],
        [130, 0, 150, 20],
        [-170, -15, -160, -10],
      ]),
    ).toEqual([100, -15, 200, 20]);
  });

  it('is the box itself for one box', () => {
    expect(unionBounds([[80, 26, 88, 30]])).toEqual([80, 26, 88, 30]);
  });

  it('holds the south of the southernmost and the north of the northernmost', () => {
    const [, south, , north] = unionBounds([
      [10, 5, 20, 8],
      [30, -40, 40, -30],
      [50, 60, 60, 70],
    ])!;
    expect([south, north]).toEqual([-40, 70]);
  });
});
