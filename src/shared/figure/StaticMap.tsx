import { useEffect, useState } from 'react';
import { geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { NO_INFORMATION } from '../../domain/stages';
import type { Iso3, MapStatus } from '../../domain/types';
import type { Bounds } from '../../domain/bounds';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { boundsOf } from '../../geo/geoFeatures';
import { HatchPattern } from '../HatchPattern';
import {
  cachedOutlines,
  projectOutlinesSliced,
  staticOutlines,
  type OutlinesRequest,
  type StaticOutlines,
} from './staticOutlines';
import {
  BORDER_COLOR,
  FOCUS_COLOR,
  OTHER_BORDER_COLOR,
  OTHER_LAND_COLOR,
  SEA_COLOR,
  fillOf,
  STATUS_COLORS,
  type StatusColours,
  symbolStrokeOf,
  CHANGED_DASH,
  CHANGED_WIDTH,
} from '../palette';

export interface StaticMapProps {
  geo: GeoFeatures;
  statuses: ReadonlyMap<Iso3, MapStatus>;
  /** Countries the map is fitted to (a region's members, or one country). */
  fit: readonly Iso3[];
  width: number;
  height: number;
  /** The country the map is about (a locator map's), outlined. */
  country?: Iso3;
  /** That country's fill; none when not given (its status shows through). */
  countryFill?: string;
  /** Prefix for ids inside the SVG, unique per document. */
  idPrefix: string;
  /** Each status's colour, for the product shown; the default statuses' without one. */
  colours?: StatusColours;
  /** Extra room round the fitted countries, as a share of the smaller side. */
  padding?: number;
  /** Draw small-state symbols (off for thumbnails). */
  symbols?: boolean;
  /** Outlined dashed: the countries whose status changed since a date. */
  marked?: ReadonlySet<Iso3>;
  /** Show at least this many degrees round the fitted countries (a locator map of a small state). */
  minSpan?: number;
  /** The view's outlines, projected beforehand (see useStaticOutlines); else projected now. */
  outlines?: StaticOutlines;
}

type ViewProps = Pick<StaticMapProps, 'geo' | 'fit' | 'width' | 'height' | 'padding' | 'minSpan' | 'symbols'>;

/**
 * The view a static map shows: the key its projected outlines are kept under, and how to
 * project them (an Equal Earth projection fitted to the countries; only the countries that may
 * be in view are projected).
 */
function staticMapView({ geo, fit, width, height, padding = 0.04, minSpan, symbols = true }: ViewProps) {
  const key = [fit.join(','), width, height, padding, minSpan ?? 0, symbols].join('|');
  const request = (): OutlinesRequest => {
    const projection = fitProjection(geo, fit, width, height, padding, minSpan);
    const view = viewExtent(projection, width, height);
    const candidates = geo.countries.features.filter((f) => mayShow(geo.boxes.get(f.properties.iso3), view));
    return { geo, projection, width, height, candidates, symbols };
  };
  return { key, request };
}

/**
 * A static map's outlines for the screen: the first time a view is shown they are projected in
 * slices of about 5 ms (undefined meanwhile), so a world map does not hold the page for one long
 * task; a view shown before (another slide of the same region) comes at once. When only the size
 * changed (a resized window, full screen), the outlines at the old size stay until the new ones
 * come: they carry their size, for the caller's viewBox.
 */
export function useStaticOutlines(
  props: Omit<ViewProps, 'geo'> & { geo: GeoFeatures | undefined },
): StaticOutlines | undefined {
  const { geo, width, height, padding, minSpan, symbols } = props;
  // The view's countries as one value, for the effect to depend on.
  const fit = props.fit.join(',');
  const [made, setMade] = useState<{ key: string; place: string; outlines: StaticOutlines }>();
  const key = geo && staticMapView({ ...props, geo }).key;
  const known = !geo || !key ? undefined : made?.key === key ? made.outlines : cachedOutlines(geo, key);
  // The same countries, at another size.
  const place = [fit, padding, minSpan, symbols].join('|');
  useEffect(() => {
    if (known || !geo) return;
    const { key, request } = staticMapView({
      geo,
      fit: fit ? fit.split(',') : [],
      width,
      height,
      padding,
      minSpan,
      symbols,
    });
    const place = [fit, padding, minSpan, symbols].join('|');
    return projectOutlinesSliced(geo, key, request, (outlines) => setMade({ key, place, outlines }));
  }, [geo, fit, width, height, padding, minSpan, symbols, known]);
  return known ?? (made?.place === place && made.outlines.geo === geo ? made.outlines : undefined);
}

/** The fill a status has everywhere: map paths, legend swatches, exported figures. */
export function statusFill(status: MapStatus, idPrefix: string, colours: StatusColours): string {
  return status === NO_INFORMATION ? `url(#${idPrefix}-hatch)` : fillOf(status, colours);
}

/** An Equal Earth projection centred on and fitted to the given countries. */
function fitProjection(
  geo: GeoFeatures,
  fit: readonly Iso3[],
  width: number,
  height: number,
  padding: number,
  minSpan = 0,
) {
  const bounds = boundsOf(geo, fit) ?? [-180, -60, 180, 85];
  const centre = (bounds[0] + bounds[2]) / 2;
  const middle = (bounds[1] + bounds[3]) / 2;
  const features = fit.flatMap((iso3) => {
    const f = geo.byIso3.get(iso3);
    return f ? [f] : [];
  });
  const small = bounds[2] - bounds[0] < minSpan && bounds[3] - bounds[1] < minSpan;
  const half = minSpan / 2;
  const box: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [centre - half, Math.max(-85, middle - half)],
            [centre + half, Math.min(85, middle + half)],
          ],
        },
      },
    ],
  };
  const target: FeatureCollection<Geometry> = small
    ? box
    : features.length
      ? { type: 'FeatureCollection', features }
      : { type: 'FeatureCollection', features: geo.countries.features };
  const pad = Math.min(width, height) * padding;
  // No adaptive resampling: at these scales the boundaries' own points are close enough.
  return geoEqualEarth()
    .precision(0)
    .rotate([-centre, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      target,
    );
}

