import { useEffect, useRef, useState } from 'react';
import type { Bounds } from '../../domain/bounds';
import type { Iso3, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { markMapReady } from '../../shared/performance';
import { MapAdapter, type MapStatus } from './mapAdapter';
import { MapTooltip, type TooltipContent } from './MapTooltip';
import './map.css';

export type { TooltipContent };

export interface MapViewProps {
  /** undefined while the boundaries load. */
  geo?: GeoFeatures;
  /** undefined until the colours are known; the map draws them on arrival. */
  statuses?: ReadonlyMap<Iso3, MapStatus>;
  highlight?: Status;
  selected?: Iso3;
  /** Where to look; the map moves when `key` changes. */
  focus?: { key: string; bounds: Bounds };
  label: string;
  describe(iso3: Iso3): TooltipContent;
  onSelect(iso3: Iso3 | undefined): void;
  /** The map cannot draw (no WebGL, or the context was lost): the caller shows the SVG map. */
  onFatal(error: Error): void;
}

/** The MapLibre map, mounted once for the page's life; props are passed on to the adapter. */
export function MapView(props: MapViewProps) {
  const { geo, statuses, highlight, selected, focus, label, describe, onSelect, onFatal } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const callbacks = useRef({ onSelect, onFatal });
  useEffect(() => {
    callbacks.current = { onSelect, onFatal };
  }, [onSelect, onFatal]);
  const [hover, setHover] = useState<{ iso3: Iso3; x: number; y: number } | undefined>();

  useEffect(() => {
    const container = containerRef.current!;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(container, {
        onHover: (iso3, p) => setHover(iso3 ? { iso3, x: p.x, y: p.y } : undefined),
        onClick: (iso3) => callbacks.current.onSelect(iso3),
        onFirstPaint: markMapReady,
        onFatal: (e) => callbacks.current.onFatal(e),
      });
    } catch (e) {
      callbacks.current.onFatal(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    adapterRef.current = adapter;
    const observer = new ResizeObserver(() => adapter.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      adapter.destroy();
      adapterRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (geo) adapterRef.current?.setGeometry(geo);
  }, [geo]);
  useEffect(() => {
    if (statuses) adapterRef.current?.setStatuses(statuses);
  }, [statuses]);
  useEffect(() => adapterRef.current?.setHighlight(highlight), [highlight]);
  useEffect(() => adapterRef.current?.setSelected(selected), [selected]);
  const focusKey = focus?.key;
  const firstFocus = useRef(true);
  useEffect(() => {
    if (!focus) return;
    adapterRef.current?.fitBounds(focus.bounds, !firstFocus.current);
    firstFocus.current = false;
    // Move only when what to look at changes, not when its bounds object is rebuilt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  const tip = hover ? describe(hover.iso3) : undefined;
  return (
    <div className="map" role="region" aria-label={label}>
      <div ref={containerRef} className="map__canvas" data-testid="map" data-map-mode="webgl" />
      {hover && tip && <MapTooltip tip={tip} x={hover.x} y={hover.y} />}
    </div>
  );
}
