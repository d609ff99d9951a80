import { localToday } from '../domain/dates';
import { AsOfControl, RegionSelect } from '../shared/controls/Controls';
import { useAppStore } from '../state/store';
import { useEffective, useRegions } from './regions';

/**
 * The region and as-of date of the selection, as the views choose them. Choosing a region
 * closes a country's panel where the view has one (`closesCountry`): it may not be in the region.
 */
export function RegionAndDate({ closesCountry = false }: { closesCountry?: boolean }) {
  const regions = useRegions();
  const select = useAppStore((s) => s.select);
  const { region, asOf, latest } = useEffective();
  if (!region) return null;
  return (
    <>
      <RegionSelect
        regions={regions}
        current={region.id}
        onChange={(id) => select(closesCountry ? { region: id, country: undefined } : { region: id })}
      />
      <AsOfControl value={asOf} latest={latest} max={localToday()} onChange={(d) => select({ asOf: d })} />
    </>
  );
}
