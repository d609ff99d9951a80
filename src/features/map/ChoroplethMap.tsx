import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Bounds } from '../../domain/bounds';
import type { Iso3, MapStatus, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { cameraAt, fitCamera, type Camera } from '../../geo/mercator';
import { useI18n } from '../../shared/i18n/useI18n';
import { cameraForKey, countryForKey, inView, screenPoint, type KeyTarget } from './mapKeys';
import { MapTooltip } from './MapTooltip';
import { markMapReady } from '../../shared/performance';
import { STATUS_COLORS, type StatusColours } from '../../shared/palette';
import { useElementSize } from '../../shared/useElementSize';
import { FIT_PADDING, MIN_ZOOM, focusMaxZoom } from './mapStyle';
import type { TooltipContent } from './MapTooltip';
import { probeWebGL } from './webglSupport';
import { SvgMap } from './SvgMap';
import type { RendererProps } from './rendererProps';
import type { WebGLMapProps } from './webgl/WebGLMap';
import './map.css';

export type { TooltipContent };

export interface ChoroplethMapProps {
  /** undefined while the boundaries load (`placeholder` is shown). */
  geo?: GeoFeatures;
  /** undefined until the colours are known; the map draws them on arrival. */
  statuses?: ReadonlyMap<Iso3, MapStatus>;
  /** Each status's colour, for the product shown; the default statuses' without one. */
  colours?: StatusColours;
  /** Names what `statuses` show; the map element carries it as `data-painted` once drawn. */
  paintedKey: string;
  highlight?: Status;
  selected?: Iso3;
  /** Outlined dashed: the countries whose status changed since a date. */
  marked?: ReadonlySet<Iso3>;
  /** Where to look; the map moves when `key` changes. */
  focus?: { key: string; bounds: Bounds };
  label: string;
  describe(iso3: Iso3): TooltipContent;
  onSelect(iso3: Iso3 | undefined): void;
  /** The WebGL map cannot be used here; the SVG map stays. */
  onWebGLUnavailable(reason: string): void;
  placeholder: ReactNode;
  /**
   * Bring in the WebGL map only when the reader zooms or drags, not once the browser is idle
   * (the embedded map: a page that shows it should not download MapLibre for a glance).
   */
  webglOnDemand?: boolean;
}

/**
 * How the map is drawn:
 *   svg        the SVG map only (it paints first, everywhere)
 *   probing    WebGL is being tried in a worker
 *   loading    MapLibre's chunk is on its way
 *   preparing  the WebGL map is mounted under the SVG one and drawing its first frame
 *   webgl      the WebGL map has taken over
 *   none       the SVG map stays: no WebGL here (or it was lost), or only software WebGL
 */
type Renderer = 'svg' | 'probing' | 'loading' | 'preparing' | 'webgl' | 'none';

/**
 * Which map to use, from `?renderer=`: `auto` (the default) brings in the WebGL map when the
 * browser draws WebGL on a graphics chip; `webgl` also with software WebGL (slow to start:
 * seconds of a blocked page); `svg` keeps the SVG map.
 */
export type RendererChoice = 'auto' | 'webgl' | 'svg';

function rendererChoice(search: string): RendererChoice {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'webgl' || value === 'svg' ? value : 'auto';
}

/** The reader asked the system for less motion: the map jumps instead of gliding. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Run when the browser has nothing else to do, or after `timeout` ms at the latest. */
function whenIdle(callback: () => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}

/**
 * The one map of the overview. The SVG map paints as soon as boundaries and records are in;
 * MapLibre (its own chunk) loads when the browser is next idle, or at the first zoom or drag,
 * and takes over with the same camera and colours once it has drawn, so nothing moves.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { geo, statuses, paintedKey, highlight, selected, marked, focus, label, describe, onSelect } = props;
  const colours = props.colours ?? STATUS_COLORS;
  const boxRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(boxRef);
  const [renderer, setRenderer] = useState<Renderer>('svg');
  const [WebGL, setWebGL] = useState<ComponentType<WebGLMapProps>>();
  const [view, setView] = useState<{ camera: Camera; animate: boolean }>();
  /** The camera follows `focus` (and the size) until the user moves the map. */
  const userMoved = useRef(false);

  const focusKey = focus?.key;
  const lastFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!size || !focus) return;
    const newFocus = lastFocus.current !== focus.key;
    if (!newFocus && userMoved.current) return;
    const [w, s, e, n] = focus.bounds;
    const camera = fitCamera(focus.bounds, size, {
      padding: FIT_PADDING,
      minZoom: MIN_ZOOM,
      maxZoom: focusMaxZoom(Math.max(e - w, n - s)),
    });
    setView((v) => ({ camera, animate: v !== undefined && newFocus && !reducedMotion() }));
    lastFocus.current = focus.key;
    userMoved.current = false;
    // Refit when what to look at changes or the map is resized, not when `focus` is rebuilt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, size]);

  const [choice] = useState(() => rendererChoice(window.location.search));
  const startWebGL = useCallback(() => {
    setRenderer((r) => (r === 'svg' ? 'probing' : r));
  }, []);
  // Try WebGL in a worker, then load MapLibre if it is worth it.
  useEffect(() => {
    if (renderer !== 'probing') return;
    let cancelled = false;
    void probeWebGL().then((support) => {
      if (cancelled) return;
      if (!support.ok) {
        props.onWebGLUnavailable('no WebGL');
        setRenderer('none');
      } else if (support.software && choice !== 'webgl') {
        // Software WebGL takes seconds to start and draws no better: the SVG map stays.
        setRenderer('none');
      } else {
        setRenderer('loading');
        import('./webgl/WebGLMap')
          .then((module) => {
            setWebGL(() => module.default);
            setRenderer((now) => (now === 'loading' ? 'preparing' : now));
          })
          .catch((error: unknown) => {
            console.warn('map:', error);
            props.onWebGLUnavailable(String(error));
            setRenderer('none');
          });
      }
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [renderer, choice]);

  const keyRef = useRef(paintedKey);
  useEffect(() => {
    keyRef.current = paintedKey;
  });
  const painted = useCallback(() => {
    markMapReady();
    boxRef.current?.setAttribute('data-painted', keyRef.current);
  }, []);

  // MapLibre is brought in once the first map has painted and the browser is idle (or on demand).
  const [firstPaint, setFirstPaint] = useState(false);
  const onSvgPainted = useCallback(() => {
    painted();
    setFirstPaint(true);
  }, [painted]);
  const idleWebGL = choice === 'webgl' || !props.webglOnDemand;
  useEffect(() => {
    if (!firstPaint || renderer !== 'svg' || choice === 'svg' || !idleWebGL) return;
    return whenIdle(startWebGL, 3000);
  }, [firstPaint, renderer, startWebGL, choice, idleWebGL]);

  const onCamera = useCallback(
    (camera: Camera) => {
      userMoved.current = true;
      setView({ camera, animate: false });
      if (choice !== 'svg') startWebGL();
    },
    [startWebGL, choice],
  );
  const onWebGLCamera = useCallback((camera: Camera) => {
    userMoved.current = true;
    setView({ camera, animate: false });
  }, []);
  const onWebGLPainted = useCallback(() => {
    setRenderer((r) => {
      if (r === 'preparing') performance.mark('webgl-ready');
      return r === 'preparing' ? 'webgl' : r;
    });
    painted();
  }, [painted]);
  const onFatal = useCallback((error: Error) => {
    console.warn('map:', error.message);
    props.onWebGLUnavailable(error.message);
    setRenderer('none');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The keyboard: arrow keys pan the map and + / − zoom it; its countries are one more Tab stop,
  // where arrow keys go from one country to the next that way and Enter opens one.
  const i18n = useI18n();
  const uid = useId();
  const [listFocused, setListFocused] = useState(false);
  const [active, setActive] = useState<Iso3>();
  const targets = useMemo(() => {
    if (!geo || !statuses) return [];
    const list: KeyTarget[] = [];
    const points = new Map(geo.planar.points.map((p) => [p.iso3, p]));
    for (const [iso3, status] of statuses) {
      if (status === 'outside') continue;
      const shape = geo.planar.byIso3.get(iso3);
      const at = shape ? { x: shape.anchor[0], y: shape.anchor[1] } : points.get(iso3);
      if (at) list.push({ iso3, x: at.x, y: at.y });
    }
    return list;
  }, [geo, statuses]);
  const targetsByIso3 = useMemo(() => new Map(targets.map((t) => [t.iso3, t])), [targets]);
  const targetOf = (iso3: Iso3 | undefined) => (iso3 === undefined ? undefined : targetsByIso3.get(iso3));
  const onMapKey = (e: KeyboardEvent) => {
    if (!size || !view || e.altKey || e.ctrlKey || e.metaKey) return;
    const camera = cameraForKey(e.key, view.camera, size);
    if (!camera) return;
    e.preventDefault();
    onCamera(camera);
  };
  /** Gives a country the keyboard's focus, bringing it into view. */
  const goTo = (iso3: Iso3) => {
    setActive(iso3);
    const target = targetOf(iso3);
    if (target && size && view && !inView(target, view.camera, size)) {
      userMoved.current = true;
      setView({ camera: cameraAt(target.x, target.y, view.camera.zoom), animate: false });
    }
  };
  /** Where the keyboard starts: the country chosen, else the one nearest the middle of the view. */
  const startingCountry = () => {
    const centre = view && size ? [size.width / 2, size.height / 2] : [0, 0];
    const distance = (t: KeyTarget) => {
      const [x, y] = view && size ? screenPoint(t, view.camera, size) : [t.x, t.y];
      return Math.hypot(x - centre[0]!, y - centre[1]!);
    };
    return targetOf(selected) ?? [...targets].sort((a, b) => distance(a) - distance(b))[0];
  };
  // The country chosen when the list last had the focus: another one chosen since is where it starts.
  const selectedBefore = useRef<Iso3 | undefined>(undefined);
  const onCountriesFocus = () => {
    setListFocused(true);
    const changed = selected !== selectedBefore.current;
    selectedBefore.current = selected;
    const start = (!changed && targetOf(active)) || startingCountry();
    if (start) goTo(start.iso3);
  };
  const onCountriesKey = (e: KeyboardEvent) => {
    // The browser's own shortcuts (Alt+← is Back) stay the browser's.
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // The region may have changed under the keyboard: a country no longer on the map starts again.
    const from = targetOf(active);
    if ((e.key === 'Enter' || e.key === ' ') && from) {
      e.preventDefault();
      onSelect(from.iso3);
      return;
    }
    const next = from
      ? countryForKey(e.key, from, targets)
      : e.key.startsWith('Arrow')
        ? startingCountry()?.iso3
        : undefined;
    if (next === undefined) return;
    e.preventDefault();
    goTo(next);
  };
  const activeTarget = targetOf(active);
  const keyTip =
    listFocused && activeTarget && view && size
      ? { tip: describe(activeTarget.iso3), at: screenPoint(activeTarget, view.camera, size) }
      : undefined;

  // What both renderers are given; each adds its own callbacks.
  const shared: Omit<RendererProps, 'onCamera' | 'onPainted'> | undefined =
    geo && size && view
      ? {
          geo,
          statuses,
          colours,
          highlight,
          selected,
          focused: listFocused ? active : undefined,
          marked,
          camera: view.camera,
          describe,
          onSelect,
        }
      : undefined;
  const showWebGL = shared && WebGL && (renderer === 'preparing' || renderer === 'webgl');
  return (
    // Focusable from code only: where the focus goes back to when the country panel closes.
    <div className="map" role="region" aria-label={label} tabIndex={-1}>
      <div
        ref={boxRef}
        className="map__canvas"
        role="application"
        tabIndex={0}
        aria-label={i18n.t('map.panLabel')}
        aria-describedby={`${uid}-hint`}
        onKeyDown={onMapKey}
        data-testid="map"
        data-map-mode={renderer === 'webgl' ? 'webgl' : 'svg'}
        data-renderer={renderer}
        data-camera={view && `${view.camera.center.join(',')},${view.camera.zoom}`}
      >
        {!geo && <div className="map__placeholder">{props.placeholder}</div>}
        {shared && size && renderer !== 'webgl' && (
          <div className="map__layer">
            <SvgMap {...shared} size={size} onCamera={onCamera} onPainted={onSvgPainted} />
          </div>
        )}
        {showWebGL && (
          <div className={renderer === 'webgl' ? 'map__layer' : 'map__layer map__layer--pending'}>
            <WebGL
              {...shared}
              animate={view?.animate ?? false}
              onCamera={onWebGLCamera}
              onPainted={onWebGLPainted}
              onFatal={onFatal}
            />
          </div>
        )}
        {keyTip && (
          // The list below says the country to a screen reader; this is for the eyes.
          <div aria-hidden="true">
            <MapTooltip tip={keyTip.tip} x={keyTip.at[0]} y={keyTip.at[1]} />
          </div>
        )}
      </div>
      <p id={`${uid}-hint`} hidden>
        {i18n.t('map.panHint')}
      </p>
      {targets.length > 0 && (
        <div
          className="map__countries"
          role="listbox"
          tabIndex={0}
          aria-label={i18n.t('map.countriesLabel')}
          aria-activedescendant={listFocused && activeTarget ? `${uid}-${active}` : undefined}
          onFocus={onCountriesFocus}
          onBlur={() => setListFocused(false)}
          onKeyDown={onCountriesKey}
        >
          {targets.map(({ iso3 }) => (
            <div
              key={iso3}
              id={`${uid}-${iso3}`}
              role="option"
              aria-selected={iso3 === active}
              className="visually-hidden"
            >
              {/* The status of the country the keyboard is on (the others' would cost look-ups). */}
              {keyTip && iso3 === active
                ? i18n.labelled(keyTip.tip.name, keyTip.tip.status)
                : i18n.countryName(iso3)}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
