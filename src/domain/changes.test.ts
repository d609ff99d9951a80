import { describe, expect, it } from 'vitest';
import { changeKind, changesBetween, changeSummary, defaultSince, headline } from './changes';
import { DEFAULT_VOCABULARY as D } from './stages';
import { indexRecords } from './status';
import type { SubmissionRecord } from './types';

let line = 1;
const rec = (
  country: string,
  status: SubmissionRecord['status'],
  date: string,
  product = 'a',
): SubmissionRecord => ({ product, country, status, date, note: `n${line}`, source: 's', line: ++line });

describe('changeKind', () => {
  it('names a submission whatever came before', () => {
    for (const from of ['no_information', 'not_submitted', 'in_preparation', 'not_applicable'] as const) {
      expect(changeKind(D, from, 'submitted')).toBe('submitted');
    }
  });
  it('names work that began, and only from further back', () => {
    expect(changeKind(D, 'no_information', 'in_preparation')).toBe('started');
    expect(changeKind(D, 'not_submitted', 'in_preparation')).toBe('started');
    expect(changeKind(D, 'submitted', 'in_preparation')).toBe('back');
  });
  it('names a step back', () => {
    expect(changeKind(D, 'submitted', 'not_submitted')).toBe('back');
    expect(changeKind(D, 'in_preparation', 'not_submitted')).toBe('back');
    expect(changeKind(D, 'in_preparation', 'no_information')).toBe('back');
  });
  it('calls a status kept (not a change in a history) no step back', () => {
    expect(changeKind(D, 'not_submitted', 'not_submitted')).toBe('other');
  });
  it('leaves Not applicable and a first Not submitted as other changes', () => {
    expect(changeKind(D, 'no_information', 'not_submitted')).toBe('other');
    expect(changeKind(D, 'in_preparation', 'not_applicable')).toBe('other');
    expect(changeKind(D, 'not_applicable', 'in_preparation')).toBe('other');
    expect(changeKind(D, 'not_applicable', 'not_submitted')).toBe('other');
  });
});

