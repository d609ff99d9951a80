import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexRecords, regionStatuses } from '../../../domain/status';
import type { Iso3, MapStatus, SubmissionRecord } from '../../../domain/types';
import type { GeoFeatures } from '../../../geo/geoFeatures';
import { hatchPixels } from '../../../shared/palette';
import { MAX_ZOOM, MIN_ZOOM } from '../mapStyle';
import { HATCH_BEFORE, HATCH_IMAGE, HATCH_LAYER, mapStyle } from './layers';
import { MapAdapter, type MapCallbacks } from './mapAdapter';
import { STATUS_COLORS } from '../../../shared/palette';

/**
 * A stand-in for MapLibre's Map: it draws nothing and records what the adapter asks of it, and
 * lets a test fire the map's events (load, mouse moves, clicks, camera moves, lost context).
 */
const fake = vi.hoisted(() => {
  type Handler = (event: unknown) => void;
  interface Feature {
    layer: { id: string };
    properties: Record<string, unknown> | null;
  }

  class FakeMap {
    static last: FakeMap;
    readonly options: Record<string, unknown>;
    /** Every call that changes the map, in order: [method, ...arguments]. */
    readonly calls: unknown[][] = [];
    readonly handlers = new Map<string, Handler[]>();
    readonly onceHandlers = new Map<string, Handler[]>();
    readonly sources = new Map<string, { setData(data: unknown): void }>();
    readonly layers = new Set(['sea', 'other-fill', 'countries-fill', 'countries-border', 'points-circle']);
    readonly canvas = { style: { cursor: '' }, tabIndex: 0 };
    readonly container = { dataset: {} as Record<string, string> };
    center = { lng: 0, lat: 0 };
    zoom = 1;
    /** What queryRenderedFeatures finds under the pointer next. */
    under: Feature[] = [];
    readonly touchZoomRotate = {
      disableRotation: () => this.calls.push(['touchZoomRotate.disableRotation']),
    };
    readonly keyboard = { disableRotation: () => this.calls.push(['keyboard.disableRotation']) };

    constructor(options: Record<string, unknown>) {
      this.options = options;
      for (const id of ['countries', 'points', 'other']) {
        this.sources.set(id, { setData: (data) => this.calls.push(['setData', id, data]) });
      }
      FakeMap.last = this;
    }
    on(type: string, layerOrHandler: string | Handler, handler?: Handler) {
      const key = typeof layerOrHandler === 'string' ? `${type}:${layerOrHandler}` : type;
      const list = this.handlers.get(key) ?? [];
      list.push(typeof layerOrHandler === 'string' ? handler! : layerOrHandler);
      this.handlers.set(key, list);
      return this;
    }
    once(type: string, handler: Handler) {
      this.onceHandlers.set(type, [...(this.onceHandlers.get(type) ?? []), handler]);
      return this;
    }
    fire(key: string, event: unknown = {}) {
      for (const h of this.handlers.get(key) ?? []) h(event);
      const once = this.onceHandlers.get(key) ?? [];
      this.onceHandlers.delete(key);
      for (const h of once) h(event);
    }
    addControl(control: unknown, position: string) {
      this.calls.push(['addControl', control, position]);
    }
    addImage(id: string, image: unknown) {
      this.calls.push(['addImage', id, image]);
    }
    addLayer(layer: { id: string }, before?: string) {
      this.layers.add(layer.id);
      this.calls.push(['addLayer', layer, before]);
    }
    getLayer(id: string) {
      return this.layers.has(id) ? { id } : undefined;
    }
    getSource(id: string) {
      return this.sources.get(id);
    }
    setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>) {
      this.calls.push(['setFeatureState', target, state]);
    }
    setPaintProperty(...args: unknown[]) {
      this.calls.push(['setPaintProperty', ...args]);
    }
    setFilter(...args: unknown[]) {
      this.calls.push(['setFilter', ...args]);
    }
    queryRenderedFeatures(point: unknown, options: { layers: string[] }) {
      this.calls.push(['queryRenderedFeatures', point, options]);
      return this.under.filter((f) => options.layers.includes(f.layer.id));
    }
    getCanvas() {
      return this.canvas;
    }
    getContainer() {
      return this.container;
    }
    getCenter() {
      return this.center;
    }
    getZoom() {
      return this.zoom;
    }
    triggerRepaint() {
      this.calls.push(['triggerRepaint']);
    }
    easeTo(options: unknown) {
      this.calls.push(['easeTo', options]);
    }
    jumpTo(options: unknown) {
      this.calls.push(['jumpTo', options]);
    }
    resize() {
      this.calls.push(['resize']);
    }
    remove() {
      this.calls.push(['remove']);
    }
  }

  class FakeNavigationControl {
    constructor(readonly options: unknown) {}
  }

  return { FakeMap, FakeNavigationControl };
});

