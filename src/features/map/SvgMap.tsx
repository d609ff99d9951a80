import { useEffect, useRef, useState } from 'react';
import type { Iso3, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { StaticMap } from '../../shared/figure/StaticMap';
import { markMapReady } from '../../shared/performance';
import { useElementSize } from '../../shared/useElementSize';
import type { MapStatus } from './mapAdapter';
import { MapTooltip, type TooltipContent } from './MapTooltip';
import './map.css';

export interface SvgMapProps {
  geo: GeoFeatures;
  /** undefined until the colours are known. */
  statuses?: ReadonlyMap<Iso3, MapStatus>;
  highlight?: Status;
  selected?: Iso3;
  /** The countries to show: the region, or the picked country. */
  fit: readonly Iso3[];
  label: string;
  describe(iso3: Iso3): TooltipContent;
  onSelect(iso3: Iso3 | undefined): void;
}

/** A small state is shown with this many degrees round it, as the WebGL map's zoom limit does. */
const MIN_SPAN = 8;
const NO_STATUSES = new Map<Iso3, MapStatus>();

function countryAt(target: EventTarget | null): Iso3 | undefined {
  const element = (target as Element | null)?.closest?.('[data-iso3],[data-symbol-for]');
  return element?.getAttribute('data-iso3') ?? element?.getAttribute('data-symbol-for') ?? undefined;
}

/**
 * The map without WebGL: the same SVG renderer as the exported figure, with the same colours,
 * legend highlight, tooltip and selection as the WebGL map.
 */
export function SvgMap({ geo, statuses, highlight, selected, fit, label, describe, onSelect }: SvgMapProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef);
  const [hover, setHover] = useState<{ iso3: Iso3; x: number; y: number }>();
  useEffect(() => {
    if (size && statuses) markMapReady();
  }, [size, statuses]);
  const tip = hover ? describe(hover.iso3) : undefined;
  return (
    <div className="map" role="region" aria-label={label}>
      <div ref={boxRef} className="map__canvas" data-testid="map" data-map-mode="svg">
        {size && (
          <svg
            width={size.width}
            height={size.height}
            viewBox={`0 0 ${size.width} ${size.height}`}
            className="map__svg"
            onPointerMove={(e) => {
              const iso3 = countryAt(e.target);
              const box = boxRef.current!.getBoundingClientRect();
              setHover(iso3 ? { iso3, x: e.clientX - box.left, y: e.clientY - box.top } : undefined);
            }}
            onPointerLeave={() => setHover(undefined)}
            onClick={(e) => onSelect(countryAt(e.target))}
          >
            <StaticMap
              geo={geo}
              statuses={statuses ?? NO_STATUSES}
              fit={fit}
              width={size.width}
              height={size.height}
              idPrefix="svg-map"
              minSpan={MIN_SPAN}
              emphasis={highlight}
              highlight={selected}
              hover={hover?.iso3}
            />
          </svg>
        )}
      </div>
      {hover && tip && <MapTooltip tip={tip} x={hover.x} y={hover.y} />}
    </div>
  );
}
