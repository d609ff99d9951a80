import { daysBetween } from './dates';
import { snapshotOf, type Snapshot } from './snapshot';
import { vocabularyOf } from './stages';
import type { RecordIndex } from './status';
import type { Iso3, IsoDate, Product } from './types';

/**
 * The date a product's national maps are due for a region: the region's own deadline in
 * products.json (`deadlines: { "<region id>": "YYYY-MM-DD" }`), else the product's `deadline`.
 * Undefined when products.json gives none: nothing is invented.
 */
export function deadlineFor(product: Product, regionId: string): IsoDate | undefined {
  return product.deadlines?.[regionId] ?? product.deadline;
}

/**
 * A country's deadline for a product, from the regions it belongs to: the earliest of their
 * own deadlines, else the product's.
 */
export function countryDeadline(product: Product, regionIds: readonly string[]): IsoDate | undefined {
  const own = regionIds.map((id) => product.deadlines?.[id]).filter((d): d is IsoDate => d !== undefined);
  return own.length ? own.reduce((a, b) => (a < b ? a : b)) : product.deadline;
}

/** Days a map owed since `deadline` is late on `day`; 0 on the deadline itself or before it. */
export function overdueDays(deadline: IsoDate | undefined, day: IsoDate): number {
  return deadline === undefined ? 0 : Math.max(0, daysBetween(deadline, day));
}

/**
 * How many members of a region owe the product past its deadline for the region: their status
 * as of `asOf` is one still owed, and `day` is after the deadline. 0 without a deadline.
 */
export function overdueCount(
  index: RecordIndex,
  product: Product,
  region: { id: string; members: readonly Iso3[] },
  asOf: IsoDate,
  day: IsoDate,
): number {
  if (overdueDays(deadlineFor(product, region.id), day) === 0) return 0;
  return snapshotOf(index, product.id, region.members, asOf, vocabularyOf(product)).owed;
}

/** The same, of a picture already made: the members that still owe the map past the deadline. */
export function overdueIn(snapshot: Snapshot, product: Product, regionId: string, day: IsoDate): number {
  return overdueDays(deadlineFor(product, regionId), day) === 0 ? 0 : snapshot.owed;
}