vi.mock('maplibre-gl', () => ({ Map: fake.FakeMap, NavigationControl: fake.FakeNavigationControl }));

type FakeMap = InstanceType<typeof fake.FakeMap>;

/** The boundaries as the adapter sends them: only which collection goes to which source matters. */
const geo = {
  planar: { unwrapped: { countries: { name: 'countries' }, other: { name: 'other' } } },
  points: { name: 'points' },
} as unknown as GeoFeatures;

const camera = { center: [90, 25] as [number, number], zoom: 3 };

function callbacks() {
  return {
    onHover: vi.fn<MapCallbacks['onHover']>(),
    onClick: vi.fn<MapCallbacks['onClick']>(),
    onPainted: vi.fn<MapCallbacks['onPainted']>(),
    onCamera: vi.fn<MapCallbacks['onCamera']>(),
    onFatal: vi.fn<MapCallbacks['onFatal']>(),
  };
}

/** The feature-state changes since the last look, as "ISO3 key=value" for both sources. */
function states(map: FakeMap): string[] {
  const changes = map.calls.filter((c) => c[0] === 'setFeatureState') as [
    string,
    { source: string; id: string },
    Record<string, unknown>,
  ][];
  map.calls.length = 0;
  const byCountry: string[] = [];
  for (let i = 0; i < changes.length; i += 2) {
    const [, countries, state] = changes[i]!;
    const [, points, same] = changes[i + 1]!;
    // Each change is made on the country's shape and on its symbol alike.
    expect([countries.source, points.source, points.id, same]).toEqual([
      'countries',
      'points',
      countries.id,
      state,
    ]);
    const [[key, value]] = Object.entries(state) as [[string, unknown]];
    byCountry.push(`${countries.id} ${key}=${String(value)}`);
  }
  return byCountry;
}

function loaded(cb = callbacks()) {
  const adapter = new MapAdapter({} as HTMLElement, cb, camera);
  const map = fake.FakeMap.last;
  map.fire('load');
  map.calls.length = 0;
  return { adapter, map, cb };
}

// Records as in the ASP-VII report: GSOCseq and GSASmap, with a later GSOCseq submission by Nepal.
const rec = (
  product: string,
  country: Iso3,
  status: SubmissionRecord['status'],
  date: string,
  line: number,
) => ({
  product,
  country,
  status,
  date,
  note: '',
  source: '',
  line,
});
const records = [
  rec('gsocseq', 'BGD', 'submitted', '2022-03-09', 2),
  rec('gsocseq', 'NPL', 'in_preparation', '2022-03-09', 3),
  rec('gsocseq', 'IND', 'submitted', '2022-03-09', 4),
  rec('gsasmap', 'BGD', 'submitted', '2022-03-09', 5),
  rec('gsasmap', 'CHN', 'not_submitted', '2022-03-09', 6),
  rec('gsocseq', 'NPL', 'submitted', '2023-01-15', 7),
];
const onMap = ['BGD', 'NPL', 'IND', 'CHN', 'FRA'];
const asp = ['BGD', 'NPL', 'IND', 'CHN'];
const saarc = ['BGD', 'NPL', 'IND'];
const statusesFor = (product: string, members: Iso3[], asOf: string): Map<Iso3, MapStatus> =>
  regionStatuses(indexRecords(records), product, onMap, members, asOf);

