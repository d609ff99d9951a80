import { ascending } from 'd3-array';
import {
  checkRecordRows,
  readCell,
  recordsToCsv,
  RECORD_COLUMNS,
  type RawRecord,
  type RecordsContext,
} from './records';
import type { DataIssue, Product, SubmissionRecord } from './types';

/**
 * A change recorded in this browser and not yet in any records file: a row of records.csv as
 * text, with an id. It is checked like any row of a file (see checkDrafts), each time the
 * records it joins change.
 */
export interface Draft extends RawRecord {
  id: string;
  /**
   * The records source it is to be published in, when the user chose one (site.json's name for
   * it); otherwise the one that already holds its product and country, else the first (publishedIn).
   */
  file?: string;
}

/** Why a draft cannot join the records: the validator's issue on its row. */
export interface DraftRefusal {
  issue: DataIssue;
  /**
   * When the issue names an earlier row (a duplicate or a conflict) and that row is another
   * draft: that draft's id. Its line is only a place in the check, nothing the user has seen.
   */
  otherDraft?: string;
}

export interface DraftCheck {
  /** The loaded records, then each accepted draft's record (marked with `draft`, its id). */
  records: SubmissionRecord[];
  /** The record each accepted draft adds, by draft id. */
  accepted: ReadonlyMap<string, SubmissionRecord>;
  /** Why each refused draft was refused, by draft id. */
  refused: ReadonlyMap<string, DraftRefusal[]>;
}

/** A draft as the row of a file the reader would take it (cells trimmed, see readCell). */
export function draftRow(draft: Draft): RawRecord {
  const raw = {} as RawRecord;
  for (const column of RECORD_COLUMNS) raw[column] = readCell(draft[column] ?? '');
  return raw;
}

/** A loaded record as the row it was read from, already in the reader's terms. */
function recordRow(r: SubmissionRecord): RawRecord {
  return {
    product: r.product,
    country: r.country,
    status: r.status,
    date: r.date,
    note: r.note,
    source: r.source,
  };
}

/** The draft that holds an accepted record, in the reader's terms (ids and codes, not labels). */
export function draftOf(record: SubmissionRecord, id: string): Draft {
  return { id, ...recordRow(record) };
}

/**
 * An issue that leaves a draft out of the records: any error, a duplicate (it adds nothing), and
 * a note over the limit (the form counts the characters, so it is shortened before it is kept).
 */
function refuses(issue: DataIssue): boolean {
  return issue.severity === 'error' || issue.code === 'duplicate' || issue.code === 'long-note';
}

/**
 * Checks drafts against the records loaded, with the validator of records files
 * (checkRecordRows): the candidate records are the loaded ones and the drafts, the drafts after
 * the file's last line, in the order they were recorded. A draft the validator refuses (an
 * unknown product or country, a date in the future or not a date, a conflict or duplicate with
 * a row of the file or an earlier draft, …) is left out with its reasons; nothing else is: as
 * drafts come after the file, a duplicate or conflict is always reported on the draft, and the
 * check runs again without the refused drafts, so no row of the file is ever left out for them.
 *
 * Only rows of the same product and country can conflict with a draft (every other check is
 * of one row alone), so the loaded records of other countries and products are not read again:
 * the answer is the same as checking all of them, and a draft is checked at once even against a
 * history of 200,000 rows.
 */
