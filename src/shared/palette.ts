import { NO_INFORMATION, OUTSIDE, type Stage, type Vocabulary } from '../domain/stages';
import type { MapStatus, Status } from '../domain/types';
import { deltaE, lab, rgbOf, simulate, type Deficiency } from './colour';

/** Each status's colour, by status id (No information's white included). */
export type StatusColours = Readonly<Record<Status, string>>;

/**
 * Status colours: a blue–orange scheme that stays distinct under the common colour-vision
 * deficiencies; No information is also set apart by a hatch, not by hue alone.
 */
export const STATUS_COLORS = {
  submitted: '#1d5b99',
  in_preparation: '#7fb8da',
  not_submitted: '#e0701b',
  not_applicable: '#8f8f8f',
  no_information: '#ffffff',
} as const satisfies StatusColours;

/**
 * The colours of each stage, in the order a product's statuses without a colour take them:
 * done blues, under way light blues and teals, owed oranges, not expected greys. The first of
 * each is the default status's.
 */
export const STAGE_FAMILIES: Readonly<Record<Stage, readonly string[]>> = {
  done: ['#1d5b99', '#08306b', '#4f8fc9'],
  under_way: ['#7fb8da', '#35a29a', '#b7e0dc'],
  owed: ['#e0701b', '#fdbe85', '#8c3b06'],
  not_expected: ['#8f8f8f', '#c9c9c9', '#555555'],
};

/** Two status colours are told apart when they differ by this much (CIELAB) to every reader. */
export const DISTINCT = 20;
const READERS: readonly (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

/** How each reader sees a colour, in CIELAB: remembered, as the same colours are compared often. */
const seenAs = new Map<string, (readonly number[])[]>();
function seen(colour: string): (readonly number[])[] {
  let views = seenAs.get(colour);
  if (!views) {
    views = READERS.map((d) => lab(d ? simulate(colour, d) : rgbOf(colour)));
    seenAs.set(colour, views);
  }
  return views;
}

/** The smallest difference between two colours, to a reader with normal vision or any deficiency. */
export function closestSeen(a: string, b: string): number {
  const [p, q] = [seen(a), seen(b)];
  let closest = Infinity;
  for (let i = 0; i < READERS.length; i++) {
    const [x, y] = [p[i]!, q[i]!];
    closest = Math.min(closest, Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!));
  }
  return closest;
}

const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** Every colour a status can be given when its family has none left: a grid over RGB. */
let grid: string[] | undefined;
function colourGrid(): string[] {
  if (!grid) {
    const steps = Array.from({ length: 13 }, (_, i) => i * 20);
    grid = steps.flatMap((r) => steps.flatMap((g) => steps.map((b) => hex(r, g, b))));
  }
  return grid;
}

/**
 * Whether a colour reads as its stage's family: done blue, under way blue to teal (light or
 * not), owed orange to brown, not expected grey (CIELAB hue angle and chroma).
 */
export function inFamily(stage: Stage, colour: string): boolean {
  const [, a, b] = lab(rgbOf(colour));
  const chroma = Math.hypot(a, b);
  const hue = ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  switch (stage) {
    case 'not_expected':
      return chroma < 10;
    case 'owed':
      return chroma >= 15 && hue >= 25 && hue <= 85;
    case 'done':
      return chroma >= 15 && hue >= 230 && hue <= 310;
    case 'under_way':
      return chroma >= 10 && hue >= 170 && hue <= 290;
  }
}

const coloured = new WeakMap<Vocabulary, StatusColours>();

/**
 * Each status's colour for a product: its own colour when products.json gives one, else the
 * first of its stage's family that every reader tells apart from the colours already given
 * (DISTINCT, under the three colour-vision deficiencies too, No information's white included).
 * When the family has none left, the colour nearest the family's first that still stands apart,
 * one that reads as the family (see inFamily) when there is one.
 */