describe('MapAdapter: setting up MapLibre', () => {
  it('opens the map on the camera, with the app’s style and zoom limits, and no rotation', () => {
    new MapAdapter({ id: 'container' } as unknown as HTMLElement, callbacks(), camera);
    const map = fake.FakeMap.last;
    expect(map.options).toMatchObject({
      container: { id: 'container' },
      style: mapStyle(),
      center: [90, 25],
      zoom: 3,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      fadeDuration: 0,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: false,
      // ChoroplethMap's keys move it; its canvas is no Tab stop of its own.
      keyboard: false,
    });
    expect(map.getCanvas().tabIndex).toBe(-1);
    expect(map.calls.slice(0, 1)).toEqual([['touchZoomRotate.disableRotation']]);
    const [, control, position] = map.calls[1]!;
    expect(control).toBeInstanceOf(fake.FakeNavigationControl);
    expect((control as InstanceType<typeof fake.FakeNavigationControl>).options).toEqual({
      showCompass: false,
    });
    expect(position).toBe('top-right');
  });

  it('on a touch screen lets one finger scroll the page and two move the map, saying so in the app’s words', () => {
    new MapAdapter({} as HTMLElement, callbacks(), camera, { twoFingers: 'Use two fingers' });
    expect(fake.FakeMap.last.options).toMatchObject({
      cooperativeGestures: true,
      locale: { 'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers' },
    });
  });

  it('adds the No information hatch below the borders once the style has loaded', () => {
    new MapAdapter({} as HTMLElement, callbacks(), camera);
    const map = fake.FakeMap.last;
    map.calls.length = 0;
    map.fire('load');
    expect(map.calls).toEqual([
      ['addImage', HATCH_IMAGE, hatchPixels()],
      ['addLayer', HATCH_LAYER, HATCH_BEFORE],
    ]);
    expect(HATCH_BEFORE).toBe('countries-border');
  });

  it('holds every change made before the map has loaded, and applies them in order once it has', () => {
    const cb = callbacks();
    const adapter = new MapAdapter({} as HTMLElement, cb, camera);
    const map = fake.FakeMap.last;
    map.calls.length = 0;
    adapter.setGeometry(geo);
    adapter.setStatuses(new Map([['NPL', 'submitted']]), STATUS_COLORS);
    adapter.setSelected('NPL');
    expect(map.calls).toEqual([]);
    map.fire('load');
    expect(map.calls.map((c) => `${String(c[0])}${c[0] === 'setData' ? ` ${String(c[1])}` : ''}`)).toEqual([
      'addImage',
      'addLayer',
      'setData countries',
      'setData points',
      'setData other',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'setFeatureState',
      'triggerRepaint',
      'setFeatureState',
      'setFeatureState',
    ]);
    expect(states(map)).toEqual([
      'NPL status=submitted',
      'NPL fill=#1d5b99',
      'NPL dim=false',
      'NPL selected=true',
    ]);
    // Changes after loading are applied at once.
    adapter.setSelected(undefined);
    expect(states(map)).toEqual(['NPL selected=false']);
  });
});

describe('MapAdapter: geometry', () => {
  it('sends each collection to its source once, however often it is given', () => {
    const { adapter, map } = loaded();
    adapter.setGeometry(geo);
    expect(map.calls).toEqual([
      ['setData', 'countries', geo.planar.unwrapped.countries],
      ['setData', 'points', geo.points],
      ['setData', 'other', geo.planar.unwrapped.other],
    ]);
    expect(adapter.geometryLoads).toBe(1);
    expect(map.container.dataset.geometryLoads).toBe('1');
    adapter.setGeometry(geo);
    adapter.setGeometry({ ...geo });
    expect(map.calls).toHaveLength(3);
    expect(adapter.geometryLoads).toBe(1);
  });

  it('never touches the geometry to recolour', () => {
    const { adapter, map } = loaded();
    adapter.setStatuses(statusesFor('gsocseq', asp, '2022-03-09'), STATUS_COLORS);
    adapter.setStatuses(statusesFor('gsasmap', saarc, '2022-03-09'), STATUS_COLORS);
    adapter.setHighlight('submitted');
    expect(map.calls.filter((c) => !['setFeatureState', 'triggerRepaint'].includes(c[0] as string))).toEqual(
      [],
    );
  });
});

