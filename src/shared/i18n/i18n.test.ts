import { describe, expect, it } from 'vitest';
import { getI18n, isLoaded, loadLanguage } from './index';
import { LANGUAGES } from './languages';
import { DEFAULT_VOCABULARY } from '../../domain/stages';

describe('messages', () => {
  it('fills placeholders as text', () => {
    expect(getI18n('en').t('search.none', { query: '<b>x</b>' })).toBe('No country matches “<b>x</b>”');
  });
  it('chooses plural forms and formats #', () => {
    const t = getI18n('en').t;
    expect(t('legend.total', { count: 1 })).toBe('1 country in the region');
    expect(t('legend.total', { count: 1200 })).toBe('1,200 countries in the region');
  });
});

describe('getI18n', () => {
  it('names countries and statuses in English', () => {
    const i18n = getI18n('en');
    expect(i18n.countryName('LAO')).toMatch(/Lao|Laos/);
    expect(i18n.status('no_information', DEFAULT_VOCABULARY)).toBe('No information');
    expect(i18n.formatDate('2022-03-09')).toBe('9 March 2022');
  });
  it('gives an instant as the reader’s day and time of day', () => {
    const i18n = getI18n('en');
    // Noon in UTC is the same day everywhere from UTC−11 to UTC+11.
    const instant = 'Fri, 04 Dec 2026 12:00:00 GMT';
    expect(i18n.formatMoment(instant)).toEqual({
      date: '4 December 2026',
      time: new Intl.DateTimeFormat(LANGUAGES.en.locale, { timeStyle: 'short' }).format(new Date(instant)),
    });
    expect(i18n.formatMoment('not a date')).toBeUndefined();
    expect(i18n.formatMoment(undefined)).toBeUndefined();
  });
  it('refuses a file without the columns it needs, naming those found and expected', () => {
    const params = {
      columns: 'status',
      found: 'Product, Country, Date',
      expected: 'product, country, status, date',
    };
    const issue = (rows: number) =>
      getI18n('en').issue({
        severity: 'error',
        code: 'missing-columns',
        file: 'records/eurosoil.csv',
        line: 1,
        params: { ...params, optional: 'note, source', rows },
      });
    expect(issue(312)).toBe(
      'records/eurosoil.csv, line 1: missing column(s): status. The file has Product, Country, Date; records need product, country, status, date (and may have note, source). Its 312 rows are left out.',
    );
    expect(issue(0)).toMatch(/\(and may have note, source\)\. ?$/);
  });
  it('words a data issue with where and what', () => {
    const text = getI18n('en').issue({
      severity: 'error',
      code: 'unknown-country',
      file: 'records.csv',
      line: 5,
      column: 'country',
      value: 'XXX',
    });
    expect(text).toBe('records.csv, line 5, country “XXX”: unknown country');
  });
  it('words a spreadsheet issue by its sheet and row, and a date read by its day', async () => {
    const i18n = getI18n('en');
    const read = {
      severity: 'warning',
      code: 'date-read-as',
      file: 'records.xlsx',
      sheet: 'Records',
      line: 11,
      column: 'date',
      value: '09/03/2022',
      params: { date: '2022-03-09', monthFirst: '2022-09-03' },
    } as const;
    expect(i18n.issue(read)).toBe(
      'records.xlsx, sheet “Records”, row 11, date “09/03/2022”: read as day/month/year: 9 March 2022, not 3 September 2022',
    );
    expect(i18n.issue({ ...read, file: 'records.csv', sheet: undefined })).toBe(
      'records.csv, line 11, date “09/03/2022”: read as day/month/year: 9 March 2022, not 3 September 2022',
    );
    const duplicate = {
      severity: 'warning',
      code: 'duplicate',
      file: 'r',
      line: 7,
      params: { line: 2 },
    } as const;
    expect(i18n.issueReason(duplicate)).toBe('duplicate of line 2; ignored');
    expect(i18n.issueReason({ ...duplicate, sheet: 'S' })).toBe('duplicate of row 2; ignored');
    // A code without a spreadsheet wording of its own keeps its one wording.
    expect(i18n.issueReason({ severity: 'error', code: 'missing-date', file: 'r', sheet: 'S' })).toBe(
      'missing date',
    );
    await loadLanguage('ru');
    expect(getI18n('ru').issueReason(read)).toBe(
      'прочитана как день/месяц/год: 9 марта 2022 г., а не 3 сентября 2022 г.',
    );
    await loadLanguage('es');
    expect(getI18n('es').issueReason(read)).toBe(
      'leída como día/mes/año: 9 de marzo de 2022, no 3 de septiembre de 2022',
    );
  });
  it('says why a file opened here could not be read', () => {
    const i18n = getI18n('en');
    expect(i18n.failure({ kind: 'empty-sheet', file: 'r.xlsx', sheet: 'Records' })).toBe(
      'The sheet “Records” of r.xlsx is empty.',
    );
    expect(i18n.failure({ kind: 'xls', file: 'old.xls' })).toMatch(/^old\.xls is an Excel 97–2003 workbook/);
  });
  it('says why a data file could not be loaded, with its name', () => {
    const i18n = getI18n('en');
    expect(i18n.failure({ kind: 'not-found', file: 'records.csv', status: 404 })).toBe(
      'records.csv was not found (404).',
    );
    expect(i18n.failure({ kind: 'timeout', file: 'regions.json', seconds: 20 })).toBe(
      'regions.json did not arrive within 20 seconds.',
    );
  });
  it('falls back to English for an unknown language', () => {
    expect(getI18n('xx').lang).toBe('en');
  });
});

