import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDrafts,
  checkNewDraft,
  draftOf,
  draftRow,
  recordsFileWithDrafts,
  sortLikeRecordsFile,
  type Draft,
  publishedIn,
} from './drafts';
import { checkRecordRows, parseRecordsCsv, type RecordsContext } from './records';
import { type Product, type SubmissionRecord } from './types';
import { DEFAULT_STATUSES } from './stages';
import { record } from '../../tests/records';

const RECORD_STATUSES = DEFAULT_STATUSES.map((s) => s.id);

const products: Product[] = [
  { id: 'gsocseq', short: 'GSOCseq', name: 'A' },
  { id: 'gsasmap', short: 'GSASmap', name: 'B' },
  { id: 'gbsmap', short: 'GBSmap', name: 'C' },
];
const context: RecordsContext = { file: 'records.csv', products, today: '2024-05-10' };

const FILE = [
  'product,country,status,date,note,source',
  'gsocseq,BGD,submitted,2022-03-09,,report',
  'gsocseq,NPL,in_preparation,2022-03-09,AFACI,report',
  'gsasmap,BGD,submitted,2022-03-09,salinity,report',
  '',
  'gsocseq,NPL,in_preparation,2023-01-10,still,e-mail',
].join('\n');
const loaded = () => parseRecordsCsv(FILE, context).records;

let n = 0;
const draft = (fields: Partial<Draft> = {}): Draft => ({
  id: `d${++n}`,
  product: 'gsocseq',
  country: 'PAK',
  status: 'submitted',
  date: '2024-05-10',
  note: '',
  source: 'e-mail from the focal point',
  ...fields,
});
const codes = (check: ReturnType<typeof checkDrafts>, id: string) =>
  check.refused.get(id)?.map((r) => r.issue.code);