describe('MapAdapter: colours by feature-state', () => {
  let map: FakeMap;
  let adapter: MapAdapter;
  let cb: ReturnType<typeof callbacks>;
  beforeEach(() => {
    ({ map, adapter, cb } = loaded());
    adapter.setStatuses(statusesFor('gsocseq', asp, '2022-03-09'), STATUS_COLORS);
  });

  it('colours every country the first time, on its shape and its symbol', () => {
    map.calls.length = 0;
    const { map: fresh, adapter: other } = loaded();
    other.setStatuses(statusesFor('gsocseq', asp, '2022-03-09'), STATUS_COLORS);
    expect(fresh.calls.at(-1)).toEqual(['triggerRepaint']);
    expect(states(fresh)).toEqual([
      'BGD status=submitted',
      'BGD fill=#1d5b99',
      'NPL status=in_preparation',
      'NPL fill=#7fb8da',
      'IND status=submitted',
      'IND fill=#1d5b99',
      'CHN status=no_information',
      'CHN fill=#ffffff',
      'FRA status=outside',
      'FRA fill=#e9e7e2',
      // No status is highlighted: nothing is dimmed.
      'BGD dim=false',
      'NPL dim=false',
      'IND dim=false',
      'CHN dim=false',
      'FRA dim=false',
    ]);
  });

  it('recolours only the countries whose status changes with the product', () => {
    map.calls.length = 0;
    adapter.setStatuses(statusesFor('gsasmap', asp, '2022-03-09'), STATUS_COLORS);
    expect(states(map)).toEqual([
      'NPL status=no_information',
      'NPL fill=#ffffff',
      'IND status=no_information',
      'IND fill=#ffffff',
      'CHN status=not_submitted',
      'CHN fill=#e0701b',
      'BGD dim=false',
      'NPL dim=false',
      'IND dim=false',
      'CHN dim=false',
      'FRA dim=false',
    ]);
  });

  it('sets the countries that leave the region outside, and those that join it by status', () => {
    map.calls.length = 0;
    adapter.setStatuses(statusesFor('gsocseq', saarc, '2022-03-09'), STATUS_COLORS);
    expect(states(map).filter((s) => s.includes('status='))).toEqual(['CHN status=outside']);
    adapter.setStatuses(statusesFor('gsocseq', asp, '2022-03-09'), STATUS_COLORS);
    expect(states(map).filter((s) => s.includes('status='))).toEqual(['CHN status=no_information']);
  });

  it('recolours the countries whose status changes with the date', () => {
    map.calls.length = 0;
    adapter.setStatuses(statusesFor('gsocseq', asp, '2023-06-30'), STATUS_COLORS);
    expect(states(map).filter((s) => s.includes('status='))).toEqual(['NPL status=submitted']);
    adapter.setStatuses(statusesFor('gsocseq', asp, '2022-03-08'), STATUS_COLORS);
    expect(states(map).filter((s) => s.includes('status='))).toEqual([
      'BGD status=no_information',
      'NPL status=no_information',
      'IND status=no_information',
    ]);
  });

  it('sets a country no longer on the list outside', () => {
    map.calls.length = 0;
    adapter.setStatuses(new Map([['BGD', 'submitted']]), STATUS_COLORS);
    expect(states(map).filter((s) => s.includes('status='))).toEqual([
      'NPL status=outside',
      'IND status=outside',
      'CHN status=outside',
      'FRA status=outside',
    ]);
  });

  it('changes nothing but the dimming for the same colours again, and says when they are painted', () => {
    map.calls.length = 0;
    adapter.setStatuses(statusesFor('gsocseq', asp, '2022-03-09'), STATUS_COLORS);
    expect(states(map).every((s) => s.endsWith('dim=false'))).toBe(true);
    expect(cb.onPainted).not.toHaveBeenCalled();
    map.fire('idle');
    expect(cb.onPainted).toHaveBeenCalledTimes(2);
    map.fire('idle');
    expect(cb.onPainted).toHaveBeenCalledTimes(2);
  });

  it('dims every country but those of the highlighted status, and undims them all after', () => {
    map.calls.length = 0;
    adapter.setHighlight('submitted');
    expect(states(map)).toEqual([
      'BGD dim=false',
      'NPL dim=true',
      'IND dim=false',
      'CHN dim=true',
      'FRA dim=true',
    ]);
    // The highlight holds when the colours change.
    adapter.setStatuses(statusesFor('gsocseq', asp, '2023-06-30'), STATUS_COLORS);
    expect(states(map)).toEqual([
      'NPL status=submitted',
      'NPL fill=#1d5b99',
      'BGD dim=false',
      'NPL dim=false',
      'IND dim=false',
      'CHN dim=true',
      'FRA dim=true',
    ]);
    adapter.setHighlight(undefined);
    expect(states(map)).toEqual([
      'BGD dim=false',
      'NPL dim=false',
      'IND dim=false',
      'CHN dim=false',
      'FRA dim=false',
    ]);
  });
});

