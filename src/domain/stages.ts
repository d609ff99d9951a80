import { STATUSES, type Status, type StatusCounts } from './types';

/**
 * What a status means for the work, which is what every view needs:
 *   done          the country delivered: counted in "N of M", never reminded
 *   under_way     being prepared: still owed, listed as outstanding
 *   owed          owed, and nothing under way
 *   not_expected  nothing is owed: out of "of M", never outstanding, never reminded
 * No information (a country without a record) is owed.
 */
export const STAGES = ['done', 'under_way', 'owed', 'not_expected'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_OF: Readonly<Record<Status, Stage>> = {
  submitted: 'done',
  in_preparation: 'under_way',
  not_submitted: 'owed',
  not_applicable: 'not_expected',
  no_information: 'owed',
};

export function stageOf(status: Status): Stage {
  return STAGE_OF[status];
}

/** The country delivered. */
export function isDone(status: Status): boolean {
  return stageOf(status) === 'done';
}

/** Still owed: under way, or owed with nothing under way (No information included). */
export function isOwed(status: Status): boolean {
  const stage = stageOf(status);
  return stage === 'under_way' || stage === 'owed';
}

/** Statuses that mean still owed, in the legend's order. */
export const OWED_STATUSES: readonly Status[] = STATUSES.filter(isOwed);

/** How many countries of the counts delivered: the N of "N of M". */
export function doneOf(counts: StatusCounts): number {
  let done = 0;
  for (const s of STATUSES) if (isDone(s)) done += counts[s];
  return done;
}

/** How many countries of the counts nothing is owed from. */
export function notExpectedOf(counts: StatusCounts): number {
  let none = 0;
  for (const s of STATUSES) if (stageOf(s) === 'not_expected') none += counts[s];
  return none;
}

/** How many countries of the counts something is expected from: the M of "N of M". */
export function expectedOf(counts: StatusCounts): number {
  let total = 0;
  for (const s of STATUSES) total += counts[s];
  return total - notExpectedOf(counts);
}
