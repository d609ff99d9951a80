import { useMemo } from 'react';
import type { Region } from '../domain/types';
import { useI18n } from '../shared/i18n/useI18n';
import { useEffectiveOr, useRegionsOr, type Effective, type FallbackRegionNames } from '../state/derived';

/** The name and source of the region of every country (when regions.json failed), in the interface language. */
function useFallbackRegionNames(): FallbackRegionNames {
  const i18n = useI18n();
  return useMemo(
    () => ({ name: i18n.t('region.fallback'), source: i18n.t('region.fallbackSource') }),
    [i18n],
  );
}

/** The regions, or the one region of every country when regions.json failed. */
export function useRegions(): Region[] {
  return useRegionsOr(useFallbackRegionNames());
}

/** The selection with defaults filled in from the loaded data. */
export function useEffective(): Effective {
  return useEffectiveOr(useFallbackRegionNames());
}
