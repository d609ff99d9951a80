import { Map as MapLibreMap, NavigationControl, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import type { Iso3, MapStatus, Status } from '../../../domain/types';
import type { GeoFeatures } from '../../../geo/geoFeatures';
import type { Camera } from '../../../geo/mercator';
import { MAX_ZOOM, MIN_ZOOM } from '../mapStyle';
import { HATCH_BEFORE, HATCH_IMAGE, HATCH_LAYER, INTERACTIVE_LAYERS, SOURCES, mapStyle } from './layers';
import { fillOf, hatchPixels, OUTSIDE_COLOR, type StatusColours } from '../../../shared/palette';
import { OUTSIDE } from '../../../domain/stages';

export interface MapCallbacks {
  onHover(iso3: Iso3 | undefined, point: { x: number; y: number }): void;
  onClick(iso3: Iso3 | undefined): void;
  /** Called once the map is idle after each change of colours. */
  onPainted(): void;
  /** The user moved the map. */
  onCamera(camera: Camera): void;
  /** The map can no longer draw: WebGL failed or its context was lost. */
  onFatal(error: Error): void;
}

/**
 * The MapLibre map behind a small imperative interface. React mounts it once and passes
 * props; each concern (geometry, colours, highlight, selection, view) is applied with its own
 * diff. Geometry is sent once; colours change through feature-state only.
 */
export class MapAdapter {
  private readonly map: MapLibreMap;
  private loaded = false;
  private readonly pending: (() => void)[] = [];
  private geometrySent = false;
  private statuses = new Map<Iso3, MapStatus>();
  private fills = new Map<Iso3, string>();
  private highlight: Status | undefined;
  private hovered: Iso3 | undefined;
  private focused: Iso3 | undefined;
  private selected: Iso3 | undefined;
  private marked: ReadonlySet<Iso3> = new Set();
  /** How many times geometry was sent to the map; stays 1 for the page's life. */
  geometryLoads = 0;

  constructor(
    container: HTMLElement,
    private readonly callbacks: MapCallbacks,
    camera: Camera,
    /**
     * A touch screen: one finger scrolls the page, two move the map, with `twoFingers` said
     * after a one-finger swipe (MapLibre's cooperative gestures), as on the SVG map.
     */
    touch?: { twoFingers: string },
  ) {
    this.map = new MapLibreMap({
      container,
      style: mapStyle(),
      center: camera.center,
      zoom: camera.zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      fadeDuration: 0,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: touch !== undefined,
      ...(touch ? { locale: { 'CooperativeGesturesHandler.MobileHelpText': touch.twoFingers } } : {}),
      // The map's keys are ChoroplethMap's, the same for both maps (one Tab stop, not the canvas).
      keyboard: false,
    });
    this.map.getCanvas().tabIndex = -1;
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.on('load', () => {
      this.map.addImage(HATCH_IMAGE, hatchPixels());
      this.map.addLayer(HATCH_LAYER, HATCH_BEFORE);
      this.loaded = true;
      for (const op of this.pending.splice(0)) op();
    });
    // Other errors are not fatal: the map keeps drawing what it has.
    this.map.on('error', (e) => console.warn('map:', e.error?.message));
    this.map.on('webglcontextlost', () => this.callbacks.onFatal(new Error('WebGL context lost')));
    for (const layer of INTERACTIVE_LAYERS) {
      this.map.on('mousemove', layer, (e) => this.hover(e));
      this.map.on('mouseleave', layer, (e) => this.hover(e, true));
    }
    this.map.on('click', (e) => this.callbacks.onClick(this.countryAt(e)));
    this.map.on('moveend', (e) => {
      if (!('originalEvent' in e) || !e.originalEvent) return;
      const { lng, lat } = this.map.getCenter();
      this.callbacks.onCamera({ center: [lng, lat], zoom: this.map.getZoom() });
    });
  }

  private whenLoaded(op: () => void): void {
    if (this.loaded) op();
    else this.pending.push(op);
  }

  private countryAt(e: MapMouseEvent): Iso3 | undefined {
    const layers = INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l));
    // Symbols first: a small state's symbol sits over a neighbour's polygon.
    const features = this.map.queryRenderedFeatures(e.point, { layers: [...layers].reverse() });
    const hit = features.find((f) => f.layer.id === 'points-circle') ?? features[0];
    const iso3 = hit?.properties?.iso3;
    return typeof iso3 === 'string' ? iso3 : undefined;
  }

  private hover(e: MapMouseEvent, left = false): void {
    const iso3 = left ? undefined : this.countryAt(e);
    if (iso3 !== this.hovered) {
      if (this.hovered !== this.focused) this.setFlag(this.hovered, 'hover', false);
      this.hovered = iso3;
      if (iso3 !== this.focused) this.setFlag(iso3, 'hover', true);
      this.map.getCanvas().style.cursor = iso3 ? 'pointer' : '';
    }
    this.callbacks.onHover(iso3, e.point);
  }

  private setFlag(iso3: Iso3 | undefined, key: string, value: boolean | string): void {
    if (iso3 === undefined) return;
    this.map.setFeatureState({ source: SOURCES.countries, id: iso3 }, { [key]: value });
    this.map.setFeatureState({ source: SOURCES.points, id: iso3 }, { [key]: value });
  }

  /** Sends the boundaries to the map; only the first call has any effect. */
  setGeometry(geo: GeoFeatures): void {
    if (this.geometrySent) return;
    this.geometrySent = true;
    this.whenLoaded(() => {
      // Longitudes made continuous across the antimeridian (no bands across the map).
      (this.map.getSource(SOURCES.countries) as GeoJSONSource).setData(geo.planar.unwrapped.countries);
      (this.map.getSource(SOURCES.points) as GeoJSONSource).setData(geo.points);
      (this.map.getSource(SOURCES.other) as GeoJSONSource).setData(geo.planar.unwrapped.other);
      this.geometryLoads++;
      this.map.getContainer().dataset.geometryLoads = String(this.geometryLoads);
    });
  }

  /** Colours countries by the product's colours; only countries whose status or colour changed are touched. */
  setStatuses(next: ReadonlyMap<Iso3, MapStatus>, colours: StatusColours): void {
    this.whenLoaded(() => {
      for (const [iso3, status] of next) {
        if (this.statuses.get(iso3) !== status) this.setFlag(iso3, 'status', status);
        const fill = fillOf(status, colours);
        if (this.fills.get(iso3) !== fill) {
          this.setFlag(iso3, 'fill', fill);
          this.fills.set(iso3, fill);
        }
      }
      for (const iso3 of this.statuses.keys()) {
        if (next.has(iso3)) continue;
        this.setFlag(iso3, 'status', OUTSIDE);
        this.setFlag(iso3, 'fill', OUTSIDE_COLOR);
        this.fills.set(iso3, OUTSIDE_COLOR);
      }
      this.statuses = new Map(next);
      this.applyHighlight();
      this.map.once('idle', () => this.callbacks.onPainted());
      this.map.triggerRepaint();
    });
  }

  /** Dims every country whose status is not the highlighted one. */
  setHighlight(status: Status | undefined): void {
    this.highlight = status;
    this.whenLoaded(() => this.applyHighlight());
  }

  private applyHighlight(): void {
    for (const [iso3, status] of this.statuses) {
      this.setFlag(iso3, 'dim', this.highlight !== undefined && status !== this.highlight);
    }
  }

  /** Outlines the countries given (those whose status changed since a date), and no others. */
  setMarked(countries: ReadonlySet<Iso3> | undefined): void {
    this.whenLoaded(() => {
      const next = countries ?? new Set<Iso3>();
      for (const iso3 of this.marked) if (!next.has(iso3)) this.setFlag(iso3, 'marked', false);
      for (const iso3 of next) if (!this.marked.has(iso3)) this.setFlag(iso3, 'marked', true);
      this.marked = new Set(next);
    });
  }

  setSelected(iso3: Iso3 | undefined): void {
    this.whenLoaded(() => {
      if (iso3 === this.selected) return;
      this.setFlag(this.selected, 'selected', false);
      this.selected = iso3;
      this.setFlag(iso3, 'selected', true);
    });
  }

  /** Outlines the country chosen with the keyboard, as a hovered one (the pointer's stays). */
  setFocused(iso3: Iso3 | undefined): void {
    this.whenLoaded(() => {
      if (iso3 === this.focused) return;
      if (this.focused !== this.hovered) this.setFlag(this.focused, 'hover', false);
      this.focused = iso3;
      this.setFlag(iso3, 'hover', true);
    });
  }

  /** Shows the camera: eased when asked (the app moving to a region), else at once. */
  moveTo(camera: Camera, animate: boolean): void {
    const { lng, lat } = this.map.getCenter();
    const same =
      Math.abs(lng - camera.center[0]) < 1e-6 &&
      Math.abs(lat - camera.center[1]) < 1e-6 &&
      Math.abs(this.map.getZoom() - camera.zoom) < 1e-6;
    if (same) return;
    if (animate) this.map.easeTo({ center: camera.center, zoom: camera.zoom, duration: 600 });
    else this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}
