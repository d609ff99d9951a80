import { localToday } from '../domain/dates';
import { AsOfControl, RegionSelect } from '../shared/controls/Controls';
import { useAppStore } from '../state/store';
import { HistoryPlayer } from './HistoryPlayer';
import { useEffective, useRegions } from './regions';

/**
 * The region and as-of date of the selection, as the views choose them, and where asked a
 * player of the history up to that date. Choosing a region
 * closes a country's panel where the view has one (`closesCountry`): it may not be in the region.
 */
export function RegionAndDate({
  closesCountry = false,
  playable = false,
}: {
  closesCountry?: boolean;
  /** With a play button that plays the history up to the date (see HistoryPlayer). */
  playable?: boolean;
}) {
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
      {playable && <HistoryPlayer />}
    </>
  );
}
