import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { MapStatus } from '../../../domain/types';
import * as palette from '../../../shared/palette';
import { BORDER_WIDTH, DIM_OPACITY, HOVER_WIDTH, SELECTED_WIDTH, symbolRadius } from '../mapStyle';
import { HATCH_BEFORE, HATCH_IMAGE, HATCH_LAYER, INTERACTIVE_LAYERS, mapStyle, SOURCES } from './layers';
import { DEFAULT_VOCABULARY } from '../../../domain/stages';

const STATUSES = DEFAULT_VOCABULARY.ids;

/** A country's feature-state, as the adapter sets it. */
interface State {
  status?: MapStatus;
  /** The status's colour for the product shown. */
  fill?: string;
  hover?: boolean;
  selected?: boolean;
  dim?: boolean;
  marked?: boolean;
}

/**
 * Evaluates the few MapLibre expressions the style uses, for one feature-state and zoom, the
 * way MapLibre does, so that the tests read as "what colour is Nepal when…".
 */
function evaluate(expression: unknown, state: State, zoom = 3): unknown {
  if (!Array.isArray(expression)) return expression;
  const [op, ...args] = expression as [string, ...unknown[]];
  const at = (i: number) => evaluate(args[i], state, zoom);
  switch (op) {
    case 'feature-state':
      return state[args[0] as keyof State];
    case 'boolean':
      return typeof at(0) === 'boolean' ? at(0) : at(1);
    case 'literal':
      return args[0];
    case 'coalesce':
      return args.map((_, i) => at(i)).find((v) => v !== undefined && v !== null);
    case 'to-color':
      return at(0);
    case '!':
      return !at(0);
    case '==':
      return at(0) === at(1);
    case 'in':
      return (at(1) as unknown[]).includes(at(0));
    case 'any':
      return args.some((_, i) => at(i));
    case 'all':
      return args.every((_, i) => at(i));
    case 'zoom':
      return zoom;
    case 'case': {
      for (let i = 0; i + 1 < args.length; i += 2) if (at(i)) return at(i + 1);
      return at(args.length - 1);
    }
    case 'match': {
      const value = at(0);
      for (let i = 1; i + 1 < args.length; i += 2) if (args[i] === value) return at(i + 1);
      return at(args.length - 1);
    }
    case 'interpolate': {
      const input = at(1) as number;
      const stops: [number, number][] = [];
      for (let i = 2; i < args.length; i += 2) stops.push([args[i] as number, at(i + 1) as number]);
      if (input <= stops[0]![0]) return stops[0]![1];
      for (let i = 1; i < stops.length; i++) {
        const [z0, v0] = stops[i - 1]!;
        const [z1, v1] = stops[i]!;
        if (input <= z1) return v0 + ((input - z0) / (z1 - z0)) * (v1 - v0);
      }
      return stops.at(-1)![1];
    }
    default:
      throw new Error(`expression ${op} is not known to this test`);
  }
}

type Paint = Record<string, unknown>;
const layer = (id: string) => {
  const found = mapStyle().layers.find((l) => l.id === id) as LayerSpecification & {
    paint: Paint;
    source?: string;
  };
  expect(found, id).toBeDefined();
  return found;
};
const paint = (id: string, property: string, state: State, zoom?: number) =>
  evaluate(layer(id).paint[property] as ExpressionSpecification, state, zoom);

