import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shared/i18n/useI18n';
import type { Iso3 } from '../../../domain/types';
import { MapTooltip } from '../MapTooltip';
import { MapAdapter } from './mapAdapter';
import type { RendererProps } from '../rendererProps';

// This module is its own chunk, loaded after the SVG map has painted; under Vite, MapLibre's
// worker must be pointed at explicitly.
setWorkerUrl(workerUrl);

export interface WebGLMapProps extends RendererProps {
  /** Ease to a new camera (the app moving to a region or country) rather than jump. */
  animate: boolean;
  /** The map cannot draw (no WebGL, or the context was lost): the SVG map stays or comes back. */
  onFatal(error: Error): void;
}

/** The MapLibre map, mounted once; props are passed on to the adapter. */
export default function WebGLMap(props: WebGLMapProps) {
  const { geo, statuses, colours, highlight, selected, focused, marked, camera, animate, describe } = props;
  const i18n = useI18n();
  // The hint's words at the time the map is made (MapLibre takes them once).
  const twoFingers = useRef(i18n.t('map.twoFingers'));
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const [hover, setHover] = useState<{ iso3: Iso3; x: number; y: number } | undefined>();

  useEffect(() => {
    const container = containerRef.current!;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(
        container,
        {
          onHover: (iso3, p) => setHover(iso3 ? { iso3, x: p.x, y: p.y } : undefined),
          onClick: (iso3) => callbacks.current.onSelect(iso3),
          onPainted: () => callbacks.current.onPainted(),
          onCamera: (c) => callbacks.current.onCamera(c),
          onFatal: (e) => callbacks.current.onFatal(e),
        },
        callbacks.current.camera,
        // A touch screen (its main pointer a finger): one finger scrolls the page.
        matchMedia('(pointer: coarse)').matches ? { twoFingers: twoFingers.current } : undefined,
      );
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

  useEffect(() => adapterRef.current?.setGeometry(geo), [geo]);
  useEffect(() => {
    if (statuses) adapterRef.current?.setStatuses(statuses, colours);
  }, [statuses, colours]);
  useEffect(() => adapterRef.current?.setHighlight(highlight), [highlight]);
  useEffect(() => adapterRef.current?.setSelected(selected), [selected]);
  useEffect(() => adapterRef.current?.setFocused(focused), [focused]);
  useEffect(() => adapterRef.current?.setMarked(marked), [marked]);
  useEffect(() => adapterRef.current?.moveTo(camera, animate), [camera, animate]);

  const tip = hover ? describe(hover.iso3) : undefined;
  return (
    <>
      <div ref={containerRef} className="map__gl" />
      {hover && tip && <MapTooltip tip={tip} x={hover.x} y={hover.y} />}
    </>
  );
}
