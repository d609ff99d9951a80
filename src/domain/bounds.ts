/** [west, south, east, north] in degrees; east may exceed 180 when the box crosses the antimeridian. */
export type Bounds = [number, number, number, number];

/**
 * A box wider than this, in degrees of longitude (less than 30° left empty), is the world: it is
 * shown from −180° to 180°, centred on Greenwich as UN and FAO world maps are, rather than opened
 * at whichever ocean gap happens to be widest (which put the world's centre near 160° E and cut
 * the Americas). A region round the Pacific from Russia to the Americas (about 290°) stays one.
 */
const WORLD_SPAN = 330;

/**
 * The smallest box holding all the given boxes, measured round the globe: a region that spans
 * the antimeridian (Fiji, Kiribati, Russia) gets a box across it rather than one round the world.
 * Boxes that go most of the way round are the world, centred on Greenwich (WORLD_SPAN).
 * Each input box must not itself cross the antimeridian (west <= east, both within ±180).
 */
export function unionBounds(boxes: readonly Bounds[]): Bounds | undefined {
  if (boxes.length === 0) return undefined;
  let south = Infinity;
  let north = -Infinity;
  for (const [, s, , n] of boxes) {
    south = Math.min(south, s);
    north = Math.max(north, n);
  }
  // Merge the longitude intervals, then open the globe at the widest gap between them.
  const intervals = boxes.map(([w, , e]) => [w, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [w, e] of intervals) {
    const last = merged[merged.length - 1];
    if (last && w <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([w, e]);
  }
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  // The gap that wraps round the antimeridian, from the last interval's east to the first's west.
  let widestGap = first[0] + 360 - last[1];
  let west = first[0];
  let east = last[1];
  for (let i = 1; i < merged.length; i++) {
    const gap = merged[i]![0] - merged[i - 1]![1];
    if (gap > widestGap) {
      widestGap = gap;
      west = merged[i]![0];
      east = merged[i - 1]![1] + 360;
    }
  }
  if (east - west > WORLD_SPAN) return [-180, south, 180, north];
  return [west, south, east, north];
}
