// The site's own checks of a data folder, from the command line: the readers and validators the
// browser uses (src/data/checkData.ts), one line per problem, then a summary.
//
//   npm run check-data -- [DIR] [--lang fr] [--format text|github|json]
//                         [--previous FILE | --previous-dir DIR] [--allow-removed] [--today YYYY-MM-DD]
//
// Exit 1 when a row is left out, a file cannot be read or, with --previous, a row of history is
// lost; 0 with warnings only; 2 for a command it does not understand.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkData, type FileReport, type ReadFile } from '../src/data/checkData';
import { localToday } from '../src/domain/dates';
import { countIssues } from '../src/domain/issues';
import { isLanguage } from '../src/domain/languages';
import type { DataIssue } from '../src/domain/types';
import { getI18n, loadLanguage, type I18n } from '../src/shared/i18n';

const USAGE =
  'usage: check-data [DIR] [--lang en|fr|es|ru|zh|ar] [--format text|github|json] ' +
  '[--previous FILE | --previous-dir DIR] [--allow-removed] [--today YYYY-MM-DD]';

interface Args {
  dir: string;
  lang: string;
  format: 'text' | 'github' | 'json';
  previous?: string;
  previousDir?: string;
  allowRemoved: boolean;
  today?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { dir: 'public/data', lang: 'en', format: 'text', allowRemoved: false };
  const value = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
    return v;
  };
  let dirGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') args.lang = value(i++, a);
    else if (a === '--format') {
      const f = value(i++, a);
      if (f !== 'text' && f !== 'github' && f !== 'json')
        throw new Error(`--format ${f}: text, github or json`);
      args.format = f;
    } else if (a === '--previous') args.previous = value(i++, a);
    else if (a === '--previous-dir') args.previousDir = value(i++, a);
    else if (a === '--allow-removed') args.allowRemoved = true;
    else if (a === '--today') args.today = value(i++, a);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (!dirGiven) {
      args.dir = a;
      dirGiven = true;
    } else throw new Error(`one folder only: ${a}`);
  }
  if (!isLanguage(args.lang)) throw new Error(`--lang ${args.lang}: one of en, fr, es, ru, zh, ar`);
  if (args.previous && args.previousDir) throw new Error('--previous or --previous-dir, not both');
  return args;
}

/** A folder's files, or undefined for a file that is not there. */
function folder(dir: string): ReadFile {
  return async (name) => {
    try {
      return new Uint8Array(await readFile(join(dir, name)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  };
}

/** The problem in the data view's words, without the file and line the line starts with. */
function message(i18n: I18n, issue: DataIssue): string {
  const reason = i18n.issueReason(issue);
  return issue.column !== undefined
    ? i18n.labelled(i18n.t('issue.value', { column: issue.column, value: issue.value ?? '' }), reason)
    : reason;
}

interface Line {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

function linesOf(i18n: I18n, dir: string, report: FileReport): Line[] {
  const file = join(dir, report.file);
  if (report.failure)
    return [{ file, severity: 'error', code: report.failure.kind, message: i18n.failure(report.failure) }];
  return report.issues.map((issue) => ({
    file: issue.sheet !== undefined ? `${file}[${issue.sheet}]` : file,
    line: issue.line,
    severity: issue.severity,
    code: issue.code,
    message: message(i18n, issue),
  }));
}

/** GitHub's workflow command escaping of a message and of a property. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function summaryOf(i18n: I18n, dir: string, report: FileReport): string {
  const file = /^https:/i.test(report.file) ? report.file : join(dir, report.file);
  if (report.failure) return i18n.labelled(file, i18n.failure(report.failure));
  if (report.absent) return i18n.labelled(file, i18n.t('data.state.absent'));
  if (report.remote) return i18n.labelled(file, i18n.t('data.state.remote'));
  // Rows of history lost are not rows of this file left out: counted apart.
  const lost = report.issues.filter((i) => i.code === 'history-lost').length;
  const { errors, warnings } = countIssues(report.issues.filter((i) => i.code !== 'history-lost'));
  const parts =
    report.rows === undefined
      ? [i18n.t('data.state.ready')]
      : [
          i18n.labelled(i18n.t('data.rows'), i18n.formatNumber(report.rows)),
          i18n.labelled(i18n.t('data.warnings'), i18n.formatNumber(warnings)),
          i18n.labelled(i18n.t('data.errors'), i18n.formatNumber(errors)),
          ...(lost ? [i18n.labelled(i18n.t('data.historyLost'), i18n.formatNumber(lost))] : []),
        ];
  return i18n.labelled(file, parts.join(' · '));
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`check-data: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  await loadLanguage(args.lang);
  const i18n = getI18n(args.lang);
  const previous = args.previousDir
    ? { read: folder(args.previousDir) }
    : args.previous
      ? { read: folder(dirname(resolve(args.previous))), records: basename(args.previous) }
      : undefined;
  const result = await checkData(folder(args.dir), {
    today: args.today ?? localToday(),
    previous,
    allowRemoved: args.allowRemoved,
  });
  const dir = relative(process.cwd(), resolve(args.dir)) || '.';
  const lines = result.files.flatMap((report) => linesOf(i18n, dir, report));

  if (args.format === 'json') {
    console.log(
      JSON.stringify(
        {
          ok: result.ok,
          problems: lines,
          files: result.files.map((f) => ({
            file: f.file,
            rows: f.rows,
            kept: f.kept,
            ...countIssues(f.issues),
            failure: f.failure,
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const l of lines) {
      if (args.format === 'github') {
        const where = [`file=${escapeProperty(l.file)}`, ...(l.line !== undefined ? [`line=${l.line}`] : [])];
        console.log(
          `::${l.severity} ${where.join(',')},title=${escapeProperty(l.code)}::${escapeData(l.message)}`,
        );
      } else {
        console.log(`${l.file}${l.line !== undefined ? `:${l.line}` : ''}  ${l.severity}  ${l.message}`);
      }
    }
    console.log('');
    for (const report of result.files) console.log(summaryOf(i18n, dir, report));
  }
  return result.ok ? 0 : 1;
}

// Piped into a command that stops reading (`| head`): stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main();
