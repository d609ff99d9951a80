import { useMemo } from 'react';
import { defaultSince } from '../domain/changes';
import { ChangesView } from '../features/changes/ChangesView';
import { RegionAndDate } from './RegionAndDate';
import { useProducts, useRecordIndex, useRecords } from '../state/derived';
import { useEffective } from './regions';
import { useAppStore } from '../state/store';

export default function ChangesContainer() {
  const products = useProducts();
  const index = useRecordIndex();
  const records = useRecords();
  const select = useAppStore((s) => s.select);
  const asked = useAppStore((s) => s.selection.since);
  const { region, asOf, since } = useEffective();
  const previous = useMemo(() => defaultSince(records, asOf), [records, asOf]);
  if (!region) return null;
  return (
    <ChangesView
      index={index}
      products={products}
      region={region}
      asOf={asOf}
      since={since ?? previous}
      sinceRefused={asked !== undefined && since === undefined ? asked : undefined}
      defaultSince={previous}
      onSince={(date) => select({ since: date })}
      onOpenCountry={(iso3) => select({ view: 'country', country: iso3 })}
      onShowOnMap={() => select({ view: 'overview', since: since ?? previous })}
      controls={<RegionAndDate />}
    />
  );
}
