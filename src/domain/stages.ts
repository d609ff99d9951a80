import type { LocalText } from './languages';
import type { Product, Status, StatusCounts } from './types';

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

/** The app's own status for a country without a record: owed, and drawn hatched. */
export const NO_INFORMATION = 'no_information';
/** What the map shows for a country outside the region; never a record's status. */
export const OUTSIDE = 'outside';

/** The most statuses a product may have: more cannot be told apart by colour. */
export const MAX_STATUSES = 8;

/** One status a product's records can carry, as products.json gives it. */
export interface StatusDef {
  id: string;
  stage: Stage;
  /** Undefined for the default statuses, which the interface words in its own language. */
  label?: LocalText;
  /** The next step for a country with this status (the country page shows it). */
  description?: LocalText;
  /** A colour written #rrggbb or #rgb; without it, one from the stage's family (see palette). */
  colour?: string;
}

/**
 * A product's statuses: those its records can carry, in the legend's order, then No
 * information. Worked out once per product (see vocabularyOf).
 */
export interface Vocabulary {
  /** The statuses a record can carry, in the legend's order. */
  readonly statuses: readonly StatusDef[];
  /** Every status a country can show: the record statuses, then No information. */
  readonly ids: readonly Status[];
  /** The statuses still owed (under way, then owed), in the legend's order, No information last. */
  readonly owed: readonly Status[];
  /** What done means in the headline ("19 of 24 registered"); undefined: the interface's words. */
  readonly done?: LocalText;
  /** The four statuses the interface words itself (a product that gives none). */
  readonly builtIn: boolean;
  readonly byId: ReadonlyMap<Status, StatusDef>;
}

/** The statuses of a product that gives none: those of the meeting report. */
export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { id: 'submitted', stage: 'done' },
  { id: 'in_preparation', stage: 'under_way' },
  { id: 'not_submitted', stage: 'owed' },
  { id: 'not_applicable', stage: 'not_expected' },
];

function vocabulary(
  statuses: readonly StatusDef[],
  done: LocalText | undefined,
  builtIn: boolean,
): Vocabulary {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const owedOf = (stage: Stage) => statuses.filter((s) => s.stage === stage).map((s) => s.id);
  return {
    statuses,
    ids: [...statuses.map((s) => s.id), NO_INFORMATION],
    owed: [...owedOf('under_way'), ...owedOf('owed'), NO_INFORMATION],
    done,
    builtIn,
    byId,
  };
}

export const DEFAULT_VOCABULARY: Vocabulary = vocabulary(DEFAULT_STATUSES, undefined, true);

const made = new WeakMap<Product, Vocabulary>();

/** A product's statuses: its own when products.json gives them, else the default four. */
export function vocabularyOf(product: Pick<Product, 'statuses' | 'done'> | undefined): Vocabulary {
  if (!product?.statuses) return DEFAULT_VOCABULARY;
  let v = made.get(product as Product);
  if (!v) made.set(product as Product, (v = vocabulary(product.statuses, product.done, false)));
  return v;
}

/** The stage of a status; No information (and any status the product does not know) is owed. */
export function stageOf(v: Vocabulary, status: Status): Stage {
  return v.byId.get(status)?.stage ?? 'owed';
}

/** The country delivered. */
export function isDone(v: Vocabulary, status: Status): boolean {
  return stageOf(v, status) === 'done';
}

/** Still owed: under way, or owed with nothing under way (No information included). */
export function isOwed(v: Vocabulary, status: Status): boolean {
  const stage = stageOf(v, status);
  return stage === 'under_way' || stage === 'owed';
}

/** How many countries of the counts are in a stage. */
function inStage(v: Vocabulary, counts: StatusCounts, stage: Stage): number {
  let n = 0;
  for (const s of v.ids) if (stageOf(v, s) === stage) n += counts[s] ?? 0;
  return n;
}

/** How many countries of the counts delivered: the N of "N of M". */
export function doneOf(v: Vocabulary, counts: StatusCounts): number {
  return inStage(v, counts, 'done');
}

/** How many countries of the counts nothing is owed from. */
export function notExpectedOf(v: Vocabulary, counts: StatusCounts): number {
  return inStage(v, counts, 'not_expected');
}

/** How many countries the counts hold. */
export function totalOf(v: Vocabulary, counts: StatusCounts): number {
  let n = 0;
  for (const s of v.ids) n += counts[s] ?? 0;
  return n;
}

/** How many countries of the counts something is expected from: the M of "N of M". */
export function expectedOf(v: Vocabulary, counts: StatusCounts): number {
  return totalOf(v, counts) - notExpectedOf(v, counts);
}

/**
 * How far along a status is, for telling a change forward from one back: No information first,
 * then owed, under way and done, each stage's statuses in the reverse of the legend's order
 * (the legend lists the furthest along first). Not expected is off the way: undefined.
 */
export function progressOf(v: Vocabulary, status: Status): number | undefined {
  if (status === NO_INFORMATION) return 0;
  const stage = stageOf(v, status);
  if (stage === 'not_expected') return undefined;
  const rank = { owed: 1, under_way: 2, done: 3 }[stage];
  // Within a stage, the first in the legend is the furthest along (a share under 1 of the stage).
  const at = v.statuses.findIndex((s) => s.id === status);
  return at < 0 ? rank : rank + (v.statuses.length - at) / (v.statuses.length + 1);
}

/** Each product's vocabulary by product id; a product not in the list has the default statuses. */
export function vocabularies(products: readonly Product[]): (product: string) => Vocabulary {
  const byId = new Map(products.map((p) => [p.id, vocabularyOf(p)]));
  return (product) => byId.get(product) ?? DEFAULT_VOCABULARY;
}
