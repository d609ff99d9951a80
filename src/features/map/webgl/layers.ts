import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_INFORMATION, OUTSIDE } from '../../../domain/stages';
import {
  BORDER_COLOR,
  CHANGED_DASH,
  CHANGED_WIDTH,
  FOCUS_COLOR,
  OTHER_BORDER_COLOR,
  OTHER_LAND_COLOR,
  OUTSIDE_COLOR,
  SEA_COLOR,
  symbolStrokeOf,
} from '../../../shared/palette';
import { BORDER_WIDTH, DIM_OPACITY, HOVER_WIDTH, SELECTED_WIDTH, SYMBOL_RADIUS_STOPS } from '../mapStyle';

/**
 * The map style as plain data. Colours come from feature-state, keyed by the promoted `iso3`
 * property, so recolouring never touches the geometry:
 *   status    a Status, or "outside" for countries not in the region
 *   fill      the status's colour for the product shown (products have colours of their own)
 *   hover, selected, dim, marked   booleans (marked: changed since a date)
 */
export const SOURCES = { countries: 'countries', points: 'points', other: 'other' } as const;
export const HATCH_IMAGE = 'no-information-hatch';
export const INTERACTIVE_LAYERS = ['countries-fill', 'points-circle'];

const statusColor: ExpressionSpecification = [
  'to-color',
  ['coalesce', ['feature-state', 'fill'], OUTSIDE_COLOR],
];

const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const focused: ExpressionSpecification = ['any', flag('hover'), flag('selected')];
const isNoInformation: ExpressionSpecification = ['==', ['feature-state', 'status'], NO_INFORMATION];
const isOutside: ExpressionSpecification = [
  '==',
  ['coalesce', ['feature-state', 'status'], OUTSIDE],
  OUTSIDE,
];
const emptyCollection = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function mapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCES.countries]: { type: 'geojson', data: emptyCollection(), promoteId: 'iso3' },
      [SOURCES.points]: { type: 'geojson', data: emptyCollection(), promoteId: 'iso3' },
      [SOURCES.other]: { type: 'geojson', data: emptyCollection() },
    },
    transition: { duration: 0, delay: 0 },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOR } },
      { id: 'other-fill', type: 'fill', source: SOURCES.other, paint: { 'fill-color': OTHER_LAND_COLOR } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: SOURCES.countries,
        paint: {
          'fill-color': statusColor,
          'fill-opacity': ['case', flag('dim'), DIM_OPACITY, 1],
        },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: SOURCES.countries,
        paint: { 'line-color': BORDER_COLOR, 'line-width': BORDER_WIDTH },
      },
      {
        id: 'other-border',
        type: 'line',
        source: SOURCES.other,
        paint: { 'line-color': OTHER_BORDER_COLOR, 'line-width': BORDER_WIDTH, 'line-dasharray': [2, 2] },
      },
      {
        id: 'countries-marked',
        type: 'line',
        source: SOURCES.countries,
        paint: {
          'line-color': FOCUS_COLOR,
          'line-width': CHANGED_WIDTH,
          'line-dasharray': CHANGED_DASH.split(' ').map(Number),
          'line-opacity': ['case', flag('marked'), 1, 0],
        },
      },
      {
        id: 'countries-focus',
        type: 'line',
        source: SOURCES.countries,
        paint: {
          'line-color': FOCUS_COLOR,
          'line-width': ['case', flag('selected'), SELECTED_WIDTH, flag('hover'), HOVER_WIDTH, 0],
          'line-opacity': ['case', focused, 1, 0],
        },
      },
      {
        id: 'points-circle',
        type: 'circle',
        source: SOURCES.points,
        paint: {
          'circle-color': statusColor,
          'circle-opacity': ['case', flag('dim'), DIM_OPACITY, 1],
          // Symbols of countries outside the region stay small and quiet.
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            ...SYMBOL_RADIUS_STOPS.flatMap(([zoom, inside, outside]) => [
              zoom,
              ['case', isOutside, outside, inside],
            ]),
          ] as unknown as ExpressionSpecification,
          'circle-stroke-color': [
            'case',
            ['any', focused, flag('marked')],
            FOCUS_COLOR,
            isNoInformation,
            symbolStrokeOf(NO_INFORMATION),
            isOutside,
            symbolStrokeOf(OUTSIDE),
            // Every status but No information and outside has the borders' colour.
            BORDER_COLOR,
          ],
          'circle-stroke-width': ['case', focused, SELECTED_WIDTH, flag('marked'), CHANGED_WIDTH, 1],
          'circle-stroke-opacity': ['case', flag('dim'), DIM_OPACITY, 1],
        },
      },
    ],
  };
}

/**
 * The No information hatch; added once its image is in the map (see MapAdapter), just below
 * the borders.
 */
export const HATCH_LAYER: LayerSpecification = {
  id: 'countries-hatch',
  type: 'fill',
  source: SOURCES.countries,
  paint: {
    'fill-pattern': HATCH_IMAGE,
    'fill-opacity': ['case', ['all', isNoInformation, ['!', flag('dim')]], 1, 0],
  },
};
export const HATCH_BEFORE = 'countries-border';
