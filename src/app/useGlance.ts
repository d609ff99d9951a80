import { useMemo } from 'react';
import { glanceOf, type ProductGlance } from '../features/allProducts/allProducts';
import { useGeo, useProducts, useRecordIndex } from '../state/derived';
import { useEffective } from './regions';

/** Every product's statuses for the selection's region and date (see glanceOf). */
export function useGlance(): readonly ProductGlance[] | undefined {
  const products = useProducts();
  const index = useRecordIndex();
  const geo = useGeo();
  const { region, asOf } = useEffective();
  const members = region?.members;
  return useMemo(
    () => (members ? glanceOf(products, index, members, asOf, geo?.byIso3.keys() ?? members) : undefined),
    [products, index, members, asOf, geo],
  );
}