describe('checkDrafts', () => {
  it('gives the loaded records themselves when there are no drafts', () => {
    const records = loaded();
    const check = checkDrafts(records, [], context);
    expect(check.records).toBe(records);
    expect(check.accepted.size).toBe(0);
    expect(check.refused.size).toBe(0);
  });

  it('adds an accepted draft after the loaded records, marked with its id, in the reader’s terms', () => {
    const records = loaded();
    const d = draft({ product: 'GSOCseq', country: ' pak ', status: 'Submitted', note: '  first map  ' });
    const check = checkDrafts(records, [d], context);
    expect(check.refused.size).toBe(0);
    expect(check.records.slice(0, records.length)).toEqual(records);
    expect(check.records.at(-1)).toEqual({
      product: 'gsocseq',
      country: 'PAK',
      status: 'submitted',
      date: '2024-05-10',
      note: 'first map',
      source: 'e-mail from the focal point',
      line: 7, // after the file's last line (6)
      draft: d.id,
    });
    expect(check.accepted.get(d.id)).toBe(check.records.at(-1));
  });

  it('refuses what the validator refuses in any file, with its reason, and keeps the rest', () => {
    const records = loaded();
    const bad = {
      unknownProduct: draft({ product: 'gxmap' }),
      missingCountry: draft({ country: '' }),
      unknownCountry: draft({ country: 'Atlantis' }),
      noInformation: draft({ status: 'No information' }),
      badStatus: draft({ status: 'done' }),
      future: draft({ date: '2024-05-11' }),
      notADate: draft({ date: '2024-02-30' }),
      noDate: draft({ date: '' }),
      longNote: draft({ note: 'x'.repeat(501) }),
    };
    const good = draft({ country: 'IND' });
    const check = checkDrafts(records, [...Object.values(bad), good], context);
    expect(Object.fromEntries(Object.entries(bad).map(([k, d]) => [k, codes(check, d.id)]))).toEqual({
      unknownProduct: ['unknown-product'],
      missingCountry: ['missing-country'],
      unknownCountry: ['unknown-country'],
      noInformation: ['status-no-information'],
      badStatus: ['unknown-status'],
      future: ['future-date'],
      notADate: ['invalid-date'],
      noDate: ['missing-date'],
      longNote: ['long-note'],
    });
    expect(check.refused.get(bad.unknownCountry.id)![0]!.issue).toMatchObject({
      file: 'records.csv',
      column: 'country',
      value: 'Atlantis',
    });
    expect([...check.accepted.keys()]).toEqual([good.id]);
    expect(check.records).toHaveLength(records.length + 1);
  });

  it('refuses a draft that conflicts with a row of the file, and keeps that row', () => {
    const records = loaded();
    const d = draft({ country: 'NPL', status: 'submitted', date: '2023-01-10' });
    const check = checkDrafts(records, [d], context);
    expect(check.refused.get(d.id)).toEqual([
      {
        issue: expect.objectContaining({
          severity: 'error',
          code: 'conflict',
          params: { file: 'records.csv', line: 6, status: 'in_preparation' },
        }),
      },
    ]);
    expect(check.records).toEqual(records);
  });

  it('names the file and line of the row a draft meets when the records come from several files', () => {
    // Both files have a row on line 2: the draft conflicts with the second file's.
    const records = [
      record({
        product: 'gsocseq',
        country: 'BGD',
        status: 'submitted',
        date: '2022-03-09',
        line: 2,
        file: 'a.csv',
      }),
      record({
        product: 'gsocseq',
        country: 'NPL',
        status: 'in_preparation',
        date: '2022-03-09',
        line: 2,
        file: 'b.csv',
      }),
    ];
    const conflict = draft({ country: 'NPL', status: 'submitted', date: '2022-03-09' });
    const repeat = draft({ country: 'BGD', status: 'submitted', date: '2022-03-09' });
    const check = checkDrafts(records, [conflict, repeat], context);
    expect(check.refused.get(conflict.id)![0]!.issue.params).toEqual({
      file: 'b.csv',
      line: 2,
      status: 'in_preparation',
    });
    expect(check.refused.get(repeat.id)![0]!.issue.params).toEqual({ file: 'a.csv', line: 2 });
  });

  it('refuses a draft that repeats a row of the file: it adds nothing', () => {
    const d = draft({ country: 'BGD', status: 'submitted', date: '2022-03-09' });
    const check = checkDrafts(loaded(), [d], context);
    expect(check.refused.get(d.id)![0]!.issue).toMatchObject({ code: 'duplicate', params: { line: 2 } });
    expect(check.accepted.size).toBe(0);
  });

  it('names the earlier draft a later one conflicts with, and keeps the earlier', () => {
    const first = draft({ status: 'submitted' });
    const second = draft({ status: 'in_preparation' });
    const same = draft({ status: 'submitted' });
    const check = checkDrafts(loaded(), [first, second, same], context);
    expect([...check.accepted.keys()]).toEqual([first.id]);
    expect(check.refused.get(second.id)).toEqual([
      { issue: expect.objectContaining({ code: 'conflict' }), otherDraft: first.id },
    ]);
    expect(check.refused.get(same.id)).toEqual([
      { issue: expect.objectContaining({ code: 'duplicate' }), otherDraft: first.id },
    ]);
  });

  it('refuses a kept draft that a newer file now contradicts, never the file’s row', () => {
    const d = draft({ country: 'IND', status: 'in_preparation', date: '2023-06-01' });
    const newer = parseRecordsCsv(`${FILE}\ngsocseq,IND,submitted,2023-06-01,,report`, context).records;
    const check = checkDrafts(newer, [d], context);
    expect(codes(check, d.id)).toEqual(['conflict']);
    expect(check.records).toEqual(newer);
  });

  it('checks drafts when products.json failed as the reader does then: any product id', () => {
    const d = draft({ product: 'newmap' });
    expect(checkDrafts([], [d], { ...context, products: [] }).refused.has(d.id)).toBe(true);
    expect(checkDrafts([], [d], { ...context, products: [], anyProduct: true }).accepted.has(d.id)).toBe(
      true,
    );
  });
});

describe('checkNewDraft', () => {
  it('accepts a change, or gives the refusals; an edit is not compared with what it replaces', () => {
    const records = loaded();
    const kept = draft({ status: 'submitted' });
    expect(checkNewDraft(records, [], kept, context)).toEqual({
      record: expect.objectContaining({ country: 'PAK', draft: kept.id }),
    });
    const conflicting = draft({ status: 'not_submitted' });
    const refused = checkNewDraft(records, [kept], conflicting, context);
    expect(refused).toEqual({
      refusals: [{ issue: expect.objectContaining({ code: 'conflict' }), otherDraft: kept.id }],
    });
    // The same draft edited to another status: it replaces itself.
    expect(checkNewDraft(records, [kept], { ...kept, status: 'not_submitted' }, context)).toEqual({
      record: expect.objectContaining({ status: 'not_submitted', draft: kept.id }),
    });
  });

  it('checks the new draft after every other, so it never pushes out one recorded before it', () => {
    const first = draft({ status: 'submitted' });
    // Checked in place of a draft listed before `first`, it would still be the one refused.
    const edited = { ...draft({ country: 'IND' }), status: 'in_preparation', country: 'PAK' };
    const result = checkNewDraft(loaded(), [edited, first], edited, context);
    expect('refusals' in result && result.refusals[0]!.otherDraft).toBe(first.id);
  });
});