describe('MapAdapter: selection', () => {
  it('outlines the selected country, moves the outline with the selection and clears it', () => {
    const { adapter, map } = loaded();
    adapter.setSelected('NPL');
    expect(states(map)).toEqual(['NPL selected=true']);
    adapter.setSelected('NPL');
    expect(states(map)).toEqual([]);
    adapter.setSelected('BGD');
    expect(states(map)).toEqual(['NPL selected=false', 'BGD selected=true']);
    adapter.setSelected(undefined);
    expect(states(map)).toEqual(['BGD selected=false']);
    adapter.setSelected(undefined);
    expect(states(map)).toEqual([]);
  });
});

describe('MapAdapter: countries changed since a date', () => {
  it('marks the countries given, unmarks those no longer given, and touches no other', () => {
    const { adapter, map } = loaded();
    adapter.setMarked(new Set(['NPL', 'BGD']));
    expect(states(map)).toEqual(['NPL marked=true', 'BGD marked=true']);
    adapter.setMarked(new Set(['BGD', 'IND']));
    expect(states(map)).toEqual(['NPL marked=false', 'IND marked=true']);
    adapter.setMarked(undefined);
    expect(states(map)).toEqual(['BGD marked=false', 'IND marked=false']);
    adapter.setMarked(new Set());
    expect(states(map)).toEqual([]);
  });
});

describe('MapAdapter: pointer', () => {
  const shape = (iso3: unknown) => ({ layer: { id: 'countries-fill' }, properties: { iso3 } });
  const symbol = (iso3: unknown) => ({ layer: { id: 'points-circle' }, properties: { iso3 } });
  const point = { x: 120, y: 80 };

  it('outlines the country under the pointer and says which it is, once per country', () => {
    const { map, cb } = loaded();
    map.under = [shape('NPL')];
    map.fire('mousemove:countries-fill', { point });
    expect(states(map)).toEqual(['NPL hover=true']);
    expect(map.canvas.style.cursor).toBe('pointer');
    expect(cb.onHover).toHaveBeenLastCalledWith('NPL', point);
    map.fire('mousemove:countries-fill', { point: { x: 121, y: 80 } });
    expect(states(map)).toEqual([]);
    expect(cb.onHover).toHaveBeenLastCalledWith('NPL', { x: 121, y: 80 });
    map.under = [shape('IND')];
    map.fire('mousemove:countries-fill', { point });
    expect(states(map)).toEqual(['NPL hover=false', 'IND hover=true']);
    map.fire('mouseleave:countries-fill', { point });
    expect(states(map)).toEqual(['IND hover=false']);
    expect(map.canvas.style.cursor).toBe('');
    expect(cb.onHover).toHaveBeenLastCalledWith(undefined, point);
    expect(cb.onHover).toHaveBeenCalledTimes(4);
  });

  it('keeps the keyboard’s country outlined while the pointer comes and goes over it', () => {
    const { map, adapter } = loaded();
    adapter.setFocused('NPL');
    expect(states(map)).toEqual(['NPL hover=true']);
    map.under = [shape('NPL')];
    map.fire('mousemove:countries-fill', { point });
    map.under = [shape('IND')];
    map.fire('mousemove:countries-fill', { point });
    expect(states(map)).toEqual(['IND hover=true']);
    adapter.setFocused('BGD');
    expect(states(map)).toEqual(['NPL hover=false', 'BGD hover=true']);
    adapter.setFocused(undefined);
    expect(states(map)).toEqual(['BGD hover=false']);
  });

  it('listens on the shapes and on the symbols', () => {
    const { map, cb } = loaded();
    map.under = [symbol('SGP')];
    map.fire('mousemove:points-circle', { point });
    expect(states(map)).toEqual(['SGP hover=true']);
    map.fire('mouseleave:points-circle', { point });
    expect(states(map)).toEqual(['SGP hover=false']);
    expect(cb.onHover.mock.calls.map((c) => c[0])).toEqual(['SGP', undefined]);
  });

  it('takes a small state’s symbol over the neighbour’s shape beneath it', () => {
    const { map, cb } = loaded();
    map.under = [shape('MYS'), symbol('SGP')];
    map.fire('click', { point });
    expect(cb.onClick).toHaveBeenCalledWith('SGP');
    map.under = [shape('MYS'), shape('IDN')];
    map.fire('click', { point });
    expect(cb.onClick).toHaveBeenLastCalledWith('MYS');
  });

  it('asks only for the layers the map has, symbols first', () => {
    const { map } = loaded();
    map.fire('click', { point });
    expect(map.calls.find((c) => c[0] === 'queryRenderedFeatures')).toEqual([
      'queryRenderedFeatures',
      point,
      { layers: ['points-circle', 'countries-fill'] },
    ]);
    map.layers.delete('points-circle');
    map.calls.length = 0;
    map.fire('click', { point });
    expect(map.calls.find((c) => c[0] === 'queryRenderedFeatures')?.[2]).toEqual({
      layers: ['countries-fill'],
    });
  });

  it('clicks on the sea or on land without a code as on nothing', () => {
    const { map, cb } = loaded();
    map.under = [];
    map.fire('click', { point });
    map.under = [shape(undefined)];
    map.fire('click', { point });
    map.under = [{ layer: { id: 'countries-fill' }, properties: null }];
    map.fire('click', { point });
    map.under = [shape(356)];
    map.fire('click', { point });
    expect(cb.onClick.mock.calls).toEqual([[undefined], [undefined], [undefined], [undefined]]);
  });
});

