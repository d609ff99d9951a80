import { describe, expect, it } from 'vitest';
import { doneOf, expectedOf, isDone, isOwed, notExpectedOf, OWED_STATUSES, stageOf, STAGES } from './stages';
import { STATUSES, type StatusCounts } from './types';

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
    expect(Object.fromEntries(STATUSES.map((s) => [s, stageOf(s)]))).toEqual({
      submitted: 'done',
      in_preparation: 'under_way',
      not_submitted: 'owed',
      not_applicable: 'not_expected',
      no_information: 'owed',
    });
    expect(STATUSES.every((s) => STAGES.includes(stageOf(s)))).toBe(true);
  });

  it('done: delivered, never owed', () => {
    expect(STATUSES.filter(isDone)).toEqual(['submitted']);
    expect(isOwed('submitted')).toBe(false);
  });

  it('under way and owed are still owed, in the legend’s order; not expected is neither', () => {
    expect(OWED_STATUSES).toEqual(['in_preparation', 'not_submitted', 'no_information']);
    expect(isOwed('not_applicable')).toBe(false);
    expect(isDone('not_applicable')).toBe(false);
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
    expect(doneOf(c)).toBe(7);
  });

  it('leaves the not expected out of M, and counts everyone else, No information included', () => {
    expect(notExpectedOf(c)).toBe(3);
    expect(expectedOf(c)).toBe(21);
    expect(expectedOf(counts({}))).toBe(0);
    expect(expectedOf(counts({ not_applicable: 4 }))).toBe(0);
  });
});