describe('draftRow and draftOf', () => {
  it('read a draft’s cells as the reader reads a file’s: trimmed, the neutralising apostrophe dropped', () => {
    expect(draftRow(draft({ note: "  '=1+1  ", source: ' x ' }))).toMatchObject({
      note: '=1+1',
      source: 'x',
    });
  });

  it('give back a draft in ids and codes from its record', () => {
    const fields = {
      product: 'gsocseq',
      country: 'PAK',
      status: 'submitted',
      date: '2024-05-10',
      note: 'n',
      source: 's',
    };
    // Where the record stands (its line, file, draft) is no part of the draft.
    const record = { ...fields, line: 9, file: 'a.csv', draft: 'x' } as SubmissionRecord;
    expect(draftOf(record, 'x')).toEqual({ id: 'x', ...fields });
  });
});

describe('records.csv with the drafts merged', () => {
  const siteFile = readFileSync(join(process.cwd(), 'public', 'data', 'records.csv'), 'utf8');
  const siteProducts = JSON.parse(
    readFileSync(join(process.cwd(), 'public', 'data', 'products.json'), 'utf8'),
  ) as Product[];
  const siteContext = { file: 'records.csv', products: siteProducts, today: '2024-05-10' };

  it('writes the site’s records back as the site’s file: same columns, order and text (BOM and CRLF added)', () => {
    const { records, issues } = parseRecordsCsv(siteFile, siteContext);
    expect(issues).toEqual([]);
    expect(recordsFileWithDrafts(records, siteProducts)).toBe(
      `\uFEFF${siteFile.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '\r\n')}`,
    );
  });

  it('puts each draft with its product, by date, and reads back with no issue', () => {
    const site = parseRecordsCsv(siteFile, siteContext).records;
    const drafts = [
      draft({ product: 'gbsmap', country: 'CHN', status: 'in_preparation', date: '2023-01-01' }),
      draft({ product: 'gsocseq', country: 'PAK', note: '=HYPERLINK("x")', date: '2024-05-10' }),
      draft({ product: 'gsocseq', country: 'AFG', status: 'not_submitted', date: '2021-01-01' }),
    ];
    const check = checkDrafts(site, drafts, siteContext);
    expect(check.refused.size).toBe(0);
    const csv = recordsFileWithDrafts(check.records, siteProducts);
    expect(csv.split('\r\n')[1]).toBe('gsocseq,AFG,not_submitted,2021-01-01,,e-mail from the focal point');
    expect(csv).toContain(
      `gsocseq,PAK,submitted,2024-05-10,"'=HYPERLINK(""x"")",e-mail from the focal point\r\n`,
    );
    const rows = csv.split('\r\n');
    // The header, AFG (2021), the 14 gsocseq rows of 2022, then PAK (2024).
    expect(rows.findIndex((r) => r.startsWith('gsocseq,PAK'))).toBe(16);
    expect(rows.at(-2)).toMatch(/^gbsmap,CHN,in_preparation,2023-01-01/);

    const back = parseRecordsCsv(csv, siteContext);
    expect(back.issues).toEqual([]);
    const strip = (list: readonly SubmissionRecord[]) =>
      list.map(({ product, country, status, date, note, source }) => ({
        product,
        country,
        status,
        date,
        note,
        source,
      }));
    expect(new Set(strip(back.records).map((r) => JSON.stringify(r)))).toEqual(
      new Set(strip(check.records).map((r) => JSON.stringify(r))),
    );
  });

  it('sorts products as products.json lists them, others after by id, keeping the order of a day', () => {
    const r = (product: string, date: string, line: number) =>
      ({
        product,
        country: 'NPL',
        status: 'submitted',
        date,
        note: '',
        source: '',
        line,
      }) as SubmissionRecord;
    const sorted = sortLikeRecordsFile(
      [
        r('zzz', '2020-01-01', 1),
        r('gsasmap', '2021-01-01', 2),
        r('aaa', '2020-01-01', 3),
        r('gsocseq', '2022-01-01', 4),
        r('gsasmap', '2020-01-01', 5),
        r('gsasmap', '2020-01-01', 6),
      ],
      products,
    );
    expect(sorted.map((x) => x.line)).toEqual([4, 5, 6, 2, 3, 1]);
  });
});

/** The same answer as checking every loaded record with the drafts, one refusal at a time. */
function checkAllRows(loaded: readonly SubmissionRecord[], drafts: readonly Draft[], ctx: RecordsContext) {
  const last = Math.max(0, ...loaded.map((r) => r.line));
  let pending = drafts.map((d, i) => ({ d, line: last + 1 + i }));
  const refused = new Map<string, string[]>();
  for (;;) {
    const result = checkRecordRows(
      [
        ...loaded.map((r) => ({ raw: { ...r, note: r.note, source: r.source }, line: r.line })),
        ...pending.map((p) => ({ raw: draftRow(p.d), line: p.line })),
      ],
      ctx,
    );
    const bad = pending.filter((p) =>
      result.issues.some((i) => i.line === p.line && (i.severity === 'error' || i.code === 'duplicate')),
    );
    if (!bad.length) return { accepted: pending.map((p) => p.d.id), refused };
    for (const p of bad)
      refused.set(
        p.d.id,
        result.issues
          .filter((i) => i.line === p.line && (i.severity === 'error' || i.code === 'duplicate'))
          .map((i) => i.code),
      );
    pending = pending.filter((p) => !bad.includes(p));
  }
}

