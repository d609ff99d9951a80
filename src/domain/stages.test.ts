import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOCABULARY as D,
  doneOf,
  expectedOf,
  isDone,
  isOwed,
  notExpectedOf,
  progressOf,
  stageOf,
  STAGES,
  totalOf,
  vocabularies,
  vocabularyOf,
  type StatusDef,
} from './stages';
import type { Product, StatusCounts } from './types';

const counts = (c: Partial<StatusCounts>): StatusCounts => ({
  submitted: 0,
  in_preparation: 0,
  not_submitted: 0,
  not_applicable: 0,
  no_information: 0,
  ...c,
});

describe('the stages of the default statuses', () => {
  it('gives each status its stage; No information is owed', () => {
    expect(Object.fromEntries(D.ids.map((s) => [s, stageOf(D, s)]))).toEqual({
      submitted: 'done',
      in_preparation: 'under_way',
      not_submitted: 'owed',
      not_applicable: 'not_expected',
      no_information: 'owed',
    });
    expect(D.ids.every((s) => STAGES.includes(stageOf(D, s)))).toBe(true);
  });

  it('done: delivered, never owed', () => {
    expect(D.ids.filter((s) => isDone(D, s))).toEqual(['submitted']);
    expect(isOwed(D, 'submitted')).toBe(false);
  });

  it('under way and owed are still owed, in the legend’s order; not expected is neither', () => {
    expect(D.owed).toEqual(['in_preparation', 'not_submitted', 'no_information']);
    expect(isOwed(D, 'not_applicable')).toBe(false);
    expect(isDone(D, 'not_applicable')).toBe(false);
  });

  it('are the statuses of a product that gives none, worded by the interface', () => {
    expect(vocabularyOf({})).toBe(D);
    expect(vocabularyOf(undefined)).toBe(D);
    expect(D.builtIn).toBe(true);
    expect(D.statuses.every((s) => s.label === undefined)).toBe(true);
  });
});

describe('N of M', () => {
  const c = counts({
    submitted: 7,
    in_preparation: 7,
    not_submitted: 2,
    not_applicable: 3,
    no_information: 5,
  });

  it('counts the done as N', () => {
    expect(doneOf(D, c)).toBe(7);
  });

  it('leaves the not expected out of M, and counts everyone else, No information included', () => {
    expect(notExpectedOf(D, c)).toBe(3);
    expect(totalOf(D, c)).toBe(24);
    expect(expectedOf(D, c)).toBe(21);
    expect(expectedOf(D, counts({}))).toBe(0);
    expect(expectedOf(D, counts({ not_applicable: 4 }))).toBe(0);
  });
});

/** A product with the GSP's own steps: two done, two under way, one owed, two not expected. */
const ITPS: StatusDef[] = [
  { id: 'cleared', label: 'Cleared by the ITPS', stage: 'done' },
  { id: 'published', label: 'Published', stage: 'done' },
  {
    id: 'quality_checks',
    label: { en: 'In quality checks', fr: 'En contrôle de qualité' },
    stage: 'under_way',
  },
  { id: 'in_preparation', label: 'In preparation', stage: 'under_way' },
  { id: 'not_submitted', label: 'Not submitted', stage: 'owed' },
  { id: 'gap_filled', label: 'Gap-filled by the secretariat', stage: 'not_expected' },
  { id: 'left_blank', label: 'Left blank at the country’s request', stage: 'not_expected' },
];
const product: Product = { id: 'gsnm', short: 'GSNmap', name: 'Global soil nutrient map', statuses: ITPS };

describe('a product’s own statuses', () => {
  const v = vocabularyOf(product);

  it('are its statuses in its order, then No information; worked out once per product', () => {
    expect(v.ids).toEqual([...ITPS.map((s) => s.id), 'no_information']);
    expect(v.builtIn).toBe(false);
    expect(vocabularyOf(product)).toBe(v);
  });

  it('each stage rule follows the stage the data gives', () => {
    expect(v.ids.filter((s) => isDone(v, s))).toEqual(['cleared', 'published']);
    expect(v.owed).toEqual(['quality_checks', 'in_preparation', 'not_submitted', 'no_information']);
    expect(isOwed(v, 'gap_filled')).toBe(false);
    expect(isOwed(v, 'left_blank')).toBe(false);
    expect(isDone(v, 'left_blank')).toBe(false);
    // A status of another product is not this one's; unknown, it is taken as owed.
    expect(v.byId.has('submitted')).toBe(false);
    expect(v.byId.has('cleared')).toBe(true);
    expect(stageOf(v, 'submitted')).toBe('owed');
  });

  it('counts N of M by stage: both done statuses in N, both not expected out of M', () => {
    const c: StatusCounts = {
      cleared: 3,
      published: 2,
      quality_checks: 4,
      in_preparation: 1,
      not_submitted: 2,
      gap_filled: 5,
      left_blank: 1,
      no_information: 6,
    };
    expect(doneOf(v, c)).toBe(5);
    expect(notExpectedOf(v, c)).toBe(6);
    expect(totalOf(v, c)).toBe(24);
    expect(expectedOf(v, c)).toBe(18);
  });

  it('orders the way forward: No information, owed, under way, done; the first of a stage in the legend furthest', () => {
    const order = [
      'no_information',
      'not_submitted',
      'in_preparation',
      'quality_checks',
      'published',
      'cleared',
    ];
    const ranks = order.map((s) => progressOf(v, s)!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(order.length);
    expect(progressOf(v, 'gap_filled')).toBeUndefined();
    // A status the product no longer has counts as owed, behind every status of a later stage.
    expect(progressOf(v, 'withdrawn')).toBe(1);
    expect(progressOf(v, 'not_submitted')).toBeLessThan(2);
    expect(progressOf(D, 'not_applicable')).toBeUndefined();
  });

  it('are found by product id; a product not listed has the default statuses', () => {
    const of = vocabularies([product]);
    expect(of('gsnm')).toBe(v);
    expect(of('gsocseq')).toBe(D);
  });
});
