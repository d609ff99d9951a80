import { mapStatusesOf, snapshotOf, type Snapshot } from '../../domain/snapshot';
import { vocabularyOf, type Vocabulary } from '../../domain/stages';
import type { RecordIndex } from '../../domain/status';
import type { Iso3, IsoDate, MapStatus, Product } from '../../domain/types';

/** One product's part of the picture: its statuses for the region and date. */
export interface ProductGlance {
  product: Product;
  vocabulary: Vocabulary;
  snapshot: Snapshot;
  statuses: ReadonlyMap<Iso3, MapStatus>;
}

/** Every product's statuses for one region and date, in products.json's order. */
export function glanceOf(
  products: readonly Product[],
  index: RecordIndex,
  members: readonly Iso3[],
  asOf: IsoDate,
  countries: Iterable<Iso3>,
): ProductGlance[] {
  const all = [...countries];
  return products.map((product) => {
    const vocabulary = vocabularyOf(product);
    const snapshot = snapshotOf(index, product.id, members, asOf, vocabulary);
    return { product, vocabulary, snapshot, statuses: mapStatusesOf(snapshot, all) };
  });
}

/**
 * The statuses every product shares, when they agree (the same statuses, words and colours, in
 * the same order): one legend then serves every map. Undefined when any two differ.
 */
export function sharedVocabulary(vocabularies: readonly Vocabulary[]): Vocabulary | undefined {
  const [first] = vocabularies;
  if (!first) return undefined;
  const key = (v: Vocabulary) => JSON.stringify([v.statuses, v.done]);
  const firstKey = key(first);
  return vocabularies.every((v) => v === first || key(v) === firstKey) ? first : undefined;
}
