import { useMemo } from 'react';
import { ISO3_CODES } from '../domain/isoCodes';
import type { Iso3 } from '../domain/types';
import { useGeo, useRecords } from '../state/derived';
import { useRegions } from './regions';

/** Countries a search offers: those on the map, in a record or in a region. */
export function useSearchableCountries(): Iso3[] {
  const geo = useGeo();
  const records = useRecords();
  const regions = useRegions();
  return useMemo(() => {
    const set = new Set<Iso3>(geo?.byIso3.keys() ?? []);
    for (const r of records) set.add(r.country);
    for (const r of regions) for (const m of r.members) set.add(m);
    return [...set].filter((c) => ISO3_CODES.has(c));
  }, [geo, records, regions]);
}
