// Mutation testing of the pure modules: `npm run test:mutation` (see docs/mutation.md).
// Each folder must keep a mutation score of at least 85 % (scripts/mutation-score.mjs).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/domain/**/*.ts',
    'src/data/**/*.ts',
    'src/state/**/*.ts',
    // The features' pure modules; their React components (.tsx) are not mutated.
    'src/features/**/*.ts',
    '!src/**/*.test.ts',
  ],
  // Results of the last run are reused for code and tests that did not change.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The per-folder threshold is checked by scripts/mutation-score.mjs.
  thresholds: { high: 90, low: 85, break: null },
  // The machine is shared: one test runner at a time.
  concurrency: 1,
  tempDirName: '.tmp/stryker',
  ignorePatterns: ['dist', 'bench', 'docs', 'test-results', 'playwright-report', 'reports', 'tests/e2e'],
};
