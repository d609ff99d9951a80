import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, MAX_STATUSES, vocabularyOf, type Stage, type StatusDef } from '../domain/stages';
import { deltaE, rgbOf, simulate } from './colour';
import {
  closestSeen,
  DISTINCT,
  HATCH,
  STAGE_FAMILIES,
  STATUS_COLORS,
  fillOf,
  hatchPath,
  hatchPixels,
  inFamily,
  statusColours,
  symbolStrokeOf,
} from './palette';

describe('the No information hatch', () => {
  it('draws one diagonal from the bottom-left to the top-right corner of each tile', () => {
    expect(hatchPath(8)).toBe('M0 8L8 0M-1 1L1 -1M7 9L9 7');
  });

  it('rasterises the same diagonal for the WebGL map: hatch grey on the line, white elsewhere', () => {
    const { width, height, data } = hatchPixels(4);
    expect([width, height, data.length]).toEqual([4, 4, 64]);
    const pixel = (x: number, y: number) => Array.from(data.slice((y * 4 + x) * 4, (y * 4 + x) * 4 + 4));
    const grey = [0x8a, 0x8a, 0x8a, 255];
    const white = [255, 255, 255, 255];
    // Bottom-left and top-right corners are on the line; the other two are not.
    expect(pixel(0, 3)).toEqual(grey);
    expect(pixel(3, 0)).toEqual(grey);
    expect(pixel(0, 0)).toEqual(grey); // (x + y) % size === 0: where the neighbouring tile's line joins
    expect(pixel(3, 3)).toEqual(white);
    expect(pixel(1, 1)).toEqual(white);
    expect(pixel(1, 2)).toEqual(grey);
    expect(HATCH.color).toBe('#8a8a8a');
  });
});

describe('map colours', () => {
  it('fills a country by its status, and quietly outside the region', () => {
    expect(fillOf('submitted', STATUS_COLORS)).toBe(STATUS_COLORS.submitted);
    expect(fillOf('no_information', STATUS_COLORS)).toBe(STATUS_COLORS.no_information);
    expect(fillOf('outside', STATUS_COLORS)).not.toBe(fillOf('not_applicable', STATUS_COLORS));
    // A status the colours do not know (a record of a status since removed) is not painted as one.
    expect(fillOf('withdrawn', STATUS_COLORS)).toBe(fillOf('outside', STATUS_COLORS));
  });

  it('outlines a No information symbol in the hatch grey, so its white fill shows on white land', () => {
    expect(symbolStrokeOf('no_information')).toBe(HATCH.color);
    expect(symbolStrokeOf('outside')).toBe('#b9b6ae');
    expect(symbolStrokeOf('submitted')).toBe('#ffffff');
    expect(symbolStrokeOf('not_submitted')).toBe('#ffffff');
  });
});

describe('status colours for every reader', () => {
  const statuses = [
    'submitted',
    'in_preparation',
    'not_submitted',
    'not_applicable',
    'no_information',
  ] as const;
  const pairs = statuses.flatMap((a, i) => statuses.slice(i + 1).map((b) => [a, b] as const));

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)(
    'stay plainly different under %s (CIELAB difference of 20 or more for every pair)',
    (deficiency) => {
      const closest = Math.min(
        ...pairs.map(([a, b]) =>
          deltaE(simulate(STATUS_COLORS[a], deficiency), simulate(STATUS_COLORS[b], deficiency)),
        ),
      );
      expect(closest).toBeGreaterThanOrEqual(20);
    },
  );

  it('simulates a deficiency: red and green, plainly different to most readers, meet under deuteranopia', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(
      deltaE(rgbOf(red), rgbOf(green)) / 3,
    );
  });
});

/** Every way of dividing up to MAX_STATUSES statuses among the stages, at least one done. */
function compositions(): Stage[][] {
  const out: Stage[][] = [];
  for (let d = 1; d <= MAX_STATUSES; d++)
    for (let u = 0; d + u <= MAX_STATUSES; u++)
      for (let o = 0; d + u + o <= MAX_STATUSES; o++)
        for (let n = 0; d + u + o + n <= MAX_STATUSES; n++)
          out.push([
            ...Array<Stage>(d).fill('done'),
            ...Array<Stage>(u).fill('under_way'),
            ...Array<Stage>(o).fill('owed'),
            ...Array<Stage>(n).fill('not_expected'),
          ]);
  return out;
}