export function checkDrafts(
  loaded: readonly SubmissionRecord[],
  drafts: readonly Draft[],
  context: RecordsContext,
): DraftCheck {
  if (drafts.length === 0)
    return { records: loaded as SubmissionRecord[], accepted: new Map(), refused: new Map() };
  // In the check, the records a draft joins are numbered 1, 2, … (records of several files can
  // share a line) and drafts come after them all: a refusal names the record's own file and line.
  let last = loaded.length;
  for (const r of loaded) if (r.line > last) last = r.line;
  const lineOf = (i: number) => last + 1 + i;
  const draftAtLine = new Map(drafts.map((d, i) => [lineOf(i), d]));
  let related: SubmissionRecord[] = [];
  const refused = new Map<string, DraftRefusal[]>();
  const refuse = (draft: Draft, issues: readonly DataIssue[]) => {
    refused.set(
      draft.id,
      issues.map((issue) => {
        const line = issue.params?.line;
        if (typeof line !== 'number') return { issue };
        const other = draftAtLine.get(line);
        if (other) return { issue, otherDraft: other.id };
        const record = related[line - 1];
        if (!record) return { issue };
        return {
          issue: {
            ...issue,
            params: { ...issue.params, file: record.file ?? issue.file, line: record.line },
          },
        };
      }),
    );
  };

  // Each draft alone: what it says, in the reader's terms (product id, alpha-3 code).
  const pending: { draft: Draft; raw: RawRecord; line: number }[] = [];
  const keys = new Set<string>();
  drafts.forEach((draft, i) => {
    const row = draftRow(draft);
    const alone = checkRecordRows([{ raw: row, line: lineOf(i) }], context);
    const record = alone.records[0];
    if (!record) return refuse(draft, alone.issues.filter(refuses));
    keys.add(`${record.product}\n${record.country}`);
    pending.push({ draft, raw: row, line: lineOf(i) });
  });
  related = loaded.filter((r) => keys.has(`${r.product}\n${r.country}`));
  const relatedRows = related.map((r, i) => ({ raw: recordRow(r), line: i + 1 }));

  // Together with the records they join, until none is refused.
  for (;;) {
    const result = checkRecordRows([...relatedRows, ...pending], context);
    const against = new Map<number, DataIssue[]>();
    for (const issue of result.issues) {
      if (issue.line === undefined || !refuses(issue)) continue;
      against.set(issue.line, [...(against.get(issue.line) ?? []), issue]);
    }
    const out = pending.filter((p) => against.has(p.line));
    if (out.length === 0) {
      const accepted = new Map<string, SubmissionRecord>();
      for (const record of result.records) {
        const draft = draftAtLine.get(record.line);
        if (draft) accepted.set(draft.id, { ...record, draft: draft.id });
      }
      return { records: [...loaded, ...accepted.values()], accepted, refused };
    }
    for (const p of out) {
      refuse(p.draft, against.get(p.line)!);
      pending.splice(pending.indexOf(p), 1);
    }
  }
}

/**
 * Checks a draft about to be added (or to replace the draft of the same id) against the loaded
 * records and the other drafts: the refusals, none when it can join. It is checked as the last
 * draft, so that it can never push out one recorded before it.
 */
export function checkNewDraft(
  loaded: readonly SubmissionRecord[],
  drafts: readonly Draft[],
  draft: Draft,
  context: RecordsContext,
): { record: SubmissionRecord } | { refusals: DraftRefusal[] } {
  const others = drafts.filter((d) => d.id !== draft.id);
  const check = checkDrafts(loaded, [...others, draft], context);
  const record = check.accepted.get(draft.id);
  return record ? { record } : { refusals: check.refused.get(draft.id) ?? [] };
}

/**
 * Records in the order of the site's records.csv: by product as products.json lists them (any
 * other after, by id), then by date; rows of one product and date stay in the order they were
 * read, drafts after the file's rows.
 */
export function sortLikeRecordsFile(
  records: readonly SubmissionRecord[],
  products: readonly Pick<Product, 'id'>[],
): SubmissionRecord[] {
  const rank = new Map(products.map((p, i) => [p.id, i]));
  const rankOf = (id: string) => rank.get(id) ?? products.length;
  return [...records].sort(
    (a, b) =>
      rankOf(a.product) - rankOf(b.product) || ascending(a.product, b.product) || ascending(a.date, b.date),
  );
}

/**
 * records.csv with the drafts merged: the same columns in the same order as the site's file,
 * sorted as it is, written by the one CSV writer (BOM, CRLF, formulas neutralised).
 */
export function recordsFileWithDrafts(
  records: readonly SubmissionRecord[],
  products: readonly Pick<Product, 'id'>[],
): string {
  return recordsToCsv(sortLikeRecordsFile(records, products));
}

type DraftSource = {
  file: string;
  records: readonly Pick<SubmissionRecord, 'product' | 'country'>[];
  failed?: boolean;
};

/** The first records source read that already holds rows of this product and country. */
export function holderOf(
  record: Pick<SubmissionRecord, 'product' | 'country'>,
  sources: readonly DraftSource[],
): DraftSource | undefined {
  return sources.find(
    (s) => !s.failed && s.records.some((r) => r.product === record.product && r.country === record.country),
  );
}

/**
 * The records source a draft is to be published in: the one chosen, while the site still lists
 * it (read or not: its drafts wait for it); else the first read that already holds its product
 * and country; else the first read.
 */
export function publishedIn(
  draft: Pick<Draft, 'file'>,
  record: Pick<SubmissionRecord, 'product' | 'country'> | undefined,
  sources: readonly DraftSource[],
): string | undefined {
  if (draft.file && sources.some((s) => s.file === draft.file)) return draft.file;
  const holder = record && holderOf(record, sources);
  return (holder ?? sources.find((s) => !s.failed) ?? sources[0])?.file;
}

/** A new draft's id: unique in this browser (time and a random part; no secure context needed). */
export function newDraftId(now = Date.now(), random = Math.random()): string {
  return `d${now.toString(36)}${random.toString(36).slice(2, 8)}`;
}
