import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
