import { textsOf } from './languages';
import { DEFAULT_VOCABULARY, type Vocabulary } from './stages';
import type { RecordStatus } from './types';

/**
 * What the views need to know of a record's fields, without the records reader (domain/records,
 * with the CSV parser and every country's names): its columns, the note's limit, a status as
 * written. Kept apart so that the page's first chunk holds none of the reader.
 */

/** The columns of records.csv, in the order the site writes them. */
export const RECORD_COLUMNS = ['product', 'country', 'status', 'date', 'note', 'source'] as const;

/**
 * The longest note a record should carry, in characters: a status's note says why in a sentence
 * or two. A longer one is kept whole (in the records and every download) with a warning, and the
 * views show it shortened with a way to read it all; a change recorded in the browser is held to it.
 */
export const NOTE_LIMIT = 500;

/** The length of a text in characters as a reader counts them (an emoji or 𠀀 is one). */
export function characters(text: string): number {
  return [...text].length;
}

/** The start of a long text, to name it in a report: "Generating the map in the AFACI…". */
export function textStart(text: string, length = 40): string {
  // Code units first: no text has more characters than code units.
  if (text.length <= length) return text;
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('').trimEnd()}…` : text;
}

/** A status as a file may write it, for matching: "In preparation", "in-preparation" → "in_preparation". */
function statusKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const statusKeys = new WeakMap<Vocabulary, Map<string, string>>();

/**
 * A product's status as a file writes it: its id or its label in any language, in any case,
 * spaces, "-" and "_" alike ("In preparation", "IN_PREPARATION" → "in_preparation").
 */
export function parseStatus(value: string, v: Vocabulary = DEFAULT_VOCABULARY): RecordStatus | undefined {
  let keys = statusKeys.get(v);
  if (!keys) {
    keys = new Map();
    for (const s of v.statuses) {
      for (const label of s.label === undefined ? [] : textsOf(s.label)) keys.set(statusKey(label), s.id);
    }
    // An id wins over another status's label.
    for (const s of v.statuses) keys.set(statusKey(s.id), s.id);
    statusKeys.set(v, keys);
  }
  return keys.get(statusKey(value));
}
