import { defineConfig } from 'vitest/config';
import app from './vite.config';

/**
 * The tests that mutation testing (stryker.config.mjs) runs against each mutant: the unit tests
 * (*.test.ts beside the code, and tests/unit), with the app's test settings. The component tests
 * (*.test.tsx) render the whole app and take seconds each; they still run in `npm test`.
 */
export default defineConfig({
  ...app,
  test: {
    ...app.test,
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  },
});