describe('checkDrafts, by property', () => {
  const date = fc.constantFrom('2022-03-09', '2023-01-10', '2024-05-10', '2024-05-11', '2024-13-01');
  const row = fc.record({
    product: fc.constantFrom('gsocseq', 'gsasmap', 'GBSmap', 'other'),
    country: fc.constantFrom('BGD', 'NPL', 'Nepal', 'IND', 'XXX', ''),
    status: fc.constantFrom(...RECORD_STATUSES, 'No information'),
    date,
    note: fc.constantFrom('', ' a ', '=1'),
    source: fc.constant('s'),
  });
  it('agrees with checking every loaded record together with the drafts', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(row, { maxLength: 6 }),
        (fileRows, draftRows) => {
          const csv = [
            'product,country,status,date,note,source',
            ...fileRows.map((r) => Object.values(r).join(',')),
          ].join('\n');
          const records = parseRecordsCsv(csv, context).records;
          const drafts = draftRows.map((r, i) => ({ ...r, id: `p${i}` }));
          const check = checkDrafts(records, drafts, context);
          const all = checkAllRows(records, drafts, context);
          expect([...check.accepted.keys()]).toEqual(all.accepted);
          expect(
            Object.fromEntries([...check.refused].map(([id, rs]) => [id, rs.map((r) => r.issue.code)])),
          ).toEqual(Object.fromEntries(all.refused));
          // No row of the file is ever left out.
          expect(check.records.slice(0, records.length)).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('records.csv with drafts, by property', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      ',',
      ';',
      '"',
      '\n',
      '\r\n',
      "'",
      '=',
      '+',
      '-',
      '@',
      '\t',
      '字',
      'ب',
      '\uFEFF',
    ),
    maxLength: 20,
  });
  it('reads back as the records written, whatever the notes and sources say', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            product: fc.constantFrom('gsocseq', 'gsasmap', 'gbsmap'),
            country: fc.constantFrom('BGD', 'NPL', 'PAK', 'AFG'),
            status: fc.constantFrom(...RECORD_STATUSES),
            date: fc.constantFrom('2022-03-09', '2023-01-10', '2024-05-10'),
            note: text,
            source: text,
          }),
          { selector: (r) => `${r.product}|${r.country}|${r.date}`, maxLength: 10 },
        ),
        (rows) => {
          const drafts = rows.map((r, i) => ({ ...r, id: `p${i}` }));
          const check = checkDrafts([], drafts, context);
          expect(check.refused.size).toBe(0);
          const back = parseRecordsCsv(recordsFileWithDrafts(check.records, products), context);
          expect(back.issues).toEqual([]);
          const strip = (list: readonly SubmissionRecord[]) =>
            list
              .map(({ product, country, status, date, note, source }) =>
                JSON.stringify([product, country, status, date, note, source]),
              )
              .sort();
          expect(strip(back.records)).toEqual(strip(check.records));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('publishedIn', () => {
  const a = { file: 'a.csv', records: [{ product: 'gsocseq', country: 'NPL' }] };
  const b = { file: 'b.csv', records: [{ product: 'gsocseq', country: 'BGD' }] };
  const gone = { file: 'gone.csv', records: [], failed: true };

  it('takes the file chosen, else the one that holds the product and country, else the first', () => {
    expect(publishedIn({ file: 'a.csv' }, { product: 'gsocseq', country: 'BGD' }, [a, b])).toBe('a.csv');
    expect(publishedIn({}, { product: 'gsocseq', country: 'BGD' }, [a, b])).toBe('b.csv');
    expect(publishedIn({}, { product: 'gsasmap', country: 'BGD' }, [a, b])).toBe('a.csv');
    // A file the site no longer lists is no choice.
    expect(publishedIn({ file: 'old.csv' }, { product: 'gsocseq', country: 'BGD' }, [a, b])).toBe('b.csv');
  });

  it('keeps a draft for the file chosen when it could not be read; a default never falls on such a file', () => {
    expect(publishedIn({ file: 'gone.csv' }, { product: 'gsocseq', country: 'NPL' }, [gone, a])).toBe(
      'gone.csv',
    );
    expect(publishedIn({}, { product: 'gsasmap', country: 'IND' }, [gone, a, b])).toBe('a.csv');
  });
});
