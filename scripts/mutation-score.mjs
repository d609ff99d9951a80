// Prints the mutation score of each folder from Stryker's JSON report, and exits 1 when a
// folder is under the threshold (or missing from the report).
//
//   npx stryker run && node scripts/mutation-score.mjs [report] [--only src/domain,src/data]
//
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts
// it; mutants excluded with a `// Stryker disable` comment, and those that do not compile, are
// not counted.
import { readFileSync } from 'node:fs';

const THRESHOLD = 85;
const FOLDERS = [
  { folder: 'src/domain', label: 'src/domain' },
  { folder: 'src/data', label: 'src/data' },
  { folder: 'src/features', label: 'src/features (pure .ts)' },
  { folder: 'src/state', label: 'src/state' },
];

const COLUMNS = ['mutants', 'killed', 'survived', 'timeout', 'noCoverage', 'ignored', 'score'];
const HEADINGS = {
  mutants: 'mutants',
  killed: 'killed',
  survived: 'survived',
  timeout: 'timeout',
  noCoverage: 'no coverage',
  ignored: 'excluded',
  score: 'score',
};

/** Counts of each status per folder, from the files of a mutation-testing-report-schema report. */
function tally(report, folders = FOLDERS) {
  const rows = folders.map(({ folder, label }) => ({
    folder,
    label,
    files: 0,
    killed: 0,
    survived: 0,
    timeout: 0,
    noCoverage: 0,
    ignored: 0,
    other: 0,
  }));
  for (const [path, file] of Object.entries(report.files ?? {})) {
    const normalised = path.replaceAll('\\', '/');
    const row = rows.find((r) => normalised.startsWith(`${r.folder}/`));
    if (!row) continue;
    row.files++;
    for (const mutant of file.mutants ?? []) {
      switch (mutant.status) {
        case 'Killed':
          row.killed++;
          break;
        case 'Survived':
          row.survived++;
          break;
        case 'Timeout':
          row.timeout++;
          break;
        case 'NoCoverage':
          row.noCoverage++;
          break;
        case 'Ignored':
          row.ignored++;
          break;
        default: // CompileError, RuntimeError, Pending
          row.other++;
      }
    }
  }
  for (const row of rows) {
    const detected = row.killed + row.timeout;
    row.mutants = detected + row.survived + row.noCoverage;
    row.score = row.mutants ? (100 * detected) / row.mutants : undefined;
  }
  return rows;
}

function formatTable(rows) {
  const cell = (row, column) =>
    column === 'score' ? (row.score === undefined ? '—' : `${row.score.toFixed(2)} %`) : String(row[column]);
  const width = Math.max(...rows.map((r) => r.label.length), 'folder'.length);
  const widths = COLUMNS.map((c) => Math.max(HEADINGS[c].length, ...rows.map((r) => cell(r, c).length)));
  const line = (first, cells) =>
    [first.padEnd(width), ...cells.map((c, i) => c.padStart(widths[i]))].join('  ');
  return [
    line(
      'folder',
      COLUMNS.map((c) => HEADINGS[c]),
    ),
    ...rows.map((r) =>
      line(
        r.label,
        COLUMNS.map((c) => cell(r, c)),
      ),
    ),
  ].join('\n');
}

function main(argv) {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
  const reportPath =
    argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--only') ?? 'reports/mutation/mutation.json';
  let report;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch (error) {
    console.error(`mutation-score: cannot read ${reportPath}: ${error.message}`);
    return 1;
  }
  const folders = only ? FOLDERS.filter((f) => only.includes(f.folder)) : FOLDERS;
  const rows = tally(report, folders);
  console.log(`\nMutation score per folder (threshold ${THRESHOLD} %):\n`);
  console.log(formatTable(rows));
  const failures = rows.flatMap((r) =>
    r.score === undefined
      ? [`${r.label}: no mutants in the report`]
      : r.score < THRESHOLD
        ? [`${r.label}: ${r.score.toFixed(2)} % is under ${THRESHOLD} %`]
        : [],
  );
  for (const f of failures) console.error(`mutation-score: ${f}`);
  return failures.length ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
