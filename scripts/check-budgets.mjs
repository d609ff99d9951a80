// Checks the transfer sizes (gzip) of a build against the budgets below, prints every figure,
// and exits 1 naming each file and figure over its budget.
//
//   npm run build && node scripts/check-budgets.mjs [distDir]
import { measureSizes, kib } from './sizes.mjs';

const KIB = 1024;
export const BUDGETS = {
  /**
   * All JavaScript that loads before the first map (entry chunk and its static imports): 116.5
   * KiB in December 2026, held there so that nothing creeps back in; the target is 100 KiB.
   */
  initialJs: 120 * KIB,
  /** data/boundaries.json, as scripts/build-boundaries.mjs also checks. */
  boundaries: 100 * KIB,
  /** Any one chunk or worker. */
  chunk: 350 * KIB,
};

const distDir = process.argv[2] ?? 'dist';
let sizes;
try {
  sizes = measureSizes(distDir);
} catch (error) {
  console.error(`check-budgets: ${error.message}`);
  process.exit(1);
}

const over = [];
console.log(`gzip sizes of ${distDir}/ (level 9):`);
for (const f of sizes.files) {
  const initial = f.kind === 'css' && f.initial ? ' (initial)' : '';
  console.log(`  ${f.kind.padEnd(11)} ${f.file.padEnd(48)} ${kib(f.gzip).padStart(10)}${initial}`);
  if (/js$|worker/.test(f.kind) && f.gzip > BUDGETS.chunk) {
    over.push(
      `${f.file} is ${kib(f.gzip)} gzip, over the ${kib(BUDGETS.chunk)} budget for one chunk or worker`,
    );
  }
  if (f.kind === 'boundaries' && f.gzip > BUDGETS.boundaries) {
    over.push(`${f.file} is ${kib(f.gzip)} gzip, over its ${kib(BUDGETS.boundaries)} budget`);
  }
}
const initialJs = sizes.totals['initial-js']?.gzip ?? 0;
console.log(
  `initial JS: ${kib(initialJs)} gzip in ${sizes.initialJs.length} files (${sizes.initialJs.join(', ')}); ` +
    `budget ${kib(BUDGETS.initialJs)}`,
);
if (initialJs > BUDGETS.initialJs) {
  over.push(
    `initial JS (${sizes.initialJs.join(', ')}) is ${kib(initialJs)} gzip in total, over its ${kib(BUDGETS.initialJs)} budget`,
  );
}

if (over.length) {
  for (const line of over) console.error(`over budget: ${line}`);
  process.exit(1);
}
console.log('all within budget');
