import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContactsCsv } from './contacts';

/** focal points as a coordinator keeps them (tests/fixtures/README.md). */
const fixture = () => readFileSync(new URL('../../tests/fixtures/contacts.csv', import.meta.url), 'utf8');

describe('parseContactsCsv on a coordinator’s file', () => {
  it('reads every row it can, by country, whatever the code’s case or a name', () => {
    const { contacts, rows } = parseContactsCsv(fixture());
    expect(rows).toBe(8);
    expect([...contacts.keys()]).toEqual(['NPL', 'VNM', 'KOR', 'IDN', 'SGP', 'JPN']);
    expect(contacts.get('NPL')).toEqual([
      {
        country: 'NPL',
        name: 'Sita Adhikari',
        email: 's.adhikari@soil.example.org',
        role: 'National focal point',
      },
      {
        country: 'NPL',
        name: 'Bishnu Prasad Sharma',
        email: 'bp.sharma@soil.example.org',
        role: 'GSOCseq technical contact',
      },
    ]);
    expect(contacts.get('VNM')?.[0]?.name).toBe('Nguyễn Thị Lan');
    expect(contacts.get('KOR')?.[0]?.email).toBe('minjun.kim@soil.example.org');
  });

  it('keeps quoted commas, and markup as plain text', () => {
    const { contacts } = parseContactsCsv(fixture());
    expect(contacts.get('IDN')).toEqual([
      {
        country: 'IDN',
        name: 'Siti Rahmawati, Ir.',
        email: 'siti.rahmawati@soil.example.org',
        role: 'Soil mapping unit, data steward',
      },
    ]);
    expect(contacts.get('JPN')?.[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('reports a bad address (the contact is kept, without it) and an unknown country, on their lines', () => {
    const { contacts, issues } = parseContactsCsv(fixture());
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'invalid-email',
        file: 'contacts.csv',
        line: 7,
        column: 'email',
        value: 'tan.weiming@soilexample',
      },
      {
        severity: 'error',
        code: 'unknown-country',
        file: 'contacts.csv',
        line: 9,
        column: 'country',
        value: 'Atlantis',
      },
    ]);
    expect(contacts.get('SGP')).toEqual([
      { country: 'SGP', name: 'Tan Wei Ming', email: '', role: 'National focal point' },
    ]);
  });

  it('names the file it was given in its issues', () => {
    const { issues } = parseContactsCsv(fixture(), 'focal-points.csv');
    expect(issues.map((i) => i.file)).toEqual(['focal-points.csv', 'focal-points.csv']);
  });
});

describe('parseContactsCsv, line by line', () => {
  it('counts blank lines and line breaks inside quotes in the line it reports', () => {
    const text = [
      'country,name,email,role',
      'NPL,Sita Adhikari,s.adhikari@soil.example.org,National focal point',
      '',
      'Atlantis,Nobody,,',
      'BGD,"Rahman,',
      'Md. Abdur",a.rahman@soil.example.org,"Soil Resource Development Institute"',
      'XKX,Somebody,,',
      '',
    ].join('\r\n');
    const { issues, rows, contacts } = parseContactsCsv(text);
    expect(issues.map((i) => [i.line, i.value])).toEqual([
      [4, 'Atlantis'],
      [7, 'XKX'],
    ]);
    expect(rows).toBe(4);
    expect(contacts.get('BGD')?.[0]?.name).toBe('Rahman,\r\nMd. Abdur');
  });

  it('reads the columns in any order and case, trims cells, and treats a missing column as empty', () => {
    const { contacts, issues } = parseContactsCsv(
      ' Role ;EMAIL; Name ;Country\nNational focal point ; kim@soil.example.org ;  Kim Min-jun ; kor \n',
    );
    expect(issues).toEqual([]);
    expect(contacts.get('KOR')).toEqual([
      { country: 'KOR', name: 'Kim Min-jun', email: 'kim@soil.example.org', role: 'National focal point' },
    ]);
    expect(parseContactsCsv('country,name\nLKA,Focal Point').contacts.get('LKA')).toEqual([
      { country: 'LKA', name: 'Focal Point', email: '', role: '' },
    ]);
  });

  it('reports a row without a country, and a file without a country column, as unknown countries', () => {
    expect(parseContactsCsv('country,name\n  ,Nobody\n').issues).toEqual([
      {
        severity: 'error',
        code: 'unknown-country',
        file: 'contacts.csv',
        line: 2,
        column: 'country',
        value: '',
      },
    ]);
    expect(parseContactsCsv('name,email\nSomebody,s@soil.example.org\n').issues.map((i) => i.code)).toEqual([
      'unknown-country',
    ]);
  });

  it('has no contacts and no issues for a header alone or nothing', () => {
    for (const text of ['country,name,email,role\r\n', '\uFEFFcountry,name,email,role', '']) {
      const parsed = parseContactsCsv(text);
      expect(parsed.contacts.size, JSON.stringify(text)).toBe(0);
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows).toBe(0);
    }
  });

  it('takes only addresses with a name, an @, a domain and a dot in it', () => {
    const valid = ['a@soil.example.org', 'first.last+gsp@fao.org', 'x@y.z'];
    const invalid = [
      'a@soil',
      'soil.example.org',
      '@soil.example.org',
      'a@.org',
      'a@org.',
      'a b@soil.example.org',
      'a@soil example.org',
      'a@@soil.example.org',
      '<a@soil.example.org>',
      'a@soil.example.org>',
      '"a"@soil.example.org',
      'a,b@soil.example.org',
      'a;b@soil.example.org',
      'a@(soil).example.org',
      'a@soil.example.org and b@soil.example.org',
    ];
    const text = [
      'country,email',
      ...[...valid, ...invalid].map((e) => `NPL,"${e.replace(/"/g, '""')}"`),
    ].join('\n');
    const { contacts, issues } = parseContactsCsv(text);
    expect(contacts.get('NPL')!.map((c) => c.email)).toEqual([...valid, ...invalid.map(() => '')]);
    expect(issues.map((i) => i.value)).toEqual(invalid);
    expect(new Set(issues.map((i) => `${i.severity}:${i.code}:${i.column}`))).toEqual(
      new Set(['warning:invalid-email:email']),
    );
  });

  it('keeps a zero-width no-break space inside a name: only a BOM that starts the file is dropped', () => {
    const { contacts, issues } = parseContactsCsv('country,name\nNPL,Sita\uFEFFAdhikari\n');
    expect(issues).toEqual([]);
    expect(contacts.get('NPL')?.[0]?.name).toBe('Sita\uFEFFAdhikari');
  });
});