describe('languages', () => {
  it('loads a language when asked, and speaks it from then on', async () => {
    expect(isLoaded('fr')).toBe(false);
    expect(getI18n('fr').lang).toBe('en');
    await expect(loadLanguage('fr')).resolves.toBe('fr');
    expect(isLoaded('fr')).toBe(true);
    const fr = getI18n('fr');
    expect([fr.lang, fr.dir]).toEqual(['fr', 'ltr']);
    expect(fr.formatDate('2022-03-09')).toBe('9 mars 2022');
    expect(fr.formatNumber(1234)).toMatch(/^1\s234$/);
  });

  it('writes Arabic right to left, with Western digits as UN documents do', async () => {
    await loadLanguage('ar');
    const ar = getI18n('ar');
    expect(ar.dir).toBe('rtl');
    expect(ar.formatNumber(1234)).toMatch(/1.?234/);
    expect(ar.formatDate('2022-03-09')).toMatch(/9.*2022/);
  });

  it('answers in English for a language it does not speak', async () => {
    await expect(loadLanguage('de')).resolves.toBe('en');
    await expect(loadLanguage(undefined)).resolves.toBe('en');
    expect(getI18n('de').lang).toBe('en');
  });
});

describe('numbers in the words about long notes', () => {
  it.each(['en', 'fr', 'es', 'ru', 'zh', 'ar'])('are written as %s writes numbers', async (lang) => {
    await loadLanguage(lang);
    const i18n = getI18n(lang);
    const number = (n: number) => new Intl.NumberFormat(i18n.lang === 'zh' ? 'zh' : lang).format(n);
    const reason = i18n.issueReason({
      severity: 'warning',
      code: 'long-note',
      file: 'records.csv',
      params: { length: 5967, limit: 1500 },
    });
    expect(reason).toContain(number(5967));
    expect(reason).toContain(number(1500));
    const refusal = i18n.t('drafts.refusal.longNote', { length: 5967, limit: 1500 });
    expect(refusal).toContain(number(5967));
    expect(i18n.t('drafts.noteCount', { count: 1234, limit: 1500 })).toContain(number(1234));
  });
});