describe('MapAdapter: camera and life cycle', () => {
  it('reports a camera the reader moved to, not one the app moved to', () => {
    const { map, cb } = loaded();
    map.center = { lng: 84.1, lat: 28.4 };
    map.zoom = 5.5;
    map.fire('moveend', {});
    map.fire('moveend', { originalEvent: undefined });
    expect(cb.onCamera).not.toHaveBeenCalled();
    map.fire('moveend', { originalEvent: { type: 'wheel' } });
    expect(cb.onCamera).toHaveBeenCalledWith({ center: [84.1, 28.4], zoom: 5.5 });
  });

  it('moves to a new camera, eased when asked, and stays for the same one', () => {
    const { adapter, map } = loaded();
    map.center = { lng: 90, lat: 25 };
    map.zoom = 3;
    adapter.moveTo({ center: [90, 25], zoom: 3 }, true);
    adapter.moveTo({ center: [90 + 5e-7, 25 - 5e-7], zoom: 3 + 5e-7 }, false);
    expect(map.calls).toEqual([]);
    adapter.moveTo({ center: [84, 28], zoom: 5 }, true);
    adapter.moveTo({ center: [84, 28], zoom: 5 }, false);
    expect(map.calls).toEqual([
      ['easeTo', { center: [84, 28], zoom: 5, duration: 600 }],
      ['jumpTo', { center: [84, 28], zoom: 5 }],
    ]);
  });

  it('moves when any one of longitude, latitude and zoom differs', () => {
    const { adapter, map } = loaded();
    map.center = { lng: 90, lat: 25 };
    map.zoom = 3;
    for (const next of [
      { center: [90.001, 25], zoom: 3 },
      { center: [89.999, 25], zoom: 3 },
      { center: [90, 25.001], zoom: 3 },
      { center: [90, 24.999], zoom: 3 },
      { center: [90, 25], zoom: 3.001 },
      { center: [90, 25], zoom: 2.999 },
    ] as const)
      adapter.moveTo({ center: [...next.center], zoom: next.zoom }, false);
    expect(map.calls.map((c) => c[0])).toEqual(['jumpTo', 'jumpTo', 'jumpTo', 'jumpTo', 'jumpTo', 'jumpTo']);
  });

  it('gives up when the WebGL context is lost, and only warns on other errors', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { map, cb } = loaded();
    map.fire('error', { error: new Error('tile failed') });
    map.fire('error', {});
    expect(warn.mock.calls).toEqual([
      ['map:', 'tile failed'],
      ['map:', undefined],
    ]);
    expect(cb.onFatal).not.toHaveBeenCalled();
    map.fire('webglcontextlost');
    expect(cb.onFatal).toHaveBeenCalledWith(new Error('WebGL context lost'));
  });

  it('resizes and removes the map', () => {
    const { adapter, map } = loaded();
    adapter.resize();
    adapter.destroy();
    expect(map.calls).toEqual([['resize'], ['remove']]);
  });
});
