import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Iso3, MapStatus, Status } from '../../domain/types';
import { NO_INFORMATION } from '../../domain/stages';
import { WORLD_SIZE, cameraTransform, worldShift, type Size } from '../../geo/mercator';
import { PATH_UNITS, type PlanarWorld } from '../../geo/planar';
import { HatchPattern } from '../../shared/HatchPattern';
import {
  BORDER_COLOR,
  FOCUS_COLOR,
  OTHER_BORDER_COLOR,
  OTHER_LAND_COLOR,
  SEA_COLOR,
  fillOf,
  symbolStrokeOf,
  CHANGED_DASH,
  CHANGED_WIDTH,
  type StatusColours,
} from '../../shared/palette';
import {
  BORDER_WIDTH,
  DIM_OPACITY,
  HOVER_WIDTH,
  MAX_ZOOM,
  MIN_ZOOM,
  SELECTED_WIDTH,
  symbolRadius,
} from './mapStyle';
import { MapTooltip } from './MapTooltip';
import type { RendererProps } from './rendererProps';
import { afterPaint } from '../../shared/performance';
import { useI18n } from '../../shared/i18n/useI18n';
import type { SvgZoom } from './svgZoom';

export interface SvgMapProps extends RendererProps {
  size: Size;
}

const HATCH_ID = 'svg-map-hatch';
const NO_STATUSES = new Map<Iso3, MapStatus>();
/** A press that moves less than this many pixels is a click, not a drag. */
const CLICK_SLOP = 4;
/** How long the two-finger hint stays. */
const HINT_MS = 2000;

function countryAt(target: EventTarget | null): Iso3 | undefined {
  const element = (target as Element | null)?.closest?.('[data-iso3],[data-symbol-for],[data-copy-of]');
  return (
    element?.getAttribute('data-iso3') ??
    element?.getAttribute('data-symbol-for') ??
    element?.getAttribute('data-copy-of') ??
    undefined
  );
}

/**
 * The countries, each one path from the flat layout made when the boundaries loaded. Memoised:
 * hovering and dragging do not re-render them; a new product or date only changes fills.
 */