describe('mapStyle', () => {
  it('is a version 8 style with the three sources, empty until the boundaries arrive', () => {
    const style = mapStyle();
    expect(style.version).toBe(8);
    expect(style.sources).toEqual({
      countries: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'iso3' },
      points: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'iso3' },
      other: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    });
    expect(SOURCES).toEqual({ countries: 'countries', points: 'points', other: 'other' });
    // Recolouring is immediate: no fade between statuses.
    expect(style.transition).toEqual({ duration: 0, delay: 0 });
  });

  it('gives each map its own empty collections, which the adapter fills', () => {
    const a = mapStyle().sources.countries as { data: { features: unknown[] } };
    const b = mapStyle().sources.countries as { data: { features: unknown[] } };
    a.data.features.push({});
    expect(b.data.features).toEqual([]);
  });

  it('draws sea, other land, countries, borders, the changed and focus outlines and symbols, in that order', () => {
    expect(mapStyle().layers.map((l) => [l.id, l.type, (l as { source?: string }).source])).toEqual([
      ['sea', 'background', undefined],
      ['other-fill', 'fill', 'other'],
      ['countries-fill', 'fill', 'countries'],
      ['countries-border', 'line', 'countries'],
      ['other-border', 'line', 'other'],
      ['countries-marked', 'line', 'countries'],
      ['countries-focus', 'line', 'countries'],
      ['points-circle', 'circle', 'points'],
    ]);
    expect(INTERACTIVE_LAYERS).toEqual(['countries-fill', 'points-circle']);
  });

  it('paints sea, land without a code and borders in the palette’s colours', () => {
    expect(layer('sea').paint).toEqual({ 'background-color': palette.SEA_COLOR });
    expect(layer('other-fill').paint).toEqual({ 'fill-color': palette.OTHER_LAND_COLOR });
    expect(layer('countries-border').paint).toEqual({
      'line-color': palette.BORDER_COLOR,
      'line-width': BORDER_WIDTH,
    });
    expect(layer('other-border').paint).toEqual({
      'line-color': palette.OTHER_BORDER_COLOR,
      'line-width': BORDER_WIDTH,
      'line-dasharray': [2, 2],
    });
  });

  it('colours a country and its symbol by the colour of its status the adapter gives, and pale outside the region', () => {
    for (const status of STATUSES) {
      const fill = palette.STATUS_COLORS[status as keyof typeof palette.STATUS_COLORS];
      expect(paint('countries-fill', 'fill-color', { status, fill }), status).toBe(fill);
      expect(paint('points-circle', 'circle-color', { status, fill }), status).toBe(fill);
    }
    // A product's own colour, whatever its status is called.
    expect(paint('countries-fill', 'fill-color', { status: 'cleared', fill: '#08519c' })).toBe('#08519c');
    expect(paint('countries-fill', 'fill-color', { status: 'outside' })).toBe(palette.OUTSIDE_COLOR);
    expect(paint('countries-fill', 'fill-color', {})).toBe(palette.OUTSIDE_COLOR);
    expect(paint('points-circle', 'circle-color', { status: 'outside' })).toBe(palette.OUTSIDE_COLOR);
  });

  it('dims what the legend sets aside, shapes and symbols alike', () => {
    for (const [id, property] of [
      ['countries-fill', 'fill-opacity'],
      ['points-circle', 'circle-opacity'],
      ['points-circle', 'circle-stroke-opacity'],
    ] as const) {
      expect(paint(id, property, { status: 'submitted', dim: true })).toBe(DIM_OPACITY);
      expect(paint(id, property, { status: 'submitted', dim: false })).toBe(1);
      expect(paint(id, property, { status: 'submitted' })).toBe(1);
    }
  });

  it('outlines the selected country thicker than the hovered one, and no other', () => {
    const width = (state: State) => paint('countries-focus', 'line-width', state);
    const opacity = (state: State) => paint('countries-focus', 'line-opacity', state);
    expect(layer('countries-focus').paint['line-color']).toBe(palette.FOCUS_COLOR);
    expect([width({ selected: true }), opacity({ selected: true })]).toEqual([SELECTED_WIDTH, 1]);
    expect([width({ selected: true, hover: true }), opacity({ selected: true, hover: true })]).toEqual([
      SELECTED_WIDTH,
      1,
    ]);
    expect([width({ hover: true }), opacity({ hover: true })]).toEqual([HOVER_WIDTH, 1]);
    expect([width({}), opacity({})]).toEqual([0, 0]);
    expect([width({ hover: false, selected: false }), opacity({ hover: false, selected: false })]).toEqual([
      0, 0,
    ]);
    expect(SELECTED_WIDTH).toBeGreaterThan(HOVER_WIDTH);
  });

  it('outlines the countries marked as changed, dashed, and no other', () => {
    const opacity = (state: State) => paint('countries-marked', 'line-opacity', state);
    expect(layer('countries-marked').paint).toMatchObject({
      'line-color': palette.FOCUS_COLOR,
      'line-width': palette.CHANGED_WIDTH,
      'line-dasharray': palette.CHANGED_DASH.split(' ').map(Number),
    });
    expect([opacity({ marked: true }), opacity({ marked: false }), opacity({})]).toEqual([1, 0, 0]);
    const stroke = (state: State) => paint('points-circle', 'circle-stroke-color', state);
    const width = (state: State) => paint('points-circle', 'circle-stroke-width', state);
    expect([
      stroke({ status: 'submitted', marked: true }),
      width({ status: 'submitted', marked: true }),
    ]).toEqual([palette.FOCUS_COLOR, palette.CHANGED_WIDTH]);
    // Focus wins over the mark.
    expect(width({ status: 'submitted', marked: true, selected: true })).toBe(SELECTED_WIDTH);
  });

  it('outlines a symbol as every renderer does, and in black with a wider line when in focus', () => {
    const stroke = (state: State) => paint('points-circle', 'circle-stroke-color', state);
    const width = (state: State) => paint('points-circle', 'circle-stroke-width', state);
    for (const status of [...STATUSES, 'outside'] as const) {
      expect(stroke({ status }), status).toBe(palette.symbolStrokeOf(status));
      expect(width({ status }), status).toBe(1);
      expect(stroke({ status, hover: true })).toBe(palette.FOCUS_COLOR);
      expect(stroke({ status, selected: true })).toBe(palette.FOCUS_COLOR);
      expect(width({ status, selected: true })).toBe(SELECTED_WIDTH);
      expect(width({ status, hover: true })).toBe(SELECTED_WIDTH);
    }
  });

  it('sizes symbols by zoom as the SVG map does, smaller outside the region', () => {
    for (const zoom of [0.5, 1, 2.5, 4, 5, 7, 9]) {
      for (const status of ['submitted', 'no_information', 'not_applicable'] as const)
        expect(paint('points-circle', 'circle-radius', { status }, zoom)).toBeCloseTo(
          symbolRadius(zoom, false),
        );
      expect(paint('points-circle', 'circle-radius', { status: 'outside' }, zoom)).toBeCloseTo(
        symbolRadius(zoom, true),
      );
    }
  });
});

describe('the No information hatch', () => {
  const opacity = (state: State) =>
    evaluate(HATCH_LAYER.paint!['fill-opacity' as keyof typeof HATCH_LAYER.paint], state);

  it('fills countries with its pattern, just below the borders', () => {
    expect(HATCH_LAYER).toMatchObject({
      id: 'countries-hatch',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-pattern': HATCH_IMAGE },
    });
    expect(HATCH_IMAGE).toBe('no-information-hatch');
    expect(HATCH_BEFORE).toBe('countries-border');
    const ids = mapStyle().layers.map((l) => l.id);
    expect(ids.indexOf(HATCH_BEFORE)).toBe(ids.indexOf('countries-fill') + 1);
  });

  it('shows only on countries with No information, and not while the legend dims them', () => {
    expect(opacity({ status: 'no_information' })).toBe(1);
    expect(opacity({ status: 'no_information', dim: false })).toBe(1);
    expect(opacity({ status: 'no_information', dim: true })).toBe(0);
    for (const status of [...STATUSES.filter((s) => s !== 'no_information'), 'outside'] as const)
      expect(opacity({ status }), status).toBe(0);
    expect(opacity({})).toBe(0);
  });
});