/**
 * The part of the globe in view, in degrees round the projection's centre, found by inverting
 * points along the edges; undefined when the view reaches past the globe's edge (then every
 * country is a candidate).
 */
function viewExtent(projection: GeoProjection, width: number, height: number) {
  const centre = -projection.rotate()[0];
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    for (const [x, y] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as [number, number][]) {
      const p = projection.invert?.([x, y]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return undefined;
      // The projection is continuous inside the view: longitudes relative to its centre.
      const rel = ((((p[0] - centre + 180) % 360) + 360) % 360) - 180;
      [west, east] = [Math.min(west, rel), Math.max(east, rel)];
      [south, north] = [Math.min(south, p[1]), Math.max(north, p[1])];
    }
  }
  return { centre, west, east, south, north };
}

/** Whether a country's boxes may show in the view (a quick test before any projecting). */
function mayShow(boxes: readonly Bounds[] | undefined, view: ReturnType<typeof viewExtent>): boolean {
  if (!view || !boxes) return true;
  const margin = 2;
  return boxes.some(([w, s, e, n]) => {
    if (n < view.south - margin || s > view.north + margin) return false;
    const rel = (lng: number) => ((((lng - view.centre + 180) % 360) + 360) % 360) - 180;
    const [a, b] = [rel(w), rel(e)];
    // A box split by the back meridian covers both ends of the range.
    if (b < a) return true;
    return b >= view.west - margin && a <= view.east + margin;
  });
}

/**
 * The one static map renderer: each country is a `path` with `data-iso3` and its status fill.
 * Used on screen (locator map, slides) and for the exported figure, so what users download is
 * what the tests snapshot.
 */
export function StaticMap(props: StaticMapProps) {
  const {
    geo,
    statuses,
    fit,
    width,
    height,
    country,
    countryFill,
    idPrefix,
    padding = 0.04,
    symbols = true,
    minSpan,
    marked,
    colours = STATUS_COLORS,
  } = props;
  const { key, request } = staticMapView({ geo, fit, width, height, padding, minSpan, symbols });
  const outlines = props.outlines ?? staticOutlines(geo, key, request);
  const clipId = `${idPrefix}-clip`;
  const outlined = country ? outlines.byIso3.get(country) : undefined;
  return (
    <g className="static-map">
      <defs>
        <clipPath id={clipId}>
          <rect width={width} height={height} />
        </clipPath>
        <HatchPattern id={`${idPrefix}-hatch`} />
      </defs>
      <g clipPath={`url(#${clipId})`}>
        <rect width={width} height={height} fill={SEA_COLOR} />
        {outlines.other.map((d, i) => (
          <path
            key={`other-${i}`}
            d={d}
            fill={OTHER_LAND_COLOR}
            stroke={OTHER_BORDER_COLOR}
            strokeWidth={0.5}
            strokeDasharray="2 2"
          />
        ))}
        {outlines.countries.map(({ iso3, d }) => {
          const status = statuses.get(iso3) ?? 'outside';
          return (
            <path
              key={iso3}
              d={d}
              data-iso3={iso3}
              data-status={status}
              fill={statusFill(status, idPrefix, colours)}
              stroke={BORDER_COLOR}
              strokeWidth={0.6}
              strokeLinejoin="round"
            />
          );
        })}
        {outlines.symbols.map(({ iso3, x, y }) => {
          const status = statuses.get(iso3) ?? 'outside';
          return (
            <circle
              key={`symbol-${iso3}`}
              data-symbol-for={iso3}
              cx={x}
              cy={y}
              r={status === 'outside' ? 2.5 : 4}
              fill={statusFill(status, idPrefix, colours)}
              stroke={symbolStrokeOf(status)}
              strokeWidth={1}
            />
          );
        })}
        {marked &&
          outlines.countries
            .filter(({ iso3 }) => marked.has(iso3))
            .map(({ iso3, d }) => (
              <path
                key={`marked-${iso3}`}
                d={d}
                data-marked={iso3}
                fill="none"
                stroke={FOCUS_COLOR}
                strokeWidth={CHANGED_WIDTH}
                strokeDasharray={CHANGED_DASH}
                pointerEvents="none"
              />
            ))}
        {marked &&
          outlines.symbols
            .filter((p) => marked.has(p.iso3))
            .map(({ iso3, x, y }) => (
              <circle
                key={`marked-symbol-${iso3}`}
                data-marked={iso3}
                cx={x}
                cy={y}
                r={7}
                fill="none"
                stroke={FOCUS_COLOR}
                strokeWidth={CHANGED_WIDTH}
                strokeDasharray={CHANGED_DASH}
              />
            ))}
        {outlined && (
          <path
            d={outlined}
            fill={countryFill ?? 'none'}
            stroke={FOCUS_COLOR}
            strokeWidth={2}
            pointerEvents="none"
            data-country={country}
          />
        )}
      </g>
    </g>
  );
}
