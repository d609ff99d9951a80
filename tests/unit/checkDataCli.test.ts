import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run check-data -- …` as CI runs it, on a copy of the shipped data folder. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
function copyOfData(name: string, records?: string): string {
  const dir = join(temp, name);
  cpSync('public/data', dir, { recursive: true });
  if (records !== undefined) writeFileSync(join(dir, 'records.csv'), records);
  return dir;
}
const broken = copyOfData('broken', readFileSync('tests/fixtures/coordinator-export.csv', 'utf8'));

describe('npm run check-data', () => {
  it('passes the shipped data: exit 0, a summary line per file', () => {
    const { code, out } = run('public/data');
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      'public/data/products.json: Rows: 3 · Warnings: 0 · Rows left out: 0',
      'public/data/regions.json: Rows: 32 · Warnings: 0 · Rows left out: 0',
      'public/data/boundaries.json: Loaded',
      'public/data/contacts.csv: Rows: 0 · Warnings: 0 · Rows left out: 0',
      expect.stringMatching(/^public\/data\/records\.csv: Rows: \d+ · Warnings: 0 · Rows left out: 0$/),
    ]);
  });

  it('names each problem at its file and line, in the data view’s words, and exits 1', () => {
    const { code, out } = run(broken, '--today', '2024-06-01');
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/\/broken\/records\.csv:8 {2}error {2}country “Atlantis”: unknown country$/),
    );
    expect(lines.filter((l) => l.includes('  error  '))).toHaveLength(11);
    expect(lines.at(-2)).toMatch(/records\.csv: Rows: 18 · Warnings: 10 · Rows left out: 12$/);
  });

  it('prints GitHub annotations and JSON, and speaks French', () => {
    const github = run(broken, '--format', 'github', '--today', '2024-06-01').out;
    expect(github).toMatch(
      /^::error file=[^,\n]*records\.csv,line=9,title=unknown-status::status “Done”: unknown status; gsocseq takes submitted, in_preparation, not_submitted, not_applicable$/m,
    );
    const json = JSON.parse(run(broken, '--format', 'json', '--today', '2024-06-01').out) as {
      ok: boolean;
      problems: { line?: number; code: string; severity: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([
      8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20,
    ]);
    expect(run(broken, '--lang', 'fr', '--today', '2024-06-01').out).toContain(
      'records.csv:8  error  country «\u00a0Atlantis\u00a0»\u00a0: pays inconnu',
    );
  });

  it('with --previous, fails on a row of history the change lost, and --allow-removed lets it through', () => {
    const shipped = readFileSync('public/data/records.csv', 'utf8').split('\n');
    const dropped = copyOfData('dropped', [...shipped.slice(0, 4), ...shipped.slice(5)].join('\n'));
    const lost = run(dropped, '--previous', 'public/data/records.csv');
    expect(lost.code).toBe(1);
    const [product, country, status, date] = shipped[4]!.split(',');
    expect(lost.out).toContain(
      `records.csv  error  history lost: line 5 of the previous file, ${product} ${country} ${status} ${date}, is no longer there as it was`,
    );
    expect(run(dropped, '--previous-dir', 'public/data', '--allow-removed').code).toBe(0);
  });

  it('refuses a command it does not understand with exit 2', () => {
    const { code, err } = run('--format', 'xml');
    expect(code).toBe(2);
    expect(err).toContain('--format xml: text, github or json');
  });
});