const statusesOf = (stages: readonly Stage[]): StatusDef[] =>
  stages.map((stage, i) => ({ id: `s${i}`, label: `S${i}`, stage }));

function closestPair(colours: readonly string[]): number {
  let closest = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++)
      closest = Math.min(closest, closestSeen(colours[i]!, colours[j]!));
  return closest;
}

describe('colours of a product’s own statuses', () => {
  it('keeps the default statuses’ colours', () => {
    expect(statusColours(DEFAULT_VOCABULARY)).toBe(STATUS_COLORS);
  });

  it('gives each status without a colour the first of its stage’s family, No information white', () => {
    const v = vocabularyOf({
      statuses: statusesOf(['done', 'under_way', 'owed', 'not_expected']),
    });
    expect(statusColours(v)).toEqual({
      s0: STAGE_FAMILIES.done[0],
      s1: STAGE_FAMILIES.under_way[0],
      s2: STAGE_FAMILIES.owed[0],
      s3: STAGE_FAMILIES.not_expected[0],
      no_information: '#ffffff',
    });
  });

  it('keeps a colour the data gives, and gives the next status of that family another', () => {
    const v = vocabularyOf({
      statuses: [
        { id: 'a', label: 'A', stage: 'done', colour: '#08519C' },
        { id: 'b', label: 'B', stage: 'done' },
      ],
    });
    const colours = statusColours(v);
    expect(colours.a).toBe('#08519c');
    expect(closestSeen(colours.a!, colours.b!)).toBeGreaterThanOrEqual(DISTINCT);
  });

  it('keeps each status in its stage’s family in every product with at most two statuses of a stage', () => {
    const products = compositions().filter((stages) =>
      (['done', 'under_way', 'owed', 'not_expected'] as const).every(
        (st) => stages.filter((s) => s === st).length <= 2,
      ),
    );
    expect(products.length).toBe(54);
    const strays = products.flatMap((stages) => {
      const colours = statusColours(vocabularyOf({ statuses: statusesOf(stages) }));
      return stages.flatMap((stage, i) =>
        inFamily(stage, colours[`s${i}`]!) ? [] : [`${stages.join('+')}: s${i}`],
      );
    });
    expect(strays).toEqual([]);
  });

  it('reads the families by hue: the default statuses each in theirs', () => {
    expect(inFamily('done', STATUS_COLORS.submitted)).toBe(true);
    expect(inFamily('under_way', STATUS_COLORS.in_preparation)).toBe(true);
    expect(inFamily('owed', STATUS_COLORS.not_submitted)).toBe(true);
    expect(inFamily('not_expected', STATUS_COLORS.not_applicable)).toBe(true);
    expect(inFamily('not_expected', STATUS_COLORS.not_submitted)).toBe(false);
    expect(inFamily('done', STATUS_COLORS.not_submitted)).toBe(false);
  });

  it(`tells every status apart (${DISTINCT} or more) under each colour-vision deficiency, for every product of up to ${MAX_STATUSES} statuses`, () => {
    const all = compositions();
    expect(all.length).toBe(330);
    const worst = Math.min(
      ...all.map((stages) =>
        closestPair(Object.values(statusColours(vocabularyOf({ statuses: statusesOf(stages) })))),
      ),
    );
    expect(worst).toBeGreaterThanOrEqual(DISTINCT);
  });

  it('closestSeen is the smallest difference to any reader', () => {
    const [blue, orange] = ['#1d5b99', '#e0701b'];
    const seen = [
      deltaE(rgbOf(blue), rgbOf(orange)),
      ...(['protanopia', 'deuteranopia', 'tritanopia'] as const).map((d) =>
        deltaE(simulate(blue, d), simulate(orange, d)),
      ),
    ];
    expect(closestSeen(blue, orange)).toBeCloseTo(Math.min(...seen), 6);
  });
});
