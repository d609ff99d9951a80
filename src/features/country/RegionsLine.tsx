import { regionsOf } from '../../domain/status';
import type { Iso3, Region } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';

/** "Regions: Asian Soil Partnership, Asia, Southern Asia" (the world region left out). */
export function RegionsLine({
  iso3,
  regions,
  className,
}: {
  iso3: Iso3;
  regions: readonly Region[];
  className: string;
}) {
  const i18n = useI18n();
  const memberOf = regionsOf(regions, iso3).filter((r) => r.kind !== 'world');
  return (
    <p className={className}>
      {i18n.t('panel.regionsLine', {
        regions: memberOf.length
          ? i18n.list(memberOf.map((r) => i18n.text(r.name)))
          : i18n.t('panel.noRegion'),
      })}
    </p>
  );
}
