// The benchmark's output: one table on stdout (each figure next to its target) and the same
// figures as JSON in bench/results/ (latest.json and a timestamped copy).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Formats a number of milliseconds, `frames`, bytes… for the table; "n/a" when missing. */
export const fmt = {
  ms: (v) =>
    v === undefined || v === null || Number.isNaN(v) ? 'n/a' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`,
  frames: (v) =>
    v === undefined || v === null
      ? 'n/a'
      : `${Number.isInteger(v) ? v : v.toFixed(1)} frame${v === 1 ? '' : 's'}`,
  ratio: (v) => (v === undefined || v === null || !Number.isFinite(v) ? 'n/a' : v.toFixed(2)),
  mb: (v) => (v === undefined || v === null ? 'n/a' : `${(v / 1024 / 1024).toFixed(1)} MB`),
  kib: (v) => (v === undefined || v === null ? 'n/a' : `${(v / 1024).toFixed(1)} KiB`),
  pct: (v) =>
    v === undefined || v === null || !Number.isFinite(v) ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(1)} %`,
  score: (v) => (v === undefined || v === null ? 'n/a' : v.toFixed(2)),
};

/**
 * Whether a value meets a target ({ max } or { min }): "ok", "MISS", or "" when there is no
 * target or no value.
 */
export function verdict(value, target) {
  if (!target || value === undefined || value === null || Number.isNaN(value)) return '';
  if (target.max !== undefined) return value <= target.max ? 'ok' : 'MISS';
  if (target.min !== undefined) return value >= target.min ? 'ok' : 'MISS';
  return '';
}

/** A table row: part, figure, value as text, target text, verdict. */
export function row(part, figure, text, target, value) {
  return { part, figure, value: text, target: target?.text ?? '', verdict: verdict(value, target) };
}

export function printTable(rows) {
  const headers = { part: 'part', figure: 'figure', value: 'value', target: 'target', verdict: '' };
  const columns = Object.keys(headers);
  const width = Object.fromEntries(
    columns.map((c) => [c, Math.max(headers[c].length, ...rows.map((r) => String(r[c]).length))]),
  );
  const line = (r) =>
    columns
      .map((c) => (c === 'value' ? String(r[c]).padStart(width[c]) : String(r[c]).padEnd(width[c])))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(columns.map((c) => '-'.repeat(width[c])).join('  '));
  let part;
  for (const r of rows) {
    // The part's name once, at the top of its rows.
    console.log(line({ ...r, part: r.part === part ? '' : r.part }));
    part = r.part;
  }
}

/** Writes the results as bench/results/latest.json and bench/results/<timestamp>.json. */
export function writeResults(dir, results) {
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const files = [join(dir, `${stamp}.json`), join(dir, 'latest.json')];
  for (const file of files) writeFileSync(file, json);
  return files;
}