export function statusColours(v: Vocabulary): StatusColours {
  if (v.builtIn) return STATUS_COLORS;
  let colours = coloured.get(v);
  if (colours) return colours;
  const taken: string[] = [STATUS_COLORS[NO_INFORMATION]];
  const out: Record<Status, string> = { [NO_INFORMATION]: STATUS_COLORS[NO_INFORMATION] };
  for (const s of v.statuses) {
    if (s.colour) {
      out[s.id] = s.colour.toLowerCase();
      taken.push(s.colour);
    }
  }
  const apart = (c: string) => taken.every((t) => closestSeen(c, t) >= DISTINCT);
  for (const s of v.statuses) {
    if (s.colour) continue;
    const family = STAGE_FAMILIES[s.stage];
    const first = rgbOf(family[0]!);
    // The family's own colours first, then any other; nearest the family's first in each.
    const cost = (c: string) => (inFamily(s.stage, c) ? 0 : 1000) + deltaE(rgbOf(c), first);
    const nearest = () => {
      let best: string | undefined;
      let least = Infinity;
      for (const c of colourGrid()) {
        if (!apart(c)) continue;
        const k = cost(c);
        if (k < least) [best, least] = [c, k];
      }
      return best;
    };
    // With every colour taken (more than can be told apart), the family's first.
    const colour = family.find((c) => !taken.includes(c) && apart(c)) ?? nearest() ?? family[0]!;
    out[s.id] = colour;
    taken.push(colour);
  }
  coloured.set(v, (colours = out));
  return colours;
}

const HATCH_COLOR = '#8a8a8a';
export const OUTSIDE_COLOR = '#e9e7e2';
export const OTHER_LAND_COLOR = '#e9e7e2';
export const SEA_COLOR = '#d6e4ee';
export const BORDER_COLOR = '#ffffff';
export const FOCUS_COLOR = '#111111';
/** Countries whose status changed since a date: outlined in the focus colour, dashed. */
export const CHANGED_DASH = '4 3';
export const CHANGED_WIDTH = 2;
/** The outline of a legend swatch, on screen and in the figure. */
export const SWATCH_STROKE = '#666666';
/** The outline of a country's symbol outside the region, and of its shape in the figure. */
const OUTSIDE_STROKE_COLOR = '#b9b6ae';
/** The dashed border of land that is not a country on the map (e.g. disputed areas). */
export const OTHER_BORDER_COLOR = '#9a9a9a';

/** A country's fill on the map, by the product's colours (see statusColours). */
export function fillOf(status: MapStatus, colours: StatusColours): string {
  return status === OUTSIDE ? OUTSIDE_COLOR : (colours[status] ?? OUTSIDE_COLOR);
}

/**
 * The outline of a country's symbol (small countries and islands drawn as circles): the
 * hatch's grey for No information, whose white fill would vanish otherwise; quieter outside
 * the region; white borders like the shapes' otherwise. Every renderer uses this rule.
 */
export function symbolStrokeOf(status: MapStatus): string {
  if (status === NO_INFORMATION) return HATCH_COLOR;
  if (status === OUTSIDE) return OUTSIDE_STROKE_COLOR;
  return BORDER_COLOR;
}

/**
 * The No information hatch, the same in every renderer (SVG map, WebGL map, figure, bars and
 * swatches): a square tile `size` pixels wide, white, crossed by one diagonal line from its
 * bottom-left to its top-right corner, so tiles join into unbroken diagonal stripes.
 */
export const HATCH = { size: 8, color: HATCH_COLOR, lineWidth: 1.5 } as const;

/** The hatch's line in one tile, with the corner stubs that join it to its neighbours. */
export function hatchPath(size: number = HATCH.size): string {
  return `M0 ${size}L${size} 0M-1 1L1 -1M${size - 1} ${size + 1}L${size + 1} ${size - 1}`;
}

/** The hatch tile as RGBA pixels, for a WebGL map's image. */
export function hatchPixels(size: number = HATCH.size): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(HATCH.color.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // The pixels the line from (0, size) to (size, 0) passes through, two wide.
      const on = (x + y) % size === 0 || (x + y + 1) % size === 0;
      data.set(on ? [r, g, b, 255] : [255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
