import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import app from './vite.config';

/**
 * Stryker's vitest runner asks for worker threads, but the tests that pin a time zone
 * (src/domain/dates.test.ts) set process.env.TZ, which only a process of its own applies.
 */
const forks: Plugin = {
  name: 'mutation-testing-forks',
  configureVitest({ project }) {
    project.config.pool = 'forks';
  },
};

/**
 * The tests that mutation testing (stryker.config.mjs) runs against each mutant: the unit tests
 * (*.test.ts beside the code, and tests/unit), with the app's test settings. The component tests
 * (*.test.tsx) render the whole app and take seconds each; they still run in `npm test`.
 */
export default defineConfig({
  ...app,
  plugins: [...(app.plugins ?? []), forks],
  test: {
    ...app.test,
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  },
});