const CountryPaths = memo(function CountryPaths({
  planar,
  statuses,
  colours,
  emphasis,
  shifts,
  copy,
}: {
  planar: PlanarWorld;
  statuses: ReadonlyMap<Iso3, MapStatus>;
  colours: StatusColours;
  emphasis?: Status;
  /** World copy per country, as a key: "0,0,512,…". */
  shifts: string;
  /** A copy of the world beside the main one: its countries are not named `data-iso3`. */
  copy?: boolean;
}) {
  const shiftOf = shifts.split(',').map(Number);
  return (
    <g>
      {planar.countries.map((c, i) => {
        const status = statuses.get(c.iso3) ?? 'outside';
        const shift = shiftOf[i] ?? 0;
        return (
          <path
            key={c.iso3}
            d={c.d}
            transform={shift ? `translate(${shift * PATH_UNITS} 0)` : undefined}
            data-iso3={copy ? undefined : c.iso3}
            data-copy-of={copy ? c.iso3 : undefined}
            data-status={copy ? undefined : status}
            fill={status === NO_INFORMATION ? `url(#${HATCH_ID})` : fillOf(status, colours)}
            fillOpacity={emphasis !== undefined && status !== emphasis ? DIM_OPACITY : undefined}
            stroke={BORDER_COLOR}
            strokeWidth={BORDER_WIDTH}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </g>
  );
});

const OtherLand = memo(function OtherLand({ planar, shifts }: { planar: PlanarWorld; shifts: string }) {
  const shiftOf = shifts.split(',').map(Number);
  return (
    <g>
      {planar.other.map((o, i) => (
        <path
          key={i}
          d={o.d}
          transform={shiftOf[i] ? `translate(${shiftOf[i]! * PATH_UNITS} 0)` : undefined}
          fill={OTHER_LAND_COLOR}
          stroke={OTHER_BORDER_COLOR}
          strokeWidth={BORDER_WIDTH}
          strokeDasharray="2 2"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});

/**
 * The interactive map drawn as SVG, in Web Mercator with the same camera as the WebGL map, so
 * one can take over from the other without a jump. It paints first on every machine; without
 * WebGL it is the map. Wheel zooms round the pointer; dragging pans.
 */
export function SvgMap(props: SvgMapProps) {
  const {
    geo,
    statuses,
    colours,
    highlight,
    selected,
    focused,
    marked,
    camera,
    size,
    describe,
    onSelect,
    onCamera,
    onPainted,
  } = props;
  const i18n = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ iso3: Iso3; x: number; y: number }>();
  const planar = geo.planar;
  const t = cameraTransform(camera, size);

  // Which world copy each shape is drawn in changes only when the centre moves far.
  const countryShifts = useMemo(
    () => planar.countries.map((c) => worldShift(c.x, camera)).join(','),
    [planar, camera],
  );
  const otherShifts = useMemo(
    () => planar.other.map((o) => worldShift(o.x, camera)).join(','),
    [planar, camera],
  );

  useEffect(() => {
    if (!statuses) return;
    return afterPaint(onPainted);
  }, [statuses, onPainted]);

  // Pan and zoom (d3-zoom) arrive once the map has painted: their code is a chunk of its own.
  const zoomRef = useRef<SvgZoom | undefined>(undefined);
  const latest = useRef({ camera, size, onCamera });
  useEffect(() => {
    latest.current = { camera, size, onCamera };
    zoomRef.current?.sync(camera, size);
  });
  const painted = statuses !== undefined;
  useEffect(() => {
    if (!painted || zoomRef.current) return;
    let cancelled = false;
    void import('./svgZoom').then(({ attachZoom }) => {
      if (cancelled || !svgRef.current) return;
      zoomRef.current = attachZoom(svgRef.current, {
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        clickDistance: CLICK_SLOP,
        size: () => latest.current.size,
        onCamera: (c) => {
          setHover(undefined);
          latest.current.onCamera(c);
        },
      });
      zoomRef.current.sync(latest.current.camera, latest.current.size);
    });
    return () => {
      cancelled = true;
    };
  }, [painted]);
  useEffect(() => () => zoomRef.current?.detach(), []);

  // On a touch screen one finger scrolls the page: the first time, a hint says to use two.
  const [hint, setHint] = useState(false);
  const hinted = useRef(false);
  useEffect(() => {
    const svg = svgRef.current!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onTouchMove = (e: TouchEvent) => {
      if (e.touches.length !== 1 || hinted.current) return;
      hinted.current = true;
      setHint(true);
      timer = setTimeout(() => setHint(false), HINT_MS);
    };
    svg.addEventListener('touchmove', onTouchMove, { passive: true });
    return () => {
      svg.removeEventListener('touchmove', onTouchMove);
      clearTimeout(timer);
    };
  }, []);

  /** The outline of a country over the map, or nothing when it has no shape. */
  const outline = (iso3: Iso3 | undefined, width: number, highlightOf?: Iso3, dashed = false) => {
    const shape = iso3 ? planar.byIso3.get(iso3) : undefined;
    if (!shape) return null;
    const shift = worldShift(shape.x, camera);
    return (
      <path
        key={dashed ? `marked-${iso3}` : undefined}
        data-marked={dashed ? iso3 : undefined}
        strokeDasharray={dashed ? CHANGED_DASH : undefined}
        d={shape.d}
        transform={shift ? `translate(${shift * PATH_UNITS} 0)` : undefined}
        fill="none"
        stroke={FOCUS_COLOR}
        strokeWidth={width}
        vectorEffect="non-scaling-stroke"
        pointerEvents="none"
        data-highlight={highlightOf}
      />
    );
  };
  const shown = statuses ?? NO_STATUSES;
  // Copies of the world to either side, where the view reaches past the main one.
  const halfView = size.width / 2 / t.k;
  const copies = halfView > WORLD_SIZE / 2 ? [-1, 1] : [];
  const tip = hover ? describe(hover.iso3) : undefined;
  const scale = t.k / PATH_UNITS;

  return (
    <>
      <svg
        ref={svgRef}
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        className="map__svg"
        aria-hidden="true"
        onPointerMove={(e) => {
          // Not while a button is down: that is a drag.
          if (e.buttons & 1) return;
          const iso3 = countryAt(e.target);
          const box = svgRef.current!.getBoundingClientRect();
          setHover((h) =>
            iso3
              ? { iso3, x: e.clientX - box.left, y: e.clientY - box.top }
              : h === undefined
                ? h
                : undefined,
          );
        }}
        onPointerLeave={() => setHover(undefined)}
        onClick={(e) => {
          // (d3-zoom swallows the click that ends a drag.)
          onSelect(countryAt(e.target));
        }}
      >
        <defs>
          {/* The hatch stays the same size on screen at every zoom, as on the WebGL map. */}
          <HatchPattern id={HATCH_ID} transform={`scale(${1 / scale})`} />
        </defs>
        <rect width={size.width} height={size.height} fill={SEA_COLOR} />
        <g transform={`translate(${t.x} ${t.y}) scale(${scale})`}>
          {[0, ...copies].map((offset) => (
            // Zoomed out past the width of the world, it repeats beside itself, as on the WebGL map.
            <g
              key={offset}
              transform={offset ? `translate(${offset * WORLD_SIZE * PATH_UNITS} 0)` : undefined}
            >
              <OtherLand planar={planar} shifts={otherShifts} />
              <CountryPaths
                planar={planar}
                statuses={shown}
                colours={colours}
                emphasis={highlight}
                shifts={countryShifts}
                copy={offset !== 0}
              />
            </g>
          ))}
          {marked && [...marked].map((iso3) => outline(iso3, CHANGED_WIDTH, undefined, true))}
          {hover?.iso3 !== selected && outline(hover?.iso3, HOVER_WIDTH)}
          {focused !== selected && focused !== hover?.iso3 && outline(focused, HOVER_WIDTH)}
          {outline(selected, SELECTED_WIDTH, selected)}
        </g>
        <g>
          {planar.points.map((p) => {
            const status = shown.get(p.iso3) ?? 'outside';
            const x = (p.x + worldShift(p.x, camera)) * t.k + t.x;
            const y = p.y * t.k + t.y;
            if (x < -10 || y < -10 || x > size.width + 10 || y > size.height + 10) return null;
            const outlined = p.iso3 === selected || p.iso3 === hover?.iso3 || p.iso3 === focused;
            const changed = marked?.has(p.iso3) ?? false;
            const dim = highlight !== undefined && status !== highlight ? DIM_OPACITY : undefined;
            return (
              <circle
                key={p.iso3}
                data-symbol-for={p.iso3}
                cx={Math.round(x * 10) / 10}
                cy={Math.round(y * 10) / 10}
                r={symbolRadius(camera.zoom, status === 'outside')}
                fill={fillOf(status, colours)}
                fillOpacity={dim}
                strokeOpacity={dim}
                stroke={outlined || changed ? FOCUS_COLOR : symbolStrokeOf(status)}
                strokeWidth={outlined ? SELECTED_WIDTH : changed ? CHANGED_WIDTH : 1}
                strokeDasharray={changed && !outlined ? CHANGED_DASH : undefined}
                data-marked={changed ? p.iso3 : undefined}
              />
            );
          })}
        </g>
      </svg>
      {hover && tip && <MapTooltip tip={tip} x={hover.x} y={hover.y} />}
      {hint && (
        <p className="map__hint" role="status">
          {i18n.t('map.twoFingers')}
        </p>
      )}
    </>
  );
}
