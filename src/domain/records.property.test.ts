import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countIssues } from './issues';
import { parseRecordsCsv, recordsToCsv } from './records';
import { type Product, type SubmissionRecord } from './types';
import { DEFAULT_STATUSES } from './stages';

const RECORD_STATUSES = DEFAULT_STATUSES.map((s) => s.id);

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'A' },
  { id: 'gsasmap', short: 'GSASmap', name: 'B' },
];
const context = { file: 'records.csv', products, today: '2030-12-31' };

const csvish = fc.string({
  unit: fc.constantFrom(
    ',',
    ';',
    '"',
    '\n',
    '\r',
    '\r\n',
    'a',
    'Z',
    '1',
    '-',
    ' ',
    '\uFEFF',
    'é',
    '\t',
    '<',
    '我',
  ),
  maxLength: 300,
});
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Free text as a spreadsheet cell holds it: quotes, commas, newlines, any script; no edge spaces. */
const text = fc
  .string({
    unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '<script>', '=1+1', '字', 'ب'),
    maxLength: 40,
  })
  .map((s) => s.trim());
const record = fc.record({
  product: fc.constantFrom('gsocseq', 'gsasmap'),
  country: fc.constantFrom('BGD', 'NPL', 'IND', 'VNM', 'LAO', 'TUV', 'SGP'),
  status: fc.constantFrom(...RECORD_STATUSES),
  date,
  note: text,
  source: text,
});
const records = fc.uniqueArray(record, {
  selector: (r) => `${r.product}|${r.country}|${r.date}`,
  maxLength: 30,
});

const withoutLine = (list: SubmissionRecord[]) =>
  list.map((r) => {
    const copy: Partial<SubmissionRecord> = { ...r };
    delete copy.line;
    return copy;
  });

describe('parseRecordsCsv, for any input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(csvish, (input) => {
        const result = parseRecordsCsv(input, context);
        expect(Array.isArray(result.records)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        parseRecordsCsv(input, context);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid file', () => {
    fc.assert(
      fc.property(records, (list) => {
        const { records: parsed, issues } = parseRecordsCsv(recordsToCsv(list), context);
        expect(issues).toEqual([]);
        expect(withoutLine(parsed)).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('reports the line a bad row starts on, however many newlines the notes before it hold', () => {
    fc.assert(
      fc.property(records, fc.nat(), fc.boolean(), (list, at, crlf) => {
        const position = list.length ? at % (list.length + 1) : 0;
        // As written: BOM and CRLF; the notes hold \n but never \r.
        const lines = recordsToCsv(list)
          .replace(/^\uFEFF/, '')
          .replace(/\r\n/g, '\n')
          .trimEnd()
          .split('\n');
        // Counted from the data alone: the header is line 1, and each row takes one line plus
        // one for every newline inside its note and source.
        const span = (r: (typeof list)[number]) => 1 + (r.note + r.source).split('\n').length - 1;
        const starts = list.map((_, k) => 2 + list.slice(0, k).reduce((n, r) => n + span(r), 0));
        const startLine = position < list.length ? starts[position]! : lines.length + 1;
        const bad = 'gsocseq,XXX,submitted,2020-01-01,,';
        const before = lines.slice(0, startLine - 1);
        const after = lines.slice(startLine - 1);
        const file = [...before, bad, ...after].join(crlf ? '\r\n' : '\n');
        const { issues, records: parsed } = parseRecordsCsv(file, context);
        expect(issues.map((i) => [i.line, i.code])).toEqual([[startLine, 'unknown-country']]);
        expect(parsed).toHaveLength(list.length);
        // Every good row keeps its line, moved down by one after the bad row.
        parsed.forEach((r, i) => expect(r.line).toBe(starts[i]! + (i >= position ? 1 : 0)));
      }),
      { numRuns: 200 },
    );
  });

  it('counts as left out every row it does not keep, but for duplicates of a kept row', () => {
    // Rows that repeat a product, country and date (duplicates and conflicts), some unusable.
    const row = fc.record({
      product: fc.constantFrom('gsocseq', 'gsasmap', 'nope'),
      country: fc.constantFrom('BGD', 'NPL', 'XXX'),
      status: fc.constantFrom(...RECORD_STATUSES),
      date: fc.constantFrom('2020-01-01', '2021-06-30'),
      note: fc.constant(''),
      source: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (list) => {
        const { records: kept, issues, rows } = parseRecordsCsv(recordsToCsv(list), context);
        const duplicates = issues.filter((i) => i.code === 'duplicate').length;
        expect(rows).toBe(list.length);
        expect(countIssues(issues).errors).toBe(rows - kept.length - duplicates);
      }),
      { numRuns: 300 },
    );
  });
});
