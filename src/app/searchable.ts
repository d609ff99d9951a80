import { useMemo } from 'react';
import { allIso3 } from '../domain/countries';
import type { Iso3 } from '../domain/types';
import { useRecords } from '../state/derived';
import { useRegions } from './regions';
import { useAppStore } from '../state/store';

const ISO_COUNTRIES = new Set(allIso3());

/** Countries a search offers: those on the map, in a record or in a region. */
export function useSearchableCountries(): Iso3[] {
  const boundaries = useAppStore((s) => s.boundaries);
  const records = useRecords();
  const regions = useRegions();
  return useMemo(() => {
    const set = new Set<Iso3>(boundaries.state === 'ready' ? boundaries.value.byIso3.keys() : []);
    for (const r of records) set.add(r.country);
    for (const r of regions) for (const m of r.members) set.add(m);
    return [...set].filter((c) => ISO_COUNTRIES.has(c));
  }, [boundaries, records, regions]);
}