describe('changesBetween', () => {
  const records = [
    rec('NPL', 'in_preparation', '2021-06-01'),
    rec('NPL', 'submitted', '2022-03-09'),
    rec('BGD', 'in_preparation', '2022-01-10'),
    // Repeats the status: not a change.
    rec('BGD', 'in_preparation', '2022-02-10'),
    rec('IND', 'submitted', '2021-01-01'),
    rec('IND', 'in_preparation', '2022-02-01'),
    // On the since date itself: part of the picture before.
    rec('LKA', 'submitted', '2021-12-31'),
    // After as-of: not yet.
    rec('BTN', 'submitted', '2022-04-01'),
    rec('NPL', 'in_preparation', '2022-01-05', 'b'),
    // Outside the members.
    rec('FRA', 'submitted', '2022-01-05'),
  ];
  const index = indexRecords(records);
  const members = ['NPL', 'BGD', 'IND', 'LKA', 'BTN'];

  it('lists each change of status after since and up to as-of, oldest first', () => {
    const changes = changesBetween(index, ['a', 'b'], members, '2021-12-31', '2022-03-09', () => D);
    expect(
      changes.map((c) => `${c.record.date} ${c.product} ${c.country} ${c.from}>${c.to} ${c.kind}`),
    ).toEqual([
      '2022-01-05 b NPL no_information>in_preparation started',
      '2022-01-10 a BGD no_information>in_preparation started',
      '2022-02-01 a IND submitted>in_preparation back',
      '2022-03-09 a NPL in_preparation>submitted submitted',
    ]);
  });

  it('carries the record, with its note and source', () => {
    const [first] = changesBetween(index, ['a'], ['BGD'], '2021-12-31', '2022-03-09', () => D);
    expect(first!.record).toBe(records[2]);
  });

  it('follows a country through several changes in the window', () => {
    const index2 = indexRecords([
      rec('NPL', 'in_preparation', '2022-01-01'),
      rec('NPL', 'submitted', '2022-02-01'),
      rec('NPL', 'in_preparation', '2022-02-15'),
      rec('NPL', 'submitted', '2022-03-01'),
    ]);
    const changes = changesBetween(index2, ['a'], ['NPL'], '2021-01-01', '2022-12-31', () => D);
    expect(changes.map((c) => c.kind)).toEqual(['started', 'submitted', 'back', 'submitted']);
    expect(headline(changes)).toEqual({ submitted: 1, started: 1, back: 1, other: 0 });
  });

  it('finds nothing in an empty window', () => {
    expect(changesBetween(index, ['a', 'b'], members, '2022-03-09', '2022-03-09', () => D)).toEqual([]);
  });

  it('takes the status at the end of the since date, whatever was recorded earlier that day', () => {
    const sameDay = indexRecords([
      rec('NPL', 'not_submitted', '2022-01-01'),
      rec('NPL', 'in_preparation', '2022-01-01'),
      rec('NPL', 'submitted', '2022-02-01'),
    ]);
    const changes = changesBetween(sameDay, ['a'], ['NPL'], '2022-01-01', '2022-03-01', () => D);
    expect(changes.map((c) => `${c.from}>${c.to}`)).toEqual(['in_preparation>submitted']);
  });

  it('orders by date whatever the order of the members and of the lines', () => {
    const later = rec('NPL', 'submitted', '2022-03-01');
    const earlier = rec('BGD', 'submitted', '2022-01-01');
    // NPL comes first among the members and has the smaller line, but its change is later.
    const index2 = indexRecords([later, earlier]);
    for (const members of [
      ['NPL', 'BGD'],
      ['BGD', 'NPL'],
    ]) {
      const changes = changesBetween(index2, ['a'], members, '2021-01-01', '2022-12-31', () => D);
      expect(changes.map((c) => c.country)).toEqual(['BGD', 'NPL']);
    }
  });

  it('orders one day by line within a product, whatever the order of the members', () => {
    const index2 = indexRecords([
      rec('NPL', 'submitted', '2022-01-01'),
      rec('BTN', 'submitted', '2022-01-01'),
    ]);
    const changes = changesBetween(index2, ['a'], ['BTN', 'NPL'], '2021-01-01', '2022-01-01', () => D);
    expect(changes.map((c) => c.country)).toEqual(['NPL', 'BTN']);
  });

  it('orders one day by the products given, then by line', () => {
    const index3 = indexRecords([
      rec('BGD', 'submitted', '2022-01-01', 'b'),
      rec('NPL', 'submitted', '2022-01-01', 'a'),
      rec('BTN', 'submitted', '2022-01-01', 'a'),
    ]);
    const changes = changesBetween(
      index3,
      ['a', 'b'],
      ['BGD', 'NPL', 'BTN'],
      '2021-01-01',
      '2022-01-01',
      () => D,
    );
    expect(changes.map((c) => `${c.product} ${c.country}`)).toEqual(['a NPL', 'a BTN', 'b BGD']);
  });
});

describe('changeSummary', () => {
  const index = indexRecords([
    rec('NPL', 'in_preparation', '2021-06-01'),
    rec('NPL', 'submitted', '2022-03-09'),
    rec('BGD', 'in_preparation', '2022-01-10'),
    // Moved and came back: the same status at both dates is not marked.
    rec('IND', 'submitted', '2021-01-01'),
    rec('IND', 'in_preparation', '2022-01-01'),
    rec('IND', 'submitted', '2022-02-01'),
  ]);
  const members = ['NPL', 'BGD', 'IND', 'LKA'];

  it('marks the countries whose status differs between the dates', () => {
    expect([...changeSummary(index, 'a', members, '2021-12-31', '2022-03-09', D).marked].sort()).toEqual([
      'BGD',
      'NPL',
    ]);
  });

  it('gives the change per status, summing to zero', () => {
    const { delta } = changeSummary(index, 'a', members, '2021-12-31', '2022-03-09', D);
    expect(delta).toEqual({
      submitted: 1,
      in_preparation: 0,
      not_submitted: 0,
      not_applicable: 0,
      no_information: -1,
    });
  });
});

describe('defaultSince', () => {
  it('is the latest record date before as-of', () => {
    const records = [
      rec('A', 'submitted', '2021-01-01'),
      rec('B', 'submitted', '2022-03-09'),
      rec('C', 'submitted', '2021-06-01'),
    ];
    expect(defaultSince(records, '2022-03-09')).toBe('2021-06-01');
    expect(defaultSince(records, '2021-06-02')).toBe('2021-06-01');
    expect(defaultSince(records, '2021-06-01')).toBe('2021-01-01');
  });
  it('is undefined when no record is older', () => {
    expect(defaultSince([rec('A', 'submitted', '2022-03-09')], '2022-03-09')).toBeUndefined();
    expect(defaultSince([], '2022-03-09')).toBeUndefined();
  });
});
