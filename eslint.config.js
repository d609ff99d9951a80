import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.tmp',
      'bench/.build',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Import only the modules used from d3 and turf.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 module you use, e.g. d3-scale.' },
            { name: '@turf/turf', message: 'Import the turf module you use, e.g. @turf/bbox.' },
          ],
        },
      ],
    },
  },
  {
    // The layers of src/, each importing only from those below it:
    //   domain ← data, geo ← state ← app
    //   domain ← data, geo ← shared ← features ← app
    // data and geo do not import each other; state (the store) and shared (components, i18n)
    // do not import each other either: app/ reads the store and hands values down, as props
    // or through a provider. Features do not import each other; app/ composes them.
    // A co-located test (*.test.ts(x)) is in its folder's layer, and may also use the test
    // harness in tests/; nothing else in src/ may. main.tsx and sw.ts are the entry points.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      // Elements are folders, matched from the project root.
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain' },
        { type: 'data', pattern: 'src/data' },
        { type: 'geo', pattern: 'src/geo' },
        { type: 'state', pattern: 'src/state' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'features', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', pattern: 'src/app' },
        { type: 'tests', pattern: 'tests' },
      ].map((element) => ({ ...element, partialMatch: false })),
      'boundaries/files': [
        { category: 'entry', pattern: 'src/{main.tsx,sw.ts}' },
        { category: 'test', pattern: '**/*.test.{ts,tsx}' },
        {
          category: 'harness',
          pattern: 'tests/{appHarness.tsx,loadFailure.ts,records.ts,setup.ts,msw/*.ts}',
        },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              // The service worker keeps the data files' copies, marked as the data layer reads them.
              from: { file: { categories: 'entry' } },
              allow: { to: { element: { types: { anyOf: ['app', 'shared', 'data'] } } } },
            },
            { from: { element: { type: 'data' } }, allow: { to: { element: { type: 'domain' } } } },
            { from: { element: { type: 'geo' } }, allow: { to: { element: { type: 'domain' } } } },
            {
              from: { element: { type: 'state' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'data', 'geo'] } } } },
            },
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'data', 'geo'] } } } },
            },
            {
              from: { element: { type: 'features' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'data', 'geo', 'shared'] } } } },
            },
            {
              from: { element: { type: 'app' } },
              allow: {
                to: {
                  element: { types: { anyOf: ['domain', 'data', 'geo', 'state', 'shared', 'features'] } },
                },
              },
            },
            {
              from: { file: { categories: 'test' } },
              allow: { to: { file: { categories: 'harness' } } },
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      // Node, plus the browser globals used inside page.evaluate().
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
  },
  {
    files: ['bench/**/*.{mjs,js}'],
    languageOptions: {
      // Node, plus the browser globals of bench/bare/ and of the functions run in the page.
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'performance',
          'setTimeout',
          'clearTimeout',
          'fetch',
          'window',
          'document',
          'location',
          'navigator',
          'innerWidth',
          'innerHeight',
          'requestAnimationFrame',
          'MutationObserver',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
);
